/**
 * One side of a comparison as HTML: the quote's own text, escaped, with each edit's span wrapped in
 * `<mark class="edit edit-<class>" data-edit="…">` and the words outside the shared part greyed.
 * Spans come from the comparison and are clamped to the text, so a bad offset cannot break the page.
 *
 * @module
 */

import type { EditClass, Span } from '../types.js';
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
 * Where ranges overlap (an insertion whose span takes in a moved phrase), each piece of text takes the
 * innermost range, so the moved words show as moved and the rest as inserted.
 */
export function markedText(text: string, ranges: readonly MarkedRange[], shared: Span | null): string {
  const clamped = ranges
    .map((range) => ({ ...range, start: clamp(range.start, text.length), end: clamp(range.end, text.length) }))
    .filter((range) => range.end > range.start);
  const sharedStart = shared === null ? 0 : clamp(shared.start, text.length);
  const sharedEnd = shared === null ? text.length : clamp(shared.end, text.length);
  const cuts = [...new Set([0, text.length, sharedStart, sharedEnd, ...clamped.flatMap((range) => [range.start, range.end])])].sort((x, y) => x - y);

  // Each piece between cuts: the innermost range covering it (first given on ties), and whether it is outside.
  const pieces = cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1]!;
    let owner: MarkedRange | null = null;
    for (const range of clamped) {
      if (range.start <= start && end <= range.end && (owner === null || range.end - range.start < owner.end - owner.start)) owner = range;
    }
    return { start, end, owner, outside: start < sharedStart || end > sharedEnd };
  });

  let out = '';
  pieces.forEach((piece, i) => {
    let html = escapeHtml(text.slice(piece.start, piece.end));
    if (piece.outside) html = `<span class="outside">${html}</span>`;
    const { owner } = piece;
    const previous = pieces[i - 1];
    const next = pieces[i + 1];
    if (owner !== null) {
      const opens = previous?.owner !== owner;
      const closes = next?.owner !== owner;
      if (opens) out += `<mark class="edit edit-${owner.editClass}" data-edit="${escapeHtml(owner.editId)}" title="${escapeHtml(owner.title)}">`;
      out += html;
      if (closes) out += '</mark>';
      // The number follows the range's last piece.
      if (closes && piece.end === owner.end) out += `<sup class="edit-n" data-n="${owner.label}"></sup>`;
      return;
    }
    out += html;
  });
  return out;
}
