/**
 * The pool's worker threads give the calling thread the CPU first: on Linux, where a thread's scheduling
 * priority is its own, each worker lowers its own by {@link WORKER_NICENESS_STEP} when it starts.
 *
 * Why: a corpus run keeps every core busy (two JavaScript threads and V8's collector threads on two cores),
 * and the calling thread is its critical path: it stores the quotes, blocks the pairs, searches the echoes
 * and assembles the report, which no worker can do, while the workers have slack (the worker idled 18 s of
 * a 100,000-article run). At equal priority the scheduler shares the cores evenly, so the calling thread
 * waited for CPU the workers used for work that could wait. Ten alternated pairs at 100,000 articles, 2
 * workers: faster in seven, by 3.7 s at the median, 1.4 s on average (BENCHMARKS.md, session 28).
 * Elsewhere (macOS, Windows) the priority is the whole process's, which a library must not change, so the
 * workers leave it alone.
 *
 * @module
 */

import { getPriority, setPriority } from 'node:os';

/** How much a worker thread raises its own niceness (lowers its priority); niceness stops at 19. */
export const WORKER_NICENESS_STEP = 10;

/** Highest niceness (lowest priority) on Linux. */
const MAX_NICENESS = 19;

/** The operating system's calls, replaceable in tests. */
export interface PriorityCalls {
  platform: NodeJS.Platform;
  get: () => number;
  set: (niceness: number) => void;
}

const SYSTEM: PriorityCalls = { platform: process.platform, get: () => getPriority(), set: (niceness) => setPriority(niceness) };

/**
 * Lowers the calling thread's priority by {@link WORKER_NICENESS_STEP} (its niceness at most 19) on Linux, and
 * returns the niceness it then has, or `null` when it left it alone: another platform, or a system that refused.
 *
 * @example
 * lowerThreadPriority(); //=> 10 in a worker started at niceness 0 on Linux; null on macOS and Windows
 */
export function lowerThreadPriority(calls: PriorityCalls = SYSTEM): number | null {
  if (calls.platform !== 'linux') return null;
  try {
    const niceness = Math.min(MAX_NICENESS, calls.get() + WORKER_NICENESS_STEP);
    calls.set(niceness);
    return niceness;
  } catch {
    // not permitted (a sandbox without setpriority): the worker runs at the caller's priority
    return null;
  }
}
