/**
 * Reader-level edits from an ordered alignment: every non-identical entry is an edit, except
 * that runs of omissions (or insertions) merge into one, runs of moved entries form one `move`,
 * and an omission or insertion of punctuation only is a `case-punctuation` edit.
 *
 * Edits are derived from the public entries alone, so the mirrored comparison's edits are
 * derived the same way from the mirrored entries.
 *
 * @module
 */

import type { AlignmentEntry, Edit, EditClass, Span } from '../types.js';
import { editTone, type SpanValence } from './tone.js';

function cover(text: string, spans: (Span | null)[]): Span | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (span === null) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return start === Number.POSITIVE_INFINITY ? null : { start, end, text: text.slice(start, end) };
}

function isPunctuationOnly(span: Span): boolean {
  for (const ch of span.text) if (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9')) return false;
  return true;
}

function runClass(entry: AlignmentEntry): 'omission' | 'insertion' | 'move' | null {
  if (entry.moved) return 'move';
  if (entry.kind === 'omission' || entry.kind === 'insertion') return entry.kind;
  return null;
}

/** Groups the entries of a comparison of `a` with `b` into edits. */
export function editsOf(entries: readonly AlignmentEntry[], a: string, b: string, valenceA: SpanValence, valenceB: SpanValence): Edit[] {
  const push = (edits: Edit[], kind: EditClass, spanA: Span | null, spanB: Span | null): void => {
    const tone = kind === 'move' ? null : editTone(spanA === null ? 0 : valenceA(spanA), spanB === null ? 0 : valenceB(spanB));
    edits.push(tone === null ? { class: kind, a: spanA, b: spanB } : { class: kind, a: spanA, b: spanB, tone });
  };
  const edits: Edit[] = [];
  let k = 0;
  while (k < entries.length) {
    const entry = entries[k]!;
    const run = runClass(entry);
    if (run === null) {
      k++;
      if (entry.kind !== 'identical') push(edits, entry.kind as EditClass, entry.a, entry.b);
      continue;
    }
    let end = k + 1;
    while (end < entries.length && runClass(entries[end]!) === run) end++;
    const group = entries.slice(k, end);
    const spanA = cover(a, group.map((e) => e.a));
    const spanB = cover(b, group.map((e) => e.b));
    const only = run === 'omission' ? spanA : spanB;
    push(edits, run !== 'move' && only !== null && isPunctuationOnly(only) ? 'case-punctuation' : run, spanA, spanB);
    k = end;
  }
  return edits;
}
