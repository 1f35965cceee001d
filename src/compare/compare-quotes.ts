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
import { alignLeftovers } from './align-leftovers.js';
import { entriesOf, entryRanges } from './alignment-entries.js';
import { makeState, releaseState, type AlignmentState } from './alignment-state.js';
import { quoteText, resolveOptions, type ResolvedOptions } from './compare-arguments.js';
import { combine, componentsOf, outsideShare, tokenWeights } from './divergence.js';
import { editsOf } from './edits.js';
import { alignByEmbedding } from './embed-similarity.js';
import { METHOD_VERSION } from './method-version.js';
import { markMoves } from './moves.js';
import { findRegion, overlapOf } from './overlap.js';
import { toneOf, toneShift } from './tone.js';
import { trimFeatureCache } from './token-features.js';
import { cachedSide, clearSides, sideNear, sideOf, warmSide } from './side-cache.js';

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
  if (trimFeatureCache()) clearSides();
  // Sides met before are looked up and warmed (see warmSide) before the texts are ordered, each
  // right after its look-up. Why: over many texts these are the comparison's first touches, a
  // chain of misses (the text, the cache's table, the side, its arrays); asked in this order, the
  // processor fetches one side's arrays while it looks up the other, and the ordering then reads
  // texts already in cache.
  const cachedA = cachedSide(textA);
  if (cachedA !== undefined) warmSide(cachedA);
  const cachedB = cachedSide(textB);
  if (cachedB !== undefined) warmSide(cachedB);
  const mirrored = textB < textA;
  // a text not met before is tokenised here, the one that sorts first first (as it always was:
  // feature ids are given out in that order); when the other text's side is at hand, from that
  // side (sideNear: near-identical renderings share all but a word or two)
  const textFirst = mirrored ? textB : textA;
  const textSecond = mirrored ? textA : textB;
  const cachedFirst = mirrored ? cachedB : cachedA;
  const cachedSecond = mirrored ? cachedA : cachedB;
  const first = cachedFirst ?? (cachedSecond === undefined ? sideOf(textFirst) : sideNear(textFirst, cachedSecond));
  const second = cachedSecond ?? sideNear(textSecond, first);
  const state = makeState(first, second, resolved.wordnet, resolved.embed);
  try {
    return judge(state, resolved, mirrored);
  } finally {
    releaseState(state);
  }
}

/**
 * The comparison of the state's `a` with its `b` (its canonical orientation), or with `mirrored`
 * the comparison of `b` with `a` read off the same alignment.
 */
function judge(state: AlignmentState, options: ResolvedOptions, mirrored: boolean): QuoteComparison {
  const sideA = state.a;
  const sideB = state.b;
  const textA = sideA.text;
  const textB = sideB.text;
  alignAnchors(state);
  markMoves(state);
  alignGaps(state);
  alignByEmbedding(state);
  alignLeftovers(state);
  const alignment = entriesOf(state, mirrored);
  const empty = sideA.size === 0 || sideB.size === 0;
  const region = findRegion(state, options.local);
  const toneA = toneOf(sideA, region.a0, region.a1);
  const toneB = toneOf(sideB, region.b0, region.b1);
  const components = empty
    ? emptyComponents(sideA.size, sideB.size)
    : componentsOf(state, region, tokenWeights(sideA, options.idf), tokenWeights(sideB, options.idf), toneA, toneB);
  const divergence = empty ? (sideA.size === sideB.size ? 0 : 1) : combine(components, outsideShare(state, region));
  const overlap = empty ? null : overlapOf(state, region);
  if (!mirrored) {
    return {
      divergence,
      components,
      a: textA,
      b: textB,
      alignment,
      edits: editsOf(alignment, textA, textB, entryRanges(), sideA, sideB),
      overlap,
      tone: { a: round(toneA), b: round(toneB), shift: toneShift(toneA, toneB) },
      methodVersion: METHOD_VERSION,
    };
  }
  // the comparison of `b` with `a`: the same judgement with the sides swapped
  const shift = toneShift(toneA, toneB);
  return {
    divergence,
    components: {
      lexical: components.lexical,
      semantic: components.semantic,
      omission: components.addition,
      addition: components.omission,
      order: components.order,
      tone: components.tone,
    },
    a: textB,
    b: textA,
    alignment,
    edits: editsOf(alignment, textB, textA, entryRanges(), sideB, sideA),
    overlap: overlap === null ? null : { a: overlap.b, b: overlap.a, partial: overlap.partial === 'both' ? 'both' : overlap.partial === 'a' ? 'b' : 'a' },
    tone: {
      a: round(toneB),
      b: round(toneA),
      shift: shift === null ? null : { direction: shift.direction === 'negative' ? 'positive' : 'negative', magnitude: shift.magnitude },
    },
    methodVersion: METHOD_VERSION,
  };
}

function emptyComponents(n: number, m: number): QuoteComparison['components'] {
  const differ = n === m ? 0 : 1;
  return { lexical: differ, semantic: differ, omission: n > 0 ? 1 : 0, addition: m > 0 ? 1 : 0, order: 0, tone: 0 };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
