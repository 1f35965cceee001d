/**
 * Adapter for `string-similarity`: Sørensen–Dice similarity of character bigrams,
 * on NFC-normalised input, loaded lazily.
 *
 * @module
 */

import { nodeRequire } from './node-require.js';

type Compare = (first: string, second: string) => number;

let compare: Compare | undefined;

/** Dice coefficient of character bigrams in [0, 1] ("Zelensky" vs "Zelenskyy" → 0.93). */
export function diceSimilarity(a: string, b: string): number {
  if (compare === undefined) {
    compare = (nodeRequire()('string-similarity') as { compareTwoStrings: Compare }).compareTwoStrings;
  }
  return compare(a.normalize('NFC'), b.normalize('NFC'));
}
