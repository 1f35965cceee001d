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

import type { Span, ToneShift } from '../types.js';
import type { Side } from './alignment-state.js';

/** Smallest difference of tone reported as a shift. */
export const MIN_TONE_SHIFT = 0.005;

/** Tone of tokens `from…to-1` of a side, in [−1, 1] (the whole side's is kept on it: it is asked for on every comparison). */
export function toneOf(side: Side, from: number, to: number): number {
  if (from === 0 && to === side.tokens.length) return (side.tone ??= toneOfTokens(side, from, to));
  return toneOfTokens(side, from, to);
}

function toneOfTokens(side: Side, from: number, to: number): number {
  let sum = 0;
  let words = 0;
  for (let k = from; k < to; k++) {
    if (side.words[k] === 0) continue;
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

/** Summed valence of the words inside a span of one side's text. */
export type SpanValence = (span: Span) => number;

/**
 * A valence look-up for spans of `side`: prefix sums over its tokens, found by binary search,
 * so an edit's tone costs no re-tokenisation.
 */
export function spanValence(side: Side): SpanValence {
  const { tokens, features, ends } = side;
  const prefix = new Float64Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) prefix[k + 1] = prefix[k]! + (tokens[k]!.isWord ? features[k]!.valence : 0);
  // the search reads the side's packed token ends, not the token objects
  const firstEndingAfter = (offset: number): number => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // spans start and end on token boundaries: the tokens inside run from the first token ending
  // after span.start up to (not including) the first token ending after span.end
  return (span) => prefix[firstEndingAfter(span.end)]! - prefix[firstEndingAfter(span.start)]!;
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
