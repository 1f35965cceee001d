/**
 * Near-identical quote pairs as the corpus pipeline meets them, for the near-pair benches: each
 * “…” quotation of a PolNeAR original against the same quotation in a perturbed copy from
 * `replicatedNews` (one word replaced by a vocabulary word, in half of the quotations), only the
 * pairs that differ, plus one-word deletions and insertions of the originals' quotations.
 *
 * Why: at corpus scale most comparisons are of this kind (a cluster's reference against its
 * variants, near-duplicates verified against each other), and the general compare bench's pairs
 * are edited far more heavily.
 *
 * @module
 */

import { newsVocabulary, replicatedNews } from './synthetic-corpus.js';
import { seededRandom, type QuotePair } from './quote-pairs.js';

/** The “…” spans of `text`, in order. */
function quotations(text: string): string[] {
  const spans: string[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('\u201C', from);
    const close = open < 0 ? -1 : text.indexOf('\u201D', open + 1);
    if (open < 0 || close < 0) return spans;
    spans.push(text.slice(open + 1, close));
    from = close;
  }
}

/**
 * About `count` near pairs (seeded): `seed` picks the perturbations, so a different seed gives
 * texts never seen before. Substitutions from the replicated copies make up about two thirds, one-word
 * deletions and insertions the rest. Pairs come grouped by original, as a cluster's reference is
 * compared with its variants one after another: each original against its edited copies, then
 * against a deletion and an insertion of a word.
 */
export function nearPairs(count: number, seed: number): QuotePair[] {
  const random = seededRandom(seed ^ 0x5bd1e995);
  const vocabulary = newsVocabulary();
  const originals = 840;
  const variants = new Map<string, string[]>();
  let substitutions = 0;
  // copies until two thirds of the pairs are substitutions (about 0.8 differing quotations per copy)
  for (let round = 1; substitutions < (2 * count) / 3; round++) {
    const articles = replicatedNews(originals * 2, seed + round).articles;
    for (let k = 0; k < originals && substitutions < (2 * count) / 3; k++) {
      const a = quotations(articles[k]!.text);
      const b = quotations(articles[originals + k]!.text);
      for (let q = 0; q < a.length && q < b.length; q++) {
        if (a[q] === b[q] || a[q]!.split(' ').length < 3) continue;
        const list = variants.get(a[q]!) ?? [];
        list.push(b[q]!);
        variants.set(a[q]!, list);
        substitutions++;
      }
    }
  }
  const pairs: QuotePair[] = [];
  // a deletion and an insertion per original (of four words or more) in turn, until there are `count` pairs
  const edits = Math.max(0, count - substitutions);
  const longEnough = [...variants.keys()].filter((a) => a.split(' ').length >= 4).length;
  const perOriginal = 2 * Math.ceil(edits / Math.max(1, 2 * longEnough));
  let made = 0;
  for (const [a, list] of variants) {
    for (const b of list) pairs.push({ a, b });
    if (a.split(' ').length < 4) continue;
    for (let e = 0; e < perOriginal && made < edits; e++, made++) {
      const words = a.split(' ');
      const at = Math.floor(random() * words.length);
      if (e % 2 === 1) words.splice(at, 0, vocabulary[Math.floor(random() * vocabulary.length)]!);
      else words.splice(at, 1);
      pairs.push(random() < 0.5 ? { a, b: words.join(' ') } : { a: words.join(' '), b: a });
    }
  }
  return pairs;
}
