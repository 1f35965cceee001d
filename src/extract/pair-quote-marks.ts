/**
 * Pairs quote marks in one linear scan, paragraph by paragraph, with a small stack of open quotes.
 *
 * Each mark's role comes from the table in `quote-marks.ts` and from its neighbours: a mark after
 * a space and before a word opens, a mark after a word and before a space or punctuation closes;
 * `’` between letters, or with no single quote open, is an apostrophe (don't, ’90s, Ukraine’s,
 * the Ukrainians’ losses). What the scan repairs, it flags and reports:
 * - a quote still open at the end of its paragraph is `continued` when the next paragraph reopens
 *   with the same family of mark (the newspaper convention for multi-paragraph quotes), shares
 *   the closing mark of its last nested quote when only an attribution follows (`shared-close`,
 *   seed 002), and is otherwise `unclosed`, bounded at the paragraph end or at an attribution dash;
 * - a closing mark with nothing to close is a `stray-mark` (seed 002's `Echo of Moscow"`);
 * - nesting deeper than {@link MAX_DEPTH} is not followed, so no input makes the output quadratic.
 *
 * @module
 */

import type { QuoteFlag } from '../types.js';
import type { Paragraph } from './paragraphs.js';
import { DOUBLED_APOSTROPHE, QUOTE_MARKS, isLetterOrDigit, isOpeningContext, isClosingContext, isSpaceOrEdge, isDash, type QuoteMark } from './quote-marks.js';
import { isSpace } from '../text/tokens.js';
import { QUOTE_MARK } from '../patterns.js';

/** Quotes nest at most this deep; deeper opening marks are reported and skipped. */
export const MAX_DEPTH = 3;

/** A quote as the scan found it: content offsets (trimmed of space), mark offsets and flags. */
export interface PairedQuote {
  start: number;
  end: number;
  /**
   * Offset of the opening mark, and of the closing mark (-1 when unclosed or continued): of its first
   * character, when it has two (`''`; {@link pastClose} is the offset after it).
   */
  open: number;
  close: number;
  openMark: string;
  closeMark: string | null;
  flags: QuoteFlag[];
  /** The quote this one is nested in. */
  parent: PairedQuote | null;
  /** Index of the paragraph holding the quote. */
  paragraph: number;
}

/** A problem with the marks, before line and column are known. */
export interface MarkProblem {
  rule: 'unclosed-quote' | 'stray-mark' | 'quote-too-deep' | 'nested-shared-close' | 'continued-quote' | 'mismatched-marks';
  message: string;
  severity: 'info' | 'warning';
  start: number;
  end: number;
}

/** Given the content range of an unclosed quote, returns where its content really ends (e.g. before "— said Peskov"). */
export type UnclosedBound = (start: number, end: number) => number;

interface OpenQuote {
  quote: PairedQuote;
  row: QuoteMark;
  /** The last quote nested directly in this one, while no mark has followed it. */
  lastChild: PairedQuote | null;
  /** The last `’` that might have closed this quote but read better as an apostrophe. */
  candidate: number;
}

/** Marks that open even before a space (French typography: « texte »). */
const FRENCH_SPACED = '\u00AB\u2039\u201E';

const PUNCTUATION_AFTER_WORD = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2026']);

/** The offset of the first quote mark at or after `from`, or the text's length. */
function markFrom(text: string, from: number): number {
  // runs of marks ("“““…") are common in hostile input: test the next character before searching
  const code = text.charCodeAt(from);
  if (code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201f) || code === 0x2039 || code === 0x203a || code === 0x300c || code === 0x300d) return from;
  QUOTE_MARK.lastIndex = from;
  const found = QUOTE_MARK.exec(text);
  return found === null ? text.length : found.index;
}

/** A mark found by {@link markFrom}: its text and offset (null when none), and where to search for the next. */
interface FoundMark {
  mark: string | null;
  at: number;
  next: number;
}

/**
 * The mark at `at`. A run of apostrophes is a double mark only when it has two or three: in a run of
 * three, one is a single mark, which the scan ignores as it ignores every straight single quote; the
 * double mark is the first two when the run opens a quote (`'''Sir, …`), the last two when it closes
 * one (`… 'You weren't in line,''' Ms. Compton recalled`).
 */
function markAt(text: string, at: number, end: number): FoundMark {
  if (text.charCodeAt(at) !== 0x27) return { mark: text[at]!, at, next: at + 1 };
  let run = at;
  while (run < end && text.charCodeAt(run) === 0x27) run++;
  if (run - at === 2) return { mark: DOUBLED_APOSTROPHE, at, next: run };
  if (run - at === 3) return { mark: DOUBLED_APOSTROPHE, at: isSpaceOrEdge(text[run]) ? at + 1 : at, next: run };
  return { mark: null, at, next: run };
}

/**
 * The offset just past a quote's closing mark, or its content's end when it has none.
 * @example
 * const text = "''Yes,'' he said.";
 * pastClose(pairQuoteMarks(text, findParagraphs(text), (s, e) => e).quotes[0]!)
 * //=> 8
 */
export function pastClose(quote: Pick<PairedQuote, 'close' | 'closeMark' | 'end'>): number {
  return quote.close >= 0 ? quote.close + quote.closeMark!.length : quote.end;
}

/**
 * Finds every quoted span of `text`.
 * @example
 * const text = 'He said “no” twice.';
 * pairQuoteMarks(text, findParagraphs(text), (s, e) => e).quotes.map((q) => text.slice(q.start, q.end))
 * //=> ['no']
 */
export function pairQuoteMarks(
  text: string,
  paragraphs: readonly Paragraph[],
  boundUnclosed: UnclosedBound,
): { quotes: PairedQuote[]; problems: MarkProblem[] } {
  const quotes: PairedQuote[] = [];
  const problems: MarkProblem[] = [];
  let continuing = false;
  const marksTable = QUOTE_MARKS;

  const finish = (entry: OpenQuote, end: number, close: number, closeMark: string | null): void => {
    const q = entry.quote;
    let s = q.start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    q.start = s;
    q.end = e;
    q.close = close;
    q.closeMark = closeMark;
    if (closeMark !== null && !entry.row.partners.includes(closeMark)) {
      q.flags.push('mismatched-marks');
      problems.push({ rule: 'mismatched-marks', message: `Quote opened with ${q.openMark} is closed with ${closeMark}`, severity: 'info', start: close, end: close + closeMark.length });
    }
    if (e > s) quotes.push(q);
  };

  let nextMark = -1;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi]!;
    const stack: OpenQuote[] = [];
    let firstMark = para.start;
    while (firstMark < para.end && isSpace(text.charCodeAt(firstMark))) firstMark++;

    // jump from mark to mark (", «, », ‹, ›, U+2018–U+201F, 「, 」, ''); the next mark found past a
    // paragraph is kept for the paragraphs after it, so the text is searched once
    if (nextMark < para.start) nextMark = markFrom(text, para.start);
    while (nextMark < para.end) {
      const { mark: ch, at: i, next: after } = markAt(text, nextMark, para.end);
      nextMark = markFrom(text, after);
      const row = ch === null ? undefined : marksTable[ch];
      if (ch === null || row === undefined) continue;
      const width = ch.length;
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + width < para.end ? text[i + width] : undefined;
      const openContext = isOpeningContext(prev) && !isSpaceOrEdge(next) && !PUNCTUATION_AFTER_WORD.has(next!);
      const closeContext = !isSpaceOrEdge(prev) && isClosingContext(next);
      const target = closeTarget(stack, ch, row);
      let action: 'open' | 'close' | 'skip' | 'stray';

      if (row.apostrophe) {
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) action = 'skip';
        else if (isSpaceOrEdge(prev) || target === null || target !== stack[stack.length - 1]) action = 'skip';
        else if (isPluralPossessive(text, i, para.end)) {
          target.candidate = i;
          action = 'skip';
        } else action = 'close';
      } else if (ch === '\u2018' || ch === '\u201A') {
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) action = 'skip';
        else if (closeContext && !openContext && target !== null) action = 'close';
        else action = openContext ? 'open' : 'skip';
      } else if (ch === '"' || ch === DOUBLED_APOSTROPHE) {
        if (openContext && !closeContext) action = 'open';
        else if (closeContext && !openContext) action = target ? 'close' : 'stray';
        else if (target) action = 'close';
        else action = isSpaceOrEdge(next) ? 'stray' : 'open';
      } else if (row.opens && (openContext || (FRENCH_SPACED.includes(ch) && isOpeningContext(prev) && target === null))) action = 'open';
      else if (row.closes && target !== null) action = 'close';
      else action = 'stray';

      if (action === 'open') {
        if (stack.length >= MAX_DEPTH) {
          problems.push({ rule: 'quote-too-deep', message: `Quotes nest deeper than ${MAX_DEPTH}; ${ch} is not followed`, severity: 'warning', start: i, end: i + width });
          continue;
        }
        const parent = stack[stack.length - 1] ?? null;
        if (parent) parent.lastChild = null;
        const flags: QuoteFlag[] = [];
        if (parent) flags.push('nested');
        if (continuing && i === firstMark) flags.push('continued');
        const quote: PairedQuote = { start: i + width, end: i + width, open: i, close: -1, openMark: ch, closeMark: null, flags, parent: parent?.quote ?? null, paragraph: pi };
        stack.push({ quote, row, lastChild: null, candidate: -1 });
      } else if (action === 'close' && target !== null) {
        while (stack.length > 0 && stack[stack.length - 1] !== target) {
          const inner = stack.pop()!;
          inner.quote.flags.push('unclosed');
          problems.push(unclosedProblem(inner.quote));
          finish(inner, i, -1, null);
        }
        stack.pop();
        finish(target, i, i, ch);
        const parent = stack[stack.length - 1];
        if (parent) parent.lastChild = target.quote;
      } else if (action === 'stray') {
        problems.push({ rule: 'stray-mark', message: `Quote mark ${ch} has no partner and is ignored`, severity: 'warning', start: i, end: i + width });
        const top = stack[stack.length - 1];
        if (top) top.lastChild = null;
      }
    }

    continuing = false;
    for (let k = stack.length - 1; k >= 0; k--) {
      const entry = stack[k]!;
      const child = entry.lastChild;
      if (k === stack.length - 1 && child !== null && child.closeMark !== null && attributionOnlyAfter(text, pastClose(child), para.end)) {
        entry.quote.flags.push('shared-close');
        child.flags.push('shared-close');
        problems.push({ rule: 'nested-shared-close', message: 'Nested and enclosing quotes share one closing mark', severity: 'info', start: child.close, end: pastClose(child) });
        finish(entry, child.close, child.close, child.closeMark);
      } else if (entry.candidate >= 0) {
        finish(entry, entry.candidate, entry.candidate, text[entry.candidate]!);
      } else if (k === 0 && startsStatement(text, entry.quote.open, para.start) && reopens(text, paragraphs[pi + 1], entry.row)) {
        entry.quote.flags.push('continued');
        problems.push({ rule: 'continued-quote', message: 'Quote continues in the next paragraph', severity: 'info', start: entry.quote.open, end: entry.quote.open + entry.quote.openMark.length });
        continuing = true;
        finish(entry, para.end, -1, null);
      } else {
        const upper = stack[k + 1]?.quote.open ?? para.end;
        entry.quote.flags.push('unclosed');
        problems.push(unclosedProblem(entry.quote));
        finish(entry, Math.max(entry.quote.start, Math.min(upper, boundUnclosed(entry.quote.start, upper))), -1, null);
      }
    }
  }
  return { quotes, problems };
}

/** The open quote a closing mark `ch` closes: the nearest compatible one, searching down the stack. */
function closeTarget(stack: readonly OpenQuote[], ch: string, row: QuoteMark): OpenQuote | null {
  if (!row.closes) return null;
  for (let k = stack.length - 1; k >= 0; k--) {
    const entry = stack[k]!;
    if (entry.row.family !== row.family) continue;
    const guillemet = ch === '\u00AB' || ch === '\u00BB' || ch === '\u2039' || ch === '\u203A';
    if (guillemet && !entry.row.partners.includes(ch)) continue;
    return entry;
  }
  return null;
}

/** `s’` followed by a space and a lower-case word: "the Ukrainians’ losses". */
function isPluralPossessive(text: string, i: number, end: number): boolean {
  const before = text[i - 1];
  if (before !== 's' && before !== 'S') return false;
  let j = i + 1;
  if (j >= end || !isSpace(text.charCodeAt(j))) return false;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  const word = text[j];
  return word !== undefined && isLetterOrDigit(word) && word === word.toLowerCase() && word !== word.toUpperCase();
}

/** Only an attribution, or nothing, follows a nested quote's closing mark: `” — added the press secretary.` */
function attributionOnlyAfter(text: string, from: number, end: number): boolean {
  let j = from;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  if (j >= end) return true;
  const ch = text[j];
  return isDash(ch) || ch === ',' || ch === '.';
}

/** The next paragraph opens with a mark of the same family as the quote left open. */
function reopens(text: string, next: Paragraph | undefined, row: QuoteMark): boolean {
  if (next === undefined || next.title) return false;
  let j = next.start;
  while (j < next.end && isSpace(text.charCodeAt(j))) j++;
  if (j >= next.end) return false;
  const { mark: ch, at } = markAt(text, j, next.end);
  const mark = ch === null || at !== j ? undefined : QUOTE_MARKS[ch];
  return mark !== undefined && mark.opens && mark.family === row.family && !isSpaceOrEdge(text[j + ch!.length]);
}

/** The mark opens its paragraph or follows a lead-in (`:`, `,`, a sentence end or a dash), as a quote running on does. */
function startsStatement(text: string, open: number, floor: number): boolean {
  let p = open - 1;
  while (p >= floor && isSpace(text.charCodeAt(p))) p--;
  return p < floor || ':,.!?;'.includes(text[p]!) || isDash(text[p]);
}

function unclosedProblem(q: PairedQuote): MarkProblem {
  return { rule: 'unclosed-quote', message: `Quote opened with ${q.openMark} is never closed; bounded within its paragraph`, severity: 'warning', start: q.open, end: q.open + q.openMark.length };
}
