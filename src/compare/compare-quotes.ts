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

import type { CompareOptions, Overlap, Quote, QuoteComparison } from '../types.js';
import { alignAnchors } from './align-anchors.js';
import { alignGaps } from './align-gaps.js';
import { alignLeftovers } from './align-leftovers.js';
import { entriesOf, entryRanges } from './alignment-entries.js';
import { makeState, releaseState, SUBSTITUTION, type AlignmentState } from './alignment-state.js';
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
  return withState(quoteText(a, 'a'), quoteText(b, 'b'), options, judge);
}

/**
 * What the corpus stage's verification reads of a comparison (`verify-pair.ts`): the divergence, the
 * overlap and the texts as {@link compareQuotes} gives them, and instead of the alignment only its links
 * that join words (every entry with both sides but substitutions), as offsets: link `k` covers
 * `a.slice(links[4k], links[4k + 1])` and `b.slice(links[4k + 2], links[4k + 3])`.
 */
export interface LinkedComparison {
  divergence: number;
  a: string;
  b: string;
  overlap: Overlap | null;
  links: Int32Array;
}

/**
 * {@link compareQuotes}' verdict without its report: the same alignment and divergence, but no entries,
 * edits or tone are built. Why: verification compares millions of candidate pairs at corpus scale and
 * reads only the divergence, the overlap and what the links join, and the entries, each with two spans
 * and their texts, were the largest allocation of the calling thread's verification (about a tenth, in a
 * sampled heap profile at 20,000 news articles).
 *
 * @example
 * compareLinked('we saw it', 'we have seen it').divergence === compareQuotes('we saw it', 'we have seen it').divergence;
 * //=> true
 */
export function compareLinked(a: string, b: string, options?: CompareOptions): LinkedComparison {
  return withState(quoteText(a, 'a'), quoteText(b, 'b'), options, judgeLinks);
}

/**
 * The {@link LinkedComparison} of a comparison already made: what {@link compareLinked} gives for the
 * same texts and options (its links possibly in another order).
 *
 * @example
 * linkedOf(compareQuotes('we saw it', 'we saw that')).links;
 * //=> Int32Array [0, 2, 0, 2, 3, 6, 3, 6] ('we' and 'saw'; 'it' and 'that' are not linked)
 */
export function linkedOf(comparison: QuoteComparison): LinkedComparison {
  const joined = comparison.alignment.filter((entry) => entry.a !== null && entry.b !== null && entry.kind !== 'substitution');
  const links = new Int32Array(4 * joined.length);
  joined.forEach((entry, k) => links.set([entry.a!.start, entry.a!.end, entry.b!.start, entry.b!.end], 4 * k));
  return { divergence: comparison.divergence, a: comparison.a, b: comparison.b, overlap: comparison.overlap, links };
}

/**
 * Runs `read` on the alignment state of `textA` and `textB` in their canonical orientation (`mirrored`
 * when `textB` sorts first), with the sides looked up in or added to the side cache.
 */
function withState<T>(textA: string, textB: string, options: CompareOptions | undefined, read: (state: AlignmentState, options: ResolvedOptions, mirrored: boolean) => T): T {
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
    return read(state, resolved, mirrored);
  } finally {
    releaseState(state);
  }
}

/** Every alignment phase, in order. */
function align(state: AlignmentState): void {
  alignAnchors(state);
  markMoves(state);
  alignGaps(state);
  alignByEmbedding(state);
  alignLeftovers(state);
}

/** The scores of an aligned state, in its canonical orientation. */
function scored(state: AlignmentState, options: ResolvedOptions) {
  const sideA = state.a;
  const sideB = state.b;
  const empty = sideA.size === 0 || sideB.size === 0;
  const region = findRegion(state, options.local);
  const toneA = toneOf(sideA, region.a0, region.a1);
  const toneB = toneOf(sideB, region.b0, region.b1);
  const components = empty
    ? emptyComponents(sideA.size, sideB.size)
    : componentsOf(state, region, tokenWeights(sideA, options.idf), tokenWeights(sideB, options.idf), toneA, toneB);
  const divergence = empty ? (sideA.size === sideB.size ? 0 : 1) : combine(components, outsideShare(state, region));
  const overlap = empty ? null : overlapOf(state, region);
  return { components, divergence, overlap, toneA, toneB };
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
  align(state);
  const alignment = entriesOf(state, mirrored);
  const { components, divergence, overlap, toneA, toneB } = scored(state, options);
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
    overlap: mirroredOverlap(overlap),
    tone: {
      a: round(toneB),
      b: round(toneA),
      shift: shift === null ? null : { direction: shift.direction === 'negative' ? 'positive' : 'negative', magnitude: shift.magnitude },
    },
    methodVersion: METHOD_VERSION,
  };
}

/** {@link judge}'s verdict as a {@link LinkedComparison}. */
function judgeLinks(state: AlignmentState, options: ResolvedOptions, mirrored: boolean): LinkedComparison {
  align(state);
  const { divergence, overlap } = scored(state, options);
  const { count, kind, a0, a1, b0, b1 } = state.links;
  let joined = 0;
  for (let L = 0; L < count; L++) if (kind[L] !== SUBSTITUTION) joined++;
  const links = new Int32Array(4 * joined);
  const boundsA = state.a.bounds;
  const boundsB = state.b.bounds;
  // in the caller's orientation: mirrored, the state's `b` is the caller's `a`
  const [here, there] = mirrored ? [2, 0] : [0, 2];
  let k = 0;
  for (let L = 0; L < count; L++) {
    if (kind[L] === SUBSTITUTION) continue;
    links[k + here] = boundsA[2 * a0[L]!]!;
    links[k + here + 1] = boundsA[2 * a1[L]! - 1]!;
    links[k + there] = boundsB[2 * b0[L]!]!;
    links[k + there + 1] = boundsB[2 * b1[L]! - 1]!;
    k += 4;
  }
  const a = mirrored ? state.b.text : state.a.text;
  const b = mirrored ? state.a.text : state.b.text;
  return { divergence, a, b, overlap: mirrored ? mirroredOverlap(overlap) : overlap, links };
}

/** The overlap seen from the other side. */
function mirroredOverlap(overlap: Overlap | null): Overlap | null {
  return overlap === null ? null : { a: overlap.b, b: overlap.a, partial: overlap.partial === 'both' ? 'both' : overlap.partial === 'a' ? 'b' : 'a' };
}

function emptyComponents(n: number, m: number): QuoteComparison['components'] {
  const differ = n === m ? 0 : 1;
  return { lexical: differ, semantic: differ, omission: n > 0 ? 1 : 0, addition: m > 0 ? 1 : 0, order: 0, tone: 0 };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
