/**
 * Peer: TF-IDF cosine, the classic bag-of-words similarity. Our own small implementation,
 * so the weighting is plain to see:
 *
 * - terms are the lower-cased word tokens of `src/text/tokens.ts` (punctuation dropped);
 * - tf is the raw count of a term in the sentence;
 * - idf is `ln(N / df)` over the documents given to {@link createTfIdfCosine} — every sentence
 *   of the dataset's train and dev splits, each sentence one document. A term never seen there
 *   gets the idf of a term seen once.
 *
 * @module
 */

import { wordTokens } from '../../src/text/tokens.js';

/** A similarity function in [0, 1] fitted on a set of documents. */
export type SentenceSimilarity = (a: string, b: string) => number;

function terms(sentence: string): string[] {
  return wordTokens(sentence).map((token) => token.norm);
}

function termCounts(sentence: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms(sentence)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Fits idf on `documents` and returns the cosine of the two sentences' tf-idf vectors. */
export function createTfIdfCosine(documents: readonly string[]): SentenceSimilarity {
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(terms(document))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const total = Math.max(documents.length, 1);
  const idf = (term: string): number => Math.log(total / (documentFrequency.get(term) ?? 1));

  const vector = (sentence: string): Map<string, number> => {
    const weights = new Map<string, number>();
    for (const [term, count] of termCounts(sentence)) weights.set(term, count * idf(term));
    return weights;
  };

  return (a, b) => {
    const left = vector(a);
    const right = vector(b);
    let dot = 0;
    for (const [term, weight] of left) dot += weight * (right.get(term) ?? 0);
    const norm = (v: Map<string, number>): number => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
    const denominator = norm(left) * norm(right);
    return denominator === 0 ? 0 : dot / denominator;
  };
}
