/**
 * Local alignment: when one quote renders only part of the other (a fragment of a long quote,
 * or the last sentence of it), the comparison is judged on the overlap. The overlap runs from
 * the first to the last linked token on each side; a side counts as partly covered when at
 * least {@link MIN_OUTSIDE_WORDS} words and {@link MIN_OUTSIDE_SHARE} of its words lie outside,
 * and either the words outside are whole sentences (cut off by . ! ? ; : … or a line break) or
 * the overlap holds at most {@link MAX_FRAGMENT_SHARE} of the side's words with at least
 * {@link MIN_FRAGMENT_HOST_OUTSIDE} words outside (a short fragment of a long quote); and the other
 * side must really render the overlap: {@link MIN_RENDERED_SHARE} of its content words linked.
 *
 * @module
 */

import type { Overlap, Span } from '../types.js';
import { CONTENT_BIT, WORD_BIT, type AlignmentState, type Side } from './alignment-state.js';

/** Fewest words outside the overlap for a side to count as covered only in part. */
export const MIN_OUTSIDE_WORDS = 3;
/** Smallest share of a side's words outside the overlap for it to count as covered only in part. */
export const MIN_OUTSIDE_SHARE = 0.25;
/** Fewest words outside a fragment's overlap within one sentence (short sentences are not hosts). */
export const MIN_FRAGMENT_HOST_OUTSIDE = 6;
/** A side covered up to this share of its words is a fragment's host even within one sentence. */
export const MAX_FRAGMENT_SHARE = 0.5;
/** A side is a rendering of part of the other only when this share of its content words is linked. */
export const MIN_RENDERED_SHARE = 0.75;
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

/**
 * Number of words among tokens `from…to-1`: the side's word count, less the words outside when
 * the range covers most of the side (a region is most often the whole side or nearly), counted
 * from the packed flags the phases read anyway rather than from an array of running counts.
 */
export function words(side: Side, from: number, to: number): number {
  const n = side.size;
  const ids = side.ids;
  if (2 * (to - from) <= n) return wordsIn(ids, from, to);
  return side.wordCount - wordsIn(ids, 0, from) - wordsIn(ids, to, n);
}

function wordsIn(ids: number[], from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) count += ids[k]! & WORD_BIT;
  return count;
}

/** Share of a side's content words that are linked. */
function linkedContentShare(side: Side, linkOf: Int32Array): number {
  let content = 0;
  let linked = 0;
  const ids = side.ids;
  for (let k = 0; k < side.size; k++) {
    if ((ids[k]! & CONTENT_BIT) === 0) continue;
    content++;
    if (linkOf[k] !== -1) linked++;
  }
  return content === 0 ? 0 : linked / content;
}

function isSentenceEnd(side: Side, k: number): boolean {
  if (k < 0 || k >= side.size) return true;
  const norm = side.features[k]!.norm;
  return norm === '.' || norm === '!' || norm === '?' || norm === ';' || norm === ':' || norm === '…';
}

/** Line break between tokens `k - 1` and `k`. */
function lineBreakBefore(side: Side, k: number): boolean {
  return k > 0 && k < side.size && side.text.slice(side.bounds[2 * k - 1]!, side.bounds[2 * k]!).includes('\n');
}

/** True when the words outside `from…to-1` are cut off from it by sentence punctuation or line breaks. */
function separatedBySentence(side: Side, from: number, to: number): boolean {
  const n = side.size;
  const before = from === 0 || isSentenceEnd(side, from - 1) || lineBreakBefore(side, from);
  const after = to >= n || isSentenceEnd(side, to) || isSentenceEnd(side, to - 1) || lineBreakBefore(side, to);
  return before && after;
}

/** True when side's tokens `from…to-1` leave enough words outside for the side to be covered only in part. */
function partial(side: Side, from: number, to: number, total: number): boolean {
  const all = words(side, 0, total);
  const inside = words(side, from, to);
  const outside = all - inside;
  if (outside < MIN_OUTSIDE_WORDS || outside < MIN_OUTSIDE_SHARE * all) return false;
  // the rest is whole sentences, or the other side renders a clear minority of this one
  return separatedBySentence(side, from, to) || (outside >= MIN_FRAGMENT_HOST_OUTSIDE && inside <= MAX_FRAGMENT_SHARE * all);
}

/** The first linked token (there is at least one). */
function firstLinked(linkOf: Int32Array): number {
  let from = 0;
  while (linkOf[from] === -1) from++;
  return from;
}

/** The token after the last linked one. */
function afterLastLinked(linkOf: Int32Array): number {
  let to = linkOf.length;
  while (linkOf[to - 1] === -1) to--;
  return to;
}

/** Finds the region to judge; the whole of both texts unless `local` finds a partial cover. */
export function findRegion(state: AlignmentState, local: boolean): Region {
  const n = state.a.size;
  const m = state.b.size;
  const links = state.links;
  if (!local || links.count === 0) return { a0: 0, a1: n, b0: 0, b1: m, partialA: false, partialB: false };
  // only whether there are at least MIN_CONTENT_LINKS content links matters
  let contentLinks = 0;
  const idsA = state.a.ids;
  const idsB = state.b.ids;
  for (let L = 0; L < links.count && contentLinks < MIN_CONTENT_LINKS; L++) {
    if (((idsA[links.a0[L]!]! | idsB[links.b0[L]!]!) & CONTENT_BIT) !== 0) contentLinks++;
  }
  if (contentLinks < MIN_CONTENT_LINKS) return { a0: 0, a1: n, b0: 0, b1: m, partialA: false, partialB: false };
  // the first and last linked tokens of each side bound the links (a link marks all its tokens)
  const a0 = firstLinked(state.linkOfA);
  const a1 = afterLastLinked(state.linkOfA);
  const b0 = firstLinked(state.linkOfB);
  const b1 = afterLastLinked(state.linkOfB);
  const partialA = partial(state.a, a0, a1, n) && linkedContentShare(state.b, state.linkOfB) >= MIN_RENDERED_SHARE;
  const partialB = partial(state.b, b0, b1, m) && linkedContentShare(state.a, state.linkOfA) >= MIN_RENDERED_SHARE;
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
  return {
    a: spanOf(state.a, region.a0, region.a1),
    b: spanOf(state.b, region.b0, region.b1),
    partial: region.partialA && region.partialB ? 'both' : region.partialA ? 'a' : 'b',
  };
}

/** The span of tokens `from…to-1` of a side. */
function spanOf(side: Side, from: number, to: number): Span {
  const start = side.bounds[2 * from]!;
  const end = side.bounds[2 * to - 1]!;
  return { start, end, text: side.text.slice(start, end) };
}
