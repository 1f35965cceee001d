/**
 * The multi-witness alignment table of a cluster, built by progressive alignment against the
 * reference reading: each variant is already aligned pairwise with the reference (the comparison
 * reference → variant), so the reference's positions are the backbone and every variant's readings
 * are hung on them, as collation tools do with a base text.
 *
 * Columns are the reference's aligned pieces (a piece joins every reference token that some variant
 * aligns as one phrase), with a column between two reference pieces for words that variants add there.
 * Cells are spans into each witness's own quote text (`Variant.quote.text`, the `b` side of its comparison).
 *
 * @module
 */

import { normalisedText } from './content-keys.js';
import { forEachPackedSpan } from './packed-alignment.js';
import { packedTable } from './packed-columns.js';
import { packedAlignmentOf } from './report-comparison.js';
import type { QuoteComparison, Span, WitnessTable } from '../types.js';

/** One witness: its row label and its comparison with the reference (reference = `a`). */
export interface Witness {
  id: string;
  comparison: QuoteComparison;
}

/**
 * Builds the table; rows follow `witnesses` order.
 *
 * @example
 * // reference "we saw the invasion", variant "we have seen the invasion":
 * // columns: we | (have) | saw~seen | the | invasion
 */
export function buildWitnessTable(witnesses: readonly Witness[]): WitnessTable {
  const pieces = referencePieces(witnesses);
  const rows = witnesses.length;
  // Slot 2k+1 is reference piece k; slot 2k is the gap before it (slot 2·pieces.length: after the last).
  const slots: (Span | null)[][] = Array.from({ length: 2 * pieces.length + 1 }, () => new Array<Span | null>(rows).fill(null));
  witnesses.forEach((witness, row) => {
    const text = witness.comparison.b;
    let lastPiece = -1;
    forEachSpan(witness.comparison, (aStart, _aEnd, bStart, bEnd) => {
      let slot: number;
      if (aStart >= 0) {
        lastPiece = pieceAt(pieces, aStart);
        slot = 2 * lastPiece + 1;
      } else {
        slot = 2 * (lastPiece + 1);
      }
      if (bStart < 0) return;
      const cells = slots[slot]!;
      const cell = cells[row] ?? null;
      const start = cell === null ? bStart : Math.min(cell.start, bStart);
      const end = cell === null ? bEnd : Math.max(cell.end, bEnd);
      cells[row] = { start, end, text: text.slice(start, end) };
    });
  });
  const columns: WitnessTable['columns'] = [];
  slots.forEach((cells, slot) => {
    const isGap = slot % 2 === 0;
    if (isGap && cells.every((cell) => cell === null)) return;
    columns.push({ cells, agreement: agreementOf(cells) });
  });
  return packedTable(
    witnesses.map((witness) => witness.id),
    witnesses.map((witness) => witness.comparison.b),
    columns,
  );
}

/** The reference's pieces: union of the reference spans of all alignments, overlapping ones merged. */
function referencePieces(witnesses: readonly Witness[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const witness of witnesses) {
    forEachSpan(witness.comparison, (aStart, aEnd) => {
      if (aStart >= 0) spans.push([aStart, aEnd]);
    });
  }
  spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const pieces: [number, number][] = [];
  for (const span of spans) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else pieces.push([span[0], span[1]]);
  }
  return pieces;
}

/**
 * Calls `visit` with the offsets of each alignment entry (−1 for a missing side), read from the packed
 * alignment of a report comparison without decoding it into entries.
 */
function forEachSpan(comparison: QuoteComparison, visit: (aStart: number, aEnd: number, bStart: number, bEnd: number) => void): void {
  const packed = packedAlignmentOf(comparison);
  if (packed !== null) return forEachPackedSpan(packed, visit);
  for (const { a, b } of comparison.alignment) visit(a?.start ?? -1, a?.end ?? -1, b?.start ?? -1, b?.end ?? -1);
}

/** Index of the piece holding offset `start` (binary search over sorted, disjoint pieces). */
function pieceAt(pieces: readonly [number, number][], start: number): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[mid]![0] <= start) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** `all`: every witness reads the same; `partial`: those present agree, some have nothing; `variant`: readings differ. */
function agreementOf(cells: readonly (Span | null)[]): 'all' | 'partial' | 'variant' {
  const readings = new Set<string>();
  let missing = false;
  for (const cell of cells) {
    if (cell === null) missing = true;
    else readings.add(normalisedText(cell.text) || cell.text.trim());
  }
  if (readings.size > 1) return 'variant';
  return missing ? 'partial' : 'all';
}
