/**
 * A comparison read as an inline word diff: a sequence of segments — unchanged, deleted, inserted,
 * replaced or moved — in alignment order. The text and Markdown reports render these segments;
 * grouping follows the comparison's phrase-level `edits`, so "a sacrificial lamb" → "ritual victims"
 * is one replacement, not three. Segment texts are built from the tokens themselves (never from a
 * range that could take in a moved word twice).
 *
 * @module
 */

import type { AlignmentEntry, Edit, EditClass, QuoteComparison, Span } from '../types.js';

/** How a segment of the inline diff changes the text. */
export type SegmentOp = 'equal' | 'delete' | 'insert' | 'replace' | 'move' | 'outside';

/** One run of the inline diff. */
export interface DiffSegment {
  op: SegmentOp;
  /** The words on side `a` (empty for insertions), as written. */
  a: string;
  /** The words on side `b` (empty for deletions), as written. */
  b: string;
  /** The edit class, for changes. */
  editClass: EditClass | null;
  /** Index of the edit in `comparison.edits`, when the change belongs to one. */
  editIndex: number | null;
  /** For `outside`: which side the words beyond the shared part belong to, and how many words. */
  side: 'a' | 'b' | null;
  words: number;
  /** White space to put before the segment (' ' or ''), taken from the original texts. */
  gap: string;
}

function contains(outer: Span | null, inner: Span | null): boolean {
  return outer !== null && inner !== null && outer.start <= inner.start && inner.end <= outer.end;
}

function spanLength(edit: Edit): number {
  return (edit.a === null ? 0 : edit.a.end - edit.a.start) + (edit.b === null ? 0 : edit.b.end - edit.b.start);
}

/**
 * The edit an alignment entry belongs to: the smallest edit containing it on every side it has
 * (an edit with one side null may still hold a one-sided entry, e.g. an omitted word inside a phrase
 * substitution).
 */
function findEdit(edits: readonly Edit[], entry: AlignmentEntry): number | null {
  let best: number | null = null;
  edits.forEach((edit, index) => {
    const holdsA = entry.a === null || contains(edit.a, entry.a);
    const holdsB = entry.b === null || edit.b === null || contains(edit.b, entry.b);
    const touches = contains(edit.a, entry.a) || contains(edit.b, entry.b);
    if (!touches || !holdsA || !holdsB) return;
    if (best === null || spanLength(edit) < spanLength(edits[best]!)) best = index;
  });
  return best;
}

function isOutside(comparison: QuoteComparison, entry: AlignmentEntry): 'a' | 'b' | null {
  const { overlap } = comparison;
  if (overlap === null) return null;
  if (entry.a !== null && entry.b === null && !contains(overlap.a, entry.a)) return 'a';
  if (entry.b !== null && entry.a === null && !contains(overlap.b, entry.b)) return 'b';
  return null;
}

/** '' when `to` directly follows `from` in the text (as "Russia" and ","), else one space. */
function gapBetween(from: number, to: number): string {
  return to === from ? '' : ' ';
}

/** Joins spans of one side: with the original spacing where they are neighbours, else one space. */
function joinSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  spans.forEach((span, i) => {
    const previous = spans[i - 1];
    if (previous !== undefined) {
      const between = span.start >= previous.end ? text.slice(previous.end, span.start) : null;
      out += between !== null && between.trim() === '' ? (between === '' ? '' : ' ') : ' ';
    }
    out += text.slice(span.start, span.end);
  });
  return out;
}

function entryOp(entry: AlignmentEntry): SegmentOp {
  if (entry.a === null) return 'insert';
  if (entry.b === null) return 'delete';
  if (entry.moved) return 'move';
  return entry.kind === 'identical' ? 'equal' : 'replace';
}

function editOp(edit: Edit, entry: AlignmentEntry): SegmentOp {
  if (edit.class === 'move' || entry.moved) return 'move';
  return edit.a === null ? 'insert' : edit.b === null ? 'delete' : 'replace';
}

interface Run {
  segment: DiffSegment;
  a: Span[];
  b: Span[];
  key: string;
}

/** Reads a comparison's alignment as inline diff segments (see {@link DiffSegment}). */
export function diffSegments(comparison: QuoteComparison): DiffSegment[] {
  const runs: Run[] = [];
  let lastA = -1;
  let lastB = -1;
  for (const entry of comparison.alignment) {
    const outside = isOutside(comparison, entry);
    const editIndex = outside === null ? findEdit(comparison.edits, entry) : null;
    const edit = editIndex === null ? null : comparison.edits[editIndex]!;
    const op: SegmentOp = outside !== null ? 'outside' : edit !== null ? editOp(edit, entry) : entryOp(entry);
    const key = outside !== null ? `outside-${outside}` : editIndex !== null ? `edit-${editIndex}-${op}` : op === 'equal' ? 'equal' : '';
    // The spacing comes from the side the segment continues; after the other side's words, one space.
    const gap =
      entry.b !== null && lastB >= 0 ? gapBetween(lastB, entry.b.start)
        : entry.a !== null && lastA >= 0 ? gapBetween(lastA, entry.a.start)
          : ' ';
    const current = runs[runs.length - 1];
    if (current === undefined || key === '' || current.key !== key) {
      const editClass = edit?.class ?? (op === 'outside' || entry.kind === 'identical' ? (entry.moved ? 'move' : null) : entry.kind);
      // The "[… n words …]" marker of an outside run always stands apart from its neighbours.
      const spacing = runs.length === 0 ? '' : op === 'outside' || current?.segment.op === 'outside' ? ' ' : gap;
      runs.push({ segment: { op, a: '', b: '', editClass, editIndex, side: outside, words: 0, gap: spacing }, a: [], b: [], key });
    }
    const run = runs[runs.length - 1]!;
    if (entry.a !== null) run.a.push(entry.a);
    if (entry.b !== null) run.b.push(entry.b);
    if (entry.a !== null) lastA = entry.a.end;
    if (entry.b !== null) lastB = entry.b.end;
  }
  return runs.map(({ segment, a, b }) => {
    segment.a = joinSpans(comparison.a, a);
    segment.b = joinSpans(comparison.b, b);
    if (segment.op === 'outside') segment.words = (segment.side === 'a' ? a : b).filter((span) => span.text.trim() !== '' && isWordLike(span.text)).length;
    return segment;
  });
}

/** True when the token has a letter or digit (punctuation does not count as a word). */
function isWordLike(token: string): boolean {
  for (const ch of token) if (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9')) return true;
  return false;
}
