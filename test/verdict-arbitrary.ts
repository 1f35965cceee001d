/**
 * Any pair verdict of the shape verification builds (keys in their order), for property tests of the
 * packings that carry verdicts (`packed-replies.ts`, `verdict-book.ts`).
 */

import fc from 'fast-check';
import type { PairVerdict } from '../src/corpus/verify-pair.js';

const share = fc.double({ noNaN: true, min: 0, max: 1 });

/** A verdict with any similarity (including -0 and infinities), shares in [0, 1], and any fragment or null. */
export const anyVerdict: fc.Arbitrary<PairVerdict> = fc.record(
  {
    similarity: fc.double({ noNaN: true }),
    accepted: fc.boolean(),
    fragment: fc.constantFrom('a' as const, 'b' as const, null),
    coverage: fc.tuple(share, share),
    overlapWords: fc.nat(),
    sharesContent: fc.boolean(),
    linked: share,
    linkedEnough: fc.boolean(),
    wholeDivergence: fc.option(fc.double({ noNaN: true }), { nil: null }),
  },
  { noNullPrototype: true },
);
