/**
 * A comparison's alignment packed into one string, for the corpus report.
 *
 * Why: the alignment entries were half of a corpus report's heap. Each entry is an object with two
 * span objects, two strings and a boxed score — about 240 bytes — while what it says fits in five or
 * six 16-bit numbers: the kind and flags, the score (reported to 4 decimals, so an integer 0…10,000),
 * and the offsets of each side. The span texts are not stored: they are `a.slice(start, end)` and
 * `b.slice(start, end)` of the comparison's own texts, as `types.ts` defines them. A packed alignment
 * is about 11 bytes per entry, and a string is one flat object the collector never has to walk.
 *
 * Packing is exact or refused: {@link packAlignment} returns `null` (the caller keeps the entries as
 * they are) when an offset does not fit in 16 bits, a span's text is not the slice of its side, or a
 * score is not on the 4-decimal grid — so unpacking always gives back entries equal to the originals.
 *
 * Layout, per entry: one unit of flags (kind in bits 0–3, `moved` bit 4, `a` present bit 5, `b`
 * present bit 6, score 1 bit 7, score 0 bit 8); the score × 10,000 unless bit 7 or 8 says it; then
 * `a.start`, `a.end` when `a` is present, and `b.start`, `b.end` when `b` is.
 *
 * @module
 */

import type { AlignmentEntry, AlignmentKind, Span } from '../types.js';

/** Every alignment kind, in code order (the code is the index; at most 16). */
const KINDS: readonly AlignmentKind[] = [
  'identical',
  'case-punctuation',
  'inflection',
  'spelling',
  'number',
  'synonym',
  'related',
  'function-word',
  'substitution',
  'phrase-substitution',
  'insertion',
  'omission',
];
const KIND_CODE = new Map<string, number>(KINDS.map((kind, code) => [kind, code]));

const MOVED = 1 << 4;
const HAS_A = 1 << 5;
const HAS_B = 1 << 6;
const SCORE_ONE = 1 << 7;
const SCORE_ZERO = 1 << 8;
/** Largest offset a 16-bit unit holds. */
const MAX_OFFSET = 0xffff;

/** Units are gathered here and turned into a string in slices (`String.fromCharCode` takes arguments). */
let units = new Uint16Array(1024);
const SLICE = 4096;

/**
 * The packed form of `alignment` (entries between `a` and `b`), or `null` when it cannot be packed exactly.
 *
 * @example
 * const packed = packAlignment(compareQuotes('we saw it', 'we have seen it').alignment, 'we saw it', 'we have seen it');
 * unpackAlignment(packed!, 'we saw it', 'we have seen it'); // equal to the original entries
 */
export function packAlignment(alignment: readonly AlignmentEntry[], a: string, b: string): string | null {
  if (units.length < alignment.length * 7) units = new Uint16Array(alignment.length * 14);
  let n = 0;
  for (const entry of alignment) {
    const kind = KIND_CODE.get(entry.kind);
    if (kind === undefined || typeof entry.moved !== 'boolean') return null;
    const { similarity } = entry;
    const scaled = Math.round(similarity * 10_000);
    if (!(scaled >= 0 && scaled <= 10_000) || !Object.is(scaled / 10_000, similarity)) return null;
    let flags = kind | (entry.moved ? MOVED : 0) | (entry.a !== null ? HAS_A : 0) | (entry.b !== null ? HAS_B : 0);
    if (scaled === 10_000) flags |= SCORE_ONE;
    else if (scaled === 0) flags |= SCORE_ZERO;
    units[n++] = flags;
    if (scaled !== 10_000 && scaled !== 0) units[n++] = scaled;
    if (entry.a !== null) {
      if (!isSliceOf(entry.a, a)) return null;
      units[n++] = entry.a.start;
      units[n++] = entry.a.end;
    }
    if (entry.b !== null) {
      if (!isSliceOf(entry.b, b)) return null;
      units[n++] = entry.b.start;
      units[n++] = entry.b.end;
    }
  }
  let packed = '';
  for (let from = 0; from < n; from += SLICE) packed += String.fromCharCode.apply(null, units.subarray(from, Math.min(n, from + SLICE)) as unknown as number[]);
  return packed;
}

/** Whether `span` is `text.slice(span.start, span.end)` with offsets a unit can hold. */
function isSliceOf(span: Span, text: string): boolean {
  const { start, end } = span;
  return (
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= MAX_OFFSET && start <= end &&
    span.text.length === end - start && text.startsWith(span.text, start)
  );
}

/**
 * The entries of a packed alignment: new objects on every call, span texts sliced from `a` and `b`.
 *
 * @example
 * unpackAlignment(packAlignment(entries, a, b)!, a, b); // toEqual(entries)
 */
export function unpackAlignment(packed: string, a: string, b: string): AlignmentEntry[] {
  const entries: AlignmentEntry[] = [];
  let i = 0;
  while (i < packed.length) {
    const flags = packed.charCodeAt(i++);
    const similarity = flags & SCORE_ONE ? 1 : flags & SCORE_ZERO ? 0 : packed.charCodeAt(i++) / 10_000;
    let spanA: Span | null = null;
    let spanB: Span | null = null;
    if (flags & HAS_A) {
      const start = packed.charCodeAt(i++);
      const end = packed.charCodeAt(i++);
      spanA = { start, end, text: a.slice(start, end) };
    }
    if (flags & HAS_B) {
      const start = packed.charCodeAt(i++);
      const end = packed.charCodeAt(i++);
      spanB = { start, end, text: b.slice(start, end) };
    }
    entries.push({ a: spanA, b: spanB, kind: KINDS[flags & 15]!, similarity, moved: (flags & MOVED) !== 0 });
  }
  return entries;
}

/**
 * Calls `visit` with the offsets of each packed entry (−1 for a missing side), without building entries:
 * the witness table reads only offsets.
 *
 * @example
 * forEachPackedSpan(packed, (aStart, aEnd, bStart, bEnd) => { ... });
 */
export function forEachPackedSpan(packed: string, visit: (aStart: number, aEnd: number, bStart: number, bEnd: number) => void): void {
  let i = 0;
  while (i < packed.length) {
    const flags = packed.charCodeAt(i++);
    if (!(flags & (SCORE_ONE | SCORE_ZERO))) i++;
    let aStart = -1;
    let aEnd = -1;
    let bStart = -1;
    let bEnd = -1;
    if (flags & HAS_A) {
      aStart = packed.charCodeAt(i++);
      aEnd = packed.charCodeAt(i++);
    }
    if (flags & HAS_B) {
      bStart = packed.charCodeAt(i++);
      bEnd = packed.charCodeAt(i++);
    }
    visit(aStart, aEnd, bStart, bEnd);
  }
}
