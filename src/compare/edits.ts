/**
 * Reader-level edits from an ordered alignment: every non-identical entry is an edit, except
 * that runs of omissions (or insertions) merge into one, runs of moved entries form one `move` (a run
 * holds only entries that stand next to each other in the text, on both sides; a moved entry whose
 * words differ is also an edit of its own class),
 * and an omission or insertion of punctuation only is a `case-punctuation` edit.
 *
 * Edits are derived from the public entries alone, so the mirrored comparison's edits are
 * derived the same way from the mirrored entries.
 *
 * @module
 */

import type { AlignmentEntry, Edit, EditClass, Span } from '../types.js';
import { isSpace } from '../text/tokens.js';
import type { Side } from './alignment-state.js';
import { editTone, valenceOf } from './tone.js';

/**
 * The span covering side `a` (or `b`) of entries `from…to-1`, or null when none has that side; its
 * tokens' valence (by the entries' token ranges) is left in {@link coverValence}.
 */
function cover(text: string, entries: readonly AlignmentEntry[], from: number, to: number, sideA: boolean, ranges: Int32Array, side: Side): Span | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  // the tokens inside the span: from the first entry's first token to the last one's end
  let first = -1;
  let last = -1;
  const offset = sideA ? 0 : 2;
  for (let k = from; k < to; k++) {
    const span = sideA ? entries[k]!.a : entries[k]!.b;
    if (span === null) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
    const t0 = ranges[4 * k + offset]!;
    const t1 = ranges[4 * k + offset + 1]!;
    if (first === -1 || t0 < first) first = t0;
    if (t1 > last) last = t1;
  }
  if (start === Number.POSITIVE_INFINITY) {
    coverValence = 0;
    return null;
  }
  coverValence = valenceOf(side, first, last);
  return { start, end, text: text.slice(start, end) };
}

/** The valence of the last span {@link cover} made (0 for none): a second result without an object per call. */
let coverValence = 0;

function isPunctuationOnly(span: Span): boolean {
  const text = span.text;
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    // ASCII without making a string per character: letters and digits are the only cased or numeric marks there
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return false;
      continue;
    }
    return isPunctuationOnlyFrom(text, c);
  }
  return true;
}

/** The rule for any text, from offset `from` on (characters read whole, with their case forms). */
function isPunctuationOnlyFrom(text: string, from: number): boolean {
  for (const ch of text.slice(from)) if (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9')) return false;
  return true;
}

/**
 * Whether `next` follows `previous` in `text` with nothing but space between them (either absent:
 * yes). Entries are ordered by `a`, so a run of insertions (or moved entries) can be consecutive in
 * the list while other tokens of `b` stand between them; such a run is cut there, or its span would
 * show words that belong to other edits.
 */
function adjacent(text: string, previous: Span | null, next: Span | null): boolean {
  if (previous === null || next === null) return true;
  if (next.start < previous.end) return false;
  for (let c = previous.end; c < next.start; c++) if (!isSpace(text.charCodeAt(c))) return false;
  return true;
}

/** Whether entry `k` goes on the run of the entry before it (same class, adjacent on both sides). */
function continuesRun(entries: readonly AlignmentEntry[], k: number, run: string, a: string, b: string): boolean {
  const entry = entries[k]!;
  const previous = entries[k - 1]!;
  return runClass(entry) === run && adjacent(a, previous.a, entry.a) && adjacent(b, previous.b, entry.b);
}

function runClass(entry: AlignmentEntry): 'omission' | 'insertion' | 'move' | null {
  if (entry.moved) return 'move';
  if (entry.kind === 'omission' || entry.kind === 'insertion') return entry.kind;
  return null;
}

function push(edits: Edit[], kind: EditClass, spanA: Span | null, spanB: Span | null, valenceA: number, valenceB: number): void {
  const tone = kind === 'move' ? null : editTone(valenceA, valenceB);
  edits.push(tone === null ? { class: kind, a: spanA, b: spanB } : { class: kind, a: spanA, b: spanB, tone });
}

/** Summed valence of the tokens `ranges[r]…ranges[r+1]-1` of `side` (0 when the entry lacks that side). */
function rangeValence(ranges: Int32Array, r: number, side: Side): number {
  const from = ranges[r]!;
  return from === -1 ? 0 : valenceOf(side, from, ranges[r + 1]!);
}

/** Pushes the edit of one entry `k` of its own class. */
function pushEntry(edits: Edit[], entries: readonly AlignmentEntry[], k: number, ranges: Int32Array, sideA: Side, sideB: Side): void {
  const entry = entries[k]!;
  push(edits, entry.kind as EditClass, entry.a, entry.b, rangeValence(ranges, 4 * k, sideA), rangeValence(ranges, 4 * k + 2, sideB));
}

/**
 * Groups the entries of a comparison of `a` with `b` into edits. `ranges`: the entries' token
 * ranges (see alignment-entries.ts `entryRanges`) into `sideA` and `sideB`, the sides of `a` and
 * `b`, whose tokens' valences give the edits' tones.
 */
export function editsOf(
  entries: readonly AlignmentEntry[],
  a: string,
  b: string,
  ranges: Int32Array,
  sideA: Side,
  sideB: Side,
): Edit[] {
  const edits: Edit[] = [];
  let k = 0;
  while (k < entries.length) {
    const entry = entries[k]!;
    const run = runClass(entry);
    if (run === null) {
      if (entry.kind !== 'identical') pushEntry(edits, entries, k, ranges, sideA, sideB);
      k++;
      continue;
    }
    let end = k + 1;
    while (end < entries.length && continuesRun(entries, end, run, a, b)) end++;
    const spanA = cover(a, entries, k, end, true, ranges, sideA);
    const valenceA = coverValence;
    const spanB = cover(b, entries, k, end, false, ranges, sideB);
    const valenceB = coverValence;
    const only = run === 'omission' ? spanA : spanB;
    push(edits, run !== 'move' && only !== null && isPunctuationOnly(only) ? 'case-punctuation' : run, spanA, spanB, valenceA, valenceB);
    // a moved block may also change its words ("a way" → "a means"): each such entry is an edit of its own too
    if (run === 'move') {
      for (let m = k; m < end; m++) if (entries[m]!.kind !== 'identical') pushEntry(edits, entries, m, ranges, sideA, sideB);
    }
    k = end;
  }
  return edits;
}
