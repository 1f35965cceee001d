/**
 * The corpus index: quotes extracted from articles added over time, blocked by content keys,
 * verified with `compareQuotes`, grouped into clusters of renderings, and searched for echoes.
 * {@link alignCorpus} is one `add` and one `report` on a fresh index: one code path.
 *
 * @module
 */

import { METHOD_VERSION } from '../compare/method-version.js';
import { diagnosticsForCopy, distinctArticles } from './article-copies.js';
import { buildClusters } from './build-clusters.js';
import { clusterGroups, verifiedDivergence } from './cluster-graph.js';
import { inThisThread, onPool } from './head-probes.js';
import { VerdictBook } from './verdict-book.js';
import { checkArticles, checkMinSimilarity, resolveCorpusOptions, type ResolvedCorpusOptions } from './corpus-options.js';
import { collectedPairs, forgetVerificationMemos, inPairOrder, type ExtractedArticle, type Task, type TaskSettings, type VerifiedPair } from './corpus-tasks.js';
import { echoCandidates, type EchoSearch, type WindowedArticle } from './echo-search.js';
import { indexFromJSON, indexToJSON, type QuoteIndexJSON } from './index-json.js';
import { byQuoteId, QuoteGroups, quoteIdOf } from './quote-groups.js';
import type { PackedComparison } from './report-comparison.js';
import { SharedQuoteParts } from './shared-quote-parts.js';
import { summariseSources } from './source-summary.js';
import { unquotedWindows, type TextRange } from './unquoted-windows.js';
import { StageProgress, type ProgressStage } from './progress-steps.js';
import { taken } from './task-chunks.js';
import { TaskPool, type RunningTask } from './worker-pool.js';
import { overlappedReport } from './overlapped-report.js';
import { whileHeld } from './gc-roots.js';
import { queryMatches } from './query-matches.js';
import { QuoteDivergenceError } from '../errors.js';
import { workerStopped } from './worker-stopped.js';
import { EXTRACTION_FAILED } from './extraction-failed.js';
import type { Article, Cluster, CorpusOptions, CorpusQuote, CorpusReport, Diagnostic, Echo, QueryMatch } from '../types.js';

/** Articles stored between two calls of the workers' pump while extraction runs. */
const PUMP_EVERY = 16;

/** Options of {@link QuoteIndex.query}. */
export interface QueryOptions {
  /** Minimum similarity (1 - divergence on the overlap). Default: the index's `minSimilarity`. */
  minSimilarity?: number;
  /** Return at most this many matches. Default: all. */
  limit?: number;
}

/**
 * Indexes that serve one `add` and one `report` and nothing after (`alignCorpus`'s, never handed out):
 * their report lets go of the candidate index as soon as it has blocked the cluster pairs and probed the
 * echo windows (see `QuoteGroups.releaseCandidates`). Kept out of the class so that no public member says so.
 */
const reportOnly = new WeakSet<QuoteIndex>();

/** Worker pools given to indexes in place of the one they would start (see {@link useTaskPool}). */
const givenPools = new WeakMap<QuoteIndex, TaskPool>();

/**
 * Marks `index` as serving a single report (see {@link reportOnly}); any later use of its candidate index is an
 * internal error, not a wrong answer.
 *
 * @example
 * const index = forSingleReport(new QuoteIndex());
 * index.add(articles);
 * const report = index.report(); // the index is of no use after this
 */
export function forSingleReport(index: QuoteIndex): QuoteIndex {
  reportOnly.add(index);
  return index;
}

/** No quotes (an article without any, for the echo search). */
const NO_QUOTES: readonly CorpusQuote[] = [];

/**
 * An article as the echo search reads it: its unquoted windows are cut when read. A class, not an object
 * literal with a getter: such a literal made a closure and an accessor per article (about 430 bytes each,
 * for every article of the corpus, while the search indexes its windows).
 */
class ArticleWindows implements WindowedArticle {
  constructor(
    readonly id: string,
    readonly text: string,
    private readonly quotes: readonly CorpusQuote[],
  ) {}

  get windows(): TextRange[] {
    return unquotedWindows(this.text, this.quotes);
  }
}

/** An article as the index keeps it. */
export interface IndexedArticle {
  id: string;
  text: string;
  source: string | null;
}

/**
 * An incremental index of the quotes of a corpus.
 *
 * @example
 * const index = new QuoteIndex();
 * index.add([
 *   { id: 'a', text: '"We have seen the gradual invasion of NATO into Ukraine," Peskov said.' },
 *   { id: 'b', text: 'Peskov said "we are watching a gradual incursion of NATO into Ukraine".' },
 * ]);
 * index.query('the gradual invasion of NATO').map((match) => match.quote.id);
 * //=> ['b:13', 'a:1'] (best first: similarity on the overlap, then quote id)
 * index.clusters().map((cluster) => cluster.variants.length);
 * //=> [2]
 */
export class QuoteIndex {
  private readonly options: ResolvedCorpusOptions;
  private readonly articles: IndexedArticle[] = [];
  private readonly ids = new Set<string>();
  private readonly store: QuoteGroups;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly verdicts = new VerdictBook();
  private pool: TaskPool | null = null;
  /** Workers that stopped in pools this index has closed (see {@link QuoteIndex.report}'s `worker-stopped` diagnostic). */
  private stoppedBefore = 0;

  /** @throws {QuoteDivergenceError} `OPTION_OUT_OF_RANGE` for options outside their range. */
  constructor(options?: CorpusOptions) {
    this.options = resolveCorpusOptions(options);
    this.store = new QuoteGroups(this.options.minTokens);
  }

  /** Number of quotes indexed. */
  get size(): number {
    return this.store.quotes.length;
  }

  /**
   * Extracts and indexes the quotes of `articles`. The articles are all checked before any is added. An
   * article whose extraction fails inside the library (a bug: no text is meant to make extraction throw) is
   * added without quotes and with an `extraction-failed` error among the diagnostics, and the others are
   * added as usual.
   *
   * @throws {QuoteDivergenceError} `INVALID_ARGUMENT`, `EMPTY_ID`, or `DUPLICATE_ID` (also against articles already added).
   */
  add(articles: Article[]): void {
    whileHeld(this, () => this.addArticles(articles));
  }

  /** The work of {@link QuoteIndex.add}, the index held from module scope meanwhile (`gc-roots.ts`). */
  private addArticles(articles: Article[]): void {
    checkArticles(articles, this.ids);
    // Exact copies of an article's text (agency copy run unchanged, pages crawled twice) are extracted
    // once, here, whatever the number of threads: only the first of each text is sent to be extracted.
    const { distinct, copyOf } = distinctArticles(articles);
    // the last article of each distinct text: once it is stored, the text's extraction is let go (held to the
    // end of the batch, every extraction outlived two young-generation collections and died in the old one:
    // at 100,000 articles, about 0.9 GB of garbage collected late, at a cost on this thread)
    const lastCopy = new Array<number>(distinct.length);
    copyOf.forEach((text, article) => (lastCopy[text] = article));
    const parts = new SharedQuoteParts();
    // where the quotes of each distinct text went, held from its first article until its last: the first quote's
    // place in the store and each quote's group (an exact copy's quotes are the first article's, re-placed)
    const firstQuote = new Int32Array(distinct.length);
    const groupsOf = new Array<number[] | undefined>(distinct.length);
    let stored = 0;
    // Articles are stored in order as soon as their text is extracted. With workers this thread stores
    // them between its own chunks, while the workers extract, not after the batch with the workers
    // idle: at 100,000 articles storing took this thread 6–10 s.
    const storeReady = (ready: number, extraction: Pick<RunningTask<ExtractedArticle>, 'result' | 'take'>, pump: () => void = () => undefined) => {
      for (; stored < articles.length && copyOf[stored]! < ready; stored++) {
        // the workers are kept fed meanwhile: a long run of ready articles outlasted the chunks they held
        if (stored % PUMP_EVERY === 0) pump();
        const article = articles[stored]!;
        const text = copyOf[stored]!;
        const last = lastCopy[text] === stored;
        const own = last ? extraction.take(text) : extraction.result(text);
        if (distinct[text] === article) {
          firstQuote[text] = this.store.quotes.length;
          const groups = this.storeArticle(article, own, parts);
          if (!last) groupsOf[text] = groups;
        } else {
          this.storeCopy(article, own.diagnostics, firstQuote[text]!, groupsOf[text]!, parts);
          if (last) groupsOf[text] = undefined;
        }
      }
    };
    const task: Task = { op: 'extract', items: distinct };
    const pool = this.workerPool();
    if (pool !== null) {
      this.followed<ExtractedArticle>(pool, task, this.progress('extract'), (running) => storeReady(running.ready(), running, running.pump));
    } else {
      const extracted: (ExtractedArticle | undefined)[] = this.run<ExtractedArticle>(task, this.progress('extract'));
      storeReady(distinct.length, { result: (text) => extracted[text]!, take: (text) => taken(extracted, text)! });
    }
  }

  /**
   * Adds one extracted article: its id, text and source, its quotes (with their blocking profiles) and its
   * diagnostics. Returns the group of each quote.
   */
  private storeArticle(article: Article, { quotes, diagnostics, profiles }: ExtractedArticle, parts: SharedQuoteParts): number[] {
    const source = this.storedArticle(article);
    // a plain array (a typed one per article was a buffer outside the heap for each, counted towards the next full collection)
    const groups = quotes.map((quote, q) => this.store.add(parts.corpusQuote(quote, article.text, { articleId: article.id, id: quoteIdOf(article.id, quote.start), source }), profiles[q]));
    this.diagnostics.push(...diagnostics);
    return groups;
  }

  /**
   * Adds an exact copy of an article stored before, whose quotes were stored from place `first` into `groups`:
   * the same quotes with the copy's place, in the same groups, and `diagnostics` (the original's) with its id.
   */
  private storeCopy(article: Article, diagnostics: readonly Diagnostic[], first: number, groups: readonly number[], parts: SharedQuoteParts): void {
    const source = this.storedArticle(article);
    const { quotes } = this.store;
    groups.forEach((group, q) => {
      const quote = quotes[first + q]!;
      this.store.addTo(group, parts.copyFor(quote, { articleId: article.id, id: quoteIdOf(article.id, quote.start), source }));
    });
    this.diagnostics.push(...diagnosticsForCopy(diagnostics, article.id));
  }

  /** Records an article's id and text, and returns its source. */
  private storedArticle(article: Article): string | null {
    this.ids.add(article.id);
    const source = article.source ?? null;
    this.articles.push({ id: article.id, text: article.text, source });
    return source;
  }

  /** Adds quotes already extracted (used when loading an index from JSON). */
  private restore(articles: readonly IndexedArticle[], quotes: readonly CorpusQuote[], diagnostics: readonly Diagnostic[]): void {
    for (const article of articles) {
      this.ids.add(article.id);
      this.articles.push(article);
    }
    for (const quote of quotes) this.store.add(quote);
    this.diagnostics.push(...diagnostics);
  }

  /**
   * Indexed quotes that render `text` (wholly or in part), best first: by similarity, then by quote id.
   *
   * @throws {QuoteDivergenceError} `INVALID_ARGUMENT` when `text` is not a string; `OPTION_OUT_OF_RANGE` for a bad option.
   */
  query(text: string, options: QueryOptions = {}): QueryMatch[] {
    if (typeof text !== 'string') throw new QuoteDivergenceError('INVALID_ARGUMENT', 'query text must be a string');
    const minSimilarity = options.minSimilarity ?? this.options.minSimilarity;
    checkMinSimilarity(minSimilarity);
    const limit = options.limit ?? Infinity;
    if (limit !== Infinity && (!Number.isInteger(limit) || limit < 0)) {
      throw new QuoteDivergenceError('OPTION_OUT_OF_RANGE', `limit must be a non-negative integer, got ${String(limit)}`);
    }
    return queryMatches(this.store, text, minSimilarity, this.options.minTokens, this.options.compare).slice(0, limit);
  }

  /** Clusters of renderings spanning two or more articles, sorted by their first quote id. */
  clusters(options: { minSimilarity?: number } = {}): Cluster[] {
    return whileHeld(this, () => this.clustersAt(options));
  }

  /** The work of {@link QuoteIndex.clusters}, the index held from module scope meanwhile (`gc-roots.ts`). */
  private clustersAt(options: { minSimilarity?: number }): Cluster[] {
    const minSimilarity = options.minSimilarity ?? this.options.minSimilarity;
    checkMinSimilarity(minSimilarity);
    const representatives = this.store.representatives();
    return this.buildClusters(representatives, this.components(representatives, minSimilarity));
  }

  /** The groups of each cluster: candidate pairs verified (progress stage `cluster`) and linked. */
  private components(representatives: readonly number[], minSimilarity: number): number[][] {
    const settings = this.settings();
    const progress = this.progress('cluster');
    // blocking's probes split with the workers (not reported: the stage's items are the pairs verified)
    const pool = this.workerPool();
    return clusterGroups(
      this.store,
      representatives,
      this.verdicts,
      collectedPairs(inPairOrder((pairs) => this.run<VerifiedPair>({ op: 'verify', items: pairs, keepAccepted: false, settings }, progress).map((pair) => pair.verdict))),
      minSimilarity,
      this.options.minTokens,
      undefined,
      pool === null ? inThisThread : onPool(pool),
    );
  }

  /** The clusters of `components`: references chosen and compared with every variant (progress stage `report`). */
  private buildClusters(representatives: readonly number[], components: readonly number[][]): Cluster[] {
    const settings = this.settings();
    const progress = this.progress('report');
    const known = verifiedDivergence(this.verdicts, this.store, representatives);
    return buildClusters(
      this.store,
      representatives,
      components,
      collectedPairs(inPairOrder((pairs) => this.run<PackedComparison>({ op: 'compare', items: pairs, settings }, progress))),
      known,
    );
  }

  /** Quotes matched by unquoted text in another article, sorted by quote id, then match position. */
  echoes(): Echo[] {
    return whileHeld(this, () => this.verifyEchoes(echoCandidates(this.store, this.windowedArticles(), this.options.minTokens)));
  }

  /** Every article with its unquoted windows (but those whose extraction failed: their quotations are not known). */
  private windowedArticles(): WindowedArticle[] {
    const failed = new Set(this.diagnostics.filter((d) => d.rule === EXTRACTION_FAILED).map((d) => d.articleId));
    const byArticle = new Map<string, CorpusQuote[]>();
    for (const quote of this.store.quotes) {
      const list = byArticle.get(quote.articleId);
      if (list) list.push(quote);
      else byArticle.set(quote.articleId, [quote]);
    }
    // each article's windows are cut when the echo search reads them, and dropped after: kept for every
    // article at once, they were millions of small objects outliving the search's first pass
    return this.articles.filter((article) => !failed.has(article.id)).map((article) => new ArticleWindows(article.id, article.text, byArticle.get(article.id) ?? NO_QUOTES));
  }

  /** The echoes of a search: its pairs verified (progress stage `echoes`). */
  private verifyEchoes(search: EchoSearch): Echo[] {
    const settings = this.settings();
    return search.select(this.run<VerifiedPair>({ op: 'verify', items: search.pairs, keepAccepted: true, settings }, this.progress('echoes')));
  }

  /**
   * The whole corpus report: quotes, clusters, echoes (unless turned off), sources, diagnostics. When worker
   * threads stopped during this index's life (over their heap limit, or killed), their work was done again
   * and the results are complete; the diagnostics then open with one `worker-stopped` warning, which belongs
   * to no article, saying how many stopped.
   * Echoes are searched between verifying the clusters and comparing their variants, so that progress
   * stages come in the order `cluster`, `echoes`, `report` (the two are independent); with workers and no
   * progress hook, the stages overlap instead (`overlapped-report.ts`).
   */
  report(): CorpusReport {
    return whileHeld(this, () => this.wholeReport());
  }

  /** The work of {@link QuoteIndex.report}, the index held from module scope meanwhile (`gc-roots.ts`). */
  private wholeReport(): CorpusReport {
    const representatives = this.store.representatives();
    // the pool the stages overlap on (with workers, echoes and no progress hook), or null
    const pool = this.options.echoes && this.options.onProgress === null ? this.workerPool() : null;
    let clusters: Cluster[];
    let echoes: Echo[];
    // Once the clusters' pairs are verified and the echo windows probed, this thread lets go of what only those
    // read: verification's memos (it verifies again only at the end, the echo pairs left, with workers), and
    // the candidate index when nothing can query this index afterwards.
    const verified = () => {
      forgetVerificationMemos();
      if (reportOnly.has(this)) this.store.releaseCandidates();
    };
    if (pool !== null) {
      ({ clusters, echoes } = overlappedReport(this.store, representatives, this.verdicts, pool, this.settings(), () => this.windowedArticles(), verified));
    } else {
      const components = this.components(representatives, this.options.minSimilarity);
      echoes = this.options.echoes ? this.echoes() : [];
      verified();
      clusters = this.buildClusters(representatives, components);
    }
    // a pool that lost workers it could not replace runs with fewer threads (one without workers to start has none to lose)
    const current = this.pool;
    const threadsLeft = current !== null && current.deaths > 0 && current.threads < this.threads() ? current.threads : null;
    const run = workerStopped(this.stoppedBefore + (current?.deaths ?? 0), threadsLeft);
    return {
      quotes: [...this.store.quotes].sort(byQuoteId),
      clusters,
      echoes,
      sources: summariseSources(clusters),
      diagnostics: [...(run === null ? [] : [run]), ...this.diagnostics].sort(
        (a, b) => ((a.articleId ?? '') < (b.articleId ?? '') ? -1 : (a.articleId ?? '') > (b.articleId ?? '') ? 1 : a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)),
      ),
      methodVersion: METHOD_VERSION,
    };
  }

  /** Stops the worker threads, if any were started (they are started again when needed). */
  close(): void {
    this.stoppedBefore += this.pool?.deaths ?? 0;
    this.pool?.close();
    this.pool = null;
    givenPools.delete(this);
  }

  /** The index as plain JSON (articles and extracted quotes; comparisons are recomputed on load). */
  toJSON(): QuoteIndexJSON {
    return indexToJSON(this.options, this.articles, [...this.store.quotes], this.diagnostics);
  }

  /**
   * An index from what {@link QuoteIndex.toJSON} wrote; queries give the same results as on the original.
   *
   * @throws {QuoteDivergenceError} `INVALID_JSON` when `json` is not such an object.
   */
  static fromJSON(json: unknown, options: Pick<CorpusOptions, 'workers' | 'compare' | 'onProgress'> = {}): QuoteIndex {
    const parsed = indexFromJSON(json);
    const index = new QuoteIndex({ ...parsed.options, ...options });
    index.restore(parsed.articles, parsed.quotes, parsed.diagnostics);
    return index;
  }

  private settings(): TaskSettings {
    return { minSimilarity: this.options.minSimilarity, minTokens: this.options.minTokens, compare: this.options.compare };
  }

  /** Progress of one stage of one call (stages and counts restart with every `add`, `clusters`, `echoes`, `report`). */
  private progress(stage: ProgressStage): StageProgress {
    return new StageProgress(stage, this.options.onProgress, this.threads());
  }

  /** Threads for the batches: one when the compare options hold a function (it cannot cross threads). */
  private threads(): number {
    return Object.values(this.options.compare).some((value) => typeof value === 'function') ? 1 : this.options.workers;
  }

  /** The worker pool, started if need be, or `null` when this index runs in one thread (or no worker can be started). */
  private workerPool(): TaskPool | null {
    if (this.threads() === 1) return null;
    this.pool ??= givenPools.get(this) ?? new TaskPool(this.threads());
    return this.pool.threads > 1 ? this.pool : null;
  }

  /**
   * Runs `task` on the pool in one go, reported to `progress` as its results come in, or in this thread,
   * in steps reported to `progress` when there is a hook.
   */
  private run<R>(task: Task, progress: StageProgress): R[] {
    const pool = task.items.length < 2 ? null : this.workerPool();
    if (pool === null) return progress.run<R>(task, (part) => new TaskPool(1).run<R>(part));
    return this.followed<R>(pool, task, progress);
  }

  /**
   * Runs `task` on `pool` in one go, reported to `progress` as its results come in; `between` is handed the
   * running task whenever results may have come in (see `RunningTask.finish`).
   */
  private followed<R>(pool: TaskPool, task: Task, progress: StageProgress, between: (running: RunningTask<R>) => void = () => undefined): R[] {
    const running = pool.start<R>(task);
    return progress.follow(task.op, task.items.length, (advance) =>
      running.finish(() => {
        between(running);
        advance(running.ready());
      }),
    );
  }
}

/**
 * Gives `index` the worker pool `pool` in place of the one it would start (tests: a pool whose workers
 * stop on purpose). Not part of the package's API.
 *
 * @example
 * useTaskPool(index, new TaskPool(2, dyingWorkerScript));
 */
export function useTaskPool(index: QuoteIndex, pool: TaskPool): void {
  givenPools.set(index, pool);
}
