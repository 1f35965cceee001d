/**
 * Local alignment: when one quote renders only part of the other (a fragment of a long quote,
 * or the last sentence of it), the comparison is judged on the overlap. The overlap runs from
 * the first to the last linked token on each side; a side counts as partly covered when at
 * least {@link MIN_OUTSIDE_WORDS} words and {@link MIN_OUTSIDE_SHARE} of its words lie outside.
 *
 * @module
 */

import type { Overlap } from '../types.js';
import type { AlignmentState, Side } from './alignment-state.js';

/** Fewest words outside the overlap for a side to count as covered only in part. */
export const MIN_OUTSIDE_WORDS = 3;
/** Smallest share of a side's words outside the overlap for it to count as covered only in part. */
export const MIN_OUTSIDE_SHARE = 0.25;
/** Fewest linked content-word pairs for an overlap to be trusted. */
const MIN_CONTENT_LINKS = 2;

/** The token ranges judged (ends exclusive), and which sides are covered only in part. */
export interface Region {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  partialA: boolean;
  partialB: boolean;
}

function words(side: Side, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (side.tokens[k]!.isWord) count++;
  return count;
}

/** Finds the region to judge; the whole of both texts unless `local` finds a partial cover. */
export function findRegion(state: AlignmentState, local: boolean): Region {
  const n = state.a.tokens.length;
  const m = state.b.tokens.length;
  const whole: Region = { a0: 0, a1: n, b0: 0, b1: m, partialA: false, partialB: false };
  if (!local || state.links.length === 0) return whole;
  let contentLinks = 0;
  let a0 = n;
  let a1 = 0;
  let b0 = m;
  let b1 = 0;
  for (const link of state.links) {
    a0 = Math.min(a0, link.a0);
    a1 = Math.max(a1, link.a1);
    b0 = Math.min(b0, link.b0);
    b1 = Math.max(b1, link.b1);
    if (state.a.content[link.a0] || state.b.content[link.b0]) contentLinks++;
  }
  if (contentLinks < MIN_CONTENT_LINKS) return whole;
  const partial = (side: Side, from: number, to: number, total: number): boolean => {
    const all = words(side, 0, total);
    const outside = all - words(side, from, to);
    return outside >= MIN_OUTSIDE_WORDS && outside >= MIN_OUTSIDE_SHARE * all;
  };
  const partialA = partial(state.a, a0, a1, n);
  const partialB = partial(state.b, b0, b1, m);
  return {
    a0: partialA ? a0 : 0,
    a1: partialA ? a1 : n,
    b0: partialB ? b0 : 0,
    b1: partialB ? b1 : m,
    partialA,
    partialB,
  };
}

/** The public form of a region: `null` when both sides are covered whole. */
export function overlapOf(state: AlignmentState, region: Region): Overlap | null {
  if (!region.partialA && !region.partialB) return null;
  const span = (side: Side, from: number, to: number) => {
    const start = side.tokens[from]!.start;
    const end = side.tokens[to - 1]!.end;
    return { start, end, text: side.text.slice(start, end) };
  };
  return {
    a: span(state.a, region.a0, region.a1),
    b: span(state.b, region.b0, region.b1),
    partial: region.partialA && region.partialB ? 'both' : region.partialA ? 'a' : 'b',
  };
}
