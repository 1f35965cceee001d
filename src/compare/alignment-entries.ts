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
 * `b`'s unlinked tokens come in order too; each insertion's place is found by one merge, in the
 * same walk (one pass over each side's link index; the entry count comes from the links). The
 * mirrored alignment (the comparison of `b` with `a`) is built the same way from the other side
 * of the same state, instead of swapping and re-sorting the entries of this one.
 *
 * @module
 */

import type { AlignmentEntry, Span } from '../types.js';
import { IDENTICAL, LINK_KINDS, type AlignmentState, type Side } from './alignment-state.js';

function spanOf(side: Side, from: number, to: number): Span {
  const bounds = side.bounds;
  const start = bounds[2 * from]!;
  if (to === from + 1) return { start, end: bounds[2 * from + 1]!, text: side.texts[from]! };
  const end = bounds[2 * to - 1]!;
  return { start, end, text: side.text.slice(start, end) };
}

/**
 * Keeps the entries' `similarity` field tagged. Why: V8 stores a field that has only ever held
 * numbers, some of them fractional, as a separate box per object (one more allocation per entry,
 * even for the common 1 and 0); once a field of that shape has held something else, whole numbers
 * are stored in the object itself. Entries with the same keys in the same order share the shape,
 * so this one object made at import is enough (made by a call, which bundlers do not drop as
 * unused). Changes no value.
 */
function tagSimilarity(): unknown {
  return { a: null, b: null, kind: 'identical', similarity: null, moved: false };
}
tagSimilarity();

/** Similarities are reported to 4 decimals so that JSON output is stable. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function insertionEntry(there: Side, t: number, e: number): AlignmentEntry {
  setRanges(e, -1, -1, t, t + 1);
  return { a: null, b: spanOf(there, t, t + 1), kind: 'insertion', similarity: 0, moved: false };
}

/**
 * The token ranges of the entries last built by {@link entriesOf}: entry `e` covers tokens
 * `r[4e]…r[4e+1]-1` of its `a` side and `r[4e+2]…r[4e+3]-1` of its `b` side (-1 for a side it
 * lacks). Edits read them (valences by token, not by searching offsets). Valid until the next call.
 */
export function entryRanges(): Int32Array {
  return ranges;
}

function setRanges(e: number, a0: number, a1: number, b0: number, b1: number): void {
  const r = 4 * e;
  ranges[r] = a0;
  ranges[r + 1] = a1;
  ranges[r + 2] = b0;
  ranges[r + 3] = b1;
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
  const n = here.size;
  const m = there.size;
  const count = state.links.count;

  // one entry per link and per unlinked token (links share no token): the array is made at its
  // final length, since growing it entry by entry copied it several times
  let covered = 0;
  for (let L = 0; L < count; L++) covered += here1[L]! - here0[L]! + (there1[L]! - there0[L]!);
  const total = n + m + count - covered;
  const entries = new Array<AlignmentEntry>(total);
  ranges = room(ranges, 4 * total);
  let e = 0;
  // each insertion goes just before the first in-order link (in `here`'s order) whose `there` side
  // starts after it: at each in-order link, the unlinked `there` tokens before its start not yet
  // placed (tokens do not overlap and are never empty, so token order is the order of their starts)
  let t = 0;
  for (let h = 0; h < n; h++) {
    const index = linkOfHere[h]!;
    if (index === -1) {
      setRanges(e, h, h + 1, -1, -1);
      entries[e++] = { a: spanOf(here, h, h + 1), b: null, kind: 'omission', similarity: 0, moved: false };
      continue;
    }
    if (here0[index] !== h) continue;
    const isMoved = moved[index] === 1;
    const t0 = there0[index]!;
    if (!isMoved) {
      for (; t < t0; t++) {
        if (linkOfThere[t] !== -1) continue;
        entries[e] = insertionEntry(there, t, e);
        e++;
      }
    }
    const h1 = here1[index]!;
    const t1 = there1[index]!;
    const code = kind[index]!;
    // edits read the token ranges of every entry but unmoved identical ones
    if (isMoved || code !== IDENTICAL) setRanges(e, h, h1, t0, t1);
    const hereSpan = spanOf(here, h, h1);
    const thereSpan = spanOf(there, t0, t1);
    // link kinds are never omission or insertion, so the mirrored entry keeps its kind
    entries[e++] = { a: hereSpan, b: thereSpan, kind: LINK_KINDS[code]!, similarity: roundScore(score[index]!), moved: isMoved };
  }
  for (; t < m; t++) {
    if (linkOfThere[t] !== -1) continue;
    entries[e] = insertionEntry(there, t, e);
    e++;
  }
  return entries;
}

/** The token ranges of the entries last built (see {@link entryRanges}), reused (entriesOf calls nothing that could compare again). */
let ranges = new Int32Array(256);

function room(buffer: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  return buffer.length >= needed ? buffer : new Int32Array(Math.max(needed, 2 * buffer.length));
}
