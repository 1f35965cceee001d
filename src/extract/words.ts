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
