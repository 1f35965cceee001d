/**
 * Blocking's probes for the clusters' candidate pairs, split between threads: the store's index frozen into
 * typed arrays (`frozen-index.ts`) with what the probes read of each group, and the probes of some family
 * heads on them. The calling thread makes the {@link HeadProbes} (`headProbes` in `cluster-graph.ts`); in
 * shared memory, a worker reads the same arrays (`corpus-tasks.ts`, op `probe`), and the threads share out the
 * heads' ranges, where the calling thread probed them all while the workers waited (3.1 s of CPU at 100,000
 * articles of replicated news).
 *
 * @module
 */

import { minContainment } from './candidate-index.js';
import { probeFrozen, ProbeScratch, type FrozenIndex } from './frozen-index.js';
import { pairKey } from './pair-keys.js';
import type { TaskPool } from './worker-pool.js';

/**
 * What a thread needs to find the candidate pairs of some family heads ({@link probeHeads}): the store's index
 * frozen (`frozen-index.ts`), and per group its entry, family head and rank, in typed arrays — in shared memory
 * when made for workers, so that the calling thread and the workers share out the heads.
 */
export interface HeadProbes {
  index: FrozenIndex;
  /** Per group, its entry in the index (-1 for none), its family head and its rank (`groupRanks`). */
  groupEntry: Int32Array;
  heads: Int32Array;
  rank: Int32Array;
  /** Per entry, its group. */
  entryGroup: Int32Array;
  /** Per entry, 1 when its group is a family member, not a head (members are proposed through their head). */
  notHeads: Uint8Array;
  maxCandidates: number;
  /** The family heads to probe, by group number, in ranges of {@link HEADS_PER_RANGE}: range `r` is `toProbe[r · HEADS_PER_RANGE, (r + 1) · HEADS_PER_RANGE)`. */
  toProbe: Int32Array;
}

/**
 * Heads probed as one item of work ({@link probeHeads}): short, so that the threads finish together (at 100,000
 * articles, 247 ranges took two threads 1.35–1.37 s), and one typed array of pairs per range crosses between
 * threads, not an array per head.
 */
export const HEADS_PER_RANGE = 256;

/**
 * The number of ranges of heads in `probes` (see {@link HeadProbes.toProbe}).
 *
 * @example
 * rangesOf(probes); //=> 247 for 63,047 heads
 */
export function rangesOf(probes: HeadProbes): number {
  return Math.ceil(probes.toProbe.length / HEADS_PER_RANGE);
}

/** Runs {@link probeHeads}, in this thread or spread over workers. */
export interface HeadProbeRunner {
  /** Whether the {@link HeadProbes} are to be made in shared memory (for workers). */
  shared: boolean;
  /** The pairs of every range of heads ({@link probeHeads}), in range order. */
  run(probes: HeadProbes): readonly Float64Array[];
}

/** The numbers of the ranges of `probes`' heads. */
function allRanges(probes: HeadProbes): number[] {
  return Array.from({ length: rangesOf(probes) }, (_, r) => r);
}

/** {@link HeadProbeRunner} in this thread. */
export const inThisThread: HeadProbeRunner = { shared: false, run: (probes) => probeHeads(probes, allRanges(probes)) };

/**
 * {@link HeadProbeRunner} spread over `pool`'s threads (this one included), the arrays in shared memory.
 *
 * @example
 * candidatePairs(store, store.representatives(), onPool(new TaskPool(2))); // the pairs of candidatePairs(store, …)
 */
export function onPool(pool: Pick<TaskPool, 'start'>): HeadProbeRunner {
  return { shared: true, run: (probes) => pool.start<Float64Array>({ op: 'probe', items: allRanges(probes), probes }).finish() };
}

/** The probes' marks of this thread (each thread probes with its own). */
const scratch = new ProbeScratch();

/**
 * The candidate pairs found from the heads of each range in `ranges` (see {@link HeadProbes.toProbe}), as
 * {@link pairKey}s (the group ranked first first), one typed array per range, head after head: for each head, the
 * families found through its rarest keys and key pairs, best {@link HeadProbes.maxCandidates} by number of shared
 * keys (then containment, then rank). A family is proposed through its head only, and stands for its members (the
 * probe skips members: fifty edits of one wire quote were fifty entries to count keys against, and filled the cap
 * with one family).
 *
 * @example
 * const probes = headProbes(store, store.representatives(), false);
 * probeHeads(probes, [0]); // the pairs found from the first 256 heads
 */
export function probeHeads(probes: HeadProbes, ranges: readonly number[]): Float64Array[] {
  const { index, groupEntry, rank, entryGroup, notHeads, maxCandidates, toProbe } = probes;
  const familyOf = probes.heads;
  const order = (x: number, y: number) => rank[x]! - rank[y]!;
  const taken = new Set<number>();
  const keys: number[] = [];
  return ranges.map((r) => {
    keys.length = 0;
    for (let h = r * HEADS_PER_RANGE; h < Math.min(toProbe.length, (r + 1) * HEADS_PER_RANGE); h++) probeHead(toProbe[h]!);
    return Float64Array.from(keys);
  });

  function probeHead(g: number): void {
    const entry = groupEntry[g]!;
    const found = probeFrozen(index, entry, minContainment(index.offsets[entry + 1]! - index.offsets[entry]!), notHeads, scratch).sort(
      (x, y) => y.shared - x.shared || y.containment - x.containment || order(entryGroup[x.entry]!, entryGroup[y.entry]!),
    );
    taken.clear();
    for (let k = 0; k < found.length && taken.size < maxCandidates; k++) {
      const other = familyOf[entryGroup[found[k]!.entry]!]!;
      if (other === g || taken.has(other)) continue;
      taken.add(other);
      keys.push(order(g, other) < 0 ? pairKey(g, other) : pairKey(other, g));
    }
  }
}
