/**
 * The first phases of the aligner, after Sultan, Bethard & Sumner (2014):
 * 1. identical runs (n-grams) longest first, each chosen by its length, then by how well it
 *    agrees with the links already made (crossings, then distance from the nearest link's diagonal);
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
import { alignSymbols } from './align-symbols.js';
import { fitsOrder, linkPair, scoreAt, type AlignmentState } from './alignment-state.js';
import type { WordFeatures } from './token-features.js';

/** Token similarity from which a single content-word pair is linked before gaps are examined. */
export const STRONG_MATCH = 0.8;

/** Runs phases 1–3 on `state`. */
export function alignAnchors(state: AlignmentState): void {
  alignIdenticalRuns(state);
  alignCompounds(state);
  alignAcronyms(state);
  alignCollocations(state);
  alignContentWords(state);
  alignSymbols(state);
  alignByNeighbours(state);
}

function crossings(state: AlignmentState, i0: number, i1: number, j0: number, j1: number): number {
  let count = 0;
  for (const link of state.links) {
    if ((link.a1 <= i0 && link.b0 >= j1) || (link.a0 >= i1 && link.b1 <= j0)) count++;
  }
  return count;
}

/** Distance of the diagonal `i - j` from the diagonal of the link nearest to `i` in `a`. */
function diagonalDistance(state: AlignmentState, i: number, j: number): number {
  let best = Number.POSITIVE_INFINITY;
  let offset = 0;
  for (const link of state.links) {
    if (link.moved) continue;
    const distance = link.a0 > i ? link.a0 - i : i - link.a1;
    if (distance < best) {
      best = distance;
      offset = link.a0 - link.b0;
    }
  }
  return Math.abs(i - j - offset);
}

interface Run {
  i0: number;
  j0: number;
  length: number;
}

/** A run worth linking on its own: three tokens, or two with a content word. */
function qualifies(state: AlignmentState, run: Run): boolean {
  if (run.length >= 3) return true;
  if (run.length < 2) return false;
  for (let k = run.i0; k < run.i0 + run.length; k++) if (state.a.content[k]) return true;
  return false;
}

/** Every maximal diagonal run of equal keys (one pass; all tokens are free at this point). */
function maximalRuns(state: AlignmentState): Run[] {
  const { a, b } = state;
  const n = a.tokens.length;
  const m = b.tokens.length;
  const runs: Run[] = [];
  const idsA = a.ids;
  const idsB = b.ids;
  let run = new Int32Array(m + 1);
  let previous = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) {
    run.fill(0);
    const id = idsA[i]!;
    const nextId = i + 1 < n ? idsA[i + 1]! : -1;
    for (let j = 0; j < m; j++) {
      if (id !== idsB[j]) continue;
      const length = previous[j]! + 1;
      run[j + 1] = length;
      const continues = j + 1 < m && nextId === idsB[j + 1];
      if (!continues) runs.push({ i0: i - length + 1, j0: j - length + 1, length });
    }
    [run, previous] = [previous, run];
  }
  return runs;
}

/**
 * Links identical runs, longest first. Linking a run only ever cuts other runs, so the runs are
 * found once and, after each link, those it touched are replaced by their still-free pieces.
 */
function alignIdenticalRuns(state: AlignmentState): void {
  const { linkOfA, linkOfB } = state;
  let runs = maximalRuns(state).filter((run) => qualifies(state, run));
  while (runs.length > 0) {
    let longest = 0;
    for (const run of runs) if (run.length > longest) longest = run.length;
    let best: { i0: number; j0: number; length: number; crossings: number; distance: number } | undefined;
    for (const run of runs) {
      if (run.length !== longest) continue;
      const candidate = {
        ...run,
        crossings: crossings(state, run.i0, run.i0 + run.length, run.j0, run.j0 + run.length),
        distance: diagonalDistance(state, run.i0, run.j0),
      };
      if (best === undefined || better(candidate, best)) best = candidate;
    }
    addLinkRun(state, best!.i0, best!.j0, best!.length);
    const next: Run[] = [];
    for (const run of runs) {
      let start = -1;
      for (let k = 0; k <= run.length; k++) {
        const free = k < run.length && linkOfA[run.i0 + k] === -1 && linkOfB[run.j0 + k] === -1;
        if (free && start < 0) start = k;
        if (!free && start >= 0) {
          const piece = { i0: run.i0 + start, j0: run.j0 + start, length: k - start };
          if (qualifies(state, piece)) next.push(piece);
          start = -1;
        }
      }
    }
    runs = next;
  }
}

function better(
  x: { i0: number; j0: number; length: number; crossings: number; distance: number },
  y: { i0: number; j0: number; length: number; crossings: number; distance: number },
): boolean {
  if (x.length !== y.length) return x.length > y.length;
  if (x.crossings !== y.crossings) return x.crossings < y.crossings;
  if (x.distance !== y.distance) return x.distance < y.distance;
  if (x.i0 !== y.i0) return x.i0 < y.i0;
  return x.j0 < y.j0;
}

/** Identical runs are linked token by token, so every token keeps its own entry. */
function addLinkRun(state: AlignmentState, i0: number, j0: number, length: number): void {
  for (let k = 0; k < length; k++) linkPair(state, i0 + k, j0 + k);
}

/** Neighbour evidence for `(i, j)`: linked or similar neighbours on the same side, within two tokens. */
function context(state: AlignmentState, i: number, j: number): number {
  const n = state.a.tokens.length;
  const m = state.b.tokens.length;
  let evidence = 0;
  for (const di of [-2, -1, 1, 2]) {
    for (const dj of [-2, -1, 1, 2]) {
      if (Math.sign(di) !== Math.sign(dj)) continue;
      const k = i + di;
      const l = j + dj;
      if (k < 0 || l < 0 || k >= n || l >= m) continue;
      const linked = state.linkOfA[k]!;
      if (linked !== -1 && linked === state.linkOfB[l]) evidence += 1;
      else if (state.a.features[k]!.isWord && scoreAt(state, k * m + l) >= STRONG_MATCH) evidence += 0.5;
    }
  }
  return Math.min(1, evidence / 2);
}

function alignContentWords(state: AlignmentState): void {
  const { a, b } = state;
  const n = a.tokens.length;
  const m = b.tokens.length;
  const candidates: { i: number; j: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (!a.content[i] || state.linkOfA[i] !== -1) continue;
    for (let j = 0; j < m; j++) {
      if (b.content[j] && state.linkOfB[j] === -1 && scoreAt(state, i * m + j) >= STRONG_MATCH) candidates.push({ i, j });
    }
  }
  for (;;) {
    let best: { i: number; j: number; fits: boolean; total: number; skew: number } | undefined;
    for (const { i, j } of candidates) {
      if (state.linkOfA[i] !== -1 || state.linkOfB[j] !== -1) continue;
      const fits = fitsOrder(state, i, j);
      const total = scoreAt(state, i * m + j) + 0.2 * context(state, i, j);
      const skew = diagonalDistance(state, i, j);
      const candidate = { i, j, fits, total, skew };
      if (best === undefined || betterPair(candidate, best)) best = candidate;
    }
    if (best === undefined) return;
    linkPair(state, best.i, best.j);
  }
}

function betterPair(
  x: { i: number; j: number; fits: boolean; total: number; skew: number },
  y: { i: number; j: number; fits: boolean; total: number; skew: number },
): boolean {
  if (x.fits !== y.fits) return x.fits;
  if (x.total !== y.total) return x.total > y.total;
  if (x.skew !== y.skew) return x.skew < y.skew;
  if (x.i !== y.i) return x.i < y.i;
  return x.j < y.j;
}

/** The same token, or two spellings of one function word ("a" / "an", "not" / "n't"). */
function twins(x: WordFeatures, y: WordFeatures): boolean {
  return x.id === y.id || (x.isFunction && y.isFunction && areFunctionVariants(x.norm, y.norm));
}

function alignByNeighbours(state: AlignmentState): void {
  const { a, b, linkOfA, linkOfB } = state;
  const n = a.tokens.length;
  const m = b.tokens.length;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (linkOfA[i] !== -1) continue;
      for (let j = 0; j < m; j++) {
        if (linkOfB[j] !== -1 || !twins(a.features[i]!, b.features[j]!)) continue;
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

