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
import { editTone, type SpanValence } from './tone.js';

/** The span covering side `a` (or `b`) of entries `from…to-1`, or null when none has that side. */
function cover(text: string, entries: readonly AlignmentEntry[], from: number, to: number, sideA: boolean): Span | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (let k = from; k < to; k++) {
    const span = sideA ? entries[k]!.a : entries[k]!.b;
    if (span === null) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return start === Number.POSITIVE_INFINITY ? null : { start, end, text: text.slice(start, end) };
}

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

function push(edits: Edit[], kind: EditClass, spanA: Span | null, spanB: Span | null, valenceA: SpanValence, valenceB: SpanValence): void {
  const tone = kind === 'move' ? null : editTone(spanA === null ? 0 : valenceA(spanA), spanB === null ? 0 : valenceB(spanB));
  edits.push(tone === null ? { class: kind, a: spanA, b: spanB } : { class: kind, a: spanA, b: spanB, tone });
}

/** Groups the entries of a comparison of `a` with `b` into edits. */
export function editsOf(entries: readonly AlignmentEntry[], a: string, b: string, valenceA: SpanValence, valenceB: SpanValence): Edit[] {
  const edits: Edit[] = [];
  let k = 0;
  while (k < entries.length) {
    const entry = entries[k]!;
    const run = runClass(entry);
    if (run === null) {
      k++;
      if (entry.kind !== 'identical') push(edits, entry.kind as EditClass, entry.a, entry.b, valenceA, valenceB);
      continue;
    }
    let end = k + 1;
    while (end < entries.length && continuesRun(entries, end, run, a, b)) end++;
    const spanA = cover(a, entries, k, end, true);
    const spanB = cover(b, entries, k, end, false);
    const only = run === 'omission' ? spanA : spanB;
    push(edits, run !== 'move' && only !== null && isPunctuationOnly(only) ? 'case-punctuation' : run, spanA, spanB, valenceA, valenceB);
    // a moved block may also change its words ("a way" → "a means"): each such entry is an edit of its own too
    if (run === 'move') {
      for (let m = k; m < end; m++) {
        const moved = entries[m]!;
        if (moved.kind !== 'identical') push(edits, moved.kind as EditClass, moved.a, moved.b, valenceA, valenceB);
      }
    }
    k = end;
  }
  return edits;
}
