/**
 * The candidate pairs of quotes that blocking proposes between PolNeAR articles, and what the library
 * decides on each: the pairs the real-news link set (`eval/data/polnear-links.json`) was drawn from, and
 * the decision `npm run eval -- links` scores against its labels.
 *
 * A pair is two quotes of two different articles (groups of verbatim copies stand for all their copies:
 * the pair is read on the first quote of each group by id). The decision is the one `clusterGroups` made
 * when the set was drawn (session 18, before `speakerCredits`), before it picks each group's best parent:
 * verification accepts the pair at the default `minSimilarity`, and a fragment pair's speakers agree (the
 * same surname, or one side credited to no one), read on the two quotes. It defines the strata the set
 * was drawn from; `npm run eval -- links` scores the clusters themselves.
 */
import { QuoteIndex } from '../src/corpus/quote-index.js';
import { QuoteGroups } from '../src/corpus/quote-groups.js';
import { candidatePairs } from '../src/corpus/cluster-graph.js';
import { pairOf } from '../src/corpus/pair-keys.js';
import { acceptsAt, verifyPair, type PairVerdict } from '../src/corpus/verify-pair.js';
import { speakerSurname } from '../src/corpus/echo-attribution.js';
import { DEFAULT_MIN_SIMILARITY } from '../src/corpus/corpus-options.js';
import type { CorpusQuote } from '../src/types.js';
import { readPolnear } from './polnear.js';

/** One candidate pair with the library's verdict on it. */
export interface CandidatePair {
  a: CorpusQuote;
  b: CorpusQuote;
  verdict: PairVerdict;
  /** Verification accepts the pair at the default threshold. */
  accepted: boolean;
  /** Accepted and, for a fragment, the two quotes' speakers agree: the pair may be a cluster link. */
  linked: boolean;
}

/** The articles of a PolNeAR split as corpus articles (id = file name, source = publisher). */
export async function polnearArticles(split: 'train' | 'dev'): Promise<{ id: string; source: string; text: string }[]> {
  return (await readPolnear(split)).map((article) => ({ id: article.name, source: article.name.split('_')[0]!, text: article.text }));
}

/** Whether two quotes' speakers can be one person, as the speaker rule of the time read a group's quotes (one side uncredited agrees with anyone). */
export function quotesAgree(a: CorpusQuote, b: CorpusQuote): boolean {
  const [x, y] = [speakerSurname(a), speakerSurname(b)];
  return x === null || y === null || x === y;
}

/** The library's decision on one pair of texts with their quotes' speakers. */
export function decide(a: CorpusQuote, b: CorpusQuote, minSimilarity = DEFAULT_MIN_SIMILARITY, minTokens = 2): { verdict: PairVerdict; accepted: boolean; linked: boolean } {
  const verdict = verifyPair(a.text, b.text, minSimilarity, minTokens, {});
  const accepted = acceptsAt(verdict, minSimilarity, minTokens);
  return { verdict, accepted, linked: accepted && (verdict.fragment === null || quotesAgree(a, b)) };
}

/** Every quote extracted from a split's articles. */
export async function splitQuotes(split: 'train' | 'dev'): Promise<CorpusQuote[]> {
  const index = new QuoteIndex({ workers: 1 });
  index.add(await polnearArticles(split));
  return index.toJSON().quotes as CorpusQuote[];
}

/** Every candidate pair of quotes across articles (one split's, from {@link splitQuotes}), with the library's decision. */
export function candidateLinkPairs(quotes: readonly CorpusQuote[]): CandidatePair[] {
  const store = new QuoteGroups(2);
  for (const quote of quotes) store.add(quote);
  const reps = store.representatives();
  const first = (g: number) => store.quotes[reps[g]!]!;
  const pairs: CandidatePair[] = [];
  for (const key of candidatePairs(store, reps)) {
    const [x, y] = pairOf(key);
    const [a, b] = [first(x), first(y)];
    if (a.articleId === b.articleId) continue;
    pairs.push({ a, b, ...decide(a, b) });
  }
  return pairs;
}

/**
 * A span of an article with the text around it (`before` and `after` characters), the span between ⟦ ⟧ and
 * line breaks shown as ¶: how the annotation packets show a quote or passage.
 */
export function inContext(text: string, span: { start: number; end: number }, before: number, after: number): string {
  const from = Math.max(0, span.start - before);
  const to = Math.min(text.length, span.end + after);
  const context = `${from > 0 ? '…' : ''}${text.slice(from, span.start)}⟦${text.slice(span.start, span.end)}⟧${text.slice(span.end, to)}${to < text.length ? '…' : ''}`;
  return context.replace(/\s*\n\s*/g, ' ¶ ');
}
