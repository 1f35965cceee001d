/**
 * Verification: the candidate pairs that blocking lets through are compared with
 * {@link compareQuotes}, and a pair is kept when the two renderings agree closely enough
 * on the region they share, and that region is a real share of at least one of them.
 *
 * @module
 */

import { compareQuotes } from '../compare/compare-quotes.js';
import { contentKeys, wordCount } from './content-keys.js';
import type { CompareOptions, QuoteComparison } from '../types.js';

/**
 * Share of one side's words the overlap must cover. Local alignment can find two or three words
 * in common between unrelated quotes ("in Ukraine"), with a low divergence on that tiny overlap;
 * requiring the overlap to hold at least half of one quote rules that out, while a fragment
 * ("gradual invasion") is covered whole by definition.
 */
export const MIN_COVERAGE = 0.5;

/** The outcome of verifying one pair `a`, `b`. */
export interface PairVerdict {
  /** 1 - divergence (divergence is measured on the overlap). */
  similarity: number;
  /** True when the pair renders one utterance (similarity, coverage and size thresholds met). */
  accepted: boolean;
  /**
   * Which side is a fragment of the other (covered whole while the other is covered only in part),
   * or `null` when both are covered whole or both only in part.
   */
  fragment: 'a' | 'b' | null;
  /** Share of `a`'s and `b`'s words inside the overlap. */
  coverage: [number, number];
  /** Words of the smaller side inside the overlap. */
  overlapWords: number;
  /** True when the two texts share at least two content keys (or all of the smaller side's one key). */
  sharesContent: boolean;
}

/** Whether a verdict accepts the pair at another similarity threshold. */
export function acceptsAt(verdict: PairVerdict, minSimilarity: number, minTokens: number): boolean {
  return (
    verdict.sharesContent &&
    verdict.similarity >= minSimilarity &&
    Math.max(verdict.coverage[0], verdict.coverage[1]) >= MIN_COVERAGE &&
    verdict.overlapWords >= minTokens
  );
}

/** Compares `a` with `b` and decides whether they render one utterance. */
export function verifyPair(
  a: string,
  b: string,
  minSimilarity: number,
  minTokens: number,
  compare: CompareOptions,
): PairVerdict {
  return judgeComparison(compareQuotes(a, b, compare), minSimilarity, minTokens);
}

/** The verdict on an existing comparison. */
export function judgeComparison(comparison: QuoteComparison, minSimilarity: number, minTokens: number): PairVerdict {
  const similarity = 1 - comparison.divergence;
  const overlap = comparison.overlap;
  let coverage: [number, number] = [1, 1];
  let fragment: 'a' | 'b' | null = null;
  let overlapWords = Math.min(wordCount(comparison.a), wordCount(comparison.b));
  if (overlap !== null) {
    const wordsA = wordCount(overlap.a.text);
    const wordsB = wordCount(overlap.b.text);
    coverage = [ratio(wordsA, wordCount(comparison.a)), ratio(wordsB, wordCount(comparison.b))];
    overlapWords = Math.min(wordsA, wordsB);
    if (overlap.partial === 'a') fragment = 'b';
    else if (overlap.partial === 'b') fragment = 'a';
  }
  const verdict = { similarity, accepted: false, fragment, coverage, overlapWords, sharesContent: sharesContent(comparison.a, comparison.b) };
  verdict.accepted = acceptsAt(verdict, minSimilarity, minTokens);
  return verdict;
}

/**
 * Two short texts that share one content word ("clear signal" / "a clear message") can score well
 * on their tiny overlap; one utterance rendered twice shares at least two content words, unless
 * the shorter side has only one.
 */
function sharesContent(a: string, b: string): boolean {
  const keysA = contentKeys(a);
  const keysB = new Set(contentKeys(b));
  const shared = keysA.filter((key) => keysB.has(key)).length;
  return shared >= Math.min(2, keysA.length, keysB.size) && shared > 0;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.min(1, part / whole);
}
