/**
 * Tokenised sides, remembered by text. Why: corpus work compares one quote with many others
 * (a query against its candidates, a cluster's reference against its variants), and tokenising
 * with `Intl.Segmenter` is the largest single cost of a comparison. Bounded; emptied together
 * with the word-feature cache, whose feature objects the sides hold.
 *
 * Two generations of {@link SIDES_PER_GENERATION} sides each (an approximation of least recently used): a new
 * side goes into the young one; when that is full it becomes the old one and the old one is dropped,
 * and a side found in the old one is moved to the young one, so the sides in use survive a turnover.
 *
 * @module
 */

import { GenerationalMemo } from '../generational-memo.js';
import { tokenize } from '../text/tokens.js';
import { makeSide, type Side } from './alignment-state.js';
import { spliceSide } from './side-splice.js';

/**
 * Sides per generation. The corpus stage's verification meets far more texts than the cache held when it
 * was one map of 4,096 emptied when full: at 100,000 news articles (2 workers) it was emptied over and
 * over, and each thread made the sides of the pairs in flight again and again. Alternated runs
 * (`bench/corpus-scale.ts`, 100,000 articles, 2 workers): one map of 4,096 58.8 / 55.3 s wall
 * (109.4 / 103.0 s CPU); one map of 32,768 54.0 / 52.1 s; two generations of 16,384
 * 52.8 / 49.5 s (98.1 / 92.3 s CPU). A side is about 4 KB (its tokens' texts, offsets, features and keys,
 * in arrays; no token objects), and every thread holds a full cache when memory peaks, at the end of a
 * corpus run: two generations of 8,192 hold 16,384 sides, 64 MB less per thread. Under Node's default
 * heap limits, alternated with 16,384 (with the calling thread's verification memos let go, see
 * corpus-tasks.ts): peak 1.95 / 2.06 / 2.09 against 2.19 / 2.22 / 2.19 KB per quote, wall 69.7 / 67.1 /
 * 71.2 against 76.9 / 70.8 s (the process's CPU 126–132 against 132–143 s: less to collect).
 */
export const SIDES_PER_GENERATION = 8_192;
const sides = new GenerationalMemo<Side>(SIDES_PER_GENERATION);

/** The side for `text`, tokenised once while it stays in the cache. */
export function sideOf(text: string): Side {
  const cached = sides.get(text);
  if (cached !== undefined) return cached;
  const side = makeSide(text, tokenize(text));
  sides.remember(text, side);
  return side;
}

/**
 * The side for `text`, made from `sibling`'s when the two texts share most of their characters
 * (side-splice.ts: the same side a full build gives, for a fraction of the work), else tokenised
 * in full; kept in the cache like {@link sideOf}'s.
 */
export function sideNear(text: string, sibling: Side): Side {
  const cached = sides.get(text);
  if (cached !== undefined) return cached;
  const side = spliceSide(text, sibling) ?? makeSide(text, tokenize(text));
  sides.remember(text, side);
  return side;
}

/** The side for `text` if it is in the cache (nothing is tokenised). */
export function cachedSide(text: string): Side | undefined {
  return sides.get(text);
}

/** Forgets every side (their feature objects are about to be dropped). */
export function clearSides(): void {
  sides.clear();
}

/** Number of sides the cache holds (for tests). */
export function cachedSideCount(): number {
  return sides.size;
}

/** Sink of {@link warmSide}'s reads, so the compiler keeps them. */
let warmed = 0;

/**
 * Reads one element per cache line of a side's per-token arrays, before the phases start. Why:
 * over many texts a comparison meets its two sides' data cold (about half its time was waiting
 * for memory, METHODS.md), and the phases then meet the misses one after another, each behind a
 * loop iteration's work; these reads do not depend on one another, so the processor fetches the
 * lines together, and the phases find them in cache. Only what most comparisons read: the
 * feature pointers are left out, since the matrix cells of pairs met before come from a memo by
 * feature ids (warming them was 0.98× of leaving them out), and so are the feature objects
 * (warming the content words' ones was 0.98× too: many lines, few of them read). Changes no result.
 */
export function warmSide(side: Side): void {
  const { ids, texts, bounds, capitalised } = side;
  const n = side.size;
  let sink = 0;
  // (the token texts are only handed on, never read: their strings are not touched)
  for (let k = 0; k < n; k += 8) sink += ids[k]! + (texts[k] === undefined ? 1 : 0) + capitalised[k]!;
  for (let k = 0; k < 2 * n; k += 16) sink += bounds[k]!;
  const weights = side.plainWeights;
  if (weights !== undefined) for (let k = 0; k < n; k += 8) sink += weights[k]!;
  const valences = side.valences;
  if (valences !== undefined) sink += valences[0] ?? 0;
  const anchors = side.anchors;
  if (anchors !== undefined) for (let k = 0; k < anchors.length; k += 8) sink += anchors[k]!;
  warmed = sink;
}
