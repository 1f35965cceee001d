/**
 * Paragraphs and title lines: the units that bound a quote.
 *
 * A paragraph is one line: news text arrives with paragraphs on single lines, separated by one
 * or more line breaks (seeds 001, 003 and 004 use single breaks, 000 and 002 blank lines). An
 * unclosed quote never runs past its paragraph, which is what keeps a stray mark from swallowing
 * the rest of the article.
 *
 * @module
 */

import { isSpace } from '../text/tokens.js';
import { LINE_BREAK } from '../patterns.js';

/** A paragraph's offsets; `end` excludes the line break. */
export interface Paragraph {
  start: number;
  end: number;
  /** True for a headline line (see {@link findParagraphs}). */
  title: boolean;
}

/** A first line ending in one of these (or in `''`) is a sentence of the article, not a headline. */
const TITLE_NEVER_ENDS_WITH = ':"\u201D\u00BB,;';

/** The longest line still read as a headline. */
const MAX_TITLE_LENGTH = 160;

/**
 * Splits `text` into non-blank lines. The first non-blank line is a title when more lines follow, it
 * is at most 160 characters long and does not end with a colon, comma or closing quote mark; so is
 * every following line identical to it (a duplicated headline, seed 000).
 * @example
 * findParagraphs('Headline\n\nBody text.').map((p) => [p.start, p.end, p.title])
 * //=> [[0, 8, true], [10, 20, false]]
 */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  // the regular expression jumps from break to break in native code (a character loop in JS is ~3× slower)
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const i = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
    if (hasContent(text, lineStart, i)) paragraphs.push({ start: lineStart, end: i, title: false });
    lineStart = i + 1;
    if (i >= text.length) break;
  }
  const first = paragraphs[0];
  const line = first ? text.slice(first.start, first.end).trimEnd() : '';
  const endsSentence = TITLE_NEVER_ENDS_WITH.includes(line.slice(-1)) || line.endsWith("''");
  if (first && paragraphs.length > 1 && first.end - first.start <= MAX_TITLE_LENGTH && !endsSentence) {
    first.title = true;
    const headline = text.slice(first.start, first.end).trim();
    for (let k = 1; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      if (p.end - p.start > MAX_TITLE_LENGTH || text.slice(p.start, p.end).trim() !== headline) break;
      p.title = true;
    }
  }
  return paragraphs;
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}
