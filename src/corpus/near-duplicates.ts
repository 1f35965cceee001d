/**
 * Near-duplicate families: distinct renderings of at least {@link NEAR_DUPLICATE_MIN_WORDS} words that
 * are one word apart (one word substituted, inserted or deleted, after the normalisation that collapses
 * exact duplicates) are one *family*, and blocking, verification and the echo search work on one member of
 * each family, its *head*. Why: a wire story reprinted with one word edited is a new distinct text, and a
 * quote reprinted by fifty outlets with small edits made fifty groups that each met the other forty-nine in
 * blocking (up to the per-quote cap) and were verified pair by pair, although one word in eight or more
 * cannot make two renderings of one statement into two statements. The family is linked whole into its
 * head's cluster, and each member is still compared with the cluster's reference for the report.
 *
 * Finding them: two word sequences of at least seven words one edit apart share their first three words or
 * their last three (one edit cannot touch both ends), so groups are bucketed by both, and within a bucket,
 * sorted by length and text, each group is checked against the next ones at most one word longer (at most
 * {@link BUCKET_WINDOW} of them). Families are the connected components of the pairs found: they do not
 * depend on the order of the articles. Two whole quotes of one article are never joined (a speaker
 * quoted twice in one article says two things).
 *
 * @module
 */

import { groupRanks, singleArticle, type QuoteGroups } from './quote-groups.js';
import { UnionFind } from './union-find.js';

/** Shortest rendering (in words) that joins a family: one word in eight edited at most. */
export const NEAR_DUPLICATE_MIN_WORDS = 8;

/** Words at each end a bucket is keyed by. */
const END_WORDS = 3;

/** Groups checked after each group of a bucket (sorted by length): bounds the cost of a bucket of common openings. */
const BUCKET_WINDOW = 64;

/** The heads computed for a store, with the number of quotes it held then (a store only grows). */
const computed = new WeakMap<QuoteGroups, { quotes: number; heads: Int32Array }>();

/**
 * Each group's family head: the member with the most quotes, then the first by quote id; a group in no
 * family is its own head. Computed once per state of the store.
 *
 * @example
 * const heads = familyHeads(store, store.representatives());
 * heads[g] === g; // g heads its family (or is in none)
 */
export function familyHeads(store: QuoteGroups, representatives: readonly number[]): Int32Array {
  const known = computed.get(store);
  if (known !== undefined && known.quotes === store.quotes.length) return known.heads;
  const heads = findHeads(store, groupRanks(store, representatives));
  computed.set(store, { quotes: store.quotes.length, heads });
  return heads;
}

function findHeads(store: QuoteGroups, rank: Int32Array): Int32Array {
  const { groups } = store;
  const eligible = (g: number) => groups[g]!.entry >= 0 && groups[g]!.words >= NEAR_DUPLICATE_MIN_WORDS;
  const buckets = new Map<string, number[]>();
  const addTo = (key: string, g: number) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(g);
    else buckets.set(key, [g]);
  };
  groups.forEach((group, g) => {
    if (!eligible(g)) return;
    addTo(`<${endWords(group.text, true)}`, g);
    addTo(`>${endWords(group.text, false)}`, g);
  });
  // word arrays only for the groups that share a bucket with another, split once
  const words = new Map<number, string[]>();
  const wordsOf = (g: number) => {
    let sequence = words.get(g);
    if (sequence === undefined) words.set(g, (sequence = groups[g]!.text.split(' ')));
    return sequence;
  };
  const sets = new UnionFind(groups.length);
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort((x, y) => groups[x]!.words - groups[y]!.words || rank[x]! - rank[y]!);
    for (let i = 0; i < bucket.length; i++) {
      const x = bucket[i]!;
      for (let j = i + 1; j < bucket.length && j <= i + BUCKET_WINDOW; j++) {
        const y = bucket[j]!;
        if (groups[y]!.words > groups[x]!.words + 1) break;
        if (sets.find(x) === sets.find(y) || !oneEditApart(wordsOf(x), wordsOf(y))) continue;
        const article = singleArticle(store, x);
        if (article !== null && article === singleArticle(store, y)) continue;
        sets.union(x, y);
      }
    }
  }
  buckets.clear();
  words.clear();
  // the head of each family: most quotes, then first by quote id
  const best = new Map<number, number>();
  for (let g = 0; g < groups.length; g++) {
    if (!eligible(g)) continue;
    const root = sets.find(g);
    const held = best.get(root);
    const size = groups[g]!.members.length;
    if (held === undefined || size > groups[held]!.members.length || (size === groups[held]!.members.length && rank[g]! < rank[held]!)) best.set(root, g);
  }
  const heads = new Int32Array(groups.length);
  for (let g = 0; g < groups.length; g++) heads[g] = eligible(g) ? best.get(sets.find(g))! : g;
  return heads;
}

/** The first (or last) {@link END_WORDS} words of a normalised text (words joined by single spaces). */
function endWords(text: string, first: boolean): string {
  let at = first ? -1 : text.length;
  for (let k = 0; k < END_WORDS; k++) {
    at = first ? text.indexOf(' ', at + 1) : text.lastIndexOf(' ', at - 1);
    if (at < 0) return text;
  }
  return first ? text.slice(0, at) : text.slice(at + 1);
}

/**
 * Whether two word sequences (the longer second, or of equal length) are at most one word substitution,
 * insertion or deletion apart.
 *
 * @example
 * oneEditApart(['we', 'will', 'win'], ['we', 'shall', 'win']);
 * //=> true
 */
export function oneEditApart(shorter: readonly string[], longer: readonly string[]): boolean {
  const n = shorter.length;
  const m = longer.length;
  let start = 0;
  while (start < n && shorter[start] === longer[start]) start++;
  if (start === n) return m - n <= 1;
  let end = 0;
  while (end < n - start && shorter[n - 1 - end] === longer[m - 1 - end]) end++;
  // what is left between the common prefix and suffix: one word against one (substitution) or none against one (insertion)
  return n - start - end <= 1 && m - start - end <= 1 && m - n <= 1;
}
