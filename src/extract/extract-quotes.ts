/**
 * `extractQuotes`: every direct quotation of a text, with exact offsets, marks, kind, flags and speaker.
 *
 * The stages, each in its own file: paragraphs (`paragraphs.ts`) → mark pairing
 * (`pair-quote-marks.ts`, over the one table in `quote-marks.ts`) → kinds (`quote-kind.ts`) →
 * person names (`names.ts`, `roles.ts`) → speakers (`speaker-cues.ts`, `attribute-speaker.ts`).
 * Every stage is linear in the input (bounded windows around each quote), and nothing in the data
 * throws: problems are reported through `options.onDiagnostic` and as flags on the quotes.
 *
 * @module
 */

import type { Article, Diagnostic, ExtractOptions, Quote, QuoteFlag, QuoteKind } from '../types.js';
import { QuoteDivergenceError } from '../errors.js';
import { findParagraphs } from './paragraphs.js';
import { pairQuoteMarks, type MarkProblem } from './pair-quote-marks.js';
import { quoteKind } from './quote-kind.js';
import { findPersons } from './names.js';
import { attributeSpeakers, type QuoteToAttribute } from './attribute-speaker.js';
import { cueAfter } from './cue-after.js';
import { isDash } from './quote-marks.js';

const KINDS: readonly QuoteKind[] = ['utterance', 'fragment', 'scare'];
const FLAG_ORDER: readonly QuoteFlag[] = ['unclosed', 'nested', 'shared-close', 'continued', 'split', 'mismatched-marks'];

/**
 * Extracts every direct quotation from a text or an {@link Article}, sorted by `start` (then `end`).
 * `text.slice(q.start, q.end) === q.text` for every quote; the marks are reported separately.
 *
 * @param input - the text, or an article (its `id` is copied to each quote's `articleId`)
 * @param options - `onDiagnostic` receives problems in the data (rule ids `unclosed-quote`,
 *   `stray-mark`, `quote-too-deep`, `nested-shared-close`, `continued-quote`, `mismatched-marks`);
 *   `exclude` leaves out quotes of the given kinds
 * @throws {QuoteDivergenceError} `INVALID_ARGUMENT` when `input` is not a string or an article, or
 *   `options` is malformed; `EMPTY_ID` when the article's id is empty
 * @example
 * extractQuotes('“We are ready,” Peskov said.')
 * //=> [{
 * //     text: 'We are ready,', start: 1, end: 14, marks: { open: '“', close: '”' },
 * //     speaker: { name: 'Peskov', mention: { start: 16, end: 22, text: 'Peskov' },
 * //                cue: { start: 23, end: 27, text: 'said' }, via: 'cue' },
 * //     kind: 'utterance', flags: [],
 * //   }]
 */
export function extractQuotes(input: string | Article, options?: ExtractOptions): Quote[] {
  const { text, articleId } = readInput(input);
  const { onDiagnostic, exclude } = readOptions(options);

  const paragraphs = findParagraphs(text);
  const { quotes: paired, problems } = pairQuoteMarks(text, paragraphs, (start, end) => attributionDash(text, start, end));
  paired.sort((a, b) => a.start - b.start || a.end - b.end);

  const quotes: QuoteToAttribute[] = paired.map((q) => {
    const para = paragraphs[q.paragraph]!;
    const floor = q.parent ? q.parent.start : para.start;
    return Object.assign(q, { kind: quoteKind(text, q, floor, para.title), speaker: null });
  });
  if (quotes.length > 0) {
    const spans = quotes.filter((q) => q.parent === null);
    const registry = findPersons(text, (offset) => insideAny(spans, offset));
    attributeSpeakers(text, paragraphs, quotes, registry);
  }

  if (onDiagnostic && problems.length > 0) report(text, problems, articleId, onDiagnostic);

  const result: Quote[] = [];
  for (const q of quotes) {
    if (exclude.includes(q.kind)) continue;
    const quote: Quote = {
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      marks: { open: q.openMark, close: q.closeMark },
      speaker: q.speaker,
      kind: q.kind,
      flags: FLAG_ORDER.filter((flag) => q.flags.includes(flag)),
    };
    if (articleId !== undefined) quote.articleId = articleId;
    result.push(quote);
  }
  return result;
}

function readInput(input: unknown): { text: string; articleId: string | undefined } {
  if (typeof input === 'string') return { text: input, articleId: undefined };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', `extractQuotes expects a string or an Article, got ${input === null ? 'null' : typeof input}`);
  }
  const { id, text } = input as { id?: unknown; text?: unknown };
  if (typeof id !== 'string') throw new QuoteDivergenceError('INVALID_ARGUMENT', 'Article id must be a string');
  if (id === '') throw new QuoteDivergenceError('EMPTY_ID', 'Article id is empty');
  if (typeof text !== 'string') throw new QuoteDivergenceError('INVALID_ARGUMENT', `Article ${id}: text must be a string`);
  return { text, articleId: id };
}

function readOptions(options: unknown): { onDiagnostic: ((d: Diagnostic) => void) | undefined; exclude: readonly QuoteKind[] } {
  if (options === undefined) return { onDiagnostic: undefined, exclude: [] };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'extractQuotes options must be an object');
  }
  const { onDiagnostic, exclude } = options as { onDiagnostic?: unknown; exclude?: unknown };
  if (onDiagnostic !== undefined && typeof onDiagnostic !== 'function') {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'options.onDiagnostic must be a function');
  }
  if (exclude !== undefined && (!Array.isArray(exclude) || !exclude.every((k) => KINDS.includes(k as QuoteKind)))) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', `options.exclude must be an array of ${KINDS.join(', ')}`);
  }
  return { onDiagnostic: onDiagnostic as ((d: Diagnostic) => void) | undefined, exclude: (exclude as QuoteKind[] | undefined) ?? [] };
}

/** Where an unclosed quote's words end when a dash attribution follows them ("… situation — said Peskov."). */
function attributionDash(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (!isDash(text[i]) || text[i - 1]?.trim() !== '') continue;
    const cue = cueAfter(text, i, Math.min(end, i + 160));
    if (cue !== null && cue.form === 'dash') return i;
  }
  return end;
}

function insideAny(spans: readonly { open: number; start: number; end: number }[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== undefined && offset < span.end;
}

function report(text: string, problems: readonly MarkProblem[], articleId: string | undefined, onDiagnostic: (d: Diagnostic) => void): void {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lineStarts.push(i + 1);
  }
  const sorted = [...problems].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  for (const problem of sorted) {
    let lo = 0;
    let hi = lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lineStarts[mid]! <= problem.start) lo = mid + 1;
      else hi = mid;
    }
    const diagnostic: Diagnostic = { ...problem, line: lo, column: problem.start - lineStarts[lo - 1]! + 1 };
    if (articleId !== undefined) diagnostic.articleId = articleId;
    onDiagnostic(diagnostic);
  }
}
