/**
 * Words of a short window next to a quote, where attribution cues are looked for.
 *
 * Why not `tokenize` from `text/tokens.ts`: `Intl.Segmenter` costs about 1 µs per character and
 * grows faster than linearly on long strings (measured: 64 kB in 1.3 s), while extraction must run
 * at tens of MB/s over whole corpora. Cue windows need only letter runs with their offsets, which
 * one regular expression ({@link CUE_WORD}) gives in a single pass over a window of bounded size.
 * Quote texts themselves are tokenised by the comparison stage with `tokenize`.
 *
 * @module
 */

import { CUE_WORD } from '../patterns.js';

/** A word with UTF-16 offsets into the original text, and its lower-cased form. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The words wholly inside `text.slice(start, end)`, in order.
 * @example
 * wordsIn('— said Peskov.', 0, 14).map((w) => w.text)
 * //=> ['said', 'Peskov']
 */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  if (end <= start) return words;
  const window = text.slice(start, end);
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(window); m !== null; m = CUE_WORD.exec(window)) {
    const raw = m[0];
    // A trailing possessive is not part of the name or the noun: "Peskov’s" → "Peskov".
    const possessive = /* ’s or 's */ raw.length > 2 && (raw.endsWith('\u2019s') || raw.endsWith("'s"));
    const word = possessive ? raw.slice(0, -2) : raw;
    words.push({ text: word, lower: word.toLowerCase(), start: start + m.index, end: start + m.index + word.length });
  }
  return words;
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

/** The number of words in `text.slice(start, end)` (runs of word characters). */
export function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const word = isWordChar(text.charCodeAt(i));
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}
