/**
 * Where a quote stands among its neighbours: the sibling quotes before and after it, whether it
 * opens its paragraph, whether the paragraph before ends inside a quotation.
 *
 * @module
 */

import type { QuoteToAttribute } from './attribute-speaker.js';
import type { Paragraph } from './paragraphs.js';

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
