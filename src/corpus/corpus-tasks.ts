/**
 * The three kinds of costly work the corpus stage does, as pure batch functions over plain data,
 * so that the same code runs in-process and in worker threads (`worker.ts`): results are identical
 * whichever runs them.
 *
 * @module
 */

import { compareQuotes } from '../compare/compare-quotes.js';
import type { TextProfile } from './content-keys.js';
import { extractArticle } from './article-copies.js';
import { packComparison, type PackedComparison } from './report-comparison.js';
import { judgeComparison, verifyPair, type PairVerdict } from './verify-pair.js';
import type { Article, CompareOptions, Diagnostic, Quote } from '../types.js';

/** The quotes and diagnostics of one article. */
export interface ExtractedArticle {
  quotes: Quote[];
  diagnostics: Diagnostic[];
  /**
   * Each quote's blocking profile, computed where the quote was extracted: tokenising every quote
   * again on the calling thread, while the workers wait, was its largest piece of sequential work
   * after the comparisons' copies. Exact copies of a quote share one profile object (`profile-memo.ts`):
   * read it, never change it.
   */
  profiles: TextProfile[];
}

/** A verdict on one pair, with the comparison (packed for the report) when it was asked for and the pair was accepted. */
export interface VerifiedPair {
  verdict: PairVerdict;
  comparison: PackedComparison | null;
}

/** Settings shared by every task of one run. */
export interface TaskSettings {
  minSimilarity: number;
  minTokens: number;
  compare: CompareOptions;
}

/** One batch of work. */
export type Task =
  | { op: 'extract'; items: Article[] }
  | { op: 'verify'; items: [string, string][]; keepAccepted: boolean; settings: TaskSettings }
  | { op: 'compare'; items: [string, string][]; settings: TaskSettings };

/** Extracts every article's quotes, collecting the diagnostics with the article id (`QuoteIndex.add` sends each distinct text once: `distinctArticles` in `article-copies.ts`). */
export function extractArticles(articles: readonly Article[]): ExtractedArticle[] {
  return articles.map(extractArticle);
}

/**
 * Compares each pair and judges it. With `keepAccepted` (echoes), the comparison of accepted pairs is
 * kept and the whole texts are judged; without it (clusters), a fragment may be matched clause by clause.
 */
export function verifyPairs(pairs: readonly [string, string][], keepAccepted: boolean, settings: TaskSettings): VerifiedPair[] {
  if (!keepAccepted) {
    return pairs.map(([a, b]) => ({ verdict: verifyPair(a, b, settings.minSimilarity, settings.minTokens, settings.compare), comparison: null }));
  }
  return pairs.map(([a, b]) => {
    const comparison = compareQuotes(a, b, settings.compare);
    const verdict = judgeComparison(comparison, settings.minSimilarity, settings.minTokens);
    return { verdict, comparison: keepAccepted && verdict.accepted ? packComparison(comparison) : null };
  });
}

/** Compares each pair, packed for the report (where they are computed, so a worker's reply is small). */
export function comparePairs(pairs: readonly [string, string][], settings: TaskSettings): PackedComparison[] {
  return pairs.map(([a, b]) => packComparison(compareQuotes(a, b, settings.compare)));
}

/** Runs one task in this thread. */
export function runTask(task: Task): unknown[] {
  switch (task.op) {
    case 'extract':
      return extractArticles(task.items);
    case 'verify':
      return verifyPairs(task.items, task.keepAccepted, task.settings);
    case 'compare':
      return comparePairs(task.items, task.settings);
  }
}
