/**
 * Whether a corpus worker thread is still alive, answerable while the calling thread is blocked.
 *
 * Why not the `Worker`'s `exit` event: the pool is synchronous (`worker-pool.ts`), so the calling
 * thread's event loop does not turn during a run and the event only arrives after it; the same holds
 * for `worker.threadId` (set to -1 by that event's handler) and `worker.performance` (whose loop start
 * time comes by a message the loop must deliver). A dead worker cannot signal either: one over its heap
 * cap is stopped by Node without running any more of its JavaScript. What stays observable is the
 * operating system's thread: each worker writes its thread id (from `/proc/thread-self`, Linux) into
 * the pool's shared memory when it starts, and the pool checks that `/proc/self/task/<id>` still exists
 * — a few microseconds, done only while a reply is overdue. A thread that ends is removed from that
 * listing at once (its replies posted before are already in the pool's port).
 *
 * Where that cannot be told (no `/proc`, or a worker that died before writing its id), a worker that
 * holds work and has not replied for a long time ({@link STALL_MS}) is presumed dead: a chunk takes
 * well under a second, so only a stopped (or stuck) thread stays silent that long.
 *
 * Shared memory layout, per slot: the reply counter the calling thread blocks on, then the thread id.
 *
 * @module
 */

import { existsSync, readlinkSync } from 'node:fs';

/** 32-bit fields per worker slot in the pool's shared flags. */
export const FIELDS_PER_SLOT = 2;

/** Index of a slot's reply counter (raised by the worker after each reply; the calling thread waits on it). */
export function counterIndex(slot: number): number {
  return slot * FIELDS_PER_SLOT;
}

/** Index of a slot's operating-system thread id (0 until the worker has written it). */
function threadIndex(slot: number): number {
  return slot * FIELDS_PER_SLOT + 1;
}

/**
 * A worker holding work that has not replied for this long is presumed dead when its thread cannot be
 * checked (a chunk of 16 extractions or 128 verifications takes well under a second; this leaves room
 * for a machine many times over-subscribed).
 */
export const STALL_MS = 2 * 60 * 1000;

/** Longest silence of a worker whose thread is still listed (a stuck thread: its work is redone elsewhere). */
export const STUCK_MS = 30 * 60 * 1000;

/**
 * Called by a worker when it starts: writes its operating-system thread id into its slot (nothing
 * where `/proc/thread-self` does not exist).
 *
 * @example
 * announceThread(new Int32Array(sharedFlags), slot); // flags[2 * slot + 1] = 27912 on Linux
 */
export function announceThread(flags: Int32Array, slot: number): void {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(id) && id > 0 && id < 2 ** 31) Atomics.store(flags, threadIndex(slot), id);
  } catch {
    // not Linux: the pool falls back to STALL_MS
  }
}

/** Forgets a slot's thread id (before a new worker takes the slot). */
export function clearThread(flags: Int32Array, slot: number): void {
  Atomics.store(flags, threadIndex(slot), 0);
}

/**
 * Whether the worker in `slot` still runs: `true` or `false` when its thread can be checked, `null`
 * when it cannot (no thread id written, or no `/proc/self/task`).
 *
 * @example
 * threadAlive(flags, 0); //=> true while worker 0 runs, false once it has died (Linux); null elsewhere
 */
export function threadAlive(flags: Int32Array, slot: number): boolean | null {
  const id = Atomics.load(flags, threadIndex(slot));
  if (id === 0) return null;
  return existsSync(`/proc/self/task/${id}`);
}
