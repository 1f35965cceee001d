/**
 * The walk over the in-order links that the gap, embed and leftover phases share: links that are
 * not moved, in the order of their first token in `a`, read off the link index (no list is built;
 * no two links share a token, so each link is found at its first token).
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
