/**
 * Blocking: an inverted index from content keys to entries, probed with a prefix filter,
 * so that only pairs sharing enough rare keys are ever verified (sub-quadratic candidate generation).
 *
 * The filter is PPJoin's prefix rule (Bayardo et al. 2007; Xiao et al. 2008) applied to *containment*:
 * if a query with `n` keys shares at least `ceil(c·n)` of them with an entry, then the entry must hold
 * at least one of the query's `n - ceil(c·n) + 1` rarest keys. Entries are indexed under *all* their
 * keys (a fragment's keys all lie inside the longer quote that contains it), queries probe only their
 * rarest keys. Keys held by more than `maxFrequency` entries are stop keys, never probed (passim's rule):
 * this bounds the cost of one probe by a constant, so the whole join grows linearly with the corpus.
 *
 * Everything here depends only on the *set* of entries and on the caller's tie-breaker, never on
 * insertion order, so clusters do not depend on the order articles were given in.
 *
 * @module
 */

import { Int32Chunks, withRoom } from '../typed-growth.js';
import { PairIds } from './pair-ids.js';
import { int32s, int32sOf, type FrozenIndex } from './frozen-index.js';

/**
 * Share of the smaller key set two texts must share to be verified (blocking's filter, and a
 * condition of verification itself, see `worthComparing`): 0.55, so that two long quotes
 * sharing half their words on one topic ("NATO … military infrastructure") are not even compared; but one
 * key of two, so that a synonym rendering of a two-word phrase ("weapon of confrontation" / "instrument
 * of confrontation") is (it is then accepted only above `SYNONYM_SIMILARITY`).
 * Tuned on the synthetic truth (pair precision 0.90 → 0.93 and recall 0.93 → 0.94 from 0.5 to 0.55).
 */
export function minContainment(keys: number): number {
  return keys <= 2 ? 0.5 : 0.55;
}

/** One candidate found for a query. */
export interface Candidate {
  /** The entry's number (its insertion index). */
  entry: number;
  /** Number of distinct keys shared with the query. */
  shared: number;
  /** `shared` divided by the smaller of the two key counts. */
  containment: number;
}

/** How to probe the index. */
export interface ProbeOptions {
  /** Minimum share of the smaller side's keys that the two sides must share, in (0, 1]. */
  minContainment: number;
  /** Minimum number of keys the two sides must share (default 1), on top of {@link ProbeOptions.minContainment}. */
  minShared?: number;
  /** Probe every key of the query, not only its rarest prefix (for one-off queries). */
  allKeys?: boolean;
  /**
   * Entries never returned: those whose flag is 1 (e.g. the members of a family, proposed through its head).
   * A flag array, not a callback, as it is read for every entry a probe visits.
   */
  skip?: Uint8Array;
  /**
   * The query's key pairs, as places in its keys (see `TextProfile.pairs`): entries sharing a pair that is
   * not a stop key are checked too.
   */
  pairs?: readonly number[];
}

/**
 * Default bound on a probed posting list: keys in more entries than this are stop keys. A constant,
 * not a share of the corpus, so that the cost of one probe does not grow with the corpus.
 */
export const DEFAULT_MAX_FREQUENCY = 500;

/**
 * An inverted index over sets of string keys.
 *
 * @example
 * const index = new CandidateIndex();
 * index.add(['contai', 'russia', 'ukrain']);
 * index.add(['gradua', 'invasi']);
 * index.probe(['contai', 'ukrain'], { minContainment: 0.5 });
 * //=> [{ entry: 0, shared: 2, containment: 1 }]
 */
export class CandidateIndex {
  private readonly keyIds = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly postings: number[][] = [];
  /**
   * Key pairs (secondary keys: probed, never counted in containment), numbered by their two key ids, and each
   * entry's pair numbers. A pair's postings are a chain, newest first: its last posting (plus one), and per
   * posting its entry and the posting before it (plus one), with the pair's number of postings.
   */
  private readonly pairIds = new PairIds();
  private pairCounts = new Int32Array(64);
  private pairHeads = new Int32Array(64);
  private readonly pairEntries = new Int32Chunks();
  private readonly pairNexts = new Int32Chunks();
  private pairData = new Int32Array(1024);
  private pairOffsets = new Int32Array(1025);
  /** Every entry's sorted key ids, end to end (flat typed arrays: millions of entries stay compact). */
  private keyData = new Int32Array(1024);
  private offsets = new Int32Array(1025);
  private count = 0;
  /** Per entry, the number of the last probe that saw it (cheaper than a set per probe). */
  private seenBy = new Int32Array(1024);
  private probes = 0;
  readonly maxFrequency: number;

  constructor(maxFrequency = DEFAULT_MAX_FREQUENCY) {
    this.maxFrequency = maxFrequency;
  }

  /** Number of entries added. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds an entry with the given distinct keys, and key pairs as places in `keys` (see `TextProfile.pairs`);
   * returns its number.
   *
   * @throws {Error} when a pair's place is outside `keys` (a bug, not bad data).
   */
  add(keys: readonly string[], pairs: readonly number[] = []): number {
    const entry = this.count;
    const ids = new Int32Array(keys.length);
    keys.forEach((key, i) => {
      ids[i] = post(key, entry, this.keyIds, this.names, this.postings);
    });
    const pairFrom = this.pairOffsets[entry]!;
    const pairCount = pairs.length >> 1;
    this.pairData = withRoom(this.pairData, pairFrom + pairCount);
    this.pairOffsets = withRoom(this.pairOffsets, entry + 2);
    for (let p = 0; p < pairCount; p++) {
      const x = ids[pairs[2 * p]!];
      const y = ids[pairs[2 * p + 1]!];
      if (x === undefined || y === undefined) throw new Error(`key pair (${pairs[2 * p]}, ${pairs[2 * p + 1]}) outside the ${keys.length} keys`);
      this.pairData[pairFrom + p] = this.postPair(Math.min(x, y), Math.max(x, y), entry);
    }
    this.pairOffsets[entry + 1] = pairFrom + pairCount;
    ids.sort();
    const from = this.offsets[entry]!;
    this.keyData = withRoom(this.keyData, from + ids.length);
    this.offsets = withRoom(this.offsets, entry + 2);
    this.keyData.set(ids, from);
    this.offsets[entry + 1] = from + ids.length;
    this.count++;
    return entry;
  }

  /** Number of entries holding `key` (its document frequency). */
  frequency(key: string): number {
    const id = this.keyIds.get(key);
    return id === undefined ? 0 : this.postings[id]!.length;
  }

  /** Number of keys of entry `entry`. */
  keyCount(entry: number): number {
    return entry >= 0 && entry < this.count ? this.offsets[entry + 1]! - this.offsets[entry]! : 0;
  }

  /**
   * {@link CandidateIndex.probe} with the keys and pairs of entry `entry` (which is not returned), read
   * as ids from the index (not turned into names and looked up again).
   */
  probeEntry(entry: number, options: Omit<ProbeOptions, 'pairs'>): Candidate[] {
    const keys = [...this.keyData.subarray(this.offsets[entry]!, this.offsets[entry + 1]!)];
    return this.probeIds(keys, keys.length, this.pairData.subarray(this.pairOffsets[entry]!, this.pairOffsets[entry + 1]!), options, entry);
  }

  /**
   * Number of keys entries `x` and `y` share (from the stored key ids: no tokenising), counted in place:
   * two subarray views per pair were two million objects for the clusters' candidate pairs at 100,000 articles.
   */
  sharedKeys(x: number, y: number): number {
    const { keyData, offsets } = this;
    return countSharedAt(keyData, offsets[x]!, offsets[x + 1]!, keyData, offsets[y]!, offsets[y + 1]!);
  }

  /** The keys of entry `entry`. */
  keysOf(entry: number): string[] {
    return [...this.keyData.subarray(this.offsets[entry]!, this.offsets[entry + 1]!)].map((id) => this.names[id]!);
  }

  /** The key pairs of entry `entry`, as places in {@link CandidateIndex.keysOf}'s keys (see `TextProfile.pairs`). */
  pairsOf(entry: number): number[] {
    const from = this.offsets[entry]!;
    const to = this.offsets[entry + 1]!;
    const places: number[] = [];
    for (let p = this.pairOffsets[entry]!; p < this.pairOffsets[entry + 1]!; p++) {
      const pair = this.pairData[p]!;
      places.push(placeOf(this.keyData, from, to, this.pairIds.low(pair)), placeOf(this.keyData, from, to, this.pairIds.high(pair)));
    }
    return places;
  }

  /** Posts `entry` under the pair of key ids `low < high`; returns the pair's number. */
  private postPair(low: number, high: number, entry: number): number {
    const pair = this.pairIds.idOf(low, high);
    this.pairCounts = withRoom(this.pairCounts, pair + 1);
    this.pairHeads = withRoom(this.pairHeads, pair + 1);
    const posting = this.pairEntries.push(entry);
    this.pairNexts.push(this.pairHeads[pair]!);
    this.pairHeads[pair] = posting + 1;
    this.pairCounts[pair]!++;
    return pair;
  }

  /**
   * Entries sharing at least `minContainment` of the smaller side's keys with `keys`,
   * found through the query's rarest keys and through its key pairs; sorted by entry number.
   */
  probe(keys: readonly string[], options: ProbeOptions): Candidate[] {
    const known: number[] = [];
    const ids = keys.map((key) => this.keyIds.get(key) ?? -1);
    for (const id of ids) if (id >= 0) known.push(id);
    const pairs: number[] = [];
    const places = options.pairs ?? [];
    for (let p = 0; p + 1 < places.length; p += 2) {
      const x = ids[places[p]!] ?? -1;
      const y = ids[places[p + 1]!] ?? -1;
      // a pair of keys this index does not hold is no pair of its entries either
      const pair = x < 0 || y < 0 ? -1 : this.pairIds.find(Math.min(x, y), Math.max(x, y));
      if (pair >= 0) pairs.push(pair);
    }
    return this.probeIds(known, keys.length, pairs, options, -1);
  }

  /**
   * The probe itself: `known` are the ids of the query's keys found in the index (sorted here), of
   * `total` keys in all; `pairs` the ids of its key pairs; entry `self` is never returned.
   */
  private probeIds(known: number[], total: number, pairs: ArrayLike<number>, options: Omit<ProbeOptions, 'pairs'>, self: number): Candidate[] {
    if (total === 0 || known.length === 0) return [];
    // Rarest first, ties by the key itself: the prefix depends only on the set of entries.
    const names = this.names;
    known.sort((x, y) => this.postings[x]!.length - this.postings[y]!.length || (names[x]! < names[y]! ? -1 : 1));
    const minShared = options.minShared ?? 1;
    const needed = Math.max(Math.ceil(options.minContainment * total), minShared);
    if (needed > total) return [];
    const prefix = options.allKeys ? known.length : Math.min(known.length, total - needed + 1);
    const queryIds = Int32Array.from(known).sort();
    this.seenBy = withRoom(this.seenBy, this.count);
    const probe = ++this.probes;
    const seenBy = this.seenBy;
    const found: Candidate[] = [];
    const { keyData, offsets } = this;
    const allKeys = options.allKeys === true;
    const skip = options.skip ?? NO_ENTRIES;
    const check = (entry: number) => {
      if (seenBy[entry] === probe) return;
      seenBy[entry] = probe;
      const from = offsets[entry]!;
      const size = offsets[entry + 1]! - from;
      // The prefix rule guarantees discovery only of entries at least as large as the query;
      // smaller ones find this query when they are probed themselves (order-independent result).
      // (Tested first: at 100,000 articles most visited entries are smaller.)
      if (!allKeys && size < total) return;
      if (entry === self || skip[entry] === 1) return;
      // counted in place: a subarray view per visited entry was a third of the probing time, in garbage
      const shared = countSharedAt(queryIds, 0, queryIds.length, keyData, from, from + size);
      const containment = shared / Math.min(total, size);
      if (containment >= options.minContainment && shared >= minShared) found.push({ entry, shared, containment });
    };
    for (let p = 0; p < prefix; p++) {
      const list = this.postings[known[p]!]!;
      if (list.length <= this.maxFrequency) for (const entry of list) check(entry);
    }
    const { pairCounts, pairHeads, pairEntries, pairNexts } = this;
    for (let p = 0; p < pairs.length; p++) {
      const pair = pairs[p]!;
      if (pairCounts[pair]! > this.maxFrequency) continue;
      for (let posting = pairHeads[pair]! - 1; posting >= 0; posting = pairNexts.get(posting) - 1) check(pairEntries.get(posting));
    }
    return found.sort((x, y) => x.entry - y.entry);
  }

  /**
   * The index as it stands, frozen into typed arrays, in shared memory when `shared` (see `frozen-index.ts`):
   * probing them with `probeFrozen` gives what {@link CandidateIndex.probeEntry} gives.
   * Entries added later are not in it.
   */
  frozen(shared: boolean): FrozenIndex {
    const count = this.count;
    const allocate = (length: number) => int32s(length, shared);
    const keys = this.postings.length;
    const postStart = allocate(keys + 1);
    for (let k = 0; k < keys; k++) postStart[k + 1] = postStart[k]! + this.postings[k]!.length;
    const postings = allocate(postStart[keys]!);
    for (let k = 0; k < keys; k++) postings.set(this.postings[k]!, postStart[k]!);
    // rarest first, ties by the key itself (as probeIds sorts them)
    const { names } = this;
    const byOrder = Array.from({ length: keys }, (_, k) => k).sort(
      (x, y) => this.postings[x]!.length - this.postings[y]!.length || (names[x]! < names[y]! ? -1 : 1),
    );
    const keyOrder = allocate(keys);
    byOrder.forEach((k, place) => (keyOrder[k] = place));
    // each pair's entries, read from the entries' own pair numbers (one pass in entry order)
    const pairs = this.pairIds.count;
    const pairStart = allocate(pairs + 1);
    for (let p = 0; p < pairs; p++) pairStart[p + 1] = pairStart[p]! + this.pairCounts[p]!;
    const pairPostings = allocate(pairStart[pairs]!);
    const next = pairStart.slice(0, pairs);
    for (let entry = 0; entry < count; entry++) {
      for (let q = this.pairOffsets[entry]!; q < this.pairOffsets[entry + 1]!; q++) pairPostings[next[this.pairData[q]!]!++] = entry;
    }
    return {
      keyData: int32sOf(this.keyData, this.offsets[count]!, shared),
      offsets: int32sOf(this.offsets, count + 1, shared),
      postStart,
      postings,
      keyOrder,
      pairData: int32sOf(this.pairData, this.pairOffsets[count]!, shared),
      pairOffsets: int32sOf(this.pairOffsets, count + 1, shared),
      pairStart,
      pairPostings,
      maxFrequency: this.maxFrequency,
    };
  }

  /** The index as plain arrays (keys of each entry), enough to rebuild it. */
  entries(): string[][] {
    const out: string[][] = [];
    for (let entry = 0; entry < this.count; entry++) {
      const ids = this.keyData.subarray(this.offsets[entry]!, this.offsets[entry + 1]!);
      out.push([...ids].map((id) => this.names[id]!).sort());
    }
    return out;
  }
}

/** The place of key id `id` in the sorted ids `keyData[from, to)` (it is there). */
function placeOf(keyData: Int32Array, from: number, to: number, id: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyData[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo - from;
}

/** No entry flagged (the default of {@link ProbeOptions.skip}). */
const NO_ENTRIES = new Uint8Array(0);

/** Size of the intersection of the sorted slices `a[aFrom, aTo)` and `b[bFrom, bTo)` (also read by `frozen-index.ts`). */
export function countSharedAt(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number): number {
  let i = aFrom;
  let j = bFrom;
  let shared = 0;
  while (i < aTo && j < bTo) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * Adds `entry` to the postings of `name` in a vocabulary (ids, names by id, postings by id), adding the name
 * when new, and returns its id. A new list starts as `[entry]`: an array grown by `push` from empty keeps room
 * for 17 elements (when key pairs were posted so too, most held by one entry, an index over 34,067 distinct
 * news sentences took 57.3 MB of heap with lists grown from empty, 38.3 MB so; pairs now have chains in typed arrays).
 */
function post(name: string, entry: number, ids: Map<string, number>, names: string[], postings: number[][]): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = postings.length;
    ids.set(name, id);
    names.push(name);
    postings.push([entry]);
  } else {
    postings[id]!.push(entry);
  }
  return id;
}
