/**
 * Echoes: a quote of one article found, without quote marks, in another article's own words
 * (reported speech, or marks dropped). The unquoted windows of every article are indexed with the
 * same content keys as quotes; each distinct quote probes that index with the prefix filter, the best
 * {@link MAX_ECHO_CANDIDATES} windows are verified with `compareQuotes` (quote `a`, window `b`), and a
 * window is kept when the quote is covered at least half inside it at the usual similarity.
 * Each window echoes at most one quote: the best match (then the smallest quote id).
 *
 * @module
 */

import { CandidateIndex } from './candidate-index.js';
import { profileText } from './content-keys.js';
import { minContainment } from './cluster-graph.js';
import { byQuoteId, type QuoteGroups } from './quote-groups.js';
import { MIN_COVERAGE } from './verify-pair.js';
import type { TextRange } from './unquoted-windows.js';
import type { VerifiedPair } from './corpus-tasks.js';
import type { CorpusQuote, Echo } from '../types.js';

/** At most this many windows are verified per distinct quote. */
export const MAX_ECHO_CANDIDATES = 8;

/** An article's text and its unquoted windows. */
export interface WindowedArticle {
  id: string;
  text: string;
  windows: readonly TextRange[];
}

/** Verifies (quote, window) text pairs in one batch, keeping accepted comparisons. */
export type VerifyKeepBatch = (pairs: [string, string][]) => VerifiedPair[];

/** Finds the echoes, sorted by quote id, then by the match's article id and offset. */
export function findEchoes(
  store: QuoteGroups,
  articles: readonly WindowedArticle[],
  minTokens: number,
  verify: VerifyKeepBatch,
): Echo[] {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new CandidateIndex();
  const windowArticle: number[] = [];
  const windowRange: TextRange[] = [];
  sorted.forEach((article, a) => {
    for (const range of article.windows) {
      const { keys, words, pairs } = profileText(article.text.slice(range.start, range.end));
      if (words < minTokens || keys.length === 0) continue;
      index.add(keys, pairs);
      windowArticle.push(a);
      windowRange.push(range);
    }
  });
  const windowText = (w: number) => sorted[windowArticle[w]!]!.text.slice(windowRange[w]!.start, windowRange[w]!.end);

  // Candidate (quote, window) pairs; the quote is the group's first member from another article.
  const pairs: { quote: CorpusQuote; window: number }[] = [];
  store.groups.forEach((group, g) => {
    if (group.entry < 0) return;
    const members = group.members.map((m) => store.quotes[m]!).sort(byQuoteId);
    const found = index
      .probe(group.keys, { minContainment: minContainment(group.keys.length), pairs: store.index.pairsOf(group.entry) })
      .map((candidate) => ({ ...candidate, quote: members.find((q) => q.articleId !== sorted[windowArticle[candidate.entry]!]!.id) }))
      .filter((candidate) => candidate.quote !== undefined)
      .sort((x, y) => y.containment - x.containment || y.shared - x.shared || x.entry - y.entry)
      .slice(0, MAX_ECHO_CANDIDATES);
    for (const candidate of found) pairs.push({ quote: candidate.quote!, window: candidate.entry });
  });

  const results = verify(pairs.map(({ quote, window }) => [quote.text, windowText(window)]));
  const best = new Map<number, Echo & { similarity: number }>();
  pairs.forEach(({ quote, window }, i) => {
    const { verdict, comparison } = results[i]!;
    if (!verdict.accepted || comparison === null || verdict.coverage[0] < MIN_COVERAGE) return;
    const held = best.get(window);
    if (held && (held.similarity > verdict.similarity || (held.similarity === verdict.similarity && byQuoteId(held.quote, quote) <= 0))) return;
    const range = windowRange[window]!;
    const match = { articleId: sorted[windowArticle[window]!]!.id, start: range.start, end: range.end, text: windowText(window) };
    best.set(window, { quote, match, comparison, similarity: verdict.similarity });
  });
  return [...best.values()]
    .map(({ quote, match, comparison }) => ({ quote, match, comparison }))
    .sort((x, y) => byQuoteId(x.quote, y.quote) || (x.match.articleId < y.match.articleId ? -1 : x.match.articleId > y.match.articleId ? 1 : x.match.start - y.match.start));
}
