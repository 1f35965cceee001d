/**
 * `compareQuotes`: aligns two renderings of a statement word by word and scores how far
 * they diverge. The pipeline: tokens → similarity matrix → anchors (identical runs, strong
 * content words, function words by neighbours) → moves → gaps (substitutions and phrases) →
 * overlap region → components → divergence, edits and tone.
 *
 * Symmetry by construction: the pair is always computed in one canonical orientation (the
 * text that sorts first is `a`); the other orientation is the mirror of that result.
 *
 * @module
 */

import type { CompareOptions, Quote, QuoteComparison } from '../types.js';
import { alignAnchors } from './align-anchors.js';
import { alignGaps } from './align-gaps.js';
import { entriesOf, mirrorEntries } from './alignment-entries.js';
import { makeState, releaseState, type AlignmentState } from './alignment-state.js';
import { quoteText, resolveOptions, type ResolvedOptions } from './compare-arguments.js';
import { combine, componentsOf, outsideShare, tokenWeights } from './divergence.js';
import { editsOf } from './edits.js';
import { METHOD_VERSION } from './method-version.js';
import { markMoves } from './moves.js';
import { findRegion, overlapOf } from './overlap.js';
import { spanValence, toneOf, toneShift, type SpanValence } from './tone.js';
import { trimFeatureCache } from './token-features.js';
import { clearSides, sideOf } from './side-cache.js';

/**
 * Compares two renderings of a statement: a word alignment with every token of both sides,
 * reader-level edits, the overlap when one covers only part of the other, and a divergence
 * in [0, 1] (0 = the same words after normalisation, 1 = unrelated) with its components.
 *
 * @param a - The first rendering: a string or a {@link Quote} (its `text` is compared).
 * @param b - The second rendering.
 * @param options - See {@link CompareOptions}.
 * @returns A plain, JSON-serialisable {@link QuoteComparison}; offsets index each side's own text.
 * @throws {@link QuoteDivergenceError} `INVALID_ARGUMENT` when an argument has the wrong type,
 *   `OPTION_OUT_OF_RANGE` when an option is outside its range.
 *
 * @example
 * const result = compareQuotes('We do not abandon our plans', 'We have not abandoned our plans');
 * result.edits.map((edit) => edit.class);
 * //=> ['function-word', 'inflection']
 * result.divergence > 0 && result.divergence < 0.3;
 * //=> true
 */
export function compareQuotes(a: string | Quote, b: string | Quote, options?: CompareOptions): QuoteComparison {
  const textA = quoteText(a, 'a');
  const textB = quoteText(b, 'b');
  const resolved = resolveOptions(options);
  if (textB < textA) return mirror(compareOriented(textB, textA, resolved, false));
  return compareOriented(textA, textB, resolved, true).result;
}

interface Oriented {
  result: QuoteComparison;
  valenceA: SpanValence;
  valenceB: SpanValence;
}

/** The comparison in this orientation; `withEdits: false` when it is about to be mirrored (the mirror builds its own). */
function compareOriented(textA: string, textB: string, options: ResolvedOptions, withEdits: boolean): Oriented {
  if (trimFeatureCache()) clearSides();
  const sideA = sideOf(textA);
  const sideB = sideOf(textB);
  const state = makeState(sideA, sideB, options.wordnet, options.embed);
  try {
    return judge(state, options, withEdits);
  } finally {
    releaseState(state);
  }
}

function judge(state: AlignmentState, options: ResolvedOptions, withEdits: boolean): Oriented {
  const sideA = state.a;
  const sideB = state.b;
  const textA = sideA.text;
  const textB = sideB.text;
  alignAnchors(state);
  markMoves(state);
  alignGaps(state);
  const alignment = entriesOf(state);
  const empty = sideA.tokens.length === 0 || sideB.tokens.length === 0;
  const region = findRegion(state, options.local);
  const components = empty
    ? emptyComponents(sideA.tokens.length, sideB.tokens.length)
    : componentsOf(state, region, tokenWeights(sideA, options.idf), tokenWeights(sideB, options.idf));
  const divergence = empty ? (sideA.tokens.length === sideB.tokens.length ? 0 : 1) : combine(components, outsideShare(state, region));
  const toneA = toneOf(sideA, region.a0, region.a1);
  const toneB = toneOf(sideB, region.b0, region.b1);
  const valenceA = spanValence(sideA);
  const valenceB = spanValence(sideB);
  const result: QuoteComparison = {
    divergence,
    components,
    a: textA,
    b: textB,
    alignment,
    edits: withEdits ? editsOf(alignment, textA, textB, valenceA, valenceB) : [],
    overlap: empty ? null : overlapOf(state, region),
    tone: { a: round(toneA), b: round(toneB), shift: toneShift(toneA, toneB) },
    methodVersion: METHOD_VERSION,
  };
  return { result, valenceA, valenceB };
}

function emptyComponents(n: number, m: number): QuoteComparison['components'] {
  const differ = n === m ? 0 : 1;
  return { lexical: differ, semantic: differ, omission: n > 0 ? 1 : 0, addition: m > 0 ? 1 : 0, order: 0, tone: 0 };
}

/** The comparison of `b` with `a`, from the comparison of `a` with `b`. */
function mirror({ result, valenceA, valenceB }: Oriented): QuoteComparison {
  const alignment = mirrorEntries(result.alignment);
  const { omission, addition, ...rest } = result.components;
  const shift = result.tone.shift;
  return {
    divergence: result.divergence,
    components: { lexical: rest.lexical, semantic: rest.semantic, omission: addition, addition: omission, order: rest.order, tone: rest.tone },
    a: result.b,
    b: result.a,
    alignment,
    edits: editsOf(alignment, result.b, result.a, valenceB, valenceA),
    overlap:
      result.overlap === null
        ? null
        : { a: result.overlap.b, b: result.overlap.a, partial: result.overlap.partial === 'both' ? 'both' : result.overlap.partial === 'a' ? 'b' : 'a' },
    tone: {
      a: result.tone.b,
      b: result.tone.a,
      shift: shift === null ? null : { direction: shift.direction === 'negative' ? 'positive' : 'negative', magnitude: shift.magnitude },
    },
    methodVersion: result.methodVersion,
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
