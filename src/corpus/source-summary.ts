/**
 * The source-by-source summary of a corpus: how far each outlet's renderings stray, on average,
 * from their clusters' reference readings.
 *
 * @module
 */

import type { Cluster, SourceSummary } from '../types.js';

/**
 * One line per named source, sorted by name. The reference quote of each cluster is left out
 * (its divergence from itself is 0 by construction); quotes from articles without `source` are not summarised.
 *
 * @example
 * summariseSources(report.clusters);
 * //=> [{ source: 'TASS', count: 3, meanDivergence: 0.21 }, …]
 */
export function summariseSources(clusters: readonly Cluster[]): SourceSummary[] {
  const totals = new Map<string, { count: number; sum: number }>();
  for (const cluster of clusters) {
    for (const variant of cluster.variants) {
      if (variant.source === null || variant.quote.id === cluster.reference.quoteId) continue;
      const total = totals.get(variant.source) ?? { count: 0, sum: 0 };
      total.count++;
      total.sum += variant.divergence;
      totals.set(variant.source, total);
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([source, { count, sum }]) => ({ source, count, meanDivergence: sum / count }));
}
