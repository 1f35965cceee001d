/**
 * The first phases of the aligner, after Sultan, Bethard & Sumner (2014):
 * 1. identical runs (n-grams) longest first, each chosen by its length, then by how well it
 *    agrees with the links already made (crossings, then distance from the nearest link's diagonal;
 *    align-identical-runs.ts);
 * 1b. closed compounds and their open or hyphenated forms ("shotgun" ↔ "shot gun", align-compounds.ts),
 *     acronyms and their names ("UN" ↔ "United Nations", align-acronyms.ts),
 *     then WordNet collocations and a word ("death penalty" ↔ "execution", align-collocations.ts);
 * 2. single content words by similarity (strong matches only: identical, inflection, spelling,
 *    number, synonym), preferring pairs with contextual evidence from their neighbours;
 * 2b. symbols and the words they stand for, by linked neighbours ("%" ↔ "percent", align-symbols.ts);
 * 3. identical function words and punctuation, by their neighbours (a token joins its twin when
 *    the token before or after it is already linked to the twin's neighbour; the starts and ends of
 *    the texts count as linked).
 * Weaker relations (related words, substitutions, phrases) are left to the gap phase.
 *
 * @module
 */

import { areFunctionVariants } from '../lexicon/function-words.js';
import { alignAcronyms } from './align-acronyms.js';
import { alignCollocations } from './align-collocations.js';
import { alignCompounds } from './align-compounds.js';
import { alignIdenticalRuns, diagonalDistance } from './align-identical-runs.js';
import { alignSymbols } from './align-symbols.js';
import { CONTENT_BIT, linkPair, noFreePair, scoreAt, VARIANT_BIT, WORD_BIT, type AlignmentState, type Side } from './alignment-state.js';
import { anchorIndex, CONTENT_END, STARTS_BUILT } from './anchor-index.js';
import { fitsOrder } from './in-order-links.js';
import { touchPair } from './similarity-memo.js';
import { featureIdOf } from './token-keys.js';

/** The value read by the last touch of the memo (kept so the reads are not dropped as unused). */
let memoTouched = 0;

/** Token similarity from which a single content-word pair is linked before gaps are examined. */
export const STRONG_MATCH = 0.8;

/** Runs phases 1–3 on `state`. */
export function alignAnchors(state: AlignmentState): void {
  alignIdenticalRuns(state);
  // an unedited pair is linked whole by its one run (and a pair with words only added on one side
  // may be too): the other phases link free tokens of both sides only
  if (noFreePair(state)) return;
  alignCompounds(state);
  alignAcronyms(state);
  alignCollocations(state);
  alignContentWords(state);
  // synonyms and case changes are often the last free words: the rest has nothing to link then
  if (noFreePair(state)) return;
  alignSymbols(state);
  alignByNeighbours(state);
}

/** Neighbour offsets `(di, dj)` on the same side within two tokens, in the order they are examined. */
const NEIGHBOURS = [-2, -2, -2, -1, -1, -2, -1, -1, 1, 1, 1, 2, 2, 1, 2, 2] as const;

/** Neighbour evidence for `(i, j)`: linked or similar neighbours on the same side, within two tokens. */
function context(state: AlignmentState, i: number, j: number): number {
  const n = state.a.size;
  const m = state.b.size;
  let evidence = 0;
  for (let p = 0; p < NEIGHBOURS.length; p += 2) {
    const k = i + NEIGHBOURS[p]!;
    const l = j + NEIGHBOURS[p + 1]!;
    if (k < 0 || l < 0 || k >= n || l >= m) continue;
    const linked = state.linkOfA[k]!;
    if (linked !== -1 && linked === state.linkOfB[l]) evidence += 1;
    else if ((state.a.ids[k]! & WORD_BIT) !== 0 && scoreAt(state, k * m + l) >= STRONG_MATCH) evidence += 0.5;
  }
  return Math.min(1, evidence / 2);
}

/**
 * Single content words by similarity, strong matches only; each round links the best pair left:
 * one that fits the order of the links made, then by similarity plus neighbour evidence, then
 * nearest the diagonal of the nearest link, then by position.
 */
function alignContentWords(state: AlignmentState): void {
  const { a, b, linkOfA, linkOfB } = state;
  const n = a.size;
  const m = b.size;
  // no link is made while the candidates are collected: the free content words of `b` are fixed
  // read off the sides' lists of content words (anchor-index.ts), not a test of every token
  const freeB: number[] = [];
  const indexB = anchorIndex(b);
  for (let s = indexB[STARTS_BUILT]!, end = indexB[CONTENT_END]!; s < end; s++) if (linkOfB[indexB[s]!] === -1) freeB.push(indexB[s]!);
  if (freeB.length === 0) return;
  const freeA: number[] = [];
  const indexA = anchorIndex(a);
  for (let s = indexA[STARTS_BUILT]!, end = indexA[CONTENT_END]!; s < end; s++) if (linkOfA[indexA[s]!] === -1) freeA.push(indexA[s]!);
  if (freeA.length === 0) return;
  if (freeA.length * freeB.length > 1) {
    // the memo sets of all the pairs first (similarity-memo.ts): their misses overlap
    const idsA = a.ids;
    const idsB = b.ids;
    let touched = 0;
    for (const i of freeA) {
      const idA = featureIdOf(idsA[i]!);
      for (const j of freeB) touched |= touchPair(idA, featureIdOf(idsB[j]!));
    }
    memoTouched = touched;
  }
  const candidateI: number[] = [];
  const candidateJ: number[] = [];
  for (const i of freeA) {
    for (const j of freeB) {
      if (scoreAt(state, i * m + j) >= STRONG_MATCH) {
        candidateI.push(i);
        candidateJ.push(j);
      }
    }
  }
  for (;;) {
    // one free candidate left: it is chosen whatever its order, context and skew (not computed)
    let free = 0;
    let last = -1;
    for (let c = 0; c < candidateI.length && free < 2; c++) {
      if (linkOfA[candidateI[c]!] !== -1 || linkOfB[candidateJ[c]!] !== -1) continue;
      free++;
      last = c;
    }
    if (free === 0) return;
    if (free === 1) {
      linkPair(state, candidateI[last]!, candidateJ[last]!);
      return;
    }
    let bestI = -1;
    let bestJ = -1;
    let bestFits = false;
    let bestTotal = 0;
    let bestSkew = 0;
    for (let c = 0; c < candidateI.length; c++) {
      const i = candidateI[c]!;
      const j = candidateJ[c]!;
      if (linkOfA[i] !== -1 || linkOfB[j] !== -1) continue;
      const fits = fitsOrder(state, i, j);
      const total = scoreAt(state, i * m + j) + 0.2 * context(state, i, j);
      const skew = diagonalDistance(state, i, j);
      const better =
        bestI === -1 ||
        (fits !== bestFits
          ? fits
          : total !== bestTotal
            ? total > bestTotal
            : skew !== bestSkew
              ? skew < bestSkew
              : i !== bestI
                ? i < bestI
                : j < bestJ);
      if (!better) continue;
      bestI = i;
      bestJ = j;
      bestFits = fits;
      bestTotal = total;
      bestSkew = skew;
    }
    if (bestI === -1) return;
    linkPair(state, bestI, bestJ);
  }
}

/**
 * Tokens `i` of `a` and `j` of `b` are the same token, or two spellings of one function word ("a" /
 * "an", "not" / "n't"). Read off the sides' packed ids and flags (a function word: a word that is
 * not a content word), so only two function words' feature objects are read.
 */
function twins(a: Side, i: number, b: Side, j: number): boolean {
  const x = a.ids[i]!;
  const y = b.ids[j]!;
  if (x === y) return true;
  // both function words with other spellings (the bit is set for function words only)
  if ((x & VARIANT_BIT) === 0 || (y & VARIANT_BIT) === 0) return false;
  return areFunctionVariants(a.features[i]!.norm, b.features[j]!.norm);
}

/**
 * Phase 3. Each pass links, for every free token of `a` in order, the first free twin in `b` with a
 * linked neighbour; passes repeat until one links nothing. Twins never change and links are only
 * added, so the twin pairs among the free tokens are found once and each pass reads only those.
 */
function alignByNeighbours(state: AlignmentState): void {
  const { a, b, linkOfA, linkOfB } = state;
  const n = a.size;
  const m = b.size;
  const freeB: number[] = [];
  for (let j = 0; j < m; j++) if (linkOfB[j] === -1) freeB.push(j);
  if (freeB.length === 0) return;
  // twin pairs, grouped by token of `a`: twinsOf[first[t]…first[t+1]-1] are the twins of pairedA[t]
  const pairedA: number[] = [];
  const first: number[] = [];
  const twinsOf: number[] = [];
  for (let i = 0; i < n; i++) {
    if (linkOfA[i] !== -1) continue;
    const start = twinsOf.length;
    for (const j of freeB) if (twins(a, i, b, j)) twinsOf.push(j);
    if (twinsOf.length === start) continue;
    pairedA.push(i);
    first.push(start);
  }
  first.push(twinsOf.length);
  let changed = true;
  while (changed) {
    changed = false;
    for (let t = 0; t < pairedA.length; t++) {
      const i = pairedA[t]!;
      if (linkOfA[i] !== -1) continue;
      for (let p = first[t]!; p < first[t + 1]!; p++) {
        const j = twinsOf[p]!;
        if (linkOfB[j] !== -1) continue;
        // the starts and the ends of the two texts count as linked neighbours ("." ↔ "." at the end)
        const before = (i === 0 && j === 0) || (i > 0 && j > 0 && linkOfA[i - 1] !== -1 && linkOfA[i - 1] === linkOfB[j - 1]);
        const after = (i === n - 1 && j === m - 1) || (i + 1 < n && j + 1 < m && linkOfA[i + 1] !== -1 && linkOfA[i + 1] === linkOfB[j + 1]);
        if (!before && !after) continue;
        linkPair(state, i, j);
        changed = true;
        break;
      }
    }
  }
}
