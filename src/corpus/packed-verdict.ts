/**
 * A pair's verdict packed into seven numbers of a `Float64Array`: how a worker's verification reply
 * carries its verdicts (`packed-replies.ts`) and how an index keeps the verdicts it has reached
 * (`verdict-book.ts`). As objects (the verdict and its coverage array) a verdict took about 233 bytes of
 * structured clone, and about 300 bytes of heap in a map.
 *
 * @module
 */

import { hasKeys, VERDICT_KEYS } from './exact-keys.js';
import type { PairVerdict } from './verify-pair.js';

/** Numbers per packed verdict (see {@link packVerdict}). */
export const VERDICT_NUMBERS = 7;
/** Bits of a packed verdict's flags. */
const ACCEPTED = 1;
const SHARES_CONTENT = 2;
const LINKED_ENOUGH = 4;
const FRAGMENT_A = 8;
const FRAGMENT_B = 16;
const NO_WHOLE_DIVERGENCE = 32;

/**
 * Writes `verdict` at `at`: similarity, flags, the two coverages, overlap words, linked share, whole
 * divergence. False (nothing written) when the verdict is not of the shape verification builds.
 *
 * @example
 * const numbers = new Float64Array(VERDICT_NUMBERS);
 * packVerdict(verdict, numbers, 0) && verdictAt(numbers, 0); // equal to `verdict`, key order included
 */
export function packVerdict(verdict: PairVerdict, out: Float64Array, at: number): boolean {
  if (!hasKeys(verdict, VERDICT_KEYS) || verdict.coverage.length !== 2) return false;
  const { fragment, wholeDivergence } = verdict;
  out[at] = verdict.similarity;
  out[at + 1] =
    (verdict.accepted ? ACCEPTED : 0) |
    (verdict.sharesContent ? SHARES_CONTENT : 0) |
    (verdict.linkedEnough ? LINKED_ENOUGH : 0) |
    (fragment === 'a' ? FRAGMENT_A : fragment === 'b' ? FRAGMENT_B : 0) |
    (wholeDivergence === null ? NO_WHOLE_DIVERGENCE : 0);
  out[at + 2] = verdict.coverage[0];
  out[at + 3] = verdict.coverage[1];
  out[at + 4] = verdict.overlapWords;
  out[at + 5] = verdict.linked;
  out[at + 6] = wholeDivergence ?? 0;
  return true;
}

/**
 * The verdict {@link packVerdict} wrote at `at` (a new object).
 *
 * @example
 * verdictAt(Float64Array.of(0.9, 1 | 2 | 4 | 32, 1, 0.5, 6, 0.8, 0), 0);
 * //=> { similarity: 0.9, accepted: true, fragment: null, coverage: [1, 0.5], overlapWords: 6, sharesContent: true, linked: 0.8, linkedEnough: true, wholeDivergence: null }
 */
export function verdictAt(numbers: Float64Array, at: number): PairVerdict {
  const flags = numbers[at + 1]!;
  return {
    similarity: numbers[at]!,
    accepted: (flags & ACCEPTED) !== 0,
    fragment: flags & FRAGMENT_A ? 'a' : flags & FRAGMENT_B ? 'b' : null,
    coverage: [numbers[at + 2]!, numbers[at + 3]!],
    overlapWords: numbers[at + 4]!,
    sharesContent: (flags & SHARES_CONTENT) !== 0,
    linked: numbers[at + 5]!,
    linkedEnough: (flags & LINKED_ENOUGH) !== 0,
    wholeDivergence: flags & NO_WHOLE_DIVERGENCE ? null : numbers[at + 6]!,
  };
}
