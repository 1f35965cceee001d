import { describe, expect, it } from 'vitest';
import { lemmatize, lemmatizeEvery } from '../src/lexicon/lemmatize.js';
import { multiWordLemmas } from '../src/lexicon/wordnet.js';

// lemmatize answers a collocation ("first_rest") none of whose forms is a multi-word WordNet lemma
// with one set look-up per form; it must answer exactly as looking every form up in every part of
// speech does.

const WORDS = [
  'death', 'penalty', 'carried', 'carry', 'out', 'gave', 'give', 'up', 'took', 'off', 'shot', 'gun', 'the', 'alliance', 'does',
  'not', 'abandon', 'its', 'plans', 'running', 'ran', 'mate', 'stopped', 'short', 'better', 'prime', 'minister', 'white',
  'house', 'new', 'york', 'looked', 'after', 'children', 'men', 'of', 'war', 'went', 'on', 'biggest', 'deal', 'set', 'aside',
  'put', 'across', 'ice', 'cream', 'creams', 'at', 'large', 'in', 'fact', 'so', 'far', 'kicked', 'bucket', 'hot', 'dogs', 'a', 'x',
  'ses', 'ies', 'ed', 's', 'passes', 'by', 'gone', 'kept', 'crying', 'shame', 'cried', 'wolf', 'took', 'place', 'places',
];

describe('lemmatize of collocations', () => {
  it('finds the multi-word lemmas, inflected words included', () => {
    expect(lemmatize('death_penalty')).toEqual([{ lemma: 'death_penalty', pos: 0 }]);
    expect(lemmatize('carried_out')).toEqual([{ lemma: 'carry_out', pos: 1 }]);
    expect(lemmatize('gave_up')).toEqual([{ lemma: 'give_up', pos: 1 }]);
    expect(lemmatize('hot_dogs')).toEqual([{ lemma: 'hot_dog', pos: 0 }]);
    expect(lemmatize('alliance_does')).toEqual([]);
  });

  it('answers every pair of a word list exactly as looking every form up does', () => {
    let found = 0;
    for (const first of WORDS) {
      for (const second of WORDS) {
        const word = `${first}_${second}`;
        const every = lemmatizeEvery(word);
        expect(lemmatize(word)).toEqual(every);
        if (every.length > 0) found++;
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  it('holds the multi-word lemmas of every part of speech and no single words', () => {
    const lemmas = multiWordLemmas();
    expect(['death_penalty', 'carry_out', 'in_fact', 'at_large'].every((lemma) => lemmas.has(lemma))).toBe(true);
    expect(lemmas.has('death')).toBe(false);
  });
});
