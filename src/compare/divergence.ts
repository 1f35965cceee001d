/**
 * The components of divergence and their combination.
 *
 * Each token carries a weight: content words up to 1 — less for general and frequent words
 * ({@link specificity}), or their corpus IDF scaled to [0.25, 1] when `options.idf` is given —,
 * function words 0.1, punctuation 0.01. Components are weighted shares
 * over the tokens inside the overlap region (see `overlap.ts`):
 * - lexical: tokens not linked to a token of the same normalised form;
 * - semantic: 1 − the weighted mean similarity of each token's link (0 when unlinked);
 * - omission / addition: unlinked tokens of `a` / of `b`;
 * - order: linked tokens whose link is out of order (moved);
 * - tone: half the absolute difference of the two sides' tones.
 * Divergence is {@link DIVERGENCE_WEIGHTS}' weighted sum of these plus a small term for the
 * share of words outside the overlap, clamped to [0, 1]. The weights were chosen on training
 * data only (see METHODS.md) and are fixed for a method version.
 *
 * @module
 */

import type { CompareOptions, DivergenceComponents } from '../types.js';
import type { AlignmentState, Side } from './alignment-state.js';
import { words, type Region } from './overlap.js';
import { toneOf } from './tone.js';
import { tagCountOf } from '../lexicon/wordnet.js';
import { withSynsets, type WordFeatures } from './token-features.js';

/** Weights of the divergence formula (method version 1.0.0). */
export const DIVERGENCE_WEIGHTS = {
  semantic: 0.84,
  lexical: 0.02,
  omissionAddition: 0,
  order: 0.02,
  tone: 0.1,
  outside: 0.02,
} as const;

/** Token weights by class. */
export const TOKEN_WEIGHTS = { content: 1, function: 0.1, punctuation: 0.01, idfFloor: 0.25 } as const;

/**
 * The content-word weight without a corpus (see {@link specificity}): a sense-count part
 * `max(senseFloor, 1 − perLogSense · ln senses)` and a frequency part
 * `clamp(frequencyBase − perLogCount · ln(1 + SemCor tag count), frequencyFloor, 1)`, combined by
 * their geometric mean. Chosen on STS and MSRP train (eval/tune-weights.ts, METHODS.md).
 */
export const SPECIFICITY = { senseFloor: 0.4, perLogSense: 0.15, frequencyBase: 1.3, perLogCount: 0.15, frequencyFloor: 0.25 } as const;

/** The parameters of {@link SPECIFICITY}, for tuning. */
export type SpecificityParameters = { readonly [K in keyof typeof SPECIFICITY]: number };

/**
 * A token linked with similarity below this fills the same slot with something else (a different
 * word, an opposite, another number): a contradiction, which weighs more than a plain omission.
 */
export const CONTRADICTION = 0.2;
/** Weight multiplier of contradicting tokens. */
export const CONTRADICTION_WEIGHT = 1.5;

type Idf = NonNullable<CompareOptions['idf']>;

function idfWeight(idf: Idf, norm: string): number {
  const frequency = idf.frequency instanceof Map ? idf.frequency.get(norm) : (idf.frequency as Record<string, number>)[norm];
  const df = typeof frequency === 'number' && frequency > 0 ? frequency : 0;
  const value = Math.log((idf.documents + 1) / (df + 1)) / Math.log(idf.documents + 1);
  return Math.max(TOKEN_WEIGHTS.idfFloor, Math.min(1, value));
}

/**
 * Without a corpus, a content word's weight falls with its number of WordNet senses and with its
 * frequency in WordNet's sense-tagged corpus: general, many-sense, frequent words ("man", "make",
 * "say") tell less about what a sentence means than specific, rare ones ("guitar", "incursion").
 * Words WordNet does not know (names) weigh 1. Cached on the word for the shipped parameters.
 */
export function specificity(features: WordFeatures, parameters: SpecificityParameters = SPECIFICITY): number {
  if (parameters === SPECIFICITY && features.specificity !== undefined) return features.specificity;
  const p = parameters;
  const senses = withSynsets(features).synsets.size;
  const bySenses = senses <= 1 ? 1 : Math.max(p.senseFloor, 1 - p.perLogSense * Math.log(senses));
  let count = -1;
  for (const key of features.lemmas) count = Math.max(count, tagCountOf(key.slice(key.indexOf(':') + 1)));
  const byFrequency = count < 0 ? 1 : Math.min(1, Math.max(p.frequencyFloor, p.frequencyBase - p.perLogCount * Math.log1p(count)));
  const weight = TOKEN_WEIGHTS.content * Math.sqrt(bySenses * byFrequency);
  if (parameters === SPECIFICITY) features.specificity = weight;
  return weight;
}

/** Weight of every token of a side (without a corpus, computed once per side and kept on it). */
export function tokenWeights(side: Side, idf: Idf | undefined): Float64Array {
  if (idf === undefined) return (side.plainWeights ??= computeWeights(side, undefined));
  return computeWeights(side, idf);
}

/** Token weights of a side; `parameters` other than the shipped ones are for tuning (eval/tune-weights.ts). */
export function computeWeights(side: Side, idf: Idf | undefined, parameters: SpecificityParameters = SPECIFICITY): Float64Array {
  const weights = new Float64Array(side.tokens.length);
  side.features.forEach((features, k) => {
    if (!features.isWord) weights[k] = TOKEN_WEIGHTS.punctuation;
    else if (features.isFunction) weights[k] = TOKEN_WEIGHTS.function;
    else weights[k] = idf === undefined ? specificity(features, parameters) : idfWeight(idf, features.norm);
  });
  return weights;
}

interface SideTotals {
  total: number;
  changed: number;
  similarity: number;
  unlinked: number;
  linked: number;
  moved: number;
}

function sideTotals(state: AlignmentState, side: 'a' | 'b', from: number, to: number, weights: Float64Array): SideTotals {
  const linkOf = side === 'a' ? state.linkOfA : state.linkOfB;
  const { a0, a1, b0, b1, score, moved } = state.links;
  const idsA = state.a.ids;
  const idsB = state.b.ids;
  // sums in locals, not in the result's fields (a double field is a box read and written on every +=)
  let total = 0;
  let changed = 0;
  let similarity = 0;
  let unlinked = 0;
  let linked = 0;
  let movedWeight = 0;
  for (let k = from; k < to; k++) {
    const index = linkOf[k]!;
    const contradicts = index !== -1 && score[index]! < CONTRADICTION;
    const weight = weights[k]! * (contradicts ? CONTRADICTION_WEIGHT : 1);
    total += weight;
    if (index === -1) {
      unlinked += weight;
      changed += weight;
      continue;
    }
    linked += weight;
    similarity += weight * score[index]!;
    if (moved[index] === 1) movedWeight += weight;
    const single = a1[index]! - a0[index]! === 1 && b1[index]! - b0[index]! === 1;
    const same = single && idsA[a0[index]!] === idsB[b0[index]!];
    if (!same) changed += weight;
  }
  return { total, changed, similarity, unlinked, linked, moved: movedWeight };
}

/**
 * The six components over `region`; `toneA` and `toneB`, the tones of the region's two sides, are
 * passed by a caller that has them already (compareQuotes reports them too).
 */
export function componentsOf(
  state: AlignmentState,
  region: Region,
  weightsA: Float64Array,
  weightsB: Float64Array,
  toneA: number = toneOf(state.a, region.a0, region.a1),
  toneB: number = toneOf(state.b, region.b0, region.b1),
): DivergenceComponents {
  const a = sideTotals(state, 'a', region.a0, region.a1, weightsA);
  const b = sideTotals(state, 'b', region.b0, region.b1, weightsB);
  const total = a.total + b.total;
  const linked = a.linked + b.linked;
  return {
    lexical: share(a.changed + b.changed, total),
    semantic: total > 0 ? clamp(1 - (a.similarity + b.similarity) / total) : 0,
    omission: share(a.unlinked, a.total),
    addition: share(b.unlinked, b.total),
    order: share(a.moved + b.moved, linked),
    tone: clamp(Math.abs(toneB - toneA) / 2),
  };
}

function share(value: number, of: number): number {
  return of > 0 ? clamp(value / of) : 0;
}

/** Share of all words that lie outside the overlap region. */
export function outsideShare(state: AlignmentState, region: Region): number {
  const allA = state.a.wordCount;
  const allB = state.b.wordCount;
  const outA = allA - words(state.a, region.a0, region.a1);
  const outB = allB - words(state.b, region.b0, region.b1);
  return allA + allB > 0 ? (outA + outB) / (allA + allB) : 0;
}

/** Combines the components into one divergence in [0, 1]. */
export function combine(components: DivergenceComponents, outside: number): number {
  const w = DIVERGENCE_WEIGHTS;
  const value =
    w.semantic * components.semantic +
    w.lexical * components.lexical +
    (w.omissionAddition * (components.omission + components.addition)) / 2 +
    w.order * components.order +
    w.tone * components.tone +
    w.outside * outside;
  return clamp(value);
}

function clamp(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
