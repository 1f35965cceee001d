/**
 * A candidate index frozen into typed arrays (`CandidateIndex.frozen`), which any thread can probe: the
 * key postings and the key pairs' postings laid out end to end (compressed rows), each entry's sorted key
 * ids and pair numbers, and each key's place in the probing order (rarest first, ties by the key itself).
 * Probing it gives exactly what `CandidateIndex.probeEntry` gives for the same entry.
 *
 * Why: the clusters' candidate pairs are probed after the extraction, on the calling thread, while the
 * workers have nothing to do yet (3.1 s of CPU at 100,000 articles of replicated news, the largest part of
 * the workers' 7.5 s wait after the extraction). Frozen, the index can be handed to a worker, in shared memory, and
 * the probes split between the threads.
 *
 * @module
 */

import { countSharedAt, type Candidate } from './candidate-index.js';

/** The arrays of a frozen index (see the module's description). */
export interface FrozenIndex {
  /** Entry `e`'s key ids, sorted, are `keyData[offsets[e], offsets[e + 1])`. */
  keyData: Int32Array;
  offsets: Int32Array;
  /** The entries holding key `k`, in the order they were added: `postings[postStart[k], postStart[k + 1])`. */
  postStart: Int32Array;
  postings: Int32Array;
  /** Key `k`'s place in the probing order: fewer postings first, then the key's name in code-unit order. */
  keyOrder: Int32Array;
  /** Entry `e`'s key pair numbers are `pairData[pairOffsets[e], pairOffsets[e + 1])`. */
  pairData: Int32Array;
  pairOffsets: Int32Array;
  /** The entries holding key pair `p`: `pairPostings[pairStart[p], pairStart[p + 1])`. */
  pairStart: Int32Array;
  pairPostings: Int32Array;
  /** Keys (and key pairs) held by more entries than this are never probed. */
  maxFrequency: number;
}

/**
 * A new `Int32Array` of `length`, in a `SharedArrayBuffer` when `shared` (posted to a worker, it is shared, not
 * copied). The frozen index and the head probes (`cluster-graph.ts`) make their arrays through these helpers.
 */
export function int32s(length: number, shared: boolean): Int32Array {
  return shared ? new Int32Array(new SharedArrayBuffer(4 * length)) : new Int32Array(length);
}

/** {@link int32s} for bytes. */
export function bytes(length: number, shared: boolean): Uint8Array {
  return shared ? new Uint8Array(new SharedArrayBuffer(length)) : new Uint8Array(length);
}

/**
 * The first `length` numbers of `from`: a copy in shared memory when `shared`, else a view of `from` itself when it
 * is an `Int32Array` (nothing copied for a probe in this thread; what is appended to `from` later lies beyond the view).
 *
 * @example
 * const keys = Int32Array.of(4, 5, 6);
 * int32sOf(keys, 2, false); //=> Int32Array [4, 5], a view of keys
 */
export function int32sOf(from: ArrayLike<number>, length: number, shared: boolean): Int32Array {
  if (!shared && from instanceof Int32Array) return from.subarray(0, length);
  const to = int32s(length, shared);
  if (from instanceof Int32Array) to.set(from.subarray(0, length));
  else for (let i = 0; i < length; i++) to[i] = from[i]!;
  return to;
}

/** What one thread needs to probe: a mark per entry of the last probe that saw it (cheaper than a set per probe). */
export class ProbeScratch {
  private seenBy = new Int32Array(0);
  private probes = 0;

  /** The marks, with room for `entries`, and the number of a new probe. */
  next(entries: number): { seenBy: Int32Array; probe: number } {
    if (this.seenBy.length < entries || this.probes === 0x7fffffff) {
      this.seenBy = new Int32Array(Math.max(entries, 2 * this.seenBy.length));
      this.probes = 0;
    }
    return { seenBy: this.seenBy, probe: ++this.probes };
  }
}

/**
 * The entries sharing at least `minContainment` of the smaller side's keys with entry `entry` (which is never
 * returned, nor any entry whose `skip` flag is 1), found through the entry's rarest keys and its key pairs
 * (PPJoin's prefix rule, `candidate-index.ts`), sorted by entry number: `CandidateIndex.probeEntry` on the
 * frozen arrays.
 *
 * @example
 * const frozen = index.frozen(false);
 * probeFrozen(frozen, 0, 0.55, new Uint8Array(0), new ProbeScratch()); // toEqual(index.probeEntry(0, { minContainment: 0.55 }))
 */
export function probeFrozen(frozen: FrozenIndex, entry: number, minContainment: number, skip: Uint8Array, scratch: ProbeScratch): Candidate[] {
  const { keyData, offsets, postStart, postings, keyOrder, maxFrequency } = frozen;
  const from = offsets[entry]!;
  const total = offsets[entry + 1]! - from;
  if (total === 0) return [];
  // rarest first (the order the index gave each key when it was frozen)
  const known = Array.from(keyData.subarray(from, from + total)).sort((x, y) => keyOrder[x]! - keyOrder[y]!);
  const needed = Math.max(Math.ceil(minContainment * total), 1);
  if (needed > total) return [];
  const prefix = Math.min(known.length, total - needed + 1);
  const entries = offsets.length - 1;
  const { seenBy, probe } = scratch.next(entries);
  const found: Candidate[] = [];
  const check = (other: number) => {
    if (seenBy[other] === probe) return;
    seenBy[other] = probe;
    const otherFrom = offsets[other]!;
    const size = offsets[other + 1]! - otherFrom;
    // the prefix rule finds only entries at least as large as the query; smaller ones find it when they probe
    if (size < total) return;
    if (other === entry || skip[other] === 1) return;
    const shared = countSharedAt(keyData, from, from + total, keyData, otherFrom, otherFrom + size);
    const containment = shared / Math.min(total, size);
    if (containment >= minContainment) found.push({ entry: other, shared, containment });
  };
  for (let p = 0; p < prefix; p++) {
    const key = known[p]!;
    const [start, end] = [postStart[key]!, postStart[key + 1]!];
    if (end - start <= maxFrequency) for (let k = start; k < end; k++) check(postings[k]!);
  }
  const { pairData, pairOffsets, pairStart, pairPostings } = frozen;
  for (let q = pairOffsets[entry]!; q < pairOffsets[entry + 1]!; q++) {
    const pair = pairData[q]!;
    const [start, end] = [pairStart[pair]!, pairStart[pair + 1]!];
    if (end - start <= maxFrequency) for (let k = start; k < end; k++) check(pairPostings[k]!);
  }
  return found.sort((x, y) => x.entry - y.entry);
}
