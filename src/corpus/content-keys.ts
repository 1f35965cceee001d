/**
 * Content keys: the cheap, order-free fingerprint of a quote used for blocking.
 *
 * A key is a content word (function words dropped) lower-cased, with a tiny English suffix strip
 * and then cut to its first six characters. The cut is a deliberately crude stemmer: it maps
 * `contain`/`containing`/`containment` and `underestimate`/`underestimated` to one key, which is what
 * blocking needs (recall), while verification with `compareQuotes` restores precision.
 *
 * @module
 */

import { wordNorms } from '../text/tokens.js';

/** Length a key is cut to: long enough to keep most content words apart, short enough to merge inflections. */
const KEY_LENGTH = 6;

/**
 * Function words: too frequent to say anything about which utterance a quote renders.
 * Negations and aspect words are dropped too: they are frequent and often rephrased ("no longer" / "not … anymore").
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here ' +
    'of in on at to for from by with without about into onto over under up down out off as ' +
    'is are was were be been being am do does did doing done have has had having ' +
    'will would shall should can could may might must ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'who whom whose which what when where why how all any both each few more most other some such ' +
    'no not never nothing none only own same too very just also even still again ever ' +
    "s t don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't shouldn't " +
    "i'm we're you're they're it's that's there's he's she's let's we've i've they've " +
    'against among between through during before after because while until upon within toward towards ' +
    'per via whether however therefore thus though although like longer anymore' +
    ' said says say told according one way'
  ).split(' '),
);

/**
 * Whether a lower-cased word is a function word (see FUNCTION_WORDS): verification reads the capitals of
 * function words to tell a headline in title case ("Things Donald Trump Has Said About") from running text.
 */
export function isFunctionWord(norm: string): boolean {
  return FUNCTION_WORDS.has(norm);
}

/** Words that negate what they attach to (and any word ending in n't): see {@link isNegation}. */
const NEGATIONS = new Set(['no', 'not', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without', 'cannot']);

/**
 * Whether a lower-cased word is a negation ("no", "not", "never", "couldn't", …): verification keeps a
 * one-word phrase whose other words are paraphrased only when both sides are negated alike.
 */
export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

/** Suffixes stripped before the cut, longest first; a stem keeps at least three characters. */
const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'edly', 'ies', 'ied', 'ed', 'es', 'ly', 's'];

/** The blocking key of one lower-cased word, or `null` for a function word or a one-letter token. */
export function keyOfWord(norm: string): string | null {
  let word = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  if (word.length < 2 || FUNCTION_WORDS.has(word)) return null;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return word.slice(0, KEY_LENGTH);
}

/**
 * The distinct content keys of `text`, sorted (so equal texts give equal arrays).
 *
 * @example
 * contentKeys('We have seen the gradual invasion of NATO');
 * //=> ['gradua', 'invasi', 'nato', 'seen']
 */
export function contentKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const norm of wordNorms(text)) {
    const key = keyOfWord(norm);
    if (key !== null) keys.add(key);
  }
  return [...keys].sort();
}

/**
 * The text reduced to its word tokens' comparison forms: two quotes with the same
 * normalised text are exact duplicates (case, punctuation, typography and spacing aside).
 *
 * @example
 * normalisedText('“Never underestimate  Russia.”');
 * //=> 'never underestimate russia'
 */
export function normalisedText(text: string): string {
  return wordNorms(text).join(' ');
}

/** What blocking needs of a text, from one pass of the tokenizer. */
export interface TextProfile {
  /** See {@link normalisedText}. */
  normalised: string;
  /** See {@link contentKeys}. */
  keys: string[];
  /** Number of word tokens. */
  words: number;
  /**
   * Key pairs: each two neighbouring content keys (distinct), as their places in {@link TextProfile.keys}, the
   * smaller first, flat (`[x0, y0, x1, y1, …]`), distinct and in ascending order. Far more selective than single
   * keys, they let blocking find renderings whose shared single keys are all frequent. Numbers, not strings
   * joining the two keys: the index keys them by its own key ids (`pair-ids.ts`), and a worker's reply carries
   * them as they are.
   */
  pairs: number[];
}

/**
 * The normalised text, content keys and word count of `text` in one tokenisation.
 *
 * @example
 * profileText('Never underestimate Russia.');
 * //=> { normalised: 'never underestimate russia', keys: ['russia', 'undere'], words: 3, pairs: [0, 1] }
 */
export function profileText(text: string): TextProfile {
  const norms = wordNorms(text);
  const keys = new Set<string>();
  // the keys in text order, a key repeated next to itself once: the pairs are read from it once the keys are sorted
  const sequence: string[] = [];
  for (const norm of norms) {
    const key = keyOfWord(norm);
    if (key === null) continue;
    keys.add(key);
    if (sequence.length === 0 || sequence[sequence.length - 1] !== key) sequence.push(key);
  }
  const sorted = sortedStrings(keys);
  return { normalised: norms.join(' '), keys: sorted, words: norms.length, pairs: neighbourPairs(sequence, sorted) };
}

/** The distinct pairs of neighbours in `sequence`, as places in `sorted` (see {@link TextProfile.pairs}). */
function neighbourPairs(sequence: readonly string[], sorted: readonly string[]): number[] {
  if (sequence.length < 2) return [];
  const n = sorted.length;
  const codes = new Set<number>();
  for (let k = 1; k < sequence.length; k++) {
    const x = placeOf(sorted, sequence[k - 1]!);
    const y = placeOf(sorted, sequence[k]!);
    codes.add(x < y ? x * n + y : y * n + x);
  }
  const ordered = [...codes].sort((p, q) => p - q);
  const pairs = new Array<number>(2 * ordered.length);
  ordered.forEach((code, i) => {
    pairs[2 * i] = Math.floor(code / n);
    pairs[2 * i + 1] = code % n;
  });
  return pairs;
}

/** The place of `key` in `sorted` (it is there), by binary search in code-unit order. */
function placeOf(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest set {@link sortedStrings} sorts by insertion: a quote's keys and key pairs mostly number a dozen or two. */
const INSERTION_SORT_MAX = 32;

/**
 * The distinct strings of `set` in the order of `Array.prototype.sort` without a comparator (UTF-16
 * code units). A small array is sorted by insertion: the built-in sort's set-up cost was a third of
 * profiling a quote.
 */
function sortedStrings(set: ReadonlySet<string>): string[] {
  const out = [...set];
  if (out.length > INSERTION_SORT_MAX) return out.sort();
  for (let i = 1; i < out.length; i++) {
    const value = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]! > value) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = value;
  }
  return out;
}

/** Number of word tokens in `text`. */
export function wordCount(text: string): number {
  return wordNorms(text).length;
}
