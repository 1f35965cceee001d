/**
 * The system under test, `compareQuotes` from the public API, as the eval suites call it.
 *
 * While `compareQuotes` is still a stub that throws, the suites measure the peers alone and
 * say so on stderr, so the peers' figures can be checked before the comparer lands.
 *
 * @module
 */

import { compareQuotes } from '../src/index.js';
import type { CompareOptions, QuoteComparison } from '../src/types.js';
import { embedHook, loadWordVectors, wordVectorsPath } from './word-vectors.js';

export type Compare = (a: string, b: string) => QuoteComparison;

/** `compareQuotes` with `options` (default: none), or `null` when it cannot compare a trivial pair yet. */
export function loadCompareQuotes(options: CompareOptions = {}): Compare | null {
  try {
    compareQuotes('We are ready.', 'We are ready.', options);
  } catch (error) {
    console.error(`quote-divergence skipped: compareQuotes failed on a trivial pair (${String(error)})`);
    return null;
  }
  return (a, b) => compareQuotes(a, b, options);
}

/** `compare` remembering its results, so figures that look at one pair twice compare it once. */
export function remembered(compare: Compare | null): Compare | null {
  if (!compare) return null;
  const seen = new Map<string, QuoteComparison>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let result = seen.get(key);
    if (!result) {
      result = compare(a, b);
      seen.set(key, result);
    }
    return result;
  };
}

/**
 * `compareQuotes` with its `embed` hook fed by the word vectors named in `QD_EMBEDDINGS`
 * (word-vectors.ts), or `null` when the variable is unset (the embedding configuration is opt-in).
 */
export function loadCompareWithEmbeddings(options: CompareOptions = {}): Compare | null {
  const path = wordVectorsPath();
  if (path === undefined) return null;
  return loadCompareQuotes({ ...options, embed: embedHook(loadWordVectors(path)) });
}
