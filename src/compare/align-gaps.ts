/**
 * The gap phase of the aligner: between consecutive in-order links ("anchors"), the tokens
 * left on both sides are aligned as MacCartney et al. (2008) align phrases.
 *
 * A gap bounded by anchors on both sides first links its identical tokens in order (LCS),
 * then works on the sub-gaps. Each (sub-)gap is cut into chunks at punctuation; chunks are
 * paired in order by similarity (ties: the chunks next to the anchor that bounds the gap).
 * Inside a pair of chunks:
 * - a known multi-word equivalent ("for now" ↔ "so far") is one `synonym` entry;
 * - tokens pair in order by similarity ≥ 0.5 (related words included);
 * - content words left over on both sides become one `substitution` when each chunk has exactly
 *   one content word, or else (chunks of at most {@link MAX_PHRASE_TOKENS} tokens with at least
 *   {@link MIN_PHRASE_CONTENT} content words each, and at least one related token pair as evidence
 *   that they render each other) one `phrase-substitution` entry covering both chunks
 *   ("a sacrificial lamb" ↔ "ritual victims": sacrificial ~ ritual). Two chunks with nothing in
 *   common stay omission and insertion: on gold alignments most such "phrases" were unrelated;
 * - weak pairs (different function words or numbers) fill one-token slots ("does" ↔ "has").
 * A gap at the start or end of a text (bounded on one side only) pairs only chunks that are
 * similar, so the unrelated rest of a longer quote stays omission or insertion; the exception is
 * one short chunk a side with one content word each, a word substitution in the edge slot.
 *
 * @module
 */

import { addLink, CONTENT_BIT, linkPair, noFreePair, NUMBER_BIT, PHRASE_SUBSTITUTION, scoreAt, SUBSTITUTION, SYNONYM, type AlignmentState } from './alignment-state.js';
import { LAYER_SCORES } from './token-similarity.js';
import { bestPairs, tokensAt } from './best-pairs.js';
import { fitsOrder, nextInOrderLink } from './in-order-links.js';
import { chunksOf, contentCount, firstUnpairedContent, loneFreeMark, phraseKey, sameSlot } from './gap-chunks.js';

/** Longest chunk, in tokens, that may become one phrase-substitution entry. */
export const MAX_PHRASE_TOKENS = 4;
/** Fewest content words on each side of a phrase substitution (fewer: word links and gaps). */
export const MIN_PHRASE_CONTENT = 2;
/** Smallest token similarity that counts as evidence that two chunks say the same thing. */
const CONTENT_EVIDENCE = 0.5;
/** Floor of a phrase substitution's similarity when it is bounded by aligned context. */
export const PHRASE_FLOOR = 0.2;

/** Aligns every gap between the in-order links of `state`. */
export function alignGaps(state: AlignmentState): void {
  if (noFreePair(state)) return;
  // a gap's links lie before the anchor that ends it, so the walk ahead only ever meets links
  // made before this phase
  const links = state.links;
  const n = state.a.size;
  let a0 = 0;
  let b0 = 0;
  let left = false;
  for (let index = nextInOrderLink(state, 0); index !== -1; index = nextInOrderLink(state, links.a1[index]!)) {
    // a gap empty on either side has nothing to link (most gaps, between identical tokens): no call
    if (a0 < links.a0[index]! && b0 < links.b0[index]!) alignGap(state, a0, links.a0[index]!, b0, links.b0[index]!, left, true, left);
    a0 = links.a1[index]!;
    b0 = links.b1[index]!;
    left = true;
  }
  if (!left) {
    // nothing anchors the texts: their identical tokens, in order, are the only evidence
    alignGap(state, 0, n, 0, state.b.size, false, false, true);
    return;
  }
  alignGap(state, a0, n, b0, state.b.size, left, false, false);
}

function freeTokens(linkOf: Int32Array, from: number, to: number): number[] {
  const free: number[] = [];
  for (let k = from; k < to; k++) if (linkOf[k] === -1) free.push(k);
  return free;
}

/** True when a token in `from…to-1` is free (most gaps between identical tokens are empty: no lists are built for them). */
function hasFree(linkOf: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (linkOf[k] === -1) return true;
  return false;
}

function alignGap(state: AlignmentState, a0: number, a1: number, b0: number, b1: number, left: boolean, right: boolean, common: boolean): void {
  if (!hasFree(state.linkOfA, a0, a1) || !hasFree(state.linkOfB, b0, b1)) return;
  const ga = freeTokens(state.linkOfA, a0, a1);
  const gb = freeTokens(state.linkOfB, b0, b1);
  if (ga.length === 0 || gb.length === 0) return;
  const pairs = common ? longestCommonTokens(state, ga, gb) : [];
  let pa = a0;
  let pb = b0;
  let bounded = left;
  for (const [i, j] of pairs) {
    linkPair(state, i, j);
    if (hasFree(state.linkOfA, pa, i) && hasFree(state.linkOfB, pb, j)) {
      alignChunks(state, freeTokens(state.linkOfA, pa, i), freeTokens(state.linkOfB, pb, j), bounded, true);
    }
    pa = i + 1;
    pb = j + 1;
    bounded = true;
  }
  alignChunks(state, freeTokens(state.linkOfA, pa, a1), freeTokens(state.linkOfB, pb, b1), bounded, right);
}

/** Two lists of tokens (of `a` and of `b`) to pair. */
interface TokenLists {
  state: AlignmentState;
  xs: number[];
  ys: number[];
}

function sameToken({ state, xs, ys }: TokenLists, x: number, y: number): number {
  return state.a.ids[xs[x]!] === state.b.ids[ys[y]!] ? 1 : 0;
}

/** The most identical tokens of `ga` (of `a`) and `gb` (of `b`) that pair in order, as token pairs; also used by align-leftovers.ts. */
export function longestCommonTokens(state: AlignmentState, ga: number[], gb: number[]): [number, number][] {
  return tokensAt(bestPairs(ga.length, gb.length, sameToken, { state, xs: ga, ys: gb }), ga, gb);
}

function evidence({ state, xs, ys }: TokenLists, x: number, y: number): number {
  const score = scoreAt(state, xs[x]! * state.b.size + ys[y]!);
  return score >= CONTENT_EVIDENCE ? score : 0;
}

function tokenPairs(state: AlignmentState, ca: number[], cb: number[]): { pairs: [number, number][]; sum: number } {
  const m = state.b.size;
  const pairs = tokensAt(bestPairs(ca.length, cb.length, evidence, { state, xs: ca, ys: cb }), ca, cb);
  let sum = 0;
  for (const [i, j] of pairs) sum += scoreAt(state, i * m + j);
  return { pairs, sum };
}

/** `groupA` and `groupB`: the chunks' phrase-equivalent groups (see {@link phraseKey}), found once per chunk. */
function chunkSimilarity(state: AlignmentState, ca: number[], cb: number[], groupA: number | undefined, groupB: number | undefined): number {
  if (groupA !== undefined && groupA === groupB) return LAYER_SCORES.synonym;
  // only content-level matches count: a shared "the" does not make two chunks similar
  const m = state.b.size;
  let sum = 0;
  for (const [i, j] of tokenPairs(state, ca, cb).pairs) {
    const score = scoreAt(state, i * m + j);
    if (score >= CONTENT_EVIDENCE) sum += score;
  }
  return sum / Math.max(ca.length, cb.length);
}

/** The chunks of a gap to pair. */
interface ChunkLists {
  state: AlignmentState;
  chunksA: number[][];
  chunksB: number[][];
  groupsA: (number | undefined)[];
  groupsB: (number | undefined)[];
  bounded: boolean;
  right: boolean;
}

function chunkValue({ state, chunksA, chunksB, groupsA, groupsB, bounded, right }: ChunkLists, p: number, q: number): number {
  const similarity = chunkSimilarity(state, chunksA[p]!, chunksB[q]!, groupsA[p], groupsB[q]);
  if (!bounded && similarity <= 0) return 0;
  // tie-break toward the chunks next to the anchor that bounds the gap
  const position = (p + q + 2) / (chunksA.length + chunksB.length);
  return similarity + 1e-3 + 1e-4 * (right ? position : -position);
}

function alignChunks(state: AlignmentState, ga: number[], gb: number[], left: boolean, right: boolean): void {
  if (ga.length === 0 || gb.length === 0) return;
  const chunksA = chunksOf(ga, state.a);
  const chunksB = chunksOf(gb, state.b);
  const bounded = left && right;
  // a chunk's phrase group spells its words out and looks them up: once per chunk, not per pair of chunks
  const groupsA = groupsOf(state, 'a', chunksA);
  const groupsB = groupsOf(state, 'b', chunksB);
  if (!bounded && (left || right) && edgeSlot(state, chunksA, chunksB)) {
    alignChunkPair(state, chunksA[0]!, chunksB[0]!, false, groupsA[0], groupsB[0]);
    return;
  }
  const pairs = bestPairs(chunksA.length, chunksB.length, chunkValue, { state, chunksA, chunksB, groupsA, groupsB, bounded, right });
  for (const [p, q] of pairs) alignChunkPair(state, chunksA[p]!, chunksB[q]!, bounded, groupsA[p], groupsB[q]);
  if (bounded) alignLonePunctuation(state, ga, gb);
}

/**
 * A gap at a text's edge that holds one short chunk on each side with one content word each,
 * next to an anchor: both texts start (or end) with a different word in the same slot ("to use
 * the Ukrainian people" ↔ "slaughter the Ukrainian people"), a word substitution, not an
 * omission plus an insertion. Longer edge chunks stay unpaired unless they share content.
 */
function edgeSlot(state: AlignmentState, chunksA: number[][], chunksB: number[][]): boolean {
  if (chunksA.length !== 1 || chunksB.length !== 1) return false;
  const ca = chunksA[0]!;
  const cb = chunksB[0]!;
  if (ca.length > MAX_PHRASE_TOKENS || cb.length > MAX_PHRASE_TOKENS) return false;
  return contentCount(state.a.ids, ca) === 1 && contentCount(state.b.ids, cb) === 1;
}

function groupsOf(state: AlignmentState, side: 'a' | 'b', chunks: number[][]): (number | undefined)[] {
  const groups = new Array<number | undefined>(chunks.length);
  for (let c = 0; c < chunks.length; c++) groups[c] = phraseKey(state, side, chunks[c]!);
  return groups;
}

function alignChunkPair(state: AlignmentState, ca: number[], cb: number[], bounded: boolean, groupA: number | undefined, groupB: number | undefined): void {
  const { a, b } = state;
  if (groupA !== undefined && groupA === groupB) {
    linkChunks(state, ca, cb, SYNONYM, LAYER_SCORES.synonym);
    return;
  }
  const { pairs, sum } = tokenPairs(state, ca, cb);
  // the first content word left unpaired on each side
  const i = firstUnpairedContent(a.ids, ca, pairs, 0);
  const j = firstUnpairedContent(b.ids, cb, pairs, 1);
  if (i !== -1 && j !== -1) {
    // one content word on each side, in the same slot: a word substitution ("to use" ↔ "slaughter")
    const single =
      (pairs.length > 0 || (ca.length <= MAX_PHRASE_TOKENS && cb.length <= MAX_PHRASE_TOKENS)) &&
      contentCount(a.ids, ca) === 1 &&
      contentCount(b.ids, cb) === 1 &&
      sameSlot(pairs, i, j);
    if (single) {
      for (const [x, y] of pairs) linkPair(state, x, y);
      linkSlot(state, i, j);
      fillSlots(state, ca, cb);
      return;
    }
    const phrase = bounded && sum > 0 && ca.length <= MAX_PHRASE_TOKENS && cb.length <= MAX_PHRASE_TOKENS;
    if (phrase && contentCount(a.ids, ca) >= MIN_PHRASE_CONTENT && contentCount(b.ids, cb) >= MIN_PHRASE_CONTENT) {
      const similarity = Math.min(1, (2 * sum) / (ca.length + cb.length));
      linkChunks(state, ca, cb, PHRASE_SUBSTITUTION, bounded ? Math.max(PHRASE_FLOOR, similarity) : similarity);
      return;
    }
  }
  for (const [x, y] of pairs) linkPair(state, x, y);
  if (bounded) fillSlots(state, ca, cb);
}

/** Links two tokens that fill the same slot, whatever their similarity. */
function linkSlot(state: AlignmentState, i: number, j: number): void {
  const cell = i * state.b.size + j;
  const score = scoreAt(state, cell);
  addLink(state, i, i + 1, j, j + 1, score > 0 ? state.kind[cell]! : SUBSTITUTION, score);
}

/**
 * Weak pairs (different function words, different numbers) are linked only when each is the one
 * free token of the same slot, between links or the edges of two bounded chunks ("does" ↔ "has"
 * in "the alliance does not" ↔ "the alliance has not").
 */
function fillSlots(state: AlignmentState, ca: number[], cb: number[]): void {
  const { a, b, linkOfA, linkOfB } = state;
  let x = 0;
  let y = 0;
  while (x <= ca.length && y <= cb.length) {
    let xEnd = x;
    while (xEnd < ca.length && linkOfA[ca[xEnd]!] === -1) xEnd++;
    let yEnd = y;
    while (yEnd < cb.length && linkOfB[cb[yEnd]!] === -1) yEnd++;
    if (xEnd - x === 1 && yEnd - y === 1) {
      const i = ca[x]!;
      const j = cb[y]!;
      // chunks hold words only: a function word is a word that is not a content word
      const sameClass = (a.ids[i]! & (CONTENT_BIT | NUMBER_BIT)) === (b.ids[j]! & (CONTENT_BIT | NUMBER_BIT));
      if (sameClass) linkSlot(state, i, j);
    }
    // step over the next linked token on each side (they are linked to each other in order)
    x = xEnd + 1;
    y = yEnd + 1;
  }
}

/** Links two chunks whole, as one entry. */
function linkChunks(state: AlignmentState, ca: number[], cb: number[], kind: number, score: number): void {
  addLink(state, ca[0]!, ca[ca.length - 1]! + 1, cb[0]!, cb[cb.length - 1]! + 1, kind, score);
}

/** A single leftover punctuation mark on each side of a bounded gap is one case-punctuation change. */
function alignLonePunctuation(state: AlignmentState, ga: number[], gb: number[]): void {
  const i = loneFreeMark(ga, state.linkOfA, state.a);
  const j = loneFreeMark(gb, state.linkOfB, state.b);
  if (i !== -1 && j !== -1 && fitsOrder(state, i, j)) linkPair(state, i, j);
}
