/**
 * The leftover phase, after the gap phase (and the embed hook): small words and marks that the
 * earlier phases left unlinked although they stand in the same place on both sides.
 *
 * Function words are aligned by their neighbours (align-anchors.ts), and the gap phase pairs them
 * only inside a pair of chunks it has matched, so a lone auxiliary or determiner between two links
 * can stay an omission plus an insertion ("the boy was a minor" ↔ "the boy is a minor"). On
 * Edinburgh++ train (the tuning set) two kinds of leftover were gold links far more often than
 * not, and only these are linked here:
 * 1. between two consecutive in-order links (the gap phase's included), when exactly one token is
 *    free on each side and both are function words, the two fill the same slot ("was" ↔ "is",
 *    "one" ↔ "each", "will" ↔ "shall"): 7 of the 9 links made were gold;
 * 2. before the first and after the last in-order link, the free copies of the same punctuation
 *    mark, paired in order (the closing quote marks of two renderings that end differently,
 *    `… boat '' .` ↔ `… anything ! ''`): 44 of 58 were gold. Function words there are not paired:
 *    at a text's edge they belong as often to the unrelated rest of a longer quote.
 * Measured and left out (METHODS.md, "Alignment"): identical function words in a gap (the gap
 * phase already links them), a lone content word or a punctuation mark in such a slot, a function
 * word next to a link joined to that link, and all pairs of a gap's leftovers: each was a gold
 * link in well under half the cases, too few to pay for the wrong links.
 *
 * Links are made between free tokens only, in order and inside the stretch between the two links
 * that bound them, so the alignment's invariants hold (alignment-state.ts); the pair is aligned in
 * its canonical orientation (compare-quotes.ts), so the result stays symmetric.
 *
 * @module
 */

import { CONTENT_BIT, kindAt, linkPair, noFreePair, WORD_BIT, type AlignmentState } from './alignment-state.js';
import { longestCommonTokens } from './align-gaps.js';
import { nextInOrderLink } from './in-order-links.js';

/** Links the leftovers of `state` that stand in the same place on both sides (rules 1 and 2 above). */
export function alignLeftovers(state: AlignmentState): void {
  if (noFreePair(state)) return;
  const links = state.links;
  const n = state.a.size;
  const m = state.b.size;
  // consecutive in-order links; links made here lie inside the stretch just passed, so the walk
  // never meets them
  let before = -1;
  for (let index = nextInOrderLink(state, 0); index !== -1; index = nextInOrderLink(state, links.a1[index]!)) {
    if (before === -1) pairMarks(state, 0, links.a0[index]!, 0, links.b0[index]!);
    else if (links.b0[index]! > links.b1[before]! && links.a0[index]! > links.a1[before]!) fillSlot(state, links.a1[before]!, links.a0[index]!, links.b1[before]!, links.b0[index]!);
    before = index;
  }
  if (before !== -1) pairMarks(state, links.a1[before]!, n, links.b1[before]!, m);
}

/** Free punctuation marks of one side in `from…to-1`. */
function freeMarks(state: AlignmentState, side: 'a' | 'b', from: number, to: number): number[] {
  const linkOf = side === 'a' ? state.linkOfA : state.linkOfB;
  const ids = state[side].ids;
  const free: number[] = [];
  for (let k = from; k < to; k++) if (linkOf[k] === -1 && (ids[k]! & WORD_BIT) === 0) free.push(k);
  return free;
}

/** Rule 2: the free punctuation marks of `a0…a1-1` and `b0…b1-1` that are the same, paired in order. */
function pairMarks(state: AlignmentState, a0: number, a1: number, b0: number, b1: number): void {
  // most texts start and end with linked tokens: nothing is allocated for an empty edge
  if (a0 === a1 || b0 === b1) return;
  const xs = freeMarks(state, 'a', a0, a1);
  if (xs.length === 0) return;
  const ys = freeMarks(state, 'b', b0, b1);
  if (ys.length === 0) return;
  for (const [i, j] of longestCommonTokens(state, xs, ys)) linkPair(state, i, j);
}

/** Rule 1: the one free token on each side between two links, when both are function words. */
function fillSlot(state: AlignmentState, a0: number, a1: number, b0: number, b1: number): void {
  // most stretches between links are empty: nothing is allocated for them
  const i = loneFree(state.linkOfA, a0, a1);
  if (i === -1 || (state.a.ids[i]! & (WORD_BIT | CONTENT_BIT)) !== WORD_BIT) return;
  const j = loneFree(state.linkOfB, b0, b1);
  if (j === -1 || (state.b.ids[j]! & (WORD_BIT | CONTENT_BIT)) !== WORD_BIT) return;
  // two different function words: the matrix calls them `function-word` (or `inflection`, "a" / "an")
  if (kindAt(state, i * state.b.size + j) === 'substitution') return;
  linkPair(state, i, j);
}

/** The one free token in `from…to-1`, or -1 when there is none or more than one. */
function loneFree(linkOf: Int32Array, from: number, to: number): number {
  let found = -1;
  for (let k = from; k < to; k++) {
    if (linkOf[k] !== -1) continue;
    if (found !== -1) return -1;
    found = k;
  }
  return found;
}
