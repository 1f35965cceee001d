/**
 * What verification decides without comparing, and the caps on its output: the key prefilter agrees
 * with `verifyPair`, the remembered word counts and keys agree with tokenising afresh, and a quote's
 * echoes are capped with the best kept.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterGroups } from '../src/corpus/cluster-graph.js';
import { VerdictBook } from '../src/corpus/verdict-book.js';
import { contentKeys, wordCount } from '../src/corpus/content-keys.js';
import { collectedPairs, inPairOrder, verifyPairs } from '../src/corpus/corpus-tasks.js';
import { findEchoes } from '../src/corpus/echo-search.js';
import { QuoteGroups } from '../src/corpus/quote-groups.js';
import { sharedKeyCount, wordsAndKeys } from '../src/corpus/text-memo.js';
import { unquotedWindows } from '../src/corpus/unquoted-windows.js';
import { REJECTED, verifyPair, worthComparing, type PairVerdict } from '../src/corpus/verify-pair.js';
import { corpusQuoteAt } from './corpus-quote.js';

const WORDS = ['the', 'of', 'NATO', 'alliance’s', "Russia's", 'plans', 'contain', 'containing', 'we', 'never', 'underestimate', 'gradual', 'invasion', 'Ukraine', 'said', 'not'];
const PUNCTUATION = [' ', ' ', ' ', ', ', '. ', ' — ', '“', '”'];

/** Short texts from a small vocabulary, with news punctuation and curly apostrophes. */
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join('').trim());

const quote = (articleId: string, start: number, words: string, speaker: string | null = null) => corpusQuoteAt(articleId, start, words, speaker);

describe('wordsAndKeys', () => {
  it('gives the word count and content keys of tokenising afresh, and the same object the second time', () => {
    fc.assert(
      fc.property(text, (value) => {
        const found = wordsAndKeys(value);
        expect({ words: found.words, keys: found.keys }).toEqual({ words: wordCount(value), keys: contentKeys(value) });
        expect(found.starts.length).toBe(found.words);
        expect(wordsAndKeys(value)).toBe(found);
      }),
    );
  });

  it('counts shared keys of two sorted lists', () => {
    expect(sharedKeyCount(['contai', 'nato', 'russia'], ['nato', 'plan', 'russia'])).toBe(2);
    expect(sharedKeyCount([], ['nato'])).toBe(0);
  });
});

describe('worthComparing', () => {
  it("compares pairs sharing blocking's containment and two keys (or all of a one-key side), and short phrases sharing one", () => {
    expect(worthComparing(3, 5, 9, 12, 20)).toBe(true);
    // two keys of five: below the containment blocking requires (0.55 of the smaller key set)
    expect(worthComparing(2, 5, 9, 12, 20)).toBe(false);
    expect(worthComparing(1, 1, 9, 6, 20)).toBe(true);
    expect(worthComparing(1, 2, 9, 4, 20)).toBe(true);
    expect(worthComparing(1, 2, 9, 5, 20)).toBe(false);
    // short phrases sharing no key: blocking never proposes them, verification accepts none
    expect(worthComparing(0, 2, 2, 2, 2)).toBe(false);
  });

  it('rejects exactly the pairs verifyPair rejects without comparing', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const x = wordsAndKeys(a);
        const y = wordsAndKeys(b);
        const worth = worthComparing(sharedKeyCount(x.keys, y.keys), x.keys.length, y.keys.length, x.words, y.words);
        if (!worth) expect(verifyPair(a, b, 0.35, 2, {})).toEqual(REJECTED);
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a pair it rejects away from the verification batch, judged rejected in the cache', () => {
    const store = new QuoteGroups(2);
    const phrase = quote('a', 1, 'the alliance of the invasion');
    const long = quote('b', 1, 'alliance plans contain gradual Ukraine underestimate');
    store.add(phrase);
    store.add(long);
    const cache = new VerdictBook();
    const sent: [string, string][] = [];
    const verify = (pairs: [string, string][]): PairVerdict[] => {
      sent.push(...pairs);
      return pairs.map(([x, y]) => verifyPair(x, y, 0.35, 2, {}));
    };
    const components = clusterGroups(store, store.representatives(), cache, collectedPairs(inPairOrder(verify)), 0.35, 2);
    expect(sent).toEqual([]);
    expect([...cache.entries()].map(({ a, b, verdict }) => ({ a, b, verdict }))).toEqual([{ a: phrase.text, b: long.text, verdict: REJECTED }]);
    expect(components).toEqual([[0], [1]]);
  });
});

describe('echo keys', () => {
  it('reports no echo that shares a single content key with its quote', () => {
    // "anxiety" alone links the phrase to the sentence; "underestimate" and "Russia" make an echo (both
    // sentences name the speaker, so that only the keys tell them apart)
    const articles = [
      { id: 'q', text: `He spoke of "the anxiety" and said: "never underestimate Russia."` },
      { id: 'w', text: 'Citizens across the West are gripped by anxiety about immigration, Stoltenberg noted. Russia should not be underestimated, Stoltenberg added.' },
    ];
    const store = new QuoteGroups(2);
    const phrase = quote('q', 13, 'the anxiety', 'Jens Stoltenberg');
    const statement = quote('q', 39, 'never underestimate Russia.', 'Jens Stoltenberg');
    store.add(phrase);
    store.add(statement);
    const windowed = articles.map((article) => ({ ...article, windows: unquotedWindows(article.text, article.id === 'q' ? [phrase, statement] : []) }));
    const verify = (pairs: [string, string][]) => verifyPairs(pairs, true, { minSimilarity: 0.35, minTokens: 2, compare: {} });
    const echoes = findEchoes(store, windowed, 2, verify);
    expect(echoes.map((echo) => [echo.quote.text, echo.match.text])).toEqual([['never underestimate Russia.', 'Russia should not be underestimated, Stoltenberg added.']]);
  });
});

describe('echo choice', () => {
  it('gives a window that two quotes reach to the more similar one, wherever it occurs', () => {
    const sentence = 'Stoltenberg said the alliance will never underestimate Russia in Ukraine.';
    const articles = [
      { id: 'q1', text: 'He said: "the alliance will never underestimate Russia in Ukraine".' },
      { id: 'q2', text: 'She said: "the alliance will never underestimate Russia".' },
      ...['e1', 'e2'].map((id) => ({ id, text: `Filler words come first. ${sentence} Then more.` })),
    ];
    const store = new QuoteGroups(2);
    const closer = quote('q1', 10, 'the alliance will never underestimate Russia in Ukraine', 'Jens Stoltenberg');
    const farther = quote('q2', 11, 'the alliance will never underestimate Russia', 'Jens Stoltenberg');
    store.add(closer);
    store.add(farther);
    const quoted = new Map([['q1', [closer]], ['q2', [farther]]]);
    const windowed = articles.map((article) => ({ ...article, windows: unquotedWindows(article.text, quoted.get(article.id) ?? []) }));
    const sent: [string, string][] = [];
    const verify = (pairs: [string, string][]) => {
      sent.push(...pairs);
      return verifyPairs(pairs, true, { minSimilarity: 0.35, minTokens: 2, compare: {} });
    };
    const echoes = findEchoes(store, windowed, 2, verify);
    // both quotes were verified against the window, and both accepted
    expect(sent.filter(([, window]) => window === sentence).map(([text]) => text).sort()).toEqual([farther.text, closer.text]);
    expect(verify([[farther.text, sentence]])[0]!.verdict.accepted).toBe(true);
    expect(echoes.map((echo) => [echo.quote.id, `${echo.match.articleId}:${echo.match.start}`, echo.match.end])).toEqual([
      ['q1:10', 'e1:25', 25 + sentence.length],
      ['q1:10', 'e2:25', 25 + sentence.length],
    ]);
    // one comparison for the window's occurrences
    expect(echoes[0]!.comparison).toBe(echoes[1]!.comparison);
    expect(echoes[0]!.comparison.b).toBe(sentence);
  });
});

describe('echo cap', () => {
  it('keeps the best echoes of a quote, ties by article id', () => {
    const sentence = 'Stoltenberg said the alliance will never underestimate Russia in Ukraine.';
    const articles = [
      { id: 'q', text: `He said: "the alliance will never underestimate Russia in Ukraine".` },
      ...['e1', 'e2', 'e3'].map((id) => ({ id, text: `Filler words come first. ${sentence} Then more.` })),
    ];
    const store = new QuoteGroups(2);
    const quoted = quote('q', 10, 'the alliance will never underestimate Russia in Ukraine', 'Jens Stoltenberg');
    store.add(quoted);
    const windowed = articles.map((article) => ({ ...article, windows: unquotedWindows(article.text, article.id === 'q' ? [quoted] : []) }));
    const verify = (pairs: [string, string][]) => verifyPairs(pairs, true, { minSimilarity: 0.35, minTokens: 2, compare: {} });
    const all = findEchoes(store, windowed, 2, verify);
    expect(all.map((echo) => `${echo.match.articleId}:${echo.match.start}`)).toEqual(['e1:25', 'e2:25', 'e3:25']);
    const capped = findEchoes(store, windowed, 2, verify, 2);
    expect(capped.map((echo) => echo.match.articleId)).toEqual(['e1', 'e2']);
  });
});
