/**
 * One side of a comparison as HTML: the quote's own text, escaped, with each edit's span wrapped in
 * `<mark class="edit edit-<class>" data-edit="…">` and the words outside the shared part greyed.
 * Spans come from the comparison and are clamped to the text, so a bad offset cannot break the page.
 *
 * @module
 */

import type { EditClass, Span } from '../types.js';
import { className } from './describe.js';
import { escapeHtml } from './escape-html.js';

/**
 * A highlighted range of one side. Its number is drawn by CSS (`content: attr(data-n)`), so copying a
 * quote from the page copies the quote's words only.
 */
export interface MarkedRange {
  start: number;
  end: number;
  editClass: EditClass;
  /** Identifier shared by the two sides of the same edit. */
  editId: string;
  /** Number shown next to the highlight, matching the edit list. */
  label: number;
  /** Tooltip: the edit read in full ("phrase substitution: a sacrificial lamb → ritual victims"). */
  title: string;
}

function clamp(value: number, length: number): number {
  return Math.max(0, Math.min(length, Number.isFinite(value) ? Math.trunc(value) : 0));
}

/**
 * Renders `text` with `ranges` highlighted and everything outside `shared` (when given) greyed.
 * Overlapping ranges keep the first one given.
 */
export function markedText(text: string, ranges: readonly MarkedRange[], shared: Span | null): string {
  const sorted = ranges
    .map((range) => ({ ...range, start: clamp(range.start, text.length), end: clamp(range.end, text.length) }))
    .filter((range) => range.end > range.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: MarkedRange[] = [];
  for (const range of sorted) if (kept.length === 0 || range.start >= kept[kept.length - 1]!.end) kept.push(range);

  const sharedStart = shared === null ? 0 : clamp(shared.start, text.length);
  const sharedEnd = shared === null ? text.length : clamp(shared.end, text.length);
  // Plain text between highlights, split at the shared part's edges.
  const plainRun = (from: number, to: number): string => {
    let out = '';
    const cuts = [from, Math.min(Math.max(sharedStart, from), to), Math.min(Math.max(sharedEnd, from), to), to];
    for (let i = 0; i < 3; i++) {
      const piece = text.slice(cuts[i]!, cuts[i + 1]!);
      if (piece === '') continue;
      out += i === 1 ? escapeHtml(piece) : `<span class="outside">${escapeHtml(piece)}</span>`;
    }
    return out;
  };

  let out = '';
  let position = 0;
  for (const range of kept) {
    out += plainRun(position, range.start);
    out +=
      `<mark class="edit edit-${range.editClass}" data-edit="${escapeHtml(range.editId)}" title="${escapeHtml(range.title)}">` +
      `${escapeHtml(text.slice(range.start, range.end))}</mark><sup class="edit-n" data-n="${range.label}"></sup>`;
    position = range.end;
  }
  return out + plainRun(position, text.length);
}

/** The tooltip text of an edit. */
export function editTitle(editClass: EditClass, a: Span | null, b: Span | null, tone: string): string {
  return `${className(editClass)}: ${a === null ? '\u2205' : a.text} \u2192 ${b === null ? '\u2205' : b.text}${tone === '' ? '' : ` (${tone})`}`;
}
