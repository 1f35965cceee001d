/**
 * The order of the links: the walk over the in-order links that the gap, embed and leftover phases
 * share (links that are not moved, in the order of their first token in `a`, read off the link
 * index: no list is built; no two links share a token, so each link is found at its first token),
 * and whether a new pair would cross a link.
 *
 * @module
 */

import type { AlignmentState } from './alignment-state.js';

/**
 * The first in-order link whose first token in `a` is at `from` or later, or -1. A phase that
 * links tokens only between the link it has reached and the one before never meets its own links
 * when it goes on from the reached link's end (`state.links.a1[index]`).
 */
export function nextInOrderLink(state: AlignmentState, from: number): number {
  const { links, linkOfA } = state;
  for (let i = from; i < linkOfA.length; i++) {
    const index = linkOfA[i]!;
    if (index !== -1 && links.a0[index] === i && links.moved[index] !== 1) return index;
  }
  return -1;
}

/**
 * True when linking `i` with `j` keeps every existing link on the same side of it
 * (no crossing), i.e. the pair fits the current order.
 */
export function fitsOrder(state: AlignmentState, i: number, j: number): boolean {
  const { count, a0, a1, b0, b1 } = state.links;
  for (let L = 0; L < count; L++) {
    if (a1[L]! <= i && b0[L]! > j) return false;
    if (a0[L]! > i && b1[L]! <= j) return false;
  }
  return true;
}
