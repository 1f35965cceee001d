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
import { packedTable, type Agreement } from './packed-columns.js';
import { packedAlignmentOf } from './report-comparison.js';
import type { QuoteComparison, WitnessTable } from '../types.js';


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
  const texts = witnesses.map((witness) => witness.comparison.b);
  // Slot 2k+1 is reference piece k; slot 2k is the gap before it (the last slot: after the last piece).
  // A cell is its offsets in the row's text (start −1: empty), at slot × rows + row.
  const slotCount = pieces.length + 1;
  const starts = new Int32Array(slotCount * rows).fill(-1);
  const ends = new Int32Array(slotCount * rows);
  // rows that share one comparison object (equal texts) have equal cells: read its alignment once, and
  // judge each column's agreement on the distinct rows only (a wire quote's hundred copies are one reading)
  const firstRow = new Map<QuoteComparison, number>();
  const distinct: number[] = [];
  witnesses.forEach((witness, row) => {
    const first = firstRow.get(witness.comparison);
    if (first !== undefined) {
      for (let at = 0; at < starts.length; at += rows) {
        starts[at + row] = starts[at + first]!;
        ends[at + row] = ends[at + first]!;
      }
      return;
    }
    firstRow.set(witness.comparison, row);
    distinct.push(row);
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
      const at = slot * rows + row;
      const empty = starts[at]! < 0;
      starts[at] = empty ? bStart : Math.min(starts[at]!, bStart);
      ends[at] = empty ? bEnd : Math.max(ends[at]!, bEnd);
    });
  });
  const kept: number[] = [];
  const agreements: Agreement[] = [];
  for (let slot = 0; slot < slotCount; slot++) {
    const agreement = agreementAt(starts, ends, slot, distinct, texts);
    if (agreement === null) continue;
    kept.push(slot * rows);
    agreements.push(agreement);
  }
  return packedTable(
    witnesses.map((witness) => witness.id),
    texts,
    { columns: kept.length, start: (column, row) => starts[kept[column]! + row]!, end: (column, row) => ends[kept[column]! + row]!, agreement: (column) => agreements[column]! },
  );
}

/**
 * The reference's pieces: union of the reference spans of all alignments, overlapping ones merged; piece `k`
 * is `[pieces[2k], pieces[2k + 1])`. The spans are kept end to end in one array and sorted through their
 * numbers: a two-element array per span was most of what the witness tables allocated on the calling thread
 * (105 of 135 MB at 20,000 articles).
 */
function referencePieces(witnesses: readonly Witness[]): number[] {
  const spans: number[] = [];
  for (const comparison of new Set(witnesses.map((witness) => witness.comparison))) {
    forEachSpan(comparison, (aStart, aEnd) => {
      if (aStart >= 0) spans.push(aStart, aEnd);
    });
  }
  const order = new Uint32Array(spans.length / 2);
  for (let k = 0; k < order.length; k++) order[k] = k;
  order.sort((x, y) => spans[2 * x]! - spans[2 * y]! || spans[2 * x + 1]! - spans[2 * y + 1]!);
  const pieces: number[] = [];
  for (const k of order) {
    const start = spans[2 * k]!;
    const end = spans[2 * k + 1]!;
    // the last piece's end
    const last = pieces.length - 1;
    if (pieces.length > 0 && start < pieces[last]!) pieces[last] = Math.max(pieces[last]!, end);
    else pieces.push(start, end);
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

/** Index of the piece holding offset `start` (binary search over sorted, disjoint pieces, as {@link referencePieces} gives them). */
function pieceAt(pieces: readonly number[], start: number): number {
  let low = 0;
  let high = pieces.length / 2 - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[2 * mid]! <= start) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The agreement of the cells of one slot (from `slot × texts.length` on in `starts`/`ends`), read in the
 * `rows` given (every other row repeats one of them):
 * `all`: every witness reads the same; `partial`: those present agree, some have nothing; `variant`:
 * readings differ; `null` for a gap slot where no witness reads anything (no column). Each distinct
 * reading is normalised once (a cluster's rows repeat the same few readings).
 */
function agreementAt(starts: Int32Array, ends: Int32Array, slot: number, rows: readonly number[], texts: readonly string[]): Agreement | null {
  const at = slot * texts.length;
  const raw = new Set<string>();
  let missing = false;
  for (const row of rows) {
    const start = starts[at + row]!;
    if (start < 0) missing = true;
    else raw.add(texts[row]!.slice(start, ends[at + row]!));
  }
  if (raw.size === 0 && slot % 2 === 0) return null;
  const readings = new Set<string>();
  for (const text of raw) readings.add(normalisedText(text) || text.trim());
  if (readings.size > 1) return 'variant';
  return missing ? 'partial' : 'all';
}
