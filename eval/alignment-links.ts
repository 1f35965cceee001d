/**
 * Word links between whitespace tokens, the unit the gold alignments are written in:
 * turning our character-span alignment into links, and counting a pair's links against gold.
 *
 * @module
 */

import type { AlignmentEntry } from '../src/types.js';
import type { OverlapCounts } from './stats.js';

/** `[i, j]`: token `i` of the source linked to token `j` of the target. */
export type Link = [number, number];

/** A whitespace token's UTF-16 range in its sentence. */
interface TokenRange {
  start: number;
  end: number;
}

/** The UTF-16 ranges of the space-separated tokens of `sentence`, in order. */
export function whitespaceTokenRanges(sentence: string): TokenRange[] {
  const ranges: TokenRange[] = [];
  let start = 0;
  while (start < sentence.length) {
    if (sentence[start] === ' ') {
      start++;
      continue;
    }
    let end = sentence.indexOf(' ', start);
    if (end === -1) end = sentence.length;
    ranges.push({ start, end });
    start = end;
  }
  return ranges;
}

/** Indices of the tokens that share at least one character with `[start, end)`. */
function overlapped(ranges: readonly TokenRange[], start: number, end: number): number[] {
  const hits: number[] = [];
  ranges.forEach((range, index) => {
    if (range.start < end && start < range.end) hits.push(index);
  });
  return hits;
}

/**
 * Links from a span alignment: each entry with both sides present links every source token its
 * `a` span overlaps with every target token its `b` span overlaps (a phrase entry becomes all
 * pairs of its tokens, as phrase links are written in the gold files). Duplicates are dropped;
 * the result is sorted by source then target index.
 */
export function linksFromAlignment(
  alignment: readonly AlignmentEntry[],
  source: string,
  target: string,
): Link[] {
  const sourceRanges = whitespaceTokenRanges(source);
  const targetRanges = whitespaceTokenRanges(target);
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const entry of alignment) {
    if (entry.a === null || entry.b === null) continue;
    for (const i of overlapped(sourceRanges, entry.a.start, entry.a.end)) {
      for (const j of overlapped(targetRanges, entry.b.start, entry.b.end)) {
        const key = `${i}-${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        links.push([i, j]);
      }
    }
  }
  return links.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** Counts of `predicted` against `gold`, over all links or only those `keep` accepts. */
export function countLinks(
  predicted: readonly Link[],
  gold: readonly Link[],
  keep: (link: Link) => boolean = () => true,
): OverlapCounts {
  const goldKeys = new Set(gold.filter(keep).map(([i, j]) => `${i}-${j}`));
  const predictedKeys = new Set(predicted.filter(keep).map(([i, j]) => `${i}-${j}`));
  let correct = 0;
  for (const key of predictedKeys) if (goldKeys.has(key)) correct++;
  return { predicted: predictedKeys.size, gold: goldKeys.size, correct };
}

/** True when a link joins two tokens that differ once lower-cased (the links a plain diff cannot find). */
export function isNonIdentical(source: readonly string[], target: readonly string[]): (link: Link) => boolean {
  return ([i, j]) => (source[i] ?? '').toLowerCase() !== (target[j] ?? '').toLowerCase();
}
