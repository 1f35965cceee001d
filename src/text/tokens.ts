/**
 * Word tokens with offsets into the caller's original text.
 *
 * Tokens come from `Intl.Segmenter` run on the original string (or, for plain ASCII text, from a
 * fast path that gives exactly the segmenter's tokens: `ascii-words.ts`), so offsets never need
 * mapping back; each token's comparison key (`norm`) is NFC-normalised, case-folded,
 * with typographic apostrophes, quote marks and dashes folded to one form.
 *
 * @module
 */

import { isFastAscii, scanAscii } from './ascii-words.js';
import { foldTypography } from './fold.js';

/** One word or punctuation token. */
export interface Token {
  /** The token as written in the original text. */
  text: string;
  /** UTF-16 offsets in the original text. */
  start: number;
  end: number;
  /** NFC, lower-cased, typography folded: the key for identity comparison. */
  norm: string;
  /** True for words and numbers, false for punctuation and symbols. */
  isWord: boolean;
}

// Made on first use: creating it loads ICU's word-break rules, about 5 ms, most of what importing the package
// cost before; ASCII text never needs it.
let segmenter: Intl.Segmenter | undefined;

/**
 * Splits `text` into word and punctuation tokens (whitespace dropped).
 * Every token satisfies `text.slice(token.start, token.end) === token.text`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (isFastAscii(text)) {
    // plain ASCII (and ‘ ’ “ ” – — ― … and the no-break space): the segmenter's boundaries from character classes
    // (ascii-words.ts); NFC leaves these unchanged, the typography fold only the non-ASCII marks
    scanAscii(text, (start, end, isWord) => {
      const raw = text.slice(start, end);
      tokens.push({ text: raw, start, end, norm: fastNorm(raw), isWord });
    });
    return tokens;
  }
  return tokenizeBySegmenter(text);
}

/**
 * {@link tokenize} always through `Intl.Segmenter` (no fast path): the reference the fast path
 * is tested against.
 */
export function tokenizeBySegmenter(text: string): Token[] {
  const tokens: Token[] = [];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  for (const segment of segmenter.segment(text)) {
    const raw = segment.segment;
    if (segment.isWordLike) {
      tokens.push(makeToken(raw, segment.index, true));
      continue;
    }
    // Non-word segments: keep each run of non-space characters as punctuation tokens.
    let i = 0;
    while (i < raw.length) {
      const code = raw.charCodeAt(i);
      if (isSpace(code)) {
        i++;
        continue;
      }
      let j = i + 1;
      // keep a surrogate pair together
      if (code >= 0xd800 && code <= 0xdbff && j < raw.length) {
        const next = raw.charCodeAt(j);
        if (next >= 0xdc00 && next <= 0xdfff) j++;
      }
      tokens.push(makeToken(raw.slice(i, j), segment.index + i, false));
      i = j;
    }
  }
  return tokens;
}

function isPlainAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

/** Word tokens only. */
export function wordTokens(text: string): Token[] {
  return tokenize(text).filter((token) => token.isWord);
}

/**
 * The comparison forms of the word tokens of `text`, in order: `wordTokens(text).map((t) => t.norm)`
 * without building the tokens (blocking profiles every quote of a corpus and needs only these).
 *
 * @example
 * wordNorms('“Don’t,” she said.');
 * //=> ["don't", 'she', 'said']
 */
export function wordNorms(text: string): string[] {
  if (!isFastAscii(text)) return wordTokens(text).map((token) => token.norm);
  const norms: string[] = [];
  scanAscii(text, (start, end, isWord) => {
    if (isWord) norms.push(fastNorm(text.slice(start, end)));
  });
  return norms;
}

/** The `norm` of a token of the fast path: NFC leaves its characters unchanged, the typography fold only the non-ASCII marks. */
function fastNorm(raw: string): string {
  return (isPlainAscii(raw) ? raw : foldTypography(raw)).toLowerCase();
}

function makeToken(text: string, start: number, isWord: boolean): Token {
  return { text, start, end: start + text.length, norm: foldTypography(text.normalize('NFC')).toLowerCase(), isWord };
}

/** White space of every kind, including NBSP, narrow NBSP, the Unicode spaces and zero-width ones. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
