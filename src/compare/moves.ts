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
  const order: number[] = [];
  for (let i = 0; i < state.linkOfA.length; i++) {
    const index = state.linkOfA[i]!;
    if (index !== -1 && a0[index] === i) order.push(index);
  }
  // the chain's token counts are small integers: plain arrays, the links' ends read once
  const chained = order.length;
  const weight: number[] = [];
  const from: number[] = [];
  const ends: number[] = [];
  for (let p = 0; p < chained; p++) {
    const link = order[p]!;
    const own = a1[link]! - a0[link]! + (b1[link]! - b0[link]!);
    ends.push(b1[link]!);
    let best = own;
    let previous = -1;
    for (let q = 0; q < p; q++) {
      if (ends[q]! <= b0[link]! && weight[q]! + own > best) {
        best = weight[q]! + own;
        previous = q;
      }
    }
    weight.push(best);
    from.push(previous);
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
