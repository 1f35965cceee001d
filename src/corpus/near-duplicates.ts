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
  const sets = new UnionFind(groups.length);
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort((x, y) => groups[x]!.words - groups[y]!.words || rank[x]! - rank[y]!);
    for (let i = 0; i < bucket.length; i++) {
      const x = bucket[i]!;
      for (let j = i + 1; j < bucket.length && j <= i + BUCKET_WINDOW; j++) {
        const y = bucket[j]!;
        if (groups[y]!.words > groups[x]!.words + 1) break;
        if (sets.find(x) === sets.find(y) || !oneEditApart(groups[x]!.text, groups[y]!.text)) continue;
        const article = singleArticle(store, x);
        if (article !== null && article === singleArticle(store, y)) continue;
        sets.union(x, y);
      }
    }
  }
  buckets.clear();
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
 * Whether two normalised texts (words joined by single spaces; the one with more words second, or of equal
 * length) are at most one word substitution, insertion or deletion apart. Read in place: split into arrays
 * of words, kept for every group met in a bucket, the texts were garbage that outlived the young
 * generation (sampled at 30,000 articles of replicated news: 34 MB).
 *
 * @example
 * oneEditApart('we will win', 'we shall win');
 * //=> true
 */
export function oneEditApart(shorter: string, longer: string): boolean {
  const n = wordCount(shorter);
  const m = wordCount(longer);
  // words in common at the start
  let start = 0;
  for (let a = 0, b = 0; start < n && start < m; start++) {
    const aEnd = wordEnd(shorter, a);
    const bEnd = wordEnd(longer, b);
    if (!sameWord(shorter, a, aEnd, longer, b, bEnd)) break;
    a = aEnd + 1;
    b = bEnd + 1;
  }
  if (start === n) return m - n <= 1;
  // words in common at the end, short of those at the start in the shorter text
  let end = 0;
  for (let aTo = shorter.length, bTo = longer.length; end < n - start && end < m; end++) {
    const aFrom = wordStart(shorter, aTo);
    const bFrom = wordStart(longer, bTo);
    if (!sameWord(shorter, aFrom, aTo, longer, bFrom, bTo)) break;
    aTo = aFrom - 1;
    bTo = bFrom - 1;
  }
  // what is left between the common prefix and suffix: one word against one (substitution) or none against one (insertion)
  return n - start - end <= 1 && m - start - end <= 1 && m - n <= 1;
}

/** Number of words of `text` (its spaces, plus one). */
function wordCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/** End of the word of `text` starting at `from`. */
function wordEnd(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space < 0 ? text.length : space;
}

/** Start of the word of `text` ending at `to`. */
function wordStart(text: string, to: number): number {
  return to === 0 ? 0 : text.lastIndexOf(' ', to - 1) + 1;
}

/** Whether `x.slice(xFrom, xTo)` equals `y.slice(yFrom, yTo)`. */
function sameWord(x: string, xFrom: number, xTo: number, y: string, yFrom: number, yTo: number): boolean {
  if (xTo - xFrom !== yTo - yFrom) return false;
  for (let k = 0; k < xTo - xFrom; k++) if (x.charCodeAt(xFrom + k) !== y.charCodeAt(yFrom + k)) return false;
  return true;
}
