/**
 * Reordered blocks: the links that keep both sides in order form the longest (token-weighted)
 * increasing chain; every other link is out of order and marked `moved`.
 *
 * @module
 */

import type { AlignmentState } from './alignment-state.js';

/** Marks as moved every link outside the heaviest monotone chain (ties: the earlier chain). */
export function markMoves(state: AlignmentState): void {
  if (inOrder(state)) {
    // the common case (no reordering): every link is on the chain
    for (const link of state.links) link.moved = false;
    return;
  }
  // the links by their first token in `a` (no two links share a token)
  const order: number[] = [];
  for (let i = 0; i < state.linkOfA.length; i++) {
    const index = state.linkOfA[i]!;
    if (index !== -1 && state.links[index]!.a0 === i) order.push(index);
  }
  // the chain's token counts are small integers: plain arrays, the links' ends read once
  const count = order.length;
  const weight: number[] = [];
  const from: number[] = [];
  const ends: number[] = [];
  for (let p = 0; p < count; p++) {
    const link = state.links[order[p]!]!;
    const own = link.a1 - link.a0 + (link.b1 - link.b0);
    ends.push(link.b1);
    let best = own;
    let previous = -1;
    for (let q = 0; q < p; q++) {
      if (ends[q]! <= link.b0 && weight[q]! + own > best) {
        best = weight[q]! + own;
        previous = q;
      }
    }
    weight.push(best);
    from.push(previous);
  }
  let end = -1;
  for (let p = 0; p < count; p++) if (end === -1 || weight[p]! > weight[end]!) end = p;
  for (const link of state.links) link.moved = true;
  for (let p = end; p !== -1; p = from[p]!) state.links[order[p]!]!.moved = false;
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
    const link = links[index]!;
    if (link.b0 < lastB) return false;
    lastB = link.b1;
  }
  return true;
}
