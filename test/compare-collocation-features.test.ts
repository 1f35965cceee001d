import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../src/compare/compare-quotes.js';
import { collocationFeatures, wordFeatures } from '../src/compare/token-features.js';

// Two words read as one (align-collocations.ts) are looked up through collocationFeatures, which
// keeps a pair that is no WordNet lemma with its id only; everything observable must be as if the
// pair's features had been built in full by wordFeatures.

describe('collocationFeatures', () => {
  it('gives the full features of a pair WordNet knows, the very object wordFeatures gives', () => {
    const features = collocationFeatures('death penalty')!;
    expect(features.lemmas).toEqual(['0:death_penalty']);
    expect(features.partial).toBe(false);
    expect(wordFeatures('death penalty', true)).toBe(features);
    // inflected first word, read as Morphy reads verb collocations
    expect(collocationFeatures('carried out')!.lemmas).toEqual(['1:carry_out']);
  });

  it('answers undefined for a pair WordNet does not know, and again from the cache', () => {
    expect(collocationFeatures('alliance does')).toBeUndefined();
    expect(collocationFeatures('alliance does')).toBeUndefined();
  });

  it('gives a token with the very form of such a pair its features in full, under the id the pair was given', () => {
    expect(collocationFeatures('qzx vwy')).toBeUndefined();
    const later = wordFeatures('qzxlater', true);
    const token = wordFeatures('qzx vwy', true);
    expect(token.partial).toBe(false);
    expect(token.id).toBeLessThan(later.id);
    expect({ stem: token.stem, lemmas: token.lemmas, number: token.number, skeleton: token.skeleton, isWord: token.isWord }).toEqual({
      stem: 'qzx vwy',
      lemmas: [],
      number: null,
      skeleton: 'qzx vw',
      isWord: true,
    });
    expect(wordFeatures('qzx vwy', true)).toBe(token);
  });

  it('leaves comparisons of a word joined by a narrow no-break space as they are with the pair looked up first', () => {
    // "death penalty" looked up as a pair, then met as one token "death\u202Fpenalty" (norm "death penalty")
    const first = compareQuotes('They abolished the death penalty last year', 'They abolished executions last year');
    const joined = compareQuotes('They abolished the death\u202Fpenalty last year', 'They abolished executions last year');
    expect(first.edits.map((edit) => edit.class)).toEqual(joined.edits.map((edit) => edit.class));
    expect(joined.alignment.find((entry) => entry.b?.text === 'executions')?.a?.text).toBe('death\u202Fpenalty');
  });
});
