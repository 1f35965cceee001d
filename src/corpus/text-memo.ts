/**
 * Word counts and content keys of the texts verification looks at, remembered per thread.
 *
 * Verification asks for the same few things about the same texts again and again: a quote is in
 * about five candidate pairs, each clause of a long quote is keyed for every fragment tried against
 * it, and judging a comparison counts the words of both sides and of the overlap. Tokenising afresh
 * each time was a sixth of the corpus stage's CPU time on real news (the tokenizer takes its slow,
 * exact path on the curly apostrophes news text is full of). The memory is bounded: past
 * {@link MAX_REMEMBERED} texts it starts over.
 *
 * @module
 */

import { keyOfWord } from './content-keys.js';
import { wordTokens } from '../text/tokens.js';

/** What verification needs of one text. */
export interface WordsAndKeys {
  /** Number of word tokens. */
  words: number;
  /** Distinct content keys, sorted (see `contentKeys`). */
  keys: readonly string[];
}

/** Texts remembered at most: a few megabytes of keys (the texts themselves are shared, not copied). */
export const MAX_REMEMBERED = 20_000;

let remembered = new Map<string, WordsAndKeys>();

/**
 * The word count and content keys of `text`, from one tokenisation, remembered.
 *
 * @example
 * wordsAndKeys('Never underestimate Russia.');
 * //=> { words: 3, keys: ['russia', 'undere'] }
 */
export function wordsAndKeys(text: string): WordsAndKeys {
  let found = remembered.get(text);
  if (found === undefined) {
    const tokens = wordTokens(text);
    const keys = new Set<string>();
    for (const token of tokens) {
      const key = keyOfWord(token.norm);
      if (key !== null) keys.add(key);
    }
    found = { words: tokens.length, keys: [...keys].sort() };
    if (remembered.size >= MAX_REMEMBERED) remembered = new Map();
    remembered.set(text, found);
  }
  return found;
}

/** Number of keys two sorted key lists share. */
export function sharedKeyCount(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
