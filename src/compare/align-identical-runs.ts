/**
 * Phase 1 of the aligner (see align-anchors.ts): identical runs (n-grams), longest first, each
 * chosen by its length, then by how well it agrees with the links already made (crossings, then
 * distance from the nearest link's diagonal), then by position. A run qualifies when it has
 * three tokens, or two with a content word.
 *
 * Why typed scratch arrays: this phase runs on every comparison and is a large share of its
 * time; runs are kept as `[i0, j0, length]` triples in two reused buffers instead of objects,
 * and the equal token pairs are found through buckets of `b`'s token ids instead of a scan of
 * every cell. The choice does not depend on the order in which runs are found: the tie-breaks
 * end with the run's start, which is unique.
 *
 * @module
 */

import { CONTENT_BIT, IDENTICAL, type AlignmentState } from './alignment-state.js';
import { withRoom } from '../typed-growth.js';

/** Number of id buckets: 2 ** BUCKET_BITS. */
const BUCKET_BITS = 10;
const BUCKETS = 1 << BUCKET_BITS;

/**
 * The bucket of a packed token key (alignment-state.ts): the top bits of a multiplicative hash.
 * Not the key's low bits: those are its flags, nearly the same for every content word, which
 * crowded the tokens into a few buckets.
 */
function bucketOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}
/**
 * Last token (in `b`) of each bucket's chain plus the search's `base`; a value below the current
 * base is left from an earlier search and means an empty bucket, so the buckets need no emptying
 * after use (each search moves the base past every value it wrote).
 */
const bucketHead = new Int32Array(BUCKETS).fill(-1);
/** Added to the positions of the current search; they all stay below 2 ** 31. */
let base = 0;
/** Next token of `b` in the same bucket, in increasing order, plus `base` (below it: none). */
let chain = new Int32Array(256);
/** Runs as `[i0, j0, length]` triples: the current ones and the pieces being collected. */
let runs = new Int32Array(3 * 64);
let pieces = new Int32Array(3 * 64);

/** A run worth linking on its own: three tokens, or two with a content word. */
function qualifies(ids: number[], i0: number, length: number): boolean {
  if (length >= 3) return true;
  if (length < 2) return false;
  for (let k = i0; k < i0 + length; k++) if ((ids[k]! & CONTENT_BIT) !== 0) return true;
  return false;
}

/** Whether both sides have the very same keys (an unedited quote; about one benchmark pair in eight). */
function sameIds(idsA: number[], idsB: number[]): boolean {
  if (idsA === idsB) return true;
  const n = idsA.length;
  if (idsB.length !== n) return false;
  for (let k = 0; k < n; k++) if (idsA[k] !== idsB[k]) return false;
  return true;
}

/** Number of links a run `i0…i1-1` ↔ `j0…j1-1` would cross. */
export function crossings(state: AlignmentState, i0: number, i1: number, j0: number, j1: number): number {
  const { count, a0, a1, b0, b1 } = state.links;
  let crossed = 0;
  for (let L = 0; L < count; L++) {
    if ((a1[L]! <= i0 && b0[L]! >= j1) || (a0[L]! >= i1 && b1[L]! <= j0)) crossed++;
  }
  return crossed;
}

/** Distance of the diagonal `i - j` from the diagonal of the link nearest to `i` in `a`. */
export function diagonalDistance(state: AlignmentState, i: number, j: number): number {
  const { count, a0, a1, b0, moved } = state.links;
  let best = Number.POSITIVE_INFINITY;
  let offset = 0;
  for (let L = 0; L < count; L++) {
    if (moved[L] === 1) continue;
    const distance = a0[L]! > i ? a0[L]! - i : i - a1[L]!;
    if (distance < best) {
      best = distance;
      offset = a0[L]! - b0[L]!;
    }
  }
  return Math.abs(i - j - offset);
}

/** Every qualifying maximal diagonal run of equal ids (all tokens are free at this point), into `runs`; returns their number. */
function maximalRuns(state: AlignmentState): number {
  const idsA = state.a.ids;
  const idsB = state.b.ids;
  const n = idsA.length;
  const m = idsB.length;
  chain = withRoom(chain, m);
  if (base > 0x3fffffff - m) {
    bucketHead.fill(-1);
    base = 0;
  }
  const from = base;
  for (let j = m - 1; j >= 0; j--) {
    const bucket = bucketOf(idsB[j]!);
    chain[j] = bucketHead[bucket]!;
    bucketHead[bucket] = from + j;
  }
  base = from + m;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const id = idsA[i]!;
    for (let at = bucketHead[bucketOf(id)]!; at >= from; at = chain[at - from]!) {
      const j = at - from;
      if (idsB[j] !== id) continue;
      // only the start of a run: the cells before it on its diagonal differ
      if (i > 0 && j > 0 && idsA[i - 1] === idsB[j - 1]) continue;
      let length = 1;
      while (i + length < n && j + length < m && idsA[i + length] === idsB[j + length]) length++;
      if (!qualifies(idsA, i, length)) continue;
      runs = withRoom(runs, 3 * count + 3);
      runs[3 * count] = i;
      runs[3 * count + 1] = j;
      runs[3 * count + 2] = length;
      count++;
    }
  }
  return count;
}

/**
 * Links the run `i0…i0+length-1` ↔ `j0…` token by token, as `addLink` (alignment-state.ts) would one pair at a
 * time (the same slots, in the same order), with the link arrays read once for the whole run.
 * An identical pair's matrix cell is 1, 'identical' (alignment-state.ts computes it so too).
 */
function linkTokenByToken(state: AlignmentState, i0: number, j0: number, length: number): void {
  const links = state.links;
  const { a0, a1, b0, b1, kind, score, moved } = links;
  const { linkOfA, linkOfB } = state;
  const first = links.count;
  for (let k = 0; k < length; k++) {
    const index = first + k;
    a0[index] = i0 + k;
    a1[index] = i0 + k + 1;
    b0[index] = j0 + k;
    b1[index] = j0 + k + 1;
    kind[index] = IDENTICAL;
    score[index] = 1;
    moved[index] = 0;
    linkOfA[i0 + k] = index;
    linkOfB[j0 + k] = index;
  }
  links.count = first + length;
}

/**
 * Links identical runs, longest first. Linking a run only ever cuts other runs, so the runs are
 * found once and, after each link, those it touched are replaced by their still-free pieces.
 * Identical runs are linked token by token, so every token keeps its own entry.
 */
export function alignIdenticalRuns(state: AlignmentState): void {
  const { linkOfA, linkOfB } = state;
  const idsA = state.a.ids;
  if (sameIds(idsA, state.b.ids)) {
    // the whole diagonal is the one longest run (any other is shorter): it is linked first and
    // leaves no free token, or, when it does not qualify, no shorter run does either
    if (qualifies(idsA, 0, idsA.length)) linkTokenByToken(state, 0, 0, idsA.length);
    return;
  }
  let count = maximalRuns(state);
  while (count > 0) {
    let longest = 0;
    let tied = 0;
    let only = 0;
    for (let r = 0; r < count; r++) {
      const length = runs[3 * r + 2]!;
      if (length > longest) {
        longest = length;
        tied = 1;
        only = r;
      } else if (length === longest) tied++;
    }
    let bestI = -1;
    let bestJ = -1;
    let bestCrossings = 0;
    let bestDistance = 0;
    if (tied === 1) {
      // one longest run: it is chosen whatever its crossings and distance
      bestI = runs[3 * only]!;
      bestJ = runs[3 * only + 1]!;
    }
    for (let r = 0; r < count && tied > 1; r++) {
      if (runs[3 * r + 2] !== longest) continue;
      const i0 = runs[3 * r]!;
      const j0 = runs[3 * r + 1]!;
      const crossed = crossings(state, i0, i0 + longest, j0, j0 + longest);
      const distance = diagonalDistance(state, i0, j0);
      const better =
        bestI === -1 ||
        (crossed !== bestCrossings
          ? crossed < bestCrossings
          : distance !== bestDistance
            ? distance < bestDistance
            : i0 !== bestI
              ? i0 < bestI
              : j0 < bestJ);
      if (!better) continue;
      bestI = i0;
      bestJ = j0;
      bestCrossings = crossed;
      bestDistance = distance;
    }
    linkTokenByToken(state, bestI, bestJ, longest);
    let kept = 0;
    const endI = bestI + longest;
    const endJ = bestJ + longest;
    for (let r = 0; r < count; r++) {
      const i0 = runs[3 * r]!;
      const j0 = runs[3 * r + 1]!;
      const length = runs[3 * r + 2]!;
      if ((i0 + length <= bestI || i0 >= endI) && (j0 + length <= bestJ || j0 >= endJ)) {
        // a run sharing no row and no column with the run just linked is still whole and free
        pieces = withRoom(pieces, 3 * kept + 3);
        pieces[3 * kept] = i0;
        pieces[3 * kept + 1] = j0;
        pieces[3 * kept + 2] = length;
        kept++;
        continue;
      }
      let start = -1;
      for (let k = 0; k <= length; k++) {
        const free = k < length && linkOfA[i0 + k] === -1 && linkOfB[j0 + k] === -1;
        if (free && start < 0) start = k;
        if (!free && start >= 0) {
          if (qualifies(idsA, i0 + start, k - start)) {
            pieces = withRoom(pieces, 3 * kept + 3);
            pieces[3 * kept] = i0 + start;
            pieces[3 * kept + 1] = j0 + start;
            pieces[3 * kept + 2] = k - start;
            kept++;
          }
          start = -1;
        }
      }
    }
    [runs, pieces] = [pieces, runs];
    count = kept;
  }
}
