/**
 * Turns links into the public alignment: one entry per link, one per unlinked token, with
 * offsets into each caller's own text, in a fixed order that depends only on the spans, so a
 * mirrored comparison orders its entries by the same rule.
 *
 * Order: entries with an `a` side in `a`'s order; each insertion (only in `b`) just before the
 * first in-order pair whose `b` side comes after it, or at the end.
 *
 * @module
 */

import type { AlignmentEntry, Span } from '../types.js';
import type { AlignmentState, Side } from './alignment-state.js';

function spanOf(side: Side, from: number, to: number): Span {
  const start = side.tokens[from]!.start;
  const end = side.tokens[to - 1]!.end;
  return { start, end, text: side.text.slice(start, end) };
}

/** The alignment entries of a finished state, ordered. */
export function entriesOf(state: AlignmentState): AlignmentEntry[] {
  const entries: AlignmentEntry[] = [];
  for (const link of state.links) {
    entries.push({
      a: spanOf(state.a, link.a0, link.a1),
      b: spanOf(state.b, link.b0, link.b1),
      kind: link.kind,
      similarity: roundScore(link.score),
      moved: link.moved,
    });
  }
  state.linkOfA.forEach((link, i) => {
    if (link === -1) entries.push({ a: spanOf(state.a, i, i + 1), b: null, kind: 'omission', similarity: 0, moved: false });
  });
  state.linkOfB.forEach((link, j) => {
    if (link === -1) entries.push({ a: null, b: spanOf(state.b, j, j + 1), kind: 'insertion', similarity: 0, moved: false });
  });
  return orderEntries(entries);
}

/** Similarities are reported to 4 decimals so that JSON output is stable. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Sorts entries by the rule in the module comment. */
export function orderEntries(entries: readonly AlignmentEntry[]): AlignmentEntry[] {
  const withA = entries.filter((entry) => entry.a !== null).sort((x, y) => x.a!.start - y.a!.start);
  const insertions = entries.filter((entry) => entry.a === null).sort((x, y) => x.b!.start - y.b!.start);
  const anchors = withA.filter((entry) => entry.b !== null && !entry.moved);
  const before = new Map<AlignmentEntry, AlignmentEntry[]>();
  const trailing: AlignmentEntry[] = [];
  let next = 0;
  for (const insertion of insertions) {
    while (next < anchors.length && anchors[next]!.b!.start <= insertion.b!.start) next++;
    const anchor = anchors[next];
    if (anchor === undefined) trailing.push(insertion);
    else {
      const list = before.get(anchor);
      if (list === undefined) before.set(anchor, [insertion]);
      else list.push(insertion);
    }
  }
  const ordered: AlignmentEntry[] = [];
  for (const entry of withA) {
    const pending = before.get(entry);
    if (pending !== undefined) ordered.push(...pending);
    ordered.push(entry);
  }
  ordered.push(...trailing);
  return ordered;
}

/** The same alignment seen from the other side: `a` and `b` swapped, omissions ↔ insertions. */
export function mirrorEntries(entries: readonly AlignmentEntry[]): AlignmentEntry[] {
  return orderEntries(
    entries.map((entry) => ({
      a: entry.b,
      b: entry.a,
      kind: entry.kind === 'omission' ? 'insertion' : entry.kind === 'insertion' ? 'omission' : entry.kind,
      similarity: entry.similarity,
      moved: entry.moved,
    })),
  );
}
