/**
 * Words of a short window next to a quote, where attribution cues are looked for.
 *
 * Why not `tokenize` from `text/tokens.ts`: `Intl.Segmenter` costs about 1 µs per character and
 * grows faster than linearly on long strings (measured: 64 kB in 1.3 s), while extraction must run
 * at tens of MB/s over whole corpora. Cue windows need only letter runs with their offsets, which
 * a single pass over a window of bounded size gives (the words of `CUE_WORD` in `patterns.ts`, found
 * by character codes: the global Unicode regular expression cost a fifth of extraction time).
 * Quote texts themselves are tokenised by the comparison stage with `tokenize`.
 *
 * @module
 */

import { LETTER_OR_DIGIT } from '../patterns.js';

/** A word with UTF-16 offsets into the original text, and its lower-cased form. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The words wholly inside `text.slice(start, end)`, in order; only the first `max` when given
 * (callers that read a sentence's opening words need not split the whole window).
 * @example
 * wordsIn('— said Peskov.', 0, 14).map((w) => w.text)
 * //=> ['said', 'Peskov']
 */
export function wordsIn(text: string, start: number, end: number, max = Infinity): Word[] {
  const words: Word[] = [];
  const stop = Math.min(end, text.length);
  let i = Math.max(0, start);
  while (i < stop && words.length < max) {
    let k = unitAt(text, i, stop);
    if (k === 0) {
      i++;
      continue;
    }
    // the same words as CUE_WORD: letter/digit runs joined by one apostrophe, dot or hyphen
    const s = i;
    // whether lower-casing may change the word (an upper-case ASCII or a non-ASCII letter), noted
    // while reading its letters instead of in a second pass; its letters are all the units read
    // below but the joiners, which lower-casing leaves as they are
    let capital = mayLower(text.charCodeAt(i));
    i += k;
    for (;;) {
      for (k = unitAt(text, i, stop); k > 0; k = unitAt(text, i, stop)) {
        if (mayLower(text.charCodeAt(i))) capital = true;
        i += k;
      }
      if (!isWordJoiner(text.charCodeAt(i)) || i + 1 >= stop) break;
      const next = unitAt(text, i + 1, stop);
      if (next === 0) break;
      if (mayLower(text.charCodeAt(i + 1))) capital = true;
      i += 1 + next;
    }
    // A trailing possessive is not part of the name or the noun: "Peskov’s" → "Peskov".
    const last = text.charCodeAt(i - 2);
    const possessive = /* ’s or 's */ i - s > 2 && text.charCodeAt(i - 1) === 0x73 && (last === 0x2019 || last === 0x27);
    const e = possessive ? i - 2 : i;
    const word = text.slice(s, e);
    words.push({ text: word, lower: capital ? word.toLowerCase() : word, start: s, end: e });
  }
  return words;
}

/** An upper-case ASCII letter or any non-ASCII unit: lower-casing may change it. */
function mayLower(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || code >= 0x80;
}

/** Width (1 or 2 code units) of the letter, mark or digit at `i` (before `stop`), or 0. */
function unitAt(text: string, i: number, stop: number): number {
  if (i >= stop) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  if (cp > 0xffff && i + 1 >= stop) return 0; // a pair cut by the window's end reads as a lone surrogate
  if (cp < 0xc0 && isMojibakeSign(text, i)) return 1;
  if (!LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) return 0;
  return cp > 0xffff ? 2 : 1;
}

/**
 * "PeÃ±a", "TrÃ©vidic": UTF-8 read as Latin-1 spells an accented letter as "Ã" or "Â" and a sign from
 * U+0080–U+00BF; the sign at `i` (callers test that it is below U+00C0) is then part of the word.
 */
export function isMojibakeSign(text: string, i: number): boolean {
  const lead = text.charCodeAt(i - 1);
  // (or, decomposed, "A" and a combining tilde or circumflex)
  return lead === 0xc3 || lead === 0xc2 || ((lead === 0x303 || lead === 0x302) && text.charCodeAt(i - 2) === 0x41);
}

function isWordJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2e || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** ASCII letters, lower case after the first: its lower-case form is the word or the word with its first letter lowered. */
export function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) continue;
    if (i === 0 && code >= 0x41 && code <= 0x5a) continue;
    return false;
  }
  return true;
}

/** True when the text between two offsets holds only spaces and the given punctuation. */
export function onlyBetween(text: string, from: number, to: number, allowed: string): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch.trim() !== '' && !allowed.includes(ch)) return false;
  }
  return true;
}

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
  return code !== 0x2019 && code !== 0x2014 && code !== 0x2013 && code !== 0x201c && code !== 0x201d && code !== 0xa0 && code > 0xbf && !(code >= 0x2000 && code <= 0x206f);
}

/**
 * The word that starts after the spaces at `pos` (cheap: no regular expression, stops at 30 characters).
 * @example
 * wordAfter('Peskov  said so', 6)
 * //=> { text: 'said', start: 8, end: 12 }
 */
export function wordAfter(text: string, pos: number): { text: string; start: number; end: number } | null {
  let s = pos;
  while (s < text.length && s - pos < 4 && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0xa0)) s++;
  let e = s;
  while (e < text.length && e - s < 30 && isWordChar(text.charCodeAt(e))) e++;
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}

/**
 * The word that ends before the spaces (and, if allowed, one comma) before `pos`.
 * @example
 * wordBefore('foreign minister, Radoslaw', 18, ',')
 * //=> { text: 'minister', start: 8, end: 16 }
 */
export function wordBefore(text: string, pos: number, allowed = ''): { text: string; start: number; end: number } | null {
  let e = pos;
  while (e > 0 && pos - e < 4 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0xa0 || allowed.includes(text[e - 1]!))) e--;
  let s = e;
  while (s > 0 && e - s < 30 && isWordChar(text.charCodeAt(s - 1))) s--;
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}

/**
 * The number of words in `text.slice(start, end)` (runs of word characters), counting no further
 * than `atMost` when given (callers that compare the count with a small bound stop reading there).
 */
export function countWords(text: string, start: number, end: number, atMost = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const word = isWordChar(text.charCodeAt(i));
    if (word && !inWord && ++count >= atMost) return count;
    inWord = word;
  }
  return count;
}
