/**
 * Tokenised sides, remembered by text. Why: corpus work compares one quote with many others
 * (a query against its candidates, a cluster's reference against its variants), and tokenising
 * with `Intl.Segmenter` is the largest single cost of a comparison. Bounded; emptied together
 * with the word-feature cache, whose feature objects the sides hold.
 *
 * @module
 */

import { tokenize } from '../text/tokens.js';
import { makeSide, type Side } from './alignment-state.js';

const MAX_SIDES = 4096;
const sides = new Map<string, Side>();

/** The side for `text`, tokenised once while it stays in the cache. */
export function sideOf(text: string): Side {
  const cached = sides.get(text);
  if (cached !== undefined) return cached;
  if (sides.size >= MAX_SIDES) sides.clear();
  const side = makeSide(text, tokenize(text));
  sides.set(text, side);
  return side;
}

/** Forgets every side (their feature objects are about to be dropped). */
export function clearSides(): void {
  sides.clear();
}
