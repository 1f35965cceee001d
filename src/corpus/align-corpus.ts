/**
 * `alignCorpus`: the whole corpus stage in one call, on a fresh {@link QuoteIndex}.
 *
 * @module
 */

import { checkArticles } from './corpus-options.js';
import { forSingleReport, QuoteIndex } from './quote-index.js';
import type { Article, CorpusOptions, CorpusReport } from '../types.js';

/**
 * Extracts the quotes of `articles`, finds the renderings of one utterance across articles
 * (clusters, with a reference reading, each variant's comparison with it, and a witness table),
 * the echoes of quotes in other articles' unquoted text, and a source-by-source summary.
 * The result does not depend on the order of `articles`.
 *
 * @throws {QuoteDivergenceError} `INVALID_ARGUMENT` (not an array, an article without string id or text),
 *   `EMPTY_ID`, `DUPLICATE_ID`, or `OPTION_OUT_OF_RANGE` (`minSimilarity` outside [0, 1], `workers` not a positive integer).
 *
 * @example
 * const report = alignCorpus([
 *   { id: 'a', source: 'TASS', text: 'Peskov said: "We have seen the gradual invasion of NATO into Ukraine."' },
 *   { id: 'b', source: 'RIA', text: '"We are watching a gradual incursion of NATO into Ukraine," he said.' },
 * ]);
 * report.clusters.map((cluster) => cluster.variants.map((variant) => variant.quote.id));
 * //=> [['a:14', 'b:1']]
 */
export function alignCorpus(articles: Article[], options?: CorpusOptions): CorpusReport {
  checkArticles(articles);
  // the index is never handed out: its report may let go of what later queries would need
  const index = forSingleReport(new QuoteIndex(options));
  try {
    index.add(articles);
    return index.report();
  } finally {
    index.close();
  }
}
