/**
 * Similarity of two tokens in layers, cheapest first: identity; case and punctuation;
 * numbers; same lemma or stem; spelling and transliteration closeness; WordNet synonymy
 * and relatedness; function words. The first layer that matches decides the kind.
 * Results are cached per pair of word features (on the features themselves, so the cache is
 * bounded with the feature cache).
 *
 * @module
 */

import type { AlignmentKind } from '../types.js';
import { areFunctionVariants } from '../lexicon/function-words.js';
import { diceSimilarity } from '../lexicon/string-similarity.js';
import { inGlossOf, sharesId, synsetIds, withSynsets, type SynsetIds, type WithSynsets, type WordFeatures } from './token-features.js';
import { pointersOf } from '../lexicon/wordnet.js';

/** The kind and score in [0, 1] of one token pair. */
export interface TokenMatch {
  kind: AlignmentKind;
  score: number;
}

/** Scores of each layer; part of the method (changing them changes {@link METHOD_VERSION}). */
export const LAYER_SCORES = {
  identical: 1,
  casePunctuation: 1,
  numberEqual: 1,
  numberDifferent: 0,
  inflection: 0.9,
  spellingFloor: 0.6,
  transliteration: 0.8,
  synonym: 0.85,
  related: 0.65,
  /** One synset is two hypernym steps above the other ("swimmer" → athlete → person). */
  twoHypernyms: 0.5,
  derivedForm: 0.8,
  /** One word appears in the definition of one of the other's two commonest senses ("noose" / "rope"). */
  gloss: 0.3,
  /** A closed compound and its open or hyphenated form ("shotgun" / "shot gun"; align-compounds.ts). */
  compound: 0.9,
  /** An abbreviation written with and without dots ("U.S." / "US"). */
  abbreviation: 0.9,
  antonym: 0.1,
  functionWord: 0.3,
  punctuation: 0.4,
} as const;

/** Derived forms ("Ukraine" / "Ukrainian", "instructor" / "instruction") share a long prefix. */
const MIN_SHARED_PREFIX = 5;
const PREFIX_SHARE = 0.8;

/** Minimum Dice coefficient for a spelling variant (both words of 4+ letters). */
const SPELLING_MIN_DICE = 0.7;

let cachedMatches = 0;

/** Number of token-pair results cached since the last reset (the feature cache bounds it). */
export function cachedMatchCount(): number {
  return cachedMatches;
}

/** Forgets the count, when the feature cache (which holds the results) is emptied. */
export function resetMatchCount(): void {
  cachedMatches = 0;
}

const NONE: TokenMatch = { kind: 'substitution', score: 0 };
const IDENTICAL: TokenMatch = { kind: 'identical', score: 1 };
const PUNCTUATION: TokenMatch = { kind: 'case-punctuation', score: LAYER_SCORES.punctuation };
const NUMBER_EQUAL: TokenMatch = { kind: 'number', score: LAYER_SCORES.numberEqual };
const NUMBER_DIFFERENT: TokenMatch = { kind: 'number', score: LAYER_SCORES.numberDifferent };
const INFLECTION: TokenMatch = { kind: 'inflection', score: LAYER_SCORES.inflection };
const ABBREVIATION: TokenMatch = { kind: 'spelling', score: LAYER_SCORES.abbreviation };
const FUNCTION_WORD: TokenMatch = { kind: 'function-word', score: LAYER_SCORES.functionWord };

/**
 * Compares two tokens given their cached features; `capitalised` says whether each was written
 * with an initial capital (names qualify for transliteration matching).
 */
export function tokenSimilarity(a: WordFeatures, b: WordFeatures, capitalisedA: boolean, capitalisedB: boolean, useWordNet: boolean): TokenMatch {
  if (a.id === b.id) return IDENTICAL;
  // cheap verdicts first, without touching the cache
  if (!a.isWord || !b.isWord) return !a.isWord && !b.isWord ? PUNCTUATION : NONE;
  if (a.number !== null && b.number !== null) return a.number === b.number ? NUMBER_EQUAL : NUMBER_DIFFERENT;
  // an abbreviation with and without its dots ("U.S." / "US", which would otherwise read as the pronoun)
  if ((a.undotted !== null || b.undotted !== null) && (a.undotted ?? a.norm) === (b.undotted ?? b.norm)) return ABBREVIATION;
  if (a.isFunction !== b.isFunction) return NONE;
  if (a.isFunction) return a.stem === b.stem || sharesLemma(a, b) || areFunctionVariants(a.norm, b.norm) ? INFLECTION : FUNCTION_WORD;
  const names = capitalisedA && capitalisedB;
  // the cache lives on the word with the lower id, keyed by the other's id (small integers: fast)
  const low = a.id < b.id ? a : b;
  const key = (a.id < b.id ? b.id : a.id) * 2 + (names ? 1 : 0);
  let cache = useWordNet ? low.matches : low.plainMatches;
  if (cache === undefined) {
    cache = new Map();
    if (useWordNet) low.matches = cache;
    else low.plainMatches = cache;
  }
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const match = compute(a, b, names, useWordNet);
  cache.set(key, match);
  cachedMatches++;
  return match;
}

function compute(a: WordFeatures, b: WordFeatures, names: boolean, useWordNet: boolean): TokenMatch {
  if (!a.isWord || !b.isWord) {
    if (!a.isWord && !b.isWord) return { kind: 'case-punctuation', score: LAYER_SCORES.punctuation };
    return NONE;
  }
  if (a.number !== null && b.number !== null) {
    return { kind: 'number', score: a.number === b.number ? LAYER_SCORES.numberEqual : LAYER_SCORES.numberDifferent };
  }
  if (a.stem === b.stem || sharesLemma(a, b)) return { kind: 'inflection', score: LAYER_SCORES.inflection };
  if (a.isFunction && b.isFunction) return { kind: 'function-word', score: LAYER_SCORES.functionWord };
  if (a.isFunction || b.isFunction) return NONE;
  if (a.norm.length >= 4 && b.norm.length >= 4) {
    if (sharedPrefix(a.norm, b.norm) >= Math.max(MIN_SHARED_PREFIX, PREFIX_SHARE * Math.min(a.norm.length, b.norm.length))) {
      return { kind: 'related', score: LAYER_SCORES.derivedForm };
    }
    // Dice ≥ 0.7 needs similar lengths; spelling variants keep their first letter
    const similarLength = Math.min(a.norm.length, b.norm.length) >= 0.5 * Math.max(a.norm.length, b.norm.length);
    const dice = similarLength && a.norm.charCodeAt(0) === b.norm.charCodeAt(0) ? diceSimilarity(a.norm, b.norm) : 0;
    if (dice >= SPELLING_MIN_DICE) return { kind: 'spelling', score: Math.max(LAYER_SCORES.spellingFloor, dice) };
    if (names && a.skeleton.length >= 2 && a.skeleton === b.skeleton) return { kind: 'spelling', score: LAYER_SCORES.transliteration };
  }
  if (useWordNet) return wordnetMatch(a, b);
  return NONE;
}

/** Length of the common prefix of two words. */
function sharedPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let k = 0;
  while (k < limit && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

function sharesLemma(a: WordFeatures, b: WordFeatures): boolean {
  for (const lemma of a.lemmas) if (b.lemmas.includes(lemma)) return true;
  return false;
}

function wordnetMatch(a: WordFeatures, b: WordFeatures): TokenMatch {
  const x = withSynsets(a);
  const y = withSynsets(b);
  if (x.synsets.length === 0 || y.synsets.length === 0) return NONE;
  if (sharesId(x.antonyms, y.synsets) || sharesId(y.antonyms, x.synsets)) return { kind: 'related', score: LAYER_SCORES.antonym };
  if (sharesId(x.synsets, y.synsets)) return { kind: 'synonym', score: LAYER_SCORES.synonym };
  if (sharesId(x.related, y.synsets) || sharesId(y.related, x.synsets)) return { kind: 'related', score: LAYER_SCORES.related };
  if (sharesId(grandparentsOf(x), y.synsets) || sharesId(grandparentsOf(y), x.synsets)) return { kind: 'related', score: LAYER_SCORES.twoHypernyms };
  if (LAYER_SCORES.gloss > 0 && (inGlossOf(x, y) || inGlossOf(y, x))) return { kind: 'related', score: LAYER_SCORES.gloss };
  return NONE;
}

/** The synsets two hypernym steps above a word's synsets (computed once per word). */
function grandparentsOf(features: WithSynsets): SynsetIds {
  if (features.grandparents === undefined) {
    const found: number[] = [];
    for (const h of features.hypernyms) for (const g of pointersOf(h).hypernyms) found.push(g);
    features.grandparents = synsetIds(found);
  }
  return features.grandparents;
}
