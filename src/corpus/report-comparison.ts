/**
 * The comparisons a corpus report holds (each variant's, each echo's), kept with their alignment packed
 * (`packed-alignment.ts`) and decoded when read.
 *
 * Where a comparison is computed (a worker thread or the calling thread), it is packed at once
 * ({@link packComparison}): the texts are left out (the caller asked for the pair and has them) and the
 * alignment becomes one string, so the copy from a worker is a few small objects instead of hundreds.
 * The report's comparison ({@link reportComparison}) is a plain object whose `alignment` is an own,
 * enumerable getter: `JSON.stringify`, `structuredClone`, spreading and deep equality see the entries,
 * exactly those `compareQuotes` returned. Each read decodes afresh — a new array of new entries every
 * time (5–12 µs for a 29-entry alignment on the shared 2-core machine, against 80–165 µs to stringify
 * that comparison), so a reader that walks one alignment several times should keep it in a variable. Assigning `alignment` replaces the getter with the assigned value.
 *
 * @module
 */

import { packAlignment, unpackAlignment } from './packed-alignment.js';
import type { AlignmentEntry, QuoteComparison } from '../types.js';

/** A comparison without its texts, its alignment packed (or the entries, when they could not be packed). */
export type PackedComparison = Omit<QuoteComparison, 'a' | 'b' | 'alignment'> & { alignment: string | AlignmentEntry[] };

/** Where a report comparison keeps its packed alignment (not enumerable: JSON, cloning and equality skip it). */
const PACKED = Symbol('packed alignment');

/** The one accessor pair every report comparison shares (one getter function, so one hidden class for all). */
const ALIGNMENT: PropertyDescriptor = {
  get(this: ReportComparison): AlignmentEntry[] {
    return unpackAlignment(this[PACKED], this.a, this.b);
  },
  set(this: ReportComparison, value: AlignmentEntry[]) {
    Object.defineProperty(this, 'alignment', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

type ReportComparison = QuoteComparison & { [PACKED]: string };

/**
 * `comparison` packed for the report (its texts are those the caller passed to `compareQuotes`).
 *
 * @example
 * const packed = packComparison(compareQuotes(a, b));
 * reportComparison(packed, a, b); // toEqual(compareQuotes(a, b))
 */
export function packComparison(comparison: QuoteComparison): PackedComparison {
  const { divergence, components, a, b, alignment, edits, overlap, tone, methodVersion } = comparison;
  return { divergence, components, alignment: packAlignment(alignment, a, b) ?? alignment, edits, overlap, tone, methodVersion };
}

/**
 * The report's comparison of `a` with `b`: the fields of `compareQuotes`' result in its order, the
 * alignment decoded on every read when it is packed.
 *
 * @example
 * reportComparison(packComparison(compareQuotes(a, b)), a, b).alignment; // the entries, a new array each read
 */
export function reportComparison(packed: PackedComparison, a: string, b: string): QuoteComparison {
  const { divergence, components, alignment, edits, overlap, tone, methodVersion } = packed;
  if (typeof alignment !== 'string') return { divergence, components, a, b, alignment, edits, overlap, tone, methodVersion };
  const comparison = { divergence, components, a, b } as ReportComparison;
  Object.defineProperty(comparison, 'alignment', ALIGNMENT);
  comparison.edits = edits;
  comparison.overlap = overlap;
  comparison.tone = tone;
  comparison.methodVersion = methodVersion;
  Object.defineProperty(comparison, PACKED, { value: alignment });
  return comparison;
}

/** The packed alignment of a report comparison, or `null` when it holds plain entries. */
export function packedAlignmentOf(comparison: QuoteComparison): string | null {
  const packed = (comparison as Partial<ReportComparison>)[PACKED];
  return typeof packed === 'string' && Object.getOwnPropertyDescriptor(comparison, 'alignment')?.get === ALIGNMENT.get ? packed : null;
}
