/**
 * Holding a run's large, growing data from module scope while the run works, so that V8's collector marks it
 * concurrently. V8 marks the old generation on helper threads from the roots it sees when marking starts, and the
 * stack is not among them: what only a running function's locals reach is marked in the collector's final,
 * stop-the-world pause, on the calling thread. An index that only `alignCorpus`'s stack held was marked whole
 * there — at 100,000 articles about half a second, several times a run (`--trace-gc-nvp` on the calling thread:
 * `mark.ephemeron.marking`, the pause's own marking, 2.4 of 2.7 s of full-collection pauses). Held from here it
 * is marked meanwhile, by the helpers (session 24 in BENCHMARKS.md).
 *
 * @module
 */

/** The values held, with how many holds of each are under way (a run can hold a value it already holds). */
const held = new Map<object, number>();

/**
 * Runs `work` with `value` held from module scope (see the module's description), let go once `work` returns or
 * throws.
 *
 * @example
 * const clusters: Cluster[] = [];
 * whileHeld(clusters, () => assembleInto(clusters));
 */
export function whileHeld<T>(value: object, work: () => T): T {
  held.set(value, (held.get(value) ?? 0) + 1);
  try {
    return work();
  } finally {
    const holds = held.get(value)! - 1;
    if (holds === 0) held.delete(value);
    else held.set(value, holds);
  }
}

/** Number of values held now (tests: nothing stays held after a run). */
export function heldCount(): number {
  return held.size;
}
