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
import { WORD_BIT, type Side } from './alignment-state.js';

/** Smallest difference of tone reported as a shift. */
export const MIN_TONE_SHIFT = 0.005;

/** Tone of tokens `from…to-1` of a side, in [−1, 1] (the whole side's is kept on it: it is asked for on every comparison). */
export function toneOf(side: Side, from: number, to: number): number {
  if (from === 0 && to === side.size) return (side.tone ??= toneOfTokens(side, from, to));
  return toneOfTokens(side, from, to);
}

function toneOfTokens(side: Side, from: number, to: number): number {
  let sum = 0;
  let words = 0;
  const ids = side.ids;
  for (let k = from; k < to; k++) {
    if ((ids[k]! & WORD_BIT) === 0) continue;
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

/**
 * The summed valence of tokens `from…to-1` of a side (marks have none). Valences are whole
 * numbers on the AFINN scale, so the sum is exact in any order.
 */
export function valenceOf(side: Side, from: number, to: number): number {
  const valences = side.valences ?? valencesOf(side);
  let sum = 0;
  for (let k = from; k < to; k++) sum += valences[k]!;
  return sum;
}

/**
 * Each token's valence, kept on the side. Why: an edit's tone reads the valences of its tokens,
 * whose feature objects the aligner no longer reads (over many texts, a cache miss each); bytes,
 * since every rating is a whole number in −5…+5, and a byte array of up to 64 tokens sits inside
 * its object. A rating that is not a small whole number (another list) gets a Float64Array.
 */
function valencesOf(side: Side): Int8Array | Float64Array {
  const features = side.features;
  const n = side.size;
  let valences: Int8Array | Float64Array = new Int8Array(n);
  for (let k = 0; k < n; k++) {
    const valence = features[k]!.valence;
    if (valence !== (valence | 0) || valence < -128 || valence > 127) {
      valences = Float64Array.from(features, (f) => f.valence);
      break;
    }
    valences[k] = valence;
  }
  side.valences = valences;
  return valences;
}

/** The tone shift of one edit: its valence change on the AFINN scale, magnitude out of 5. */
export function editTone(a: number, b: number): ToneShift | null {
  const difference = b - a;
  if (difference === 0) return null;
  return { direction: difference < 0 ? 'negative' : 'positive', magnitude: round(Math.min(1, Math.abs(difference) / 5)) };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
