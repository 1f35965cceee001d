/**
 * WordNet collocations: two adjacent words that WordNet lists as one lemma ("death penalty",
 * "shot gun", "take off") are compared as one word with the single words of the other side, so
 * "death penalty" ↔ "execution" (one synset) is one `synonym` entry instead of an insertion, an
 * omission and nothing in common. Runs after identical runs and compounds, before single content
 * words; only with WordNet on.
 *
 * @module
 */

import type { AlignmentKind } from '../types.js';
import { addLink, CONTENT_BIT, facing, kindCode, rangesFrom, type AlignmentState, type Side } from './alignment-state.js';
import { anchorIndex, STARTS_END, SYMBOLS_END } from './anchor-index.js';
import { collocationFeatures, type WordFeatures } from './token-features.js';
import { tokenSimilarity } from './token-similarity.js';

/** Smallest similarity of a collocation and a word for them to be linked (synonym, inflection). */
const MIN_COLLOCATION_MATCH = 0.85;

/** Links WordNet collocations of either side to a single word of the other. */
export function alignCollocations(state: AlignmentState): void {
  if (!state.useWordNet) return;
  linkCollocations(state, 'a');
  linkCollocations(state, 'b');
}

function linkCollocations(state: AlignmentState, pairSide: 'a' | 'b'): void {
  const { here: pairs, there: words, linkOfHere: linkOfPairs, linkOfThere: linkOfWords } = facing(state, pairSide);
  // the starts were found once per text (anchor-index.ts); a start found to be no WordNet lemma
  // is dropped from the side's list (most are not, and the list is the side's own: whether two
  // words form a lemma depends on the side alone)
  const starts = anchorIndex(pairs);
  const end = starts[STARTS_END]!;
  let kept = starts[SYMBOLS_END]!;
  for (let s = kept; s < end; s++) {
    const k = starts[s]!;
    if (linkOfPairs[k] !== -1 || linkOfPairs[k + 1] !== -1) {
      starts[kept++] = k;
      continue;
    }
    const collocation = collocationAt(pairs, k);
    if (collocation === undefined) continue;
    starts[kept++] = k;
    let best = -1;
    let bestScore = MIN_COLLOCATION_MATCH;
    let bestKind: AlignmentKind = 'synonym';
    for (let l = 0; l < words.size; l++) {
      if ((words.ids[l]! & CONTENT_BIT) === 0 || linkOfWords[l] !== -1) continue;
      const match = tokenSimilarity(collocation, words.features[l]!, false, false, true);
      if (match.score >= bestScore && (best === -1 || match.score > bestScore)) {
        best = l;
        bestScore = match.score;
        bestKind = match.kind;
      }
    }
    if (best === -1) continue;
    const [a0, a1, b0, b1] = rangesFrom(pairSide, k, k + 2, best, best + 1);
    addLink(state, a0, a1, b0, b1, kindCode(bestKind), bestScore);
  }
  if (kept !== end) {
    // the list shrinks in place (written only when it does); the content words after it stay
    starts[STARTS_END] = kept;
  }
}

/**
 * Features of tokens `k` and `k + 1` read as one word when WordNet knows it, else undefined; kept
 * on the side: a side meets many others, and the same features come back from the feature cache
 * anyway (the side cache is emptied with it). Most word pairs are no WordNet lemma: a byte per
 * token says so (1: none, 2: known, 0: not looked up yet) without reading the features again.
 */
function collocationAt(side: Side, k: number): WordFeatures | undefined {
  const known = (side.collocationKnown ??= new Array<number>(side.size).fill(0));
  if (known[k] === 1) return undefined;
  if (known[k] === 2) return side.collocations![k];
  const features = collocationFeatures(`${side.features[k]!.norm} ${side.features[k + 1]!.norm}`);
  if (features === undefined) {
    known[k] = 1;
    return undefined;
  }
  (side.collocations ??= new Array<WordFeatures>(side.size))[k] = features;
  known[k] = 2;
  return features;
}
