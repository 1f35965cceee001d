/**
 * Adapter for `natural`: Porter stemming, loaded lazily through a deep path
 * (never natural's root, which pulls in databases and clients).
 *
 * @module
 */

import { nodeRequire } from './node-require.js';

interface PorterStemmer {
  stem(token: string): string;
}

let stemmer: PorterStemmer | undefined;

function porter(): PorterStemmer {
  if (stemmer === undefined) {
    stemmer = nodeRequire()('natural/lib/natural/stemmers/porter_stemmer.js') as PorterStemmer;
  }
  return stemmer;
}

/** Porter stem of a lower-cased word ("abandoned" → "abandon"). */
export function porterStem(word: string): string {
  return porter().stem(word);
}
