/**
 * The kinds of costly work the corpus stage does, as pure batch functions over plain data (extraction,
 * verification, comparison, and blocking's probes over arrays in shared memory), so that the same code runs
 * in-process and in worker threads (`worker.ts`): results are identical whichever runs them.
 *
 * @module
 */

import { compareQuotes } from '../compare/compare-quotes.js';
import type { TextProfile } from './content-keys.js';
import { probeHeads, type HeadProbes } from './head-probes.js';
import { extractArticle } from './article-copies.js';
import { forgetClauseVerdicts } from './clause-memo.js';
import { forgetClauseFacts } from './clause-windows.js';
import { NumberedStrings } from './numbered-strings.js';
import { forgetProfiles } from './profile-memo.js';
import { packComparison, type PackedComparison } from './report-comparison.js';
import { forgetWordsAndKeys } from './text-memo.js';
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

/**
 * A batch of work over pairs of texts (in-process or in workers) that hands each pair's result to `each` with
 * the pair's place in `pairs`, in that order, as it comes: a result taken as it comes dies young, where a
 * batch's results all kept to its end were promoted to the old generation and collected there.
 */
export type PairBatch<R> = (pairs: [string, string][], each: (i: number, result: R) => void) => void;

/**
 * The {@link PairBatch} of a function that returns a batch's results at once, in pair order.
 *
 * @example
 * const verify = inPairOrder((pairs: [string, string][]) => pairs.map(([a, b]) => verifyPair(a, b, 0.35, 2, {})));
 * verify([['we are ready', 'we are not ready']], (i, verdict) => console.log(i, verdict.accepted));
 */
export function inPairOrder<R>(batch: (pairs: [string, string][]) => readonly R[]): PairBatch<R> {
  return (pairs, each) => batch(pairs).forEach((result, i) => each(i, result));
}

/**
 * Pairs of texts asked for one at a time, worked on as they come (with workers, while more are asked for),
 * their results handed to `each` by `finish` with each pair's place in the order asked, as they come.
 */
export interface PairStream<R> {
  /** Asks for `pair` (kept as given: the caller may hold the same array to read the results against). */
  add(pair: [string, string]): void;
  finish(each: (i: number, result: R) => void): void;
}

/** Opens a new {@link PairStream}. */
export type OpenPairs<R> = () => PairStream<R>;

/**
 * The {@link OpenPairs} of a {@link PairBatch}: each stream's pairs are collected, and the batch runs on all of
 * them at `finish` (no work overlaps the asking: without workers there is no one to do it).
 *
 * @example
 * const open = collectedPairs(inPairOrder((pairs: [string, string][]) => pairs.map(([a, b]) => a === b)));
 * const stream = open();
 * stream.add(['we are ready', 'we are ready']);
 * stream.finish((i, same) => console.log(i, same)); // 0 true
 */
export function collectedPairs<R>(batch: PairBatch<R>): OpenPairs<R> {
  return () => {
    const pairs: [string, string][] = [];
    return {
      add: (pair) => void pairs.push(pair),
      finish: (each) => batch(pairs, each),
    };
  };
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
  | { op: 'compare'; items: [string, string][]; settings: TaskSettings }
  | { op: 'probe'; items: number[]; probes: HeadProbes };

/** The task of `task`'s items from `from` up to `to`. */
export function taskPart(task: Task, from: number, to: number): Task {
  const items: unknown[] = task.items;
  return { ...task, items: items.slice(from, to) } as Task;
}

/**
 * The results of `task` run by `run` `step` items at a time, in item order; `after` is called after each step
 * with the number of items done so far (a progress hook told, the workers served).
 *
 * @example
 * runInSteps(task, 32, runTask, (done) => console.log(done)); // the results of runTask(task); logs 32, 64, …
 */
export function runInSteps<R>(task: Task, step: number, run: (task: Task) => readonly R[], after: (done: number) => void): R[] {
  const results: R[] = [];
  for (let from = 0; from < task.items.length; from += step) {
    for (const result of run(taskPart(task, from, from + step))) results.push(result);
    after(Math.min(from + step, task.items.length));
  }
  return results;
}

/**
 * A task as posted to a worker thread: the pairs of a verification or comparison chunk go as their
 * distinct texts, each once, and two indices per pair. A chunk's pairs share texts (the clusters' pairs
 * are batched by their shorter side, the echoes' by quote, the report's comparisons by reference), so
 * fewer strings are copied both ways, and the worker's memos, keyed by text, hash each string object once.
 */
export type PostedTask =
  | Extract<Task, { op: 'extract' | 'probe' }>
  | (Omit<Extract<Task, { op: 'verify' }>, 'items'> & { items: PostedPairs })
  | (Omit<Extract<Task, { op: 'compare' }>, 'items'> & { items: PostedPairs });

/** Pairs of texts as posted: the distinct texts, and for pair `i` the indices `2i` and `2i + 1` into them. */
export interface PostedPairs {
  texts: string[];
  indices: Int32Array;
}

/**
 * `task` in the form posted to a worker (see {@link PostedTask}).
 *
 * @example
 * posted({ op: 'compare', items: [['a', 'b'], ['a', 'c']], settings }).items;
 * //=> { texts: ['a', 'b', 'c'], indices: Int32Array [0, 1, 0, 2] }
 */
export function posted(task: Task): PostedTask {
  if (task.op === 'extract' || task.op === 'probe') return task;
  const texts = new NumberedStrings();
  const indices = new Int32Array(2 * task.items.length);
  task.items.forEach(([a, b], i) => {
    indices[2 * i] = texts.numberOf(a);
    indices[2 * i + 1] = texts.numberOf(b);
  });
  return { ...task, items: { texts: texts.strings, indices } };
}

/** The task a worker received, as {@link runTask} takes it. */
export function received(task: PostedTask): Task {
  if (task.op === 'extract' || task.op === 'probe') return task;
  const { texts, indices } = task.items;
  const items = new Array<[string, string]>(indices.length / 2);
  for (let i = 0; i < items.length; i++) items[i] = [texts[indices[2 * i]!]!, texts[indices[2 * i + 1]!]!];
  return { ...task, items };
}

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

/**
 * Lets go of verification's memos on this thread: the clause verdicts and the words and keys of the texts
 * verified. They serve verification alone, and the calling thread of a corpus report has verified the
 * clusters' pairs when it turns to their comparisons; kept, they stayed through those comparisons, to the
 * end of the run, when memory peaks (at 100,000 news articles, 0.04 KB per quote on the calling thread
 * after the run). The workers keep theirs: they verify the echo pairs between the comparisons' chunks.
 */
export function forgetVerificationMemos(): void {
  forgetClauseVerdicts();
  forgetClauseFacts();
  forgetWordsAndKeys();
}

/** Runs one task in this thread; any but an extraction first lets go of the extraction's profile memo (`forgetProfiles`). */
export function runTask(task: Task): unknown[] {
  switch (task.op) {
    case 'extract':
      return extractArticles(task.items);
    case 'verify':
      forgetProfiles();
      return verifyPairs(task.items, task.keepAccepted, task.settings);
    case 'compare':
      forgetProfiles();
      return comparePairs(task.items, task.settings);
    case 'probe':
      forgetProfiles();
      return probeHeads(task.probes, task.items);
  }
}
