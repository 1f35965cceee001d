/**
 * Synthetic quote mentions for the blocking and index benchmarks (`corpus.ts`, `index-scale.ts`): families of
 * renderings of real news sentences (word edits, synonym swaps, trims: `render` in `synthetic-corpus.ts`),
 * each rendering one quote, with the family each was drawn from kept as the truth.
 *
 * @module
 */

import { QuoteGroups } from '../src/corpus/quote-groups.js';
import type { Article, CorpusQuote } from '../src/types.js';
import { seededRandom } from './quote-pairs.js';
import { newsSentences, newsVocabulary, render } from './synthetic-corpus.js';

/** Mentions up to this many keep their truth in {@link familyOf} and {@link sentenceOf} (the samples read it). */
const MAX_WITH_TRUTH = 100_000;

/** The family (base sentence draw) of each synthetic mention of the last {@link mentions} call, by quote id. */
export const familyOf = new Map<string, number>();
/**
 * The base sentence's text of each synthetic mention, by quote id: the news sentences hold duplicates
 * (wire copies), so two draws can be one sentence — one utterance, though two families by draw.
 */
export const sentenceOf = new Map<string, string>();

/**
 * `count` synthetic quote mentions, as corpus quotes of articles `m0`, `m1`, …: families of one to six
 * renderings of a news sentence drawn at random (fixed `seed`).
 */
export function mentions(count: number, seed: number): CorpusQuote[] {
  const random = seededRandom(seed);
  const sentences = newsSentences();
  const vocabulary = newsVocabulary();
  const quotes: CorpusQuote[] = [];
  let family = 0;
  familyOf.clear();
  sentenceOf.clear();
  while (quotes.length < count) {
    family++;
    const base = sentences[Math.floor(random() * sentences.length)]!;
    const renderings = 1 + Math.floor(random() * 6);
    for (let r = 0; r < renderings && quotes.length < count; r++) {
      const text = render(base, random, vocabulary);
      const articleId = `m${quotes.length}`;
      if (count <= MAX_WITH_TRUTH) {
        familyOf.set(`${articleId}:1`, family);
        sentenceOf.set(`${articleId}:1`, base);
      }
      quotes.push({ text, start: 1, end: 1 + text.length, marks: { open: '"', close: '"' }, speaker: null, kind: 'utterance', flags: [], articleId, id: `${articleId}:1`, source: null });
    }
  }
  return quotes;
}

/** Quote groups (exact copies collapsed, the candidate index built) of `quotes`, and their representatives. */
export function storeOf(quotes: readonly CorpusQuote[]): { store: QuoteGroups; reps: readonly number[] } {
  const store = new QuoteGroups(2);
  for (const quote of quotes) store.add(quote);
  return { store, reps: store.representatives() };
}

/** Outlets the mention articles are spread over (the source summary then has rows to fill). */
const OUTLETS = 40;

/**
 * One short article per mention, the mention as its only quotation (`"…," the spokesman said.`), for
 * running mentions through the public `QuoteIndex` from raw text: article `m<n>` of outlet `outlet<n mod 40>`.
 *
 * @example
 * mentionArticles([quote]); //=> [{ id: 'm0', source: 'outlet0', text: '"We are ready," the spokesman said.' }]
 */
export function mentionArticles(quotes: readonly CorpusQuote[]): Article[] {
  return quotes.map((quote, n) => ({ id: quote.articleId, source: `outlet${n % OUTLETS}`, text: `"${quote.text}," the spokesman said.` }));
}
