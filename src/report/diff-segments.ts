/**
 * A comparison read as an inline word diff: a sequence of segments, each unchanged, deleted,
 * inserted or replaced, in alignment order. The text and Markdown reports render these segments;
 * grouping follows the comparison's phrase-level `edits`, so "a sacrificial lamb" → "ritual victims"
 * is one replacement, not three.
 *
 * @module
 */

import type { AlignmentEntry, Edit, EditClass, QuoteComparison, Span } from '../types.js';

/** How a segment of the inline diff changes the text. */
export type SegmentOp = 'equal' | 'delete' | 'insert' | 'replace' | 'outside';

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

function findEdit(edits: readonly Edit[], entry: AlignmentEntry): number | null {
  for (let i = 0; i < edits.length; i++) {
    const edit = edits[i]!;
    if (contains(edit.a, entry.a) || contains(edit.b, entry.b)) return i;
  }
  return null;
}

function isOutside(comparison: QuoteComparison, entry: AlignmentEntry): 'a' | 'b' | null {
  const { overlap } = comparison;
  if (overlap === null) return null;
  if (entry.a !== null && entry.b === null && !contains(overlap.a, entry.a)) return 'a';
  if (entry.b !== null && entry.a === null && !contains(overlap.b, entry.b)) return 'b';
  return null;
}

function gapBetween(text: string, from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(from, to).trim() === '' ? ' ' : ` ${text.slice(from, to).trim()} `;
}

function entryOp(entry: AlignmentEntry): SegmentOp {
  if (entry.a === null) return 'insert';
  if (entry.b === null) return 'delete';
  return entry.kind === 'identical' && !entry.moved ? 'equal' : 'replace';
}

function entryClass(entry: AlignmentEntry): EditClass | null {
  return entry.kind === 'identical' ? (entry.moved ? 'move' : null) : entry.kind;
}

function countWords(text: string): number {
  return text.split(' ').filter((part) => part.trim() !== '').length;
}

/** Reads a comparison's alignment as inline diff segments (see {@link DiffSegment}). */
export function diffSegments(comparison: QuoteComparison): DiffSegment[] {
  const segments: DiffSegment[] = [];
  // Start/end of the current segment on each side, to slice the original words with their spacing.
  let current: { seg: DiffSegment; a: [number, number] | null; b: [number, number] | null; key: string } | null = null;
  let lastA = -1;
  let lastB = -1;

  const flush = (): void => {
    if (current === null) return;
    const { seg, a, b } = current;
    seg.a = a === null ? '' : comparison.a.slice(a[0], a[1]);
    seg.b = b === null ? '' : comparison.b.slice(b[0], b[1]);
    if (seg.op === 'outside') seg.words = countWords(seg.side === 'a' ? seg.a : seg.b);
    segments.push(seg);
    current = null;
  };

  for (const entry of comparison.alignment) {
    const outside = isOutside(comparison, entry);
    const editIndex = outside === null ? findEdit(comparison.edits, entry) : null;
    const edit = editIndex === null ? null : comparison.edits[editIndex]!;
    let op: SegmentOp = outside !== null ? 'outside' : entryOp(entry);
    if (edit !== null) op = edit.a === null ? 'insert' : edit.b === null ? 'delete' : 'replace';
    const key = outside !== null ? `outside-${outside}` : editIndex !== null ? `edit-${editIndex}` : op === 'equal' ? 'equal' : `entry-${op}`;

    // The spacing before a segment comes from the side it continues; a side's first word after the
    // other side's words (e.g. after the part outside the overlap) gets one space.
    const gap =
      entry.b !== null && lastB >= 0 ? gapBetween(comparison.b, lastB, entry.b.start)
        : entry.a !== null && lastA >= 0 ? gapBetween(comparison.a, lastA, entry.a.start)
          : ' ';
    // Merge with the running segment when it is the same edit, the same outside run, or unchanged text.
    const mergeable = current !== null && current.key === key && (key !== `entry-${op}` || op === 'outside');
    if (!mergeable) {
      flush();
      current = {
        seg: { op, a: '', b: '', editClass: edit?.class ?? (op === 'outside' ? null : entryClass(entry)), editIndex, side: outside, words: 0, gap: segments.length === 0 ? '' : gap },
        a: null,
        b: null,
        key,
      };
    }
    const run = current!;
    if (entry.a !== null) run.a = run.a === null ? [entry.a.start, entry.a.end] : [run.a[0], Math.max(run.a[1], entry.a.end)];
    if (entry.b !== null) run.b = run.b === null ? [entry.b.start, entry.b.end] : [run.b[0], Math.max(run.b[1], entry.b.end)];
    if (entry.a !== null) lastA = entry.a.end;
    if (entry.b !== null) lastB = entry.b.end;
  }
  flush();
  return segments;
}
