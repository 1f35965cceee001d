/**
 * Turns links into the public alignment: one entry per link, one per unlinked token, with
 * offsets into each caller's own text, in a fixed order that depends only on the spans, so a
 * mirrored comparison orders its entries by the same rule.
 *
 * Order: entries with an `a` side in `a`'s order; each insertion (only in `b`) just before the
 * first in-order pair whose `b` side comes after it, or at the end.
 *
 * A one-token span's text is its token's text (the tokenizer keeps `text.slice(start, end)`),
 * not a new slice.
 *
 * Why no sort: walking `a`'s tokens yields the entries with an `a` side already in order, and
 * `b`'s unlinked tokens come in order too; each insertion's place is found by one merge. The
 * mirrored alignment (the comparison of `b` with `a`) is built the same way from the other side
 * of the same state, instead of swapping and re-sorting the entries of this one.
 *
 * @module
 */

import type { AlignmentEntry, Span } from '../types.js';
import { LINK_KINDS, type AlignmentState, type Side } from './alignment-state.js';

function spanOf(side: Side, from: number, to: number): Span {
  const first = side.tokens[from]!;
  if (to === from + 1) return { start: first.start, end: first.end, text: first.text };
  const end = side.tokens[to - 1]!.end;
  return { start: first.start, end, text: side.text.slice(first.start, end) };
}

/** Similarities are reported to 4 decimals so that JSON output is stable. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function insertionEntry(there: Side, t: number): AlignmentEntry {
  return { a: null, b: spanOf(there, t, t + 1), kind: 'insertion', similarity: 0, moved: false };
}

/**
 * The alignment entries of a finished state, ordered; `mirrored`: seen from `b` (the entries of
 * the comparison of `b` with `a`: sides swapped, omissions ↔ insertions).
 */
export function entriesOf(state: AlignmentState, mirrored: boolean): AlignmentEntry[] {
  const here = mirrored ? state.b : state.a;
  const there = mirrored ? state.a : state.b;
  const linkOfHere = mirrored ? state.linkOfB : state.linkOfA;
  const linkOfThere = mirrored ? state.linkOfA : state.linkOfB;
  const { kind, score, moved } = state.links;
  const here0 = mirrored ? state.links.b0 : state.links.a0;
  const here1 = mirrored ? state.links.b1 : state.links.a1;
  const there0 = mirrored ? state.links.a0 : state.links.b0;
  const there1 = mirrored ? state.links.a1 : state.links.b1;
  const n = here.tokens.length;
  const m = there.tokens.length;

  // the in-order links ("anchors"), in `here`'s order: the first token of each one's `there` side
  // (tokens do not overlap and are never empty, so token order is the order of their starts)
  const anchorStart: number[] = [];
  for (let h = 0; h < n; h++) {
    const index = linkOfHere[h]!;
    if (index === -1) continue;
    if (here0[index] !== h || moved[index] === 1) continue;
    anchorStart.push(there0[index]!);
  }
  // each insertion goes before the first anchor whose `there` side starts after it; anchors are
  // taken in order and the insertions in order, so anchor k receives insertions from[k]…from[k+1]-1
  const anchors = anchorStart.length;
  const insertions: number[] = [];
  const from: number[] = [0];
  for (let t = 0; t < m; t++) {
    if (linkOfThere[t] !== -1) continue;
    while (from.length <= anchors && anchorStart[from.length - 1]! <= t) from.push(insertions.length);
    insertions.push(t);
  }
  while (from.length <= anchors) from.push(insertions.length);

  const entries: AlignmentEntry[] = [];
  let placed = 0;
  let anchor = 0;
  for (let h = 0; h < n; h++) {
    const index = linkOfHere[h]!;
    if (index === -1) {
      entries.push({ a: spanOf(here, h, h + 1), b: null, kind: 'omission', similarity: 0, moved: false });
      continue;
    }
    if (here0[index] !== h) continue;
    const isMoved = moved[index] === 1;
    if (!isMoved) {
      for (const to = from[++anchor]!; placed < to; placed++) entries.push(insertionEntry(there, insertions[placed]!));
    }
    const hereSpan = spanOf(here, h, here1[index]!);
    const thereSpan = spanOf(there, there0[index]!, there1[index]!);
    // link kinds are never omission or insertion, so the mirrored entry keeps its kind
    entries.push({ a: hereSpan, b: thereSpan, kind: LINK_KINDS[kind[index]!]!, similarity: roundScore(score[index]!), moved: isMoved });
  }
  for (; placed < insertions.length; placed++) entries.push(insertionEntry(there, insertions[placed]!));
  return entries;
}
