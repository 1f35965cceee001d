/**
 * The clusters and echoes of a corpus report computed with worker threads so that as little work as
 * possible runs on the calling thread alone (the workers idle meanwhile, and the busiest thread
 * bounds the run's time): while the workers verify the cluster candidates, the calling thread indexes
 * and probes the echo windows; the echo pairs are verified from then on, in the background of the
 * pool (`TaskPool.start`): while the calling thread links the clusters and plans their comparisons,
 * and whenever the comparisons leave the workers free; the echoes are selected as the verdicts come in,
 * and each cluster (its witness table above all) is assembled as soon as its comparisons are in, while
 * the workers compare the rest. The comparisons go to the workers as they are planned (an open task:
 * planning them took seconds with the workers idle). The calling thread compares nothing itself (`finish`
 * without help): when it took chunks too, the worker idled a quarter of that stage while the calling thread
 * assembled clusters between its own chunks (100,000 articles; session 23 in BENCHMARKS.md); taking one only
 * when it would otherwise wait for a reply did the same (session 29). The two results are independent, so they
 * are those of the sequential path (`QuoteIndex.report` without workers), for any number of threads.
 *
 * @module
 */

import { buildClusters } from './build-clusters.js';
import { clusterGroups, verifiedDivergence } from './cluster-graph.js';
import { onPool } from './head-probes.js';
import type { VerdictBook } from './verdict-book.js';
import type { TaskSettings, VerifiedPair } from './corpus-tasks.js';
import { echoCandidates, type EchoSearch, type WindowedArticle } from './echo-search.js';
import type { QuoteGroups } from './quote-groups.js';
import type { PackedComparison } from './report-comparison.js';
import { ITEMS_PER_CHUNK, type RunningTask, type TaskPool } from './worker-pool.js';
import type { Cluster, Echo } from '../types.js';

/**
 * Clusters (with `settings.minSimilarity`) and echoes of the quotes in `store`, verified on `pool`.
 * `verified` is called once the clusters' pairs are verified and the echo windows probed, before the
 * clusters' comparisons: what only blocking and verification read on this thread can then be let go.
 */
export function overlappedReport(
  store: QuoteGroups,
  representatives: readonly number[],
  verdicts: VerdictBook,
  pool: TaskPool,
  settings: TaskSettings,
  windowedArticles: () => WindowedArticle[],
  verified: () => void = () => undefined,
): { clusters: Cluster[]; echoes: Echo[] } {
  let echoes: BackgroundEchoes | null = null;
  const pump = () => echoes?.pump();
  const components = clusterGroups(
    store,
    representatives,
    verdicts,
    () => {
      // the workers verify the pairs as they are asked for, each chunk once full
      const running = pool.open<VerifiedPair>({ op: 'verify', items: [], keepAccepted: false, settings });
      let asked = 0;
      return {
        add: (pair) => {
          running.add(pair);
          // the pool is pumped as each chunk fills, so that the workers have it at once
          if (++asked % ITEMS_PER_CHUNK.verify === 0) running.pump();
        },
        finish: (each) => {
          // each verdict is handed on (and let go by the task) as soon as it and those before it are in
          const deliver = handOn(running, (i, pair) => each(i, pair.verdict));
          const search = echoCandidates(store, windowedArticles(), settings.minTokens, () => {
            running.pump();
            deliver();
          });
          running.finish(deliver);
          // from here the workers verify the echo pairs whenever the clusters' comparisons leave them free
          echoes = backgroundEchoes(search, pool, settings);
        },
      };
    },
    settings.minSimilarity,
    settings.minTokens,
    pump,
    onPool(pool),
  );
  echoes ??= backgroundEchoes(echoCandidates(store, windowedArticles(), settings.minTokens), pool, settings);
  verified();
  const clusters = buildClusters(
    store,
    representatives,
    components,
    () => {
      // the workers compare the pairs as they are planned
      const running = pool.open<PackedComparison>({ op: 'compare', items: [], settings });
      return {
        add: (pair) => running.add(pair),
        // this thread assembles the clusters as their comparisons come in, and compares none itself
        finish: (each) => running.finish(handOn(running, each), false),
      };
    },
    verifiedDivergence(verdicts, store, representatives),
    pump,
  );
  return { clusters, echoes: echoes.finish() };
}

/**
 * A function that hands `each` the results of `running` that are in and not yet handed on, in item order,
 * taking each from the task (so that a batch's results are not all alive until its end). Passed to
 * `RunningTask.finish`, it has handed on every result when `finish` returns.
 */
function handOn<R>(running: RunningTask<R>, each: (i: number, result: R) => void): () => void {
  let handed = 0;
  return () => {
    for (const ready = running.ready(); handed < ready; handed++) each(handed, running.take(handed));
  };
}

/** The echo pairs of a search being verified in the background of the pool. */
interface BackgroundEchoes {
  /** Keeps the workers fed and selects among the verdicts in so far; never waits. */
  pump(): void;
  /** Verifies the pairs left (on this thread too) and returns the echoes. */
  finish(): Echo[];
}

/**
 * Starts verifying the pairs of `search` on `pool`. The echoes are selected among the verdicts already in
 * whenever the pool is pumped, so that little selection is left for the end, when the workers have no
 * verification left; each verdict is taken from the task once read (the batch's results are not all kept
 * to its end).
 */
function backgroundEchoes(search: EchoSearch, pool: TaskPool, settings: TaskSettings): BackgroundEchoes {
  const running = pool.start<VerifiedPair>({ op: 'verify', items: search.pairs, keepAccepted: true, settings });
  const selection = search.selection();
  const selectReady = handOn(running, (_, pair) => selection.add(pair));
  return {
    pump: () => {
      running.pump();
      selectReady();
    },
    finish: () => {
      running.finish(selectReady);
      return selection.echoes();
    },
  };
}
