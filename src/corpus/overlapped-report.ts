/**
 * The clusters and echoes of a corpus report computed with worker threads so that as little work as
 * possible runs on the calling thread alone (the workers idle meanwhile, and the busiest thread
 * bounds the run's time): while the workers verify the cluster candidates, the calling thread indexes
 * and probes the echo windows; the echo pairs are verified after the clusters' comparisons, while the
 * calling thread builds the witness tables, and the echoes are selected as the verdicts come in. The
 * two results are independent, so they are those of the sequential path (`QuoteIndex.report` without
 * workers), for any number of threads.
 *
 * @module
 */

import { buildClusters } from './build-clusters.js';
import { clusterGroups, verifiedDivergence, type CachedVerdict } from './cluster-graph.js';
import type { TaskSettings, VerifiedPair } from './corpus-tasks.js';
import { echoCandidates, type EchoSearch, type WindowedArticle } from './echo-search.js';
import type { QuoteGroups } from './quote-groups.js';
import type { PackedComparison } from './report-comparison.js';
import type { RunningTask, TaskPool } from './worker-pool.js';
import type { Cluster, Echo } from '../types.js';

/** Clusters (with `settings.minSimilarity`) and echoes of the quotes in `store`, verified on `pool`. */
export function overlappedReport(
  store: QuoteGroups,
  representatives: readonly number[],
  verdicts: Map<number, CachedVerdict>,
  pool: TaskPool,
  settings: TaskSettings,
  windowedArticles: () => WindowedArticle[],
): { clusters: Cluster[]; echoes: Echo[] } {
  let search: EchoSearch | null = null;
  const components = clusterGroups(
    store,
    representatives,
    verdicts,
    (pairs) => {
      const running = pool.start<VerifiedPair>({ op: 'verify', items: pairs, keepAccepted: false, settings });
      search = echoCandidates(store, windowedArticles(), settings.minTokens, running.pump);
      return running.finish().map((pair) => pair.verdict);
    },
    settings.minSimilarity,
    settings.minTokens,
  );
  const echoSearch: EchoSearch = search ?? echoCandidates(store, windowedArticles(), settings.minTokens);
  const echoTask = { op: 'verify' as const, items: echoSearch.pairs, keepAccepted: true, settings };
  let echoRun: RunningTask<VerifiedPair> | null = null;
  const clusters = buildClusters(
    store,
    representatives,
    components,
    (pairs) => pool.run<PackedComparison>({ op: 'compare', items: pairs, settings }),
    verifiedDivergence(verdicts, store, representatives),
    () => {
      echoRun = pool.start<VerifiedPair>(echoTask);
      return echoRun.pump;
    },
  );
  const running = (echoRun as RunningTask<VerifiedPair> | null) ?? pool.start<VerifiedPair>(echoTask);
  // the echoes are selected among the results already in while the workers verify the rest (each verdict
  // taken from the task once read, so that the batch's results are not all kept to its end)
  const selection = echoSearch.selection();
  let selected = 0;
  const selectReady = () => {
    for (const ready = running.ready(); selected < ready; selected++) selection.add(running.take(selected));
  };
  running.finish(selectReady);
  selectReady();
  return { clusters, echoes: selection.echoes() };
}
