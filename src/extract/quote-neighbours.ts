/**
 * Where a quote stands among its neighbours: the sibling quotes before and after it, whether it
 * opens its paragraph, whether the paragraph before ends inside a quotation.
 *
 * @module
 */

import type { QuoteToAttribute } from './attribute-speaker.js';
import type { Paragraph } from './paragraphs.js';
import { pastClose } from './pair-quote-marks.js';
import { sentenceStart } from './sentences.js';

/** True when a top-level quote shortly before `quotes[k]` ends at `end` (the end of the previous paragraph). */
export function endsInQuote(quotes: readonly QuoteToAttribute[], k: number, end: number): boolean {
  for (let j = k - 1; j >= 0 && k - j < 20; j--) {
    const other = quotes[j]!;
    if (other.parent === null && other.end >= end - 2 && other.end <= end) return true;
  }
  return false;
}

/** Only spaces stand between the start of its line and the quote's opening mark. */
export function opensParagraph(text: string, q: QuoteToAttribute): boolean {
  let p = q.open - 1;
  while (p >= 0 && text[p] !== '\n' && text[p] !== '\r' && text[p]!.trim() === '') p--;
  return p < 0 || text[p] === '\n' || text[p] === '\r';
}

/** The offset of the last non-space character of a paragraph. */
export function lastVisible(text: string, paragraph: Paragraph): number {
  let p = paragraph.end - 1;
  while (p > paragraph.start && text[p]!.trim() === '') p--;
  return p;
}

/** The nearest earlier quote with the same parent (not a scare quote), within 50 quotes. */
export function findPreviousSibling(quotes: readonly QuoteToAttribute[], k: number): QuoteToAttribute | null {
  const parent = quotes[k]!.parent;
  for (let j = k - 1; j >= 0 && k - j < 50; j--) if (quotes[j]!.parent === parent && quotes[j]!.kind !== 'scare') return quotes[j]!;
  return null;
}

/** The nearest later quote with the same parent (not a scare quote), within 50 quotes. */
export function findNextSibling(quotes: readonly QuoteToAttribute[], k: number): QuoteToAttribute | null {
  const parent = quotes[k]!.parent;
  for (let j = k + 1; j < quotes.length && j - k < 50; j++) if (quotes[j]!.parent === parent && quotes[j]!.kind !== 'scare') return quotes[j]!;
  return null;
}

/** Only spaces stand between the start of the quote's sentence (not before `floor`) and its opening mark. */
export function opensSentence(text: string, q: QuoteToAttribute, floor: number): boolean {
  const start = sentenceStart(text, q.open, floor);
  return start > floor && text.slice(start, q.open).trim() === '';
}

/** The offset of the last non-space character before `pos` (or -1). */
export function lastVisibleBefore(text: string, pos: number): number {
  let p = pos - 1;
  while (p >= 0 && text[p]!.trim() === '') p--;
  return p;
}

/**
 * Where the narrative of a sentence starting at `from` resumes after the quotes before `quotes[k]`:
 * just past the closing mark of the last top-level quote in it that is not a scare quote.
 */
export function narrativeAfterQuotes(quotes: readonly QuoteToAttribute[], k: number, from: number): number {
  for (let j = k - 1; j >= 0 && k - j < 20 && quotes[j]!.end > from; j--) {
    const q = quotes[j]!;
    if (q.parent === null && q.kind !== 'scare') return pastClose(q);
  }
  return from;
}

/** Only spaces and sentence punctuation stand between the quote's closing mark and the end of its line. */
export function closesParagraph(text: string, q: QuoteToAttribute): boolean {
  let p = pastClose(q);
  while (p < text.length && (text[p] === ' ' || text[p] === '.' || text[p] === '\t')) p++;
  return p >= text.length || text[p] === '\n' || text[p] === '\r';
}

/** True when a quote before `quotes[k]` (within the 20 before it) ends after `from`. */
export function quotedBetween(quotes: readonly QuoteToAttribute[], k: number, from: number): boolean {
  for (let j = k - 1; j >= 0 && k - j < 20; j--) if (quotes[j]!.end > from) return true;
  return false;
}
