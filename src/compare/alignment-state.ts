/**
 * The working state of one alignment: both sides' tokens with cached features, the
 * token-similarity matrix, and the links found so far (each link joins a run of tokens
 * in `a` with a run in `b`).
 *
 * @module
 */

import type { AlignmentKind } from '../types.js';
import type { Token } from '../text/tokens.js';
import { wordFeatures, type WordFeatures } from './token-features.js';
import { LAYER_SCORES, tokenSimilarity, type TokenMatch } from './token-similarity.js';
import { featureIdOf, tokenKey, WORD_BIT } from './token-keys.js';
import { findPair, keepPair, memoKind, memoScore } from './similarity-memo.js';
import { releaseWorkspace, takeWorkspace } from './workspace.js';

/** One side of a comparison. */
export interface Side {
  text: string;
  /**
   * Each token's text (its normalised form and whether it is a word are its {@link Side.features}'
   * `norm` and `isWord`, its offsets are in {@link Side.bounds}). Why no token objects: a side is kept
   * in the side cache, up to 16,384 of them per thread, and its tokens were a quarter of its bytes
   * (0.75 of 4.85 KB in a heap snapshot at 100,000 articles), each a small object for the collector.
   */
  texts: string[];
  /** Number of tokens (read this, not `tokens.length`: the token array's header is one more cache miss). */
  size: number;
  /** Number of word tokens. */
  wordCount: number;
  /** Each token's start and end, interleaved (`bounds[2k]`, `bounds[2k + 1]`): one typed array, half the bytes of two plain ones. */
  bounds: Int32Array;
  features: WordFeatures[];
  /** 1 for a word written with an initial capital letter, else 0: bytes, so a side of up to 64 tokens keeps them in one cache line (as booleans they were pointers, four bytes each). */
  capitalised: Uint8Array;
  /**
   * Packed key of each token, for tight loops (a plain array, see {@link Side.texts}): its
   * interned feature id and flags saying what class of word it is (token-keys.ts); equal keys,
   * equal features.
   */
  ids: number[];
  /** Token weights without a corpus IDF (see divergence.ts), computed on first need. */
  plainWeights: Float64Array | undefined;
  /** Features of tokens `k` and `k + 1` read as one word, by `k` (see align-collocations.ts), filled on first need. */
  collocations: WordFeatures[] | undefined;
  /** Whether tokens `k` and `k + 1` read as one word are a WordNet lemma, by `k` (0: not looked up yet; align-collocations.ts). */
  collocationKnown: number[] | undefined;
  /**
   * Where the small anchor phases can act on this side (compound heads and forms, acronyms,
   * symbols, collocation starts), found once per text (anchor-index.ts): the phases then skip the
   * tokens that can never qualify instead of reading every token on every comparison.
   */
  anchors: number[] | undefined;
  /** Tone of the whole side (tone.ts). */
  tone: number | undefined;
  /** Each token's valence (tone.ts), built on first need: one small on-heap array instead of a feature object per token. */
  valences: Int8Array | Float64Array | undefined;
  /** Whether the text takes the tokenizer's plain text path (side-splice.ts), found on first need. */
  plain: boolean | undefined;
}

/**
 * The links of a state as a struct of arrays: link `L` joins tokens `a0[L]…a1[L]-1` of `a` with
 * `b0[L]…b1[L]-1` of `b` (ends exclusive), with kind code `kind[L]` (see {@link LINK_KINDS}),
 * similarity `score[L]` and `moved[L]` (1: out of order). Why not one object per link: a
 * comparison makes ≈ 40 links (one per identical token), and creating them was the single largest
 * cost of the identical-runs phase; the arrays are reused from comparison to comparison
 * (workspace.ts). Only slots `0…count-1` are meaningful.
 */
export interface Links {
  count: number;
  a0: Int32Array;
  a1: Int32Array;
  b0: Int32Array;
  b1: Int32Array;
  kind: Uint8Array;
  score: Float64Array;
  moved: Uint8Array;
}

/** Everything the aligner's phases read and write. */
export interface AlignmentState {
  a: Side;
  b: Side;
  /** Token similarity, row-major `i * b.size + j`; -1 until computed (read with {@link scoreAt}). */
  score: Float32Array;
  /** Kind codes of the same cells (see {@link kindAt}). */
  kind: Uint8Array;
  /** Index into `links` of the link covering each token, or -1. */
  linkOfA: Int32Array;
  linkOfB: Int32Array;
  links: Links;
  embed: ((a: string, b: string) => number) | undefined;
  useWordNet: boolean;
}

/** The state seen from one side: that side and its links (`here`), and the other side and its links (`there`). */
export interface Facing {
  here: Side;
  there: Side;
  linkOfHere: Int32Array;
  linkOfThere: Int32Array;
}

/** Views `state` from `side`, so a rule written for one side serves both. */
export function facing(state: AlignmentState, side: 'a' | 'b'): Facing {
  return side === 'a'
    ? { here: state.a, there: state.b, linkOfHere: state.linkOfA, linkOfThere: state.linkOfB }
    : { here: state.b, there: state.a, linkOfHere: state.linkOfB, linkOfThere: state.linkOfA };
}

/** Token ranges `[a0, a1, b0, b1]` of a pair found from `side`: `here` is that side's range, `there` the other's. */
export function rangesFrom(side: 'a' | 'b', here0: number, here1: number, there0: number, there1: number): [number, number, number, number] {
  return side === 'a' ? [here0, here1, there0, there1] : [there0, there1, here0, here1];
}

// the packed key's flags, re-exported for the readers that import them from here
export { CONTENT_BIT, NUMBER_BIT, PHRASE_BIT, VARIANT_BIT, WORD_BIT } from './token-keys.js';

/** Builds a side from its tokens. */
export function makeSide(text: string, tokens: Token[]): Side {
  // plain loops: `TypedArray.from` with a mapping function is several times slower, and a side
  // is built for every new text
  const n = tokens.length;
  const features = new Array<WordFeatures>(n);
  const capitalised = new Uint8Array(n);
  const texts = new Array<string>(n);
  const ids: number[] = [];
  const bounds = new Int32Array(2 * n);
  let wordCount = 0;
  for (let k = 0; k < n; k++) {
    const token = tokens[k]!;
    const f = wordFeatures(token.norm, token.isWord);
    features[k] = f;
    capitalised[k] = token.isWord && token.text.charAt(0) !== token.text.charAt(0).toLowerCase() ? 1 : 0;
    texts[k] = token.text;
    // the feature was made from the token's word and isWord: its key's flags are the token's
    ids.push(tokenKey(f));
    bounds[2 * k] = token.start;
    bounds[2 * k + 1] = token.end;
    if (token.isWord) wordCount++;
  }
  return {
    text,
    texts,
    size: n,
    wordCount,
    bounds,
    features,
    capitalised,
    ids,
    plainWeights: undefined,
    collocations: undefined,
    collocationKnown: undefined,
    anchors: undefined,
    tone: undefined,
    valences: undefined,
    plain: undefined,
  };
}

/**
 * Kinds of the similarity matrix cells and of links, stored as indices into this list (a cell's
 * code is its link's code when the pair is linked as it is).
 */
export const LINK_KINDS: readonly AlignmentKind[] = [
  'substitution',
  'identical',
  'case-punctuation',
  'inflection',
  'spelling',
  'number',
  'synonym',
  'related',
  'function-word',
  'phrase-substitution',
];
const KIND_CODE = new Map(LINK_KINDS.map((kind, code) => [kind, code]));
/** The code of a link kind in {@link LINK_KINDS}. */
export function kindCode(kind: AlignmentKind): number {
  return KIND_CODE.get(kind) ?? 0;
}
export const SUBSTITUTION = 0;
export const IDENTICAL = 1;
const PUNCTUATION_CODE = 2;
export const SPELLING = 4;
export const SYNONYM = 6;
export const RELATED = 7;
export const PHRASE_SUBSTITUTION = 9;

/** The kind of matrix cell `cell` (computed on first need). */
export function kindAt(state: AlignmentState, cell: number): AlignmentKind {
  if (state.score[cell]! < 0) computeCell(state, cell);
  return LINK_KINDS[state.kind[cell]!]!;
}

/** The similarity of matrix cell `cell` (computed on first need). */
export function scoreAt(state: AlignmentState, cell: number): number {
  const value = state.score[cell]!;
  return value >= 0 ? value : computeCell(state, cell);
}

/** Largest matrix kept for reuse (256 × 256 tokens; 320 KB). */
const MAX_WORKSPACE_CELLS = 65_536;

/** Gives the reused arrays back once `state` is no longer read. */
export function releaseState(state: AlignmentState): void {
  releaseWorkspace(state.score);
}

/**
 * Makes an alignment state with an empty link set. The similarity matrix is filled lazily:
 * most cells of two near-identical quotes are never looked at once identical runs are linked.
 * Its arrays are reused from comparison to comparison (workspace.ts).
 */
export function makeState(a: Side, b: Side, useWordNet: boolean, embed: ((a: string, b: string) => number) | undefined): AlignmentState {
  const { score, kind, linkOfA, linkOfB, links } = takeWorkspace(a.size, b.size, MAX_WORKSPACE_CELLS);
  score.fill(-1);
  linkOfA.fill(-1);
  linkOfB.fill(-1);
  // a kind is written together with its score, so stale kinds of a reused array are never read;
  // a link's slots are all written when it is added
  return { a, b, score, kind, linkOfA, linkOfB, links, embed, useWordNet };
}

function computeCell(state: AlignmentState, cell: number): number {
  const { a, b, score, kind } = state;
  const m = b.size;
  const i = Math.floor(cell / m);
  const j = cell - i * m;
  // cheap cells first: identical, punctuation, a word against a mark (0); they read the sides'
  // packed ids and word flags, not the feature objects (over many texts, rarely in cache)
  if (a.ids[i] === b.ids[j]) {
    score[cell] = 1;
    kind[cell] = 1;
    return 1;
  }
  const wordA = a.ids[i]! & WORD_BIT;
  const wordB = b.ids[j]! & WORD_BIT;
  if (wordA === 0 || wordB === 0) {
    const value = wordA === 0 && wordB === 0 ? LAYER_SCORES.punctuation : 0;
    score[cell] = value;
    kind[cell] = value > 0 ? PUNCTUATION_CODE : 0;
    return score[cell]!;
  }
  // a pair met before is found by its features' ids, without reading the feature objects
  const idA = featureIdOf(a.ids[i]!);
  const idB = featureIdOf(b.ids[j]!);
  const names = a.capitalised[i] === 1 && b.capitalised[j] === 1;
  const slot = findPair(idA, idB, names, state.useWordNet);
  if (slot !== -1) {
    score[cell] = memoScore(slot);
    kind[cell] = memoKind(slot);
    return score[cell]!;
  }
  // the embed hook is not asked here but after the gap phase (embed-similarity.ts)
  const match: TokenMatch = tokenSimilarity(a.features[i]!, b.features[j]!, a.capitalised[i] === 1, b.capitalised[j] === 1, state.useWordNet);
  score[cell] = match.score;
  kind[cell] = kindCode(match.kind);
  keepPair(idA, idB, names, state.useWordNet, score[cell]!, kind[cell]!);
  // read back from the matrix: every read of a cell, the first included, sees the same
  // single-precision value, so no result depends on which phase happened to compute it first
  return score[cell]!;
}

/**
 * Whether no free pair of tokens is left, read off the link count alone: every link holds at least
 * one token of each side and no two links share one, so `n` links over the `n` tokens of `a` (or
 * the `m` of `b`) leave none of that side free. (Links of several tokens can fill a side with fewer
 * links; such a state is not recognised here, which costs time only.) A phase that links free
 * tokens of both sides only has nothing to do then: an unedited pair, or one with words only added
 * on one side, skips the walks over its links.
 */
export function noFreePair(state: AlignmentState): boolean {
  const count = state.links.count;
  return count === state.a.size || count === state.b.size;
}

/**
 * Adds a link (kind code `kind`, see {@link LINK_KINDS}) and marks its tokens. Every phase links
 * free tokens only, so no two links share a token and each link is found from its first token
 * (alignment-entries.ts and the gap phase rely on it).
 */
export function addLink(state: AlignmentState, a0: number, a1: number, b0: number, b1: number, kind: number, score: number): void {
  const links = state.links;
  const index = links.count++;
  links.a0[index] = a0;
  links.a1[index] = a1;
  links.b0[index] = b0;
  links.b1[index] = b1;
  links.kind[index] = kind;
  links.score[index] = score;
  links.moved[index] = 0;
  for (let i = a0; i < a1; i++) state.linkOfA[i] = index;
  for (let j = b0; j < b1; j++) state.linkOfB[j] = index;
}

/**
 * Links a single token pair with its matrix kind and score. The score is read back from the
 * matrix after the cell is computed (so it is the stored single-precision value, as it always was).
 */
export function linkPair(state: AlignmentState, i: number, j: number): void {
  const cell = i * state.b.size + j;
  if (state.score[cell]! < 0) computeCell(state, cell);
  addLink(state, i, i + 1, j, j + 1, state.kind[cell]!, state.score[cell]!);
}
