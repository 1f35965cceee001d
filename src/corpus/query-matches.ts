/**
 * `QuoteIndex.query`: the indexed quotes that render a text, found through the candidate index with
 * every key of the text probed (one query is cheap; recall matters more than for the corpus-wide join).
 *
 * @module
 */

import { minContainment } from './candidate-index.js';
import { profileText } from './content-keys.js';
import { byQuoteId, type QuoteGroups } from './quote-groups.js';
import { judgeComparison } from './verify-pair.js';
import { compareQuotes } from '../compare/compare-quotes.js';
import type { CompareOptions, QueryMatch, QuoteComparison } from '../types.js';

/** At most this many distinct quote texts are compared with one query. */
const MAX_QUERY_CANDIDATES = 64;

/**
 * The quotes of `store` that render `text` (wholly or in part) at `minSimilarity`, best first: by
 * similarity, then by quote id. Each distinct quote text is compared once.
 */
export function queryMatches(store: QuoteGroups, text: string, minSimilarity: number, minTokens: number, compare: CompareOptions): QueryMatch[] {
  const { quotes, groups, index, entryGroup } = store;
  const representatives = store.representatives();
  const profile = profileText(text);
  const candidates = index
    .probe(profile.keys, { minContainment: minContainment(profile.keys.length), allKeys: true, pairs: profile.pairs })
    .map((candidate) => ({ ...candidate, group: entryGroup[candidate.entry]! }))
    .sort((x, y) => y.containment - x.containment || y.shared - x.shared || byQuoteId(quotes[representatives[x.group]!]!, quotes[representatives[y.group]!]!))
    .slice(0, MAX_QUERY_CANDIDATES);
  const matches: QueryMatch[] = [];
  for (const { group } of candidates) {
    const members = groups[group]!.members.map((m) => quotes[m]!);
    const byText = new Map<string, QuoteComparison>();
    for (const quote of members.sort(byQuoteId)) {
      let comparison = byText.get(quote.text);
      if (!comparison) {
        comparison = compareQuotes(text, quote.text, compare);
        byText.set(quote.text, comparison);
      }
      const verdict = judgeComparison(comparison, minSimilarity, minTokens);
      if (verdict.accepted) matches.push({ quote, comparison, similarity: verdict.similarity });
    }
  }
  return matches.sort((x, y) => y.similarity - x.similarity || byQuoteId(x.quote, y.quote));
}
