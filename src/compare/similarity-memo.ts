/**
 * A direct-mapped memo of token-pair similarities by feature ids, in front of the results cached on
 * the features themselves (token-similarity.ts).
 *
 * Why: over many texts, computing a matrix cell meant reading both words' feature objects and the
 * lower one's Map of results, three or four cache misses, though the answer had been computed
 * before. Here a cell is found from the sides' packed keys alone, in one of the four slots of 16
 * bytes of a 64-byte set (one cache line; four ways, so pairs that hash alike do not evict each
 * other at once: with one slot a set, 18 % of the look-ups of the benchmark missed). A
 * similarity depends only on the two words, whether both are capitalised and whether WordNet is
 * on, all part of the key; feature ids are never reused (the feature cache, when emptied, hands
 * out new ones), so a slot is never stale. A full set gives up the slot chosen by the key's low bits.
 *
 * @module
 */

/** Number of sets of four slots (a power of two): 1 MB in all. */
const SETS = 1 << 14;
const WAYS = 4;
/** Largest feature id kept (a key holds `id * 4` in 32 bits). */
const MAX_ID = 1 << 28;

const buffer = new ArrayBuffer(16 * WAYS * SETS);
/** Per slot: the lower id (0: empty), the higher id × 4 + both capitalised × 2 + WordNet on, the score's bits, the kind code. */
const slots = new Int32Array(buffer);
const scores = new Float32Array(buffer);

/** Index in `slots` of the first slot of the pair's set. */
function setOf(low: number, key: number): number {
  return (((Math.imul(low, 0x9e3779b1) ^ Math.imul(key, 0x85ebca77)) >>> 16) & (SETS - 1)) * 4 * WAYS;
}

/** The second half of a pair's key, or -1 when the ids are too large to be kept. */
function keyOf(low: number, high: number, names: boolean, useWordNet: boolean): number {
  return high >= MAX_ID ? -1 : high * 4 + (names ? 2 : 0) + (useWordNet ? 1 : 0);
}

/**
 * The slot holding the similarity of features `idA` and `idB` (in either order), or -1. Read the
 * result with {@link memoScore} and {@link memoKind}.
 */
export function findPair(idA: number, idB: number, names: boolean, useWordNet: boolean): number {
  const low = idA < idB ? idA : idB;
  const key = keyOf(low, idA < idB ? idB : idA, names, useWordNet);
  if (key === -1) return -1;
  const set = setOf(low, key);
  for (let slot = set; slot < set + 4 * WAYS; slot += 4) if (slots[slot] === low && slots[slot + 1] === key) return slot;
  return -1;
}

/** The single-precision score of a slot found by {@link findPair}. */
export function memoScore(slot: number): number {
  return scores[slot + 2]!;
}

/** The kind code of a slot found by {@link findPair}. */
export function memoKind(slot: number): number {
  return slots[slot + 3]!;
}

/** Keeps the similarity of features `idA` and `idB`: `score` (single precision) and kind code `kind`. */
export function keepPair(idA: number, idB: number, names: boolean, useWordNet: boolean, score: number, kind: number): void {
  const low = idA < idB ? idA : idB;
  const key = keyOf(low, idA < idB ? idB : idA, names, useWordNet);
  if (key === -1) return;
  const set = setOf(low, key);
  // an empty slot of the set (id 0 is never handed out), else the one the key's low bits choose
  let slot = set + 4 * (key & (WAYS - 1));
  for (let free = set; free < set + 4 * WAYS; free += 4) {
    if (slots[free] === 0) {
      slot = free;
      break;
    }
  }
  slots[slot] = low;
  slots[slot + 1] = key;
  scores[slot + 2] = score;
  slots[slot + 3] = kind;
}
