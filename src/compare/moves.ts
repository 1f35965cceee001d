/**
 * Reordered blocks: the links that keep both sides in order form the longest (token-weighted)
 * increasing chain; every other link is out of order and marked `moved`.
 *
 * @module
 */

import type { AlignmentState } from './alignment-state.js';

/** Marks as moved every link outside the heaviest monotone chain (ties: the earlier chain). */
export function markMoves(state: AlignmentState): void {
  const { count, a0, a1, b0, b1, moved } = state.links;
  // the common case (no reordering): every link is on the chain (links are added unmoved)
  if (inOrder(state)) return;
  // the links by their first token in `a` (no two links share a token)
  if (order.length < count) {
    order = new Int32Array(2 * count);
    weight = new Int32Array(2 * count);
    from = new Int32Array(2 * count);
  }
  let chained = 0;
  for (let i = 0; i < state.a.size; i++) {
    const index = state.linkOfA[i]!;
    if (index !== -1 && a0[index] === i) order[chained++] = index;
  }
  // the heaviest chain ending at each link: its own tokens plus the heaviest chain before it that
  // ends in `b` before the link starts (ties: the earliest such chain). The chains found so far sit
  // in a Fenwick tree by their end in `b`, so each link asks one prefix maximum instead of reading
  // every link before it.
  const m = state.b.size;
  if (bestWeight.length <= m) {
    bestWeight = new Int32Array(2 * (m + 1));
    bestChain = new Int32Array(2 * (m + 1));
  }
  bestChain.fill(-1, 0, m + 1);
  for (let p = 0; p < chained; p++) {
    const link = order[p]!;
    const own = a1[link]! - a0[link]! + (b1[link]! - b0[link]!);
    let before = 0;
    let previous = -1;
    for (let x = b0[link]!; x > 0; x -= x & -x) {
      const q = bestChain[x]!;
      if (q === -1) continue;
      const w = bestWeight[x]!;
      if (w > before || (w === before && q < previous)) {
        before = w;
        previous = q;
      }
    }
    const best = own + before;
    weight[p] = best;
    from[p] = previous;
    // p is later than every chain in the tree: it replaces one only when strictly heavier
    for (let x = b1[link]!; x <= m; x += x & -x) {
      if (bestChain[x] === -1 || best > bestWeight[x]!) {
        bestWeight[x] = best;
        bestChain[x] = p;
      }
    }
  }
  let end = -1;
  for (let p = 0; p < chained; p++) if (end === -1 || weight[p]! > weight[end]!) end = p;
  moved.fill(1, 0, count);
  for (let p = end; p !== -1; p = from[p]!) moved[order[p]!] = 0;
}

/** True when the links, taken in `a`'s order, also follow each other in `b` (no crossing). */
function inOrder(state: AlignmentState): boolean {
  const { linkOfA, links } = state;
  let lastB = 0;
  let previous = -1;
  for (let i = 0; i < linkOfA.length; i++) {
    const index = linkOfA[i]!;
    if (index === -1 || index === previous) continue;
    previous = index;
    if (links.b0[index]! < lastB) return false;
    lastB = links.b1[index]!;
  }
  return true;
}

/** Scratch lists of {@link markMoves} by chain position (reused): the link, its heaviest chain's weight, the chain's link before it. */
let order = new Int32Array(64);
let weight = new Int32Array(64);
let from = new Int32Array(64);
/** The Fenwick tree of {@link markMoves} by end position in `b` (1…m): the heaviest chain's weight and index, -1 for none. Reused. */
let bestWeight = new Int32Array(128);
let bestChain = new Int32Array(128);
