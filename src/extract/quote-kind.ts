/**
 * What sort of quotation a quoted span is: a full `utterance`, a `fragment` of someone's words
 * embedded in reported speech, or a `scare` quote (the writer's distance, a title's catchword).
 *
 * Rules, in order:
 * 1. In a title line, a quote of at most four words is `scare` (NATO ‘slaughtering’ Ukrainians).
 * 2. A quote that starts a statement — at the start of its paragraph (or of its parent quote),
 *    after `.`, `!`, `?`, `:`, `;`, a dash, a bracket or a comma — or that directly follows a
 *    reporting verb (`said “we have seen …”`) is an `utterance`.
 * 3. Otherwise it is embedded in a sentence. With no punctuation inside and either one word, or up
 *    to three words after a determiner or preposition ("a “clear signal”", "despite “unprecedented”
 *    support"), it is `scare`; anything else is a `fragment` (Moscow “can no longer tolerate”).
 *
 * @module
 */

import type { QuoteKind } from '../types.js';
import { isReportingVerb } from './reporting-verbs.js';
import { isDash, isLetterOrDigit } from './quote-marks.js';
import { countWords, wordBefore } from './words.js';

/** Words after which a short quote reads as a label, not as someone's words. */
const LABEL_CONTEXT = new Set(
  'a an the its their his her our this these those so-called despite of as about for against with without into over than called dubbed termed'.split(' '),
);

/** Characters before an opening mark that start a statement. */
const STATEMENT_START = new Set(['.', '!', '?', ':', ';', ',', '(', '[']);

/**
 * The kind of the quote whose content is `text.slice(start, end)`, opened at `open`;
 * `floor` is where its paragraph (or enclosing quote) starts.
 * @example
 * const text = 'He sent a “clear signal” to Moscow.';
 * quoteKind(text, { open: 9, start: 10, end: 22 }, 0, false)
 * //=> 'scare'
 */
export function quoteKind(text: string, quote: { open: number; start: number; end: number }, floor: number, title: boolean): QuoteKind {
  // (the count is only compared with 4 and less below: reading stops at the fifth word)
  const words = countWords(text, quote.start, Math.min(quote.end, quote.start + 200), 5);
  if (title && words <= 4) return 'scare';

  let p = quote.open - 1;
  while (p >= floor && text[p]!.trim() === '') p--;
  const before = p >= floor ? text[p] : undefined;
  if (before === undefined || STATEMENT_START.has(before) || isDash(before)) return 'utterance';
  const previous = isLetterOrDigit(before) ? wordBefore(text, p + 1) : null;
  if (previous !== null && isReportingVerb(previous.text)) return 'utterance';

  const plain = words <= 3 && !hasPunctuation(text, quote.start, quote.end);
  if (plain && (words === 1 || (previous !== null && LABEL_CONTEXT.has(previous.text.toLowerCase())))) return 'scare';
  return 'fragment';
}

function hasPunctuation(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch.trim() !== '' && !isLetterOrDigit(ch) && ch !== '-' && ch !== '\u2019' && ch !== "'") return true;
  }
  return false;
}
