/**
 * One worker thread of the corpus pool (`worker-pool.ts`): how it is started (its heap limits, its
 * port, the shared flags it raises after each reply), and how its replies are read without waiting.
 *
 * @module
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import { clearThread } from './worker-liveness.js';
import type { PostedReply } from './packed-replies.js';

/**
 * The worker's young generation, in MB (V8's default is 48 on 64-bit builds; Node lets a worker set its
 * own, not the calling thread's). A comparison's garbage is short-lived, so a larger nursery collects it
 * with fewer scavenges and promotes less; on two cores the collector's helper threads compete with the
 * two JavaScript threads, so its CPU is wall time. 1,000 news articles, 2 workers, seven alternated pairs
 * of runs: worker CPU 0.3–0.9 s lower in every pair (≈ 8 %), the process's CPU 0.1–1.5 s lower (≈ 5 %);
 * 192 MB did no better than 96.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * The worker's old generation cap, in MB. V8 lets a heap grow to a multiple of what survived its last
 * full collection before collecting it again: 4× when the heap may reach 2,048 MB or more, 1.3–2× below
 * (1.5× at 768 MB, about 2× just under 2,048). The worker holds 110–250 MB between collections (its WordNet
 * entries and bounded caches). At 100,000 news articles, 2 workers (BENCHMARKS.md, sessions 25–26):
 * - 768 MB: 37 full collections, whose marking took V8's helper threads 20.0 s; peak beyond the input
 *   1.48–1.53 KB per quote; the run 2–22 s slower than at 2,048 in each of five alternated pairs.
 * - 2,048 MB: 9–10 full collections, 3.8–4.5 s of marking, but the worker's heap let grow to four times
 *   what it holds: peak 1.70–1.90 KB per quote, close to the 2 KB the library is held to.
 * - 2,000 MB (this): 23 full collections, 9.6 s of marking, and 6.5 s less of its scavenges (17.2 against
 *   23.7 s: a smaller old generation to keep track of), so no more of the collector's CPU in all; peak
 *   **1.56–1.57 KB per quote**; the run's time not distinguishable from 2,048's in three alternated pairs
 *   (80.1 / 84.6 / 77.8 against 88.1 / 81.4 / 69.1 s; over the day's runs a mean of 82.4 s against 78.3, the
 *   later in slower phases: a few seconds' cost is possible), nor at 10,000 articles (seven alternated pairs:
 *   slower in three, by 1.7–2.0 s, then 14.1 / 13.8 / 11.0 / 12.9 against 14.2 / 13.8 / 12.5 / 10.9 s).
 *   The 2 KB bound is the issue's; the 60 s target is missed under either cap (BENCHMARKS.md).
 * Earlier caps, for the record: uncapped, at 10,000 articles, the worker committed 784 MB for 209 MB live,
 * and 512 MB took the peak from 1,943 to 1,471 MB (session 4's code). A worker whose live set outgrew the
 * cap would die and be replaced (see `worker-pool.ts`): time lost, not the run.
 */
const WORKER_OLD_GENERATION_MB = 2000;

/**
 * The heap limits every worker gets unless told otherwise (see the two constants above). A process started
 * with `--max-old-space-size` (on the command line or in `NODE_OPTIONS`) gives that limit to every thread,
 * the workers included, in place of these: V8's flag wins over a worker's `resourceLimits` (a worker asked
 * for 768 MB reports a 9,596 MB limit under `--max-old-space-size=9500`). Under a flag of 2,048 MB or more
 * the workers' heaps grow to about four times what they hold between full collections (session 12, 100,000
 * news articles: 793 MB committed for 276 MB live).
 */
export const DEFAULT_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB };

/** What a running task of the pool does with the chunks it sent to a worker (see `worker-pool.ts`). */
export interface ChunkOwner {
  /** The worker's reply for `chunk`, as posted (packed: see `packed-replies.ts`). */
  answered(chunk: number, reply: PostedReply): void;
  /** The worker died before answering `chunk`: it is to be dealt again. */
  lost(chunk: number): void;
}

/** A chunk sent to a worker: the running task it is of, and its number there. */
export interface SentChunk {
  owner: ChunkOwner;
  chunk: number;
}

/** A started worker and the pool's bookkeeping of it. */
export interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  /** Index of this worker's fields in the shared flags. */
  slot: number;
  /** Chunks sent and not yet answered, oldest first (of one task or several). */
  pending: SentChunk[];
  /** When it last replied, or was given work while it had none (`Date.now()`). */
  lastProgress: number;
  /** When its liveness was last checked (`Date.now()`). */
  lastCheck: number;
}

/** A worker running `script` in `slot` of the shared `flags`, with a fresh port. */
export function spawnWorker(script: URL, flags: Int32Array, slot: number, limits: ResourceLimits): PoolWorker {
  const { port1, port2 } = new MessageChannel();
  clearThread(flags, slot);
  const worker = new Worker(script, {
    workerData: { port: port2, flags: flags.buffer, slot },
    transferList: [port2],
    resourceLimits: limits,
  });
  worker.unref();
  // Its death is found synchronously (the pool's `dead`); without a listener, the `error` event that follows
  // (ERR_WORKER_OUT_OF_MEMORY, or the worker's uncaught exception) would be thrown in the caller's process.
  worker.on('error', () => undefined);
  const now = Date.now();
  return { worker, port: port1, slot, pending: [], lastProgress: now, lastCheck: now };
}

/** A reply of `helper` if one has arrived, without waiting. */
export function pollWorker(helper: PoolWorker): PostedReply | undefined {
  const message = receiveMessageOnPort(helper.port);
  if (message === undefined) return undefined;
  const reply = message.message as { result: PostedReply } | { error: string };
  if ('error' in reply) throw new Error(`corpus worker failed: ${reply.error}`);
  return reply.result;
}

/** The built worker script next to this module, or `null` when there is none (running from sources). */
export function workerScript(): URL | null {
  try {
    const url = new URL('./worker.js', import.meta.url);
    return existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}
