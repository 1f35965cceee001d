/**
 * Realistic 40-word quote pairs for the comparison benchmark, from a seeded generator.
 *
 * Quote `a` is 40 words of real news text (consecutive MSRP train sentences, run together);
 * quote `b` renders it the way outlets do: a few word substitutions from the same vocabulary,
 * synonym swaps, dropped and inserted words, a swapped pair, a case change, and sometimes a
 * trimmed start or end (a fragment). The same seed gives the same pairs on every machine.
 *
 * @module
 */

import { loadMsrp } from '../eval/datasets.js';

/** One benchmark pair. */
export interface QuotePair {
  a: string;
  b: string;
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Common news-register synonyms, both directions, for swaps WordNet should recognise. */
const SYNONYM_PAIRS: readonly [string, string][] = [
  ['said', 'stated'],
  ['big', 'large'],
  ['buy', 'purchase'],
  ['start', 'begin'],
  ['help', 'assist'],
  ['show', 'demonstrate'],
  ['try', 'attempt'],
  ['need', 'require'],
  ['important', 'significant'],
  ['end', 'finish'],
  ['talk', 'speak'],
  ['quick', 'fast'],
  ['answer', 'reply'],
  ['hard', 'difficult'],
  ['rich', 'wealthy'],
  ['shut', 'close'],
  ['country', 'nation'],
  ['rise', 'increase'],
  ['war', 'conflict'],
  ['threat', 'menace'],
];

const SYNONYMS = new Map<string, string>(SYNONYM_PAIRS.flatMap(([x, y]) => [[x, y], [y, x]] as [string, string][]));

const WORDS_PER_QUOTE = 40;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Applies one outlet-style edit to `words` in place. */
function edit(words: string[], vocabulary: readonly string[], random: () => number): void {
  const at = Math.floor(random() * words.length);
  const word = words[at]!;
  const roll = random();
  if (roll < 0.25) words[at] = SYNONYMS.get(word.toLowerCase()) ?? pick(random, vocabulary);
  else if (roll < 0.45) words[at] = pick(random, vocabulary);
  else if (roll < 0.6) words.splice(at, 1);
  else if (roll < 0.75) words.splice(at, 0, pick(random, vocabulary));
  else if (roll < 0.9 && at + 1 < words.length) words.splice(at, 2, words[at + 1]!, word);
  else words[at] = word === word.toLowerCase() ? word.toUpperCase().slice(0, 1) + word.slice(1) : word.toLowerCase();
}

function renderVariant(a: readonly string[], vocabulary: readonly string[], random: () => number): string {
  const words = [...a];
  // one pair in ten is a fragment: up to a quarter of the words trimmed from one end
  if (random() < 0.1) {
    const trim = 1 + Math.floor(random() * (words.length / 4));
    if (random() < 0.5) words.splice(0, trim);
    else words.splice(words.length - trim, trim);
  }
  const edits = Math.floor(random() * 7);
  for (let k = 0; k < edits && words.length > 1; k++) edit(words, vocabulary, random);
  return words.join(' ');
}

/** Whitespace words of a sentence. */
function words(sentence: string): string[] {
  return sentence.split(' ').filter((word) => word !== '');
}

/**
 * `count` pairs of about 40 words each, deterministic for `seed`. Each quote starts at the start
 * of an MSRP train sentence and runs on through the following ones (first sentence of each pair
 * only, since the second is often a near-copy of it).
 */
export async function generateQuotePairs(count: number, seed: number): Promise<QuotePair[]> {
  const msrp = await loadMsrp('train');
  const sentences = msrp.map((pair) => words(pair.a));
  const vocabulary = [...new Set(msrp.flatMap((pair) => [...words(pair.a), ...words(pair.b)]))].sort();
  const random = seededRandom(seed);
  const pairs: QuotePair[] = [];
  for (let k = 0; k < count; k++) {
    const a: string[] = [];
    for (let s = Math.floor(random() * sentences.length); a.length < WORDS_PER_QUOTE; s = (s + 1) % sentences.length) {
      a.push(...sentences[s]!);
    }
    a.length = WORDS_PER_QUOTE;
    pairs.push({ a: a.join(' '), b: renderVariant(a, vocabulary, random) });
  }
  return pairs;
}
