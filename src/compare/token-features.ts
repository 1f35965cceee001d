/**
 * Per-word features used by token similarity, computed once per distinct normalised form
 * and cached (stem, WordNet lemmas and synsets, number value, valence, function-word flag).
 *
 * Why a cache: corpus comparisons meet the same few thousand words millions of times;
 * WordNet look-ups and stemming run once per word, not once per pair.
 *
 * @module
 */

import { afinnValence } from '../lexicon/afinn.js';
import { isFunctionWord } from '../lexicon/function-words.js';
import { lemmatize } from '../lexicon/lemmatize.js';
import { porterStem } from '../lexicon/natural.js';
import { ownValence } from '../lexicon/tone-words.js';
import { glossWordsOf, pointersOf, synsetsOf } from '../lexicon/wordnet.js';
import { numberValue } from './number-value.js';
import { cachedMatchCount, resetMatchCount } from './token-similarity.js';

/** Features of one normalised word or punctuation form. */
export interface WordFeatures {
  /** Interned id, unique per `norm` within the process. */
  id: number;
  norm: string;
  isWord: boolean;
  isFunction: boolean;
  stem: string;
  /** `pos:lemma` keys of the WordNet base forms. */
  lemmas: string[];
  number: number | null;
  /** Sentiment on the AFINN scale (0 when unrated). */
  valence: number;
  /** The word without its dots when it has any ("u.s" → "us", "u.n" → "un"), else null. */
  undotted: string | null;
  /** A transliteration key for names (vowels and doubled letters dropped): Kiev, Kyiv → "kv". */
  skeleton: string;
  /**
   * WordNet synsets of every lemma, and the synsets one relation away (filled lazily), as {@link SynsetIds}:
   * sorted, distinct, in typed arrays.
   */
  synsets: SynsetIds | undefined;
  related: SynsetIds | undefined;
  hypernyms: SynsetIds | undefined;
  antonyms: SynsetIds | undefined;
  /** Hypernyms of the hypernyms (two steps up), filled on first need by token-similarity.ts. */
  grandparents: SynsetIds | undefined;
  /** Base forms of the content words defining the word's commonest senses (see {@link glossKeysOf}), filled on first need. */
  glossKeys: Set<string> | undefined;
  /** Content-word weight without a corpus (see divergence.ts), filled on first need. */
  specificity: number | undefined;
  /** Token-similarity results with words of higher id, keyed by `id * 2 + bothCapitalised` (see token-similarity.ts). */
  matches: Map<number, { kind: import('../types.js').AlignmentKind; score: number }> | undefined;
  plainMatches: Map<number, { kind: import('../types.js').AlignmentKind; score: number }> | undefined;
  /**
   * True for two words read as one that WordNet does not know, kept by {@link collocationFeatures}
   * with its id and lemmas only (the other fields are not filled and never read: see there).
   */
  partial: boolean;
}

const MAX_CACHED = 200_000;
/**
 * Token-pair results held on the features (see token-similarity.ts) before the cache is emptied: about
 * 44 bytes each, 44 MB at the bound. What a worker's caches hold counts several times in a corpus run's peak
 * (V8 lets a heap grow to a multiple of what it holds: `pool-worker.ts`): at 100,000 news articles, 2 workers,
 * with the worker's heap let grow to four times, 1,000,000 instead of 2,000,000 took the peak from 1.83–1.92
 * to 1.70–1.72 KB per quote, at no cost in time (73.8 / 86.2 s against 78.6 / 86.4 s, alternated; one thread
 * alone, where only the bound differs, 118.2 s against 124.6 s; BENCHMARKS.md, session 25). 500,000 did not
 * lower it further (session 26).
 */
const MAX_CACHED_MATCHES = 1_000_000;
/** Features of words and of two words read as one, by form. */
const cache = new Map<string, WordFeatures>();
/**
 * Features of punctuation and symbols, by form: apart from the words' (a mark and a word of the
 * same form are different features) without making a prefixed key for every mark of every new text.
 */
const marks = new Map<string, WordFeatures>();
let nextId = 1;

/** Features of a normalised token (cached). */
export function wordFeatures(norm: string, isWord: boolean): WordFeatures {
  const map = isWord ? cache : marks;
  const cached = map.get(norm);
  if (cached !== undefined) {
    if (!cached.partial) return cached;
    // a token whose form is two words joined by a space that folds to one (U+202F joins words):
    // its features in full, under the id its key was given
    const full = newFeatures(cached.id, norm, isWord);
    map.set(norm, full);
    return full;
  }
  const features = newFeatures(nextId++, norm, isWord);
  map.set(norm, features);
  return features;
}

/**
 * Features of two adjacent words read as one (`norm`: the two forms with a space between), or
 * undefined when WordNet has no such lemma, with the cache and ids exactly as
 * `wordFeatures(norm, true)` leaves them (the same key, an id given out the first time).
 *
 * Why: the collocation phase (align-collocations.ts) asks this of word pairs of every new text, and
 * most are no lemma; their features in full (the stem, number, valence and transliteration key of
 * the pair) were most of that phase's time and never read. Such a pair is kept with its id and
 * lemmas only; a token with that very form (possible only through a joining space, U+202F, which
 * folds to a space) gets its features in full under the same id from {@link wordFeatures}.
 */
export function collocationFeatures(norm: string): WordFeatures | undefined {
  const cached = cache.get(norm);
  if (cached !== undefined) return cached.lemmas.length === 0 ? undefined : cached;
  const lemmas = lemmaKeys(norm);
  const features = lemmas.length === 0 ? partialFeatures(nextId++, norm, lemmas) : newFeatures(nextId++, norm, true);
  cache.set(norm, features);
  return lemmas.length === 0 ? undefined : features;
}

/** The `pos:lemma` keys of a lower-cased word's WordNet base forms (spaces read as WordNet's `_`). */
function lemmaKeys(lower: string): string[] {
  return lemmatize(lower.replaceAll(' ', '_')).map((l) => `${l.pos}:${l.lemma}`);
}

function newFeatures(id: number, norm: string, isWord: boolean): WordFeatures {
  const lower = norm;
  return featureRecord(
    id,
    norm,
    isWord,
    isWord && isFunctionWord(lower),
    isWord ? porterStem(lower) : norm,
    isWord ? lemmaKeys(lower) : [],
    isWord ? numberValue(lower) : null,
    isWord && !isFunctionWord(lower) ? (ownValence(lower) ?? afinnValence(lower) ?? 0) : 0,
    isWord && lower.includes('.') ? lower.replaceAll('.', '') : null,
    isWord ? skeletonOf(lower) : '',
    false,
  );
}

/** A word pair known to be no lemma: its id and (empty) lemmas; see {@link collocationFeatures}. */
function partialFeatures(id: number, norm: string, lemmas: string[]): WordFeatures {
  return featureRecord(id, norm, true, false, norm, lemmas, null, 0, null, '', true);
}

/**
 * One feature record, its eager fields given and its lazy ones (WordNet look-ups, match caches) empty.
 * Every record is built by this one literal, so all share one object shape (key order included).
 */
function featureRecord(
  id: number,
  norm: string,
  isWord: boolean,
  isFunction: boolean,
  stem: string,
  lemmas: string[],
  number: number | null,
  valence: number,
  undotted: string | null,
  skeleton: string,
  partial: boolean,
): WordFeatures {
  return {
    id,
    norm,
    isWord,
    isFunction,
    stem,
    lemmas,
    number,
    valence,
    undotted,
    skeleton,
    synsets: undefined,
    related: undefined,
    hypernyms: undefined,
    antonyms: undefined,
    grandparents: undefined,
    glossKeys: undefined,
    specificity: undefined,
    matches: undefined,
    plainMatches: undefined,
    partial,
  };
}

/**
 * Empties the feature cache when it has grown past its bound. Called between comparisons only,
 * so that within one comparison equal forms always share one feature object (and id). Returns
 * true when it emptied the cache (anything holding feature objects must then be dropped too).
 */
export function trimFeatureCache(): boolean {
  if (cache.size + marks.size < MAX_CACHED && cachedMatchCount() < MAX_CACHED_MATCHES) return false;
  cache.clear();
  marks.clear();
  resetMatchCount();
  return true;
}

/**
 * Synset ids (see wordnet.ts; all below 2^31), sorted and distinct. Why not a `Set`: the sets stay on every
 * word of the feature cache that met WordNet, and a set of n numbers took about 20n bytes (a word's
 * related synsets are often a hundred or more); here 4n. Membership is only ever asked as "do these two
 * share an id", a merge of two sorted runs ({@link sharesId}).
 */
export type SynsetIds = Int32Array;

/** The one empty {@link SynsetIds} (most words have no antonym). */
const NO_IDS: SynsetIds = new Int32Array(0);

/**
 * `ids` sorted, without repeats, as {@link SynsetIds}.
 *
 * @example
 * synsetIds([300, 100, 300]); //=> Int32Array [100, 300]
 */
export function synsetIds(ids: readonly number[]): SynsetIds {
  if (ids.length === 0) return NO_IDS;
  const sorted = Int32Array.from(ids).sort();
  let distinct = 1;
  for (let k = 1; k < sorted.length; k++) if (sorted[k] !== sorted[distinct - 1]) sorted[distinct++] = sorted[k]!;
  return distinct === sorted.length ? sorted : sorted.slice(0, distinct);
}

/**
 * Whether two {@link SynsetIds} share an id.
 *
 * @example
 * sharesId(synsetIds([5, 1, 9]), synsetIds([2, 9])); //=> true
 */
export function sharesId(a: SynsetIds, b: SynsetIds): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/** Word features with their WordNet sets filled. */
export type WithSynsets = WordFeatures & { synsets: SynsetIds; related: SynsetIds; hypernyms: SynsetIds; antonyms: SynsetIds };

/** Fills the WordNet sets of `features` on first need. */
export function withSynsets(features: WordFeatures): WithSynsets {
  if (features.synsets === undefined) {
    const found: number[] = [];
    for (const key of features.lemmas) {
      const colon = key.indexOf(':');
      const ids = synsetsOf(key.slice(colon + 1), Number(key.slice(0, colon)) as 0 | 1 | 2 | 3) ?? [];
      for (const id of ids) found.push(id);
    }
    const synsets = synsetIds(found);
    const related: number[] = [];
    const hypernyms: number[] = [];
    const antonyms: number[] = [];
    for (const id of synsets) {
      const pointers = pointersOf(id);
      for (const target of pointers.related) related.push(target);
      for (const target of pointers.hypernyms) hypernyms.push(target);
      for (const target of pointers.antonyms) antonyms.push(target);
    }
    features.synsets = synsets;
    features.related = synsetIds(related);
    features.hypernyms = synsetIds(hypernyms);
    features.antonyms = synsetIds(antonyms);
  }
  return features as WithSynsets;
}

function skeletonOf(word: string): string {
  const plain = word.normalize('NFD');
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const ch = plain.charAt(i);
    const code = plain.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    const isVowel = 'aeiouy'.includes(ch);
    if (isVowel && i > 0) continue;
    if (out.endsWith(ch)) continue;
    out += isVowel ? 'a' : ch;
  }
  return out;
}

/** Senses per lemma whose definitions are read: the commonest ones (WordNet lists senses by frequency). */
export const GLOSS_SENSES = 2;

/**
 * The content words of the definitions of a word's commonest senses, as base forms:
 * "noose" is defined as "a loop formed in a cord or rope by means of a slip knot", so its keys
 * hold loop, cord, rope, slip, knot, … — the gloss-overlap evidence of Lesk (1986) and
 * Banerjee & Pedersen (2003), restricted to one word appearing in the other's definition.
 */
export function glossKeysOf(features: WordFeatures): Set<string> {
  if (features.glossKeys === undefined) {
    const keys = new Set<string>();
    for (const key of features.lemmas) {
      const colon = key.indexOf(':');
      const ids = synsetsOf(key.slice(colon + 1), Number(key.slice(0, colon)) as 0 | 1 | 2 | 3) ?? [];
      for (const id of ids.slice(0, GLOSS_SENSES)) {
        for (const word of glossWordsOf(id)) if (!isFunctionWord(word)) addBaseForms(keys, word);
      }
    }
    features.glossKeys = keys;
  }
  return features.glossKeys;
}

/**
 * Adds `word` and the forms its regular inflectional endings leave ("ropes" → rope, "formed" →
 * form, forme): cheap string cuts instead of WordNet look-ups, since the keys are only ever
 * compared with real lemmas of the other word.
 */
function addBaseForms(keys: Set<string>, word: string): void {
  keys.add(word);
  const cut = (suffix: string, replacement = '') => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) keys.add(word.slice(0, -suffix.length) + replacement);
  };
  cut('s');
  cut('es');
  cut('ies', 'y');
  cut('ed');
  cut('ed', 'e');
  cut('ied', 'y');
  cut('ing');
  cut('ing', 'e');
}

/** True when a base form of `b` (or `b` itself) is among `a`'s gloss keys. */
export function inGlossOf(a: WordFeatures, b: WordFeatures): boolean {
  const keys = glossKeysOf(a);
  if (keys.size === 0) return false;
  if (keys.has(b.norm)) return true;
  for (const key of b.lemmas) if (keys.has(key.slice(key.indexOf(':') + 1))) return true;
  return false;
}
