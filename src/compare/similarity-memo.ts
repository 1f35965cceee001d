/**
 * A set-associative memo of token-pair similarities by feature ids, in front of the results cached
 * on the features themselves (token-similarity.ts).
 *
 * Why: over many texts, computing a matrix cell meant reading both words' feature objects and the
 * lower one's Map of results, three or four cache misses, though the answer had been computed
 * before. Here a cell is found from the sides' packed keys alone, in one of the eight slots of 8
 * bytes of a 64-byte set (one cache line; eight ways, so pairs that hash alike do not evict each
 * other at once). A similarity depends only on the two words, whether both are capitalised and
 * whether WordNet is on, all part of the key; feature ids are never reused (the feature cache,
 * when emptied, hands out new ones), so a slot is never stale. A full set gives up the slot chosen
 * by the ids' low bits.
 *
 * Why 8-byte slots: the comparison benchmark keeps ≈ 14,000 pairs, which in 16-byte slots of a
 * 1 MB memo touched ≈ 12,000 cache lines of their own, one miss per look-up; packed twice as
 * tight they stay in the core's cache far more often. Why 2 MB of them (2^15 sets; it was 256 KB):
 * the corpus stage meets far more word pairs than that benchmark, and 32,768 slots gave way to the
 * features' own caches again and again. 100,000 news articles, 2 workers, alternated with 256 KB:
 * 50.1 / 46.0 / 47.0 / 48.1 s against 55.8 / 48.2 / 49.5 / 49.3 s (85.5–93.0 against 89.3–103.7 s of CPU;
 * 1 MB in between), while the comparison benchmark did not move (`bench/compare-ab.ts`, ratio 1.004;
 * unseen pairs 1.023). A slot is the
 * tag and the score: the tag holds the lower id, the higher id's bits that the set does not
 * imply, both flags and the kind code. The set is `mix(low) ^ (high × odd) mod 4096`, so with
 * the lower id known, the set gives the higher id's 12 low bits back: the tag with the set names
 * the pair exactly. Ids from 2^19 on are not kept (their cells fall back on the features' caches).
 *
 * @module
 */

/** Number of sets of eight slots: 2 ** SET_BITS (2 MB in all). */
const SET_BITS = 15;
const SETS = 1 << SET_BITS;
const WAYS = 8;
/** Largest feature id kept, plus one: the tag holds 19 bits of the lower id and 7 of the higher id above the set's 12. */
const MAX_ID = 1 << 19;
/** The tag's low bits holding the kind code (the rest is the key). */
const KIND_MASK = 15;

const buffer = new ArrayBuffer(8 * WAYS * SETS);
/** Per slot: the tag (0: empty) and the score's bits. */
const tags = new Int32Array(buffer);
const scores = new Float32Array(buffer);

/** Index in `tags` of the first slot of the pair's set. */
function setOf(low: number, high: number): number {
  return (((Math.imul(low, 0x9e3779b1) >>> (32 - SET_BITS)) ^ Math.imul(high, 0x85ebca77)) & (SETS - 1)) * 2 * WAYS;
}

/** The tag of a pair without its kind code (never 0: id 0 is never handed out), or 0 when the ids are too large to be kept. */
function keyOf(low: number, high: number, names: boolean, useWordNet: boolean): number {
  if (high >= MAX_ID) return 0;
  return (low << 13) | ((high >>> SET_BITS) << 6) | (names ? 32 : 0) | (useWordNet ? 16 : 0);
}

/**
 * The slot holding the similarity of features `idA` and `idB` (in either order), or -1. Read the
 * result with {@link memoScore} and {@link memoKind}.
 */
export function findPair(idA: number, idB: number, names: boolean, useWordNet: boolean): number {
  const low = idA < idB ? idA : idB;
  const high = idA < idB ? idB : idA;
  const key = keyOf(low, high, names, useWordNet);
  if (key === 0) return -1;
  const set = setOf(low, high);
  for (let slot = set; slot < set + 2 * WAYS; slot += 2) if ((tags[slot]! & ~KIND_MASK) === key) return slot;
  return -1;
}

/**
 * Reads the first slot of the set of features `idA` and `idB` and returns it (of no use but to
 * keep the read): touching the sets of several pairs in a row, before looking them up, lets their
 * cache misses overlap instead of each look-up waiting for its own.
 */
export function touchPair(idA: number, idB: number): number {
  return idA < idB ? tags[setOf(idA, idB)]! : tags[setOf(idB, idA)]!;
}

/** The single-precision score of a slot found by {@link findPair}. */
export function memoScore(slot: number): number {
  return scores[slot + 1]!;
}

/** The kind code of a slot found by {@link findPair}. */
export function memoKind(slot: number): number {
  return tags[slot]! & KIND_MASK;
}

/** Keeps the similarity of features `idA` and `idB`: `score` (single precision) and kind code `kind` (0–15). */
export function keepPair(idA: number, idB: number, names: boolean, useWordNet: boolean, score: number, kind: number): void {
  const low = idA < idB ? idA : idB;
  const high = idA < idB ? idB : idA;
  const key = keyOf(low, high, names, useWordNet);
  if (key === 0) return;
  const set = setOf(low, high);
  // an empty slot of the set, else the one the ids' low bits choose
  let slot = set + 2 * ((low ^ high) & (WAYS - 1));
  for (let free = set; free < set + 2 * WAYS; free += 2) {
    if (tags[free] === 0) {
      slot = free;
      break;
    }
  }
  tags[slot] = key | kind;
  scores[slot + 1] = score;
}
