/**
 * Tone: the sentiment of each side from word valences (AFINN-165, complemented by our own
 * list of war-and-politics words), and the shift from `a` to `b`.
 *
 * A side's tone is `Σ valence / (5 · √words)`, clamped to [−1, 1]: one strongly negative word
 * in a ten-word sentence gives about −0.2. The tone component of divergence is half the
 * absolute difference of the two sides' tones, so it lies in [0, 1].
 *
 * @module
 */

import type { ToneShift } from '../types.js';
import { tokenize } from '../text/tokens.js';
import type { Side } from './alignment-state.js';
import { wordFeatures } from './token-features.js';

/** Smallest difference of tone reported as a shift. */
export const MIN_TONE_SHIFT = 0.005;

/** Tone of tokens `from…to-1` of a side, in [−1, 1]. */
export function toneOf(side: Side, from: number, to: number): number {
  let sum = 0;
  let words = 0;
  for (let k = from; k < to; k++) {
    if (!side.tokens[k]!.isWord) continue;
    words++;
    sum += side.features[k]!.valence;
  }
  if (words === 0) return 0;
  return Math.max(-1, Math.min(1, sum / (5 * Math.sqrt(words))));
}

/** The shift from tone `a` to tone `b`, or `null` when they (almost) agree. */
export function toneShift(a: number, b: number): ToneShift | null {
  const difference = b - a;
  if (Math.abs(difference) < MIN_TONE_SHIFT) return null;
  return { direction: difference < 0 ? 'negative' : 'positive', magnitude: round(Math.abs(difference) / 2) };
}

/** Summed valence of the words in a piece of text (for the tone of one edit). */
export function valenceOf(text: string): number {
  let sum = 0;
  for (const token of tokenize(text)) if (token.isWord) sum += wordFeatures(token.norm, true).valence;
  return sum;
}

/** The tone shift of one edit: its valence change on the AFINN scale, magnitude out of 5. */
export function editTone(a: string | null, b: string | null): ToneShift | null {
  const difference = (b === null ? 0 : valenceOf(b)) - (a === null ? 0 : valenceOf(a));
  if (difference === 0) return null;
  return { direction: difference < 0 ? 'negative' : 'positive', magnitude: round(Math.min(1, Math.abs(difference) / 5)) };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
