/**
 * Peer: `string-similarity`'s `compareTwoStrings`, the Dice coefficient of character bigrams
 * (case-insensitive, whitespace ignored), on NFC-normalised strings.
 *
 * Imported directly rather than through `src/lexicon/`: the peer is the published package as
 * anyone would use it, whatever the library's own adapter does with it.
 *
 * @module
 */

import stringSimilarity from 'string-similarity';

/** Character-bigram Dice similarity of two sentences, in [0, 1]. */
export function bigramDice(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a.normalize('NFC'), b.normalize('NFC'));
}
