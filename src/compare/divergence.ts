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
import { IDENTICAL, type AlignmentState, type Side } from './alignment-state.js';
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
  const senses = withSynsets(features).synsets.length;
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
  const weights = new Float64Array(side.size);
  side.features.forEach((features, k) => {
    if (!features.isWord) weights[k] = TOKEN_WEIGHTS.punctuation;
    else if (features.isFunction) weights[k] = TOKEN_WEIGHTS.function;
    else weights[k] = idf === undefined ? specificity(features, parameters) : idfWeight(idf, features.norm);
  });
  return weights;
}

/** The weight {@link tokenWeights} gives a token with `features` without a corpus (side-splice.ts fills a spliced side's with it). */
export function plainWeight(features: WordFeatures): number {
  if (!features.isWord) return TOKEN_WEIGHTS.punctuation;
  if (features.isFunction) return TOKEN_WEIGHTS.function;
  return specificity(features);
}

/** Per link, for {@link sideTotals}: it contradicts (similarity below {@link CONTRADICTION}), it is not one identical token pair, it is moved. */
const CONTRADICTS = 1;
const CHANGED = 2;
const MOVED = 4;

/** Scratch of {@link componentsOf}: each link's bits, and both sides' six sums (reused: nothing in between compares again). */
let linkBits = new Uint8Array(256);
const sums = new Float64Array(12);
const TOTAL = 0;
const CHANGED_SUM = 1;
const SIMILARITY = 2;
const UNLINKED = 3;
const LINKED = 4;
const MOVED_SUM = 5;

/** Each link's {@link CONTRADICTS}, {@link CHANGED} and {@link MOVED} bits, found once for both sides. */
function markLinks(state: AlignmentState): Uint8Array {
  const { count, a0, a1, b0, b1, kind, score, moved } = state.links;
  if (linkBits.length < count) linkBits = new Uint8Array(2 * count);
  const idsA = state.a.ids;
  const idsB = state.b.ids;
  for (let L = 0; L < count; L++) {
    const single = a1[L]! - a0[L]! === 1 && b1[L]! - b0[L]! === 1;
    // an identical link joins tokens of equal ids (only equal ids give that kind), so most links
    // are settled without reading the sides' ids at scattered tokens
    const same = single && (kind[L] === IDENTICAL || idsA[a0[L]!] === idsB[b0[L]!]);
    linkBits[L] = (score[L]! < CONTRADICTION ? CONTRADICTS : 0) | (same ? 0 : CHANGED) | (moved[L] === 1 ? MOVED : 0);
  }
  return linkBits;
}

/** Sums the weights of a side's tokens `from…to-1` into {@link sums} from slot `at` (token order, as the figures always were). */
function sideTotals(linkOf: Int32Array, bits: Uint8Array, score: Float64Array, from: number, to: number, weights: Float64Array, at: number): void {
  // sums in locals (a double field or slot written on every += would be a store each time)
  let total = 0;
  let changed = 0;
  let similarity = 0;
  let unlinked = 0;
  let linked = 0;
  let movedWeight = 0;
  for (let k = from; k < to; k++) {
    const index = linkOf[k]!;
    if (index === -1) {
      const weight = weights[k]!;
      total += weight;
      unlinked += weight;
      changed += weight;
      continue;
    }
    const link = bits[index]!;
    const weight = weights[k]! * ((link & CONTRADICTS) !== 0 ? CONTRADICTION_WEIGHT : 1);
    total += weight;
    linked += weight;
    similarity += weight * score[index]!;
    if ((link & MOVED) !== 0) movedWeight += weight;
    if ((link & CHANGED) !== 0) changed += weight;
  }
  sums[at + TOTAL] = total;
  sums[at + CHANGED_SUM] = changed;
  sums[at + SIMILARITY] = similarity;
  sums[at + UNLINKED] = unlinked;
  sums[at + LINKED] = linked;
  sums[at + MOVED_SUM] = movedWeight;
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
  const bits = markLinks(state);
  const score = state.links.score;
  sideTotals(state.linkOfA, bits, score, region.a0, region.a1, weightsA, 0);
  sideTotals(state.linkOfB, bits, score, region.b0, region.b1, weightsB, 6);
  const total = sums[TOTAL]! + sums[6 + TOTAL]!;
  const linked = sums[LINKED]! + sums[6 + LINKED]!;
  return {
    lexical: share(sums[CHANGED_SUM]! + sums[6 + CHANGED_SUM]!, total),
    semantic: total > 0 ? clamp(1 - (sums[SIMILARITY]! + sums[6 + SIMILARITY]!) / total) : 0,
    omission: share(sums[UNLINKED]!, sums[TOTAL]!),
    addition: share(sums[6 + UNLINKED]!, sums[6 + TOTAL]!),
    order: share(sums[MOVED_SUM]! + sums[6 + MOVED_SUM]!, linked),
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
