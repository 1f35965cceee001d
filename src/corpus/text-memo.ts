/**
 * Word counts, word offsets, content keys and capitals of the texts verification looks at, remembered
 * per thread.
 *
 * Verification asks for the same few things about the same texts again and again: a quote is in
 * about five candidate pairs, each clause of a long quote is keyed for every fragment tried against
 * it, and judging a comparison counts the words of both sides, of the overlap and of the aligned
 * entries. Tokenising afresh each time was a sixth of the corpus stage's CPU time on real news (the
 * tokenizer takes its slow, exact path on the curly apostrophes news text is full of). The memory is
 * bounded: two generations of {@link MAX_REMEMBERED} texts.
 *
 * @module
 */

import { isFunctionWord, isNegation, keyOfWord } from './content-keys.js';
import { tokenize } from '../text/tokens.js';
import { GenerationalMemo } from '../generational-memo.js';

/** What verification needs of one text. */
export interface WordsAndKeys {
  /** Number of word tokens. */
  words: number;
  /** Distinct content keys, sorted (see `contentKeys`). */
  keys: readonly string[];
  /** Start offset of each word token, ascending: how many words a span of the text holds. */
  starts: Int32Array;
  /**
   * Keys written in lower case at least once, sorted; every other key of the text is only ever capitalised
   * (a name, as far as the text tells). `null` when the text's capitals say nothing: a headline in title
   * case, which capitalises its function words too.
   */
  lowered: readonly string[] | null;
  /** True when some word of the text is a negation (see `isNegation`). */
  negated: boolean;
}

/**
 * Texts remembered in one generation: a few megabytes of keys (the texts themselves are shared, not
 * copied). When the current generation is full it becomes the previous one, and a text found only there
 * is moved back into the current one, so the texts in use survive a turnover (starting over empty made
 * every text of the pairs in flight a miss at once).
 */
export const MAX_REMEMBERED = 20_000;

const remembered = new GenerationalMemo<WordsAndKeys>(MAX_REMEMBERED);

/**
 * The word count, word offsets, content keys and lower-cased keys of `text`, from one tokenisation, remembered.
 *
 * @example
 * const { words, keys, lowered, negated } = wordsAndKeys('Never underestimate Russia.');
 * [words, keys, lowered, negated];
 * //=> [3, ['russia', 'undere'], ['undere'], true]
 */
export function wordsAndKeys(text: string): WordsAndKeys {
  let found = remembered.get(text);
  if (found === undefined) {
    found = profile(text);
    remembered.remember(text, found);
  }
  return found;
}

/**
 * Forgets every text remembered (see `forgetClauseVerdicts` in clause-memo.ts for when and why).
 *
 * @example
 * wordsAndKeys('Never underestimate Russia.');
 * forgetWordsAndKeys();
 * rememberedTextCount();
 * //=> 0
 */
export function forgetWordsAndKeys(): void {
  if (remembered.size > 0) remembered.clear();
}

/** Number of texts remembered (for tests). */
export function rememberedTextCount(): number {
  return remembered.size;
}

function profile(text: string): WordsAndKeys {
  const keys = new Set<string>();
  const lowered = new Set<string>();
  const starts: number[] = [];
  // Function words inside a sentence, and how many of them are capitalised (a title-case headline).
  let innerFunctionWords = 0;
  let capitalisedFunctionWords = 0;
  let sentenceStart = true;
  let negated = false;
  for (const token of tokenize(text)) {
    if (!token.isWord) {
      const ch = token.text;
      if (ch === '.' || ch === '!' || ch === '?' || ch === ':') sentenceStart = true;
      continue;
    }
    starts.push(token.start);
    if (isNegation(token.norm)) negated = true;
    const initial = sentenceStart;
    sentenceStart = false;
    const capitalised = token.text[0] !== token.text[0]!.toLowerCase();
    const key = keyOfWord(token.norm);
    if (key === null) {
      // "I" and "I'm" are capitalised everywhere
      if (!initial && isFunctionWord(token.norm) && token.norm !== 'i' && !token.norm.startsWith("i'")) {
        innerFunctionWords++;
        if (capitalised) capitalisedFunctionWords++;
      }
      continue;
    }
    keys.add(key);
    if (!capitalised) lowered.add(key);
  }
  const titleCase = capitalisedFunctionWords > 0 && 2 * capitalisedFunctionWords >= innerFunctionWords;
  return { words: starts.length, keys: [...keys].sort(), starts: Int32Array.from(starts), lowered: titleCase ? null : [...lowered].sort(), negated };
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

/**
 * Whether every key two texts share is a name: written only with a capital in both, and the capitals of
 * at least one of the two texts mean something (it is not a headline in title case). Names tell what a
 * quote is about ("Clinton", "New York Times"), not what was said.
 *
 * @example
 * sharesOnlyNames(wordsAndKeys('about Hillary Clinton and'), wordsAndKeys('Clinton would not'));
 * //=> true
 */
export function sharesOnlyNames(a: WordsAndKeys, b: WordsAndKeys): boolean {
  if (a.lowered === null && b.lowered === null) return false;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const key = a.keys[i]!;
    if (key === b.keys[j]) {
      if (a.lowered?.includes(key) || b.lowered?.includes(key)) return false;
      shared++;
      i++;
      j++;
    } else if (key < b.keys[j]!) i++;
    else j++;
  }
  return shared > 0;
}

/** Number of word tokens of a text (given its word offsets) that start inside `[start, end)`. */
export function wordsWithin(starts: Int32Array, start: number, end: number): number {
  return lowerBound(starts, end) - lowerBound(starts, start);
}

function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
