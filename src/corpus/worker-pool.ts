/**
 * Spreading the corpus stage's batches over `worker_threads`, *synchronously*: `alignCorpus`
 * returns a plain result, so the main thread posts each worker chunks of items, works on chunks
 * itself meanwhile, collects replies with `receiveMessageOnPort` (the technique of `synckit`), and at
 * the end blocks on a shared counter (`Atomics.wait`) for the last ones. Results are put back in item
 * order, so the output is identical to a run in one thread.
 *
 * The worker script is `worker.js` next to the built module (`dist/worker.js`). When it is absent —
 * running from TypeScript sources under vitest or tsx — or when the compare options hold a function
 * (which cannot cross threads), the pool runs everything in-process.
 *
 * @module
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { runTask, type Task } from './corpus-tasks.js';

/** Longest wait for one reply before giving up (a crashed worker must not hang the caller). */
const REPLY_TIMEOUT_MS = 30 * 60 * 1000;

/**
 * Items per chunk: the unit of work dealt to a thread. Small enough that threads finish together
 * (a verification takes about a millisecond, an extraction several), large enough that a message
 * costs little against the work it carries.
 */
const ITEMS_PER_CHUNK: Record<Task['op'], number> = { extract: 16, verify: 128, compare: 64 };

/**
 * Chunks a worker holds at once: one to work on and more waiting in its port, so that it does not
 * idle while this thread finishes a chunk of its own before serving it again.
 */
const CHUNKS_IN_FLIGHT = 3;

/** A small batch (one progress step) is still cut into this many chunks per thread, so its threads finish together. */
const MIN_CHUNKS_PER_THREAD = 8;

/**
 * The worker's young generation, in MB (V8's default is 48 on 64-bit builds; Node lets a worker set its
 * own, not the calling thread's). A comparison's garbage is short-lived, so a larger nursery collects it
 * with fewer scavenges and promotes less; on two cores the collector's helper threads compete with the
 * two JavaScript threads, so its CPU is wall time. 1,000 news articles, 2 workers, seven alternated pairs
 * of runs: worker CPU 0.3–0.9 s lower in every pair (≈ 8 %), the process's CPU 0.1–1.5 s lower (≈ 5 %);
 * 192 MB did no better than 96.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/** A task started on the pool (see {@link TaskPool.start}). */
export interface RunningTask<R> {
  /** Collects the replies that have arrived and sends the workers more chunks; never waits. */
  pump(): void;
  /** Does the remaining chunks on this thread too, waits for the workers, and returns all results in item order. */
  finish(): R[];
}

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  /** Chunks sent and not yet answered, oldest first. */
  pending: number[];
}

/**
 * Runs batches of tasks in this thread and `threads - 1` workers.
 *
 * Work is dealt in chunks as threads become free, not in equal shares fixed in advance: this thread
 * also has its own work between batches (receiving the replies, blocking, building the report) and
 * workers run at different speeds on a shared machine, so fixed shares left a thread idle at every
 * barrier (on 1,000 news articles the worker idled a quarter of the time). Each chunk's results are
 * put back at its place, so the output does not depend on which thread ran what.
 */
export class TaskPool {
  private readonly workers: PoolWorker[] = [];
  /** One counter per worker, raised by the worker after each reply (so this thread can block until one comes). */
  private readonly flags: Int32Array;

  /**
   * @param threads total threads, this one included; 1 runs everything in-process.
   * @param script the worker script (default: the built `worker.js` next to this module, if any).
   */
  constructor(threads: number, script: URL | null = threads > 1 ? workerScript() : null) {
    const helpers = script === null ? 0 : threads - 1;
    this.flags = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, helpers)));
    for (let slot = 0; slot < helpers; slot++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(script!, {
        workerData: { port: port2, flags: this.flags.buffer, slot },
        transferList: [port2],
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      worker.unref();
      this.workers.push({ worker, port: port1, pending: [] });
    }
  }

  /** Number of threads actually used (1 when workers are unavailable). */
  get threads(): number {
    return this.workers.length + 1;
  }

  /** Runs `task` over all its items and returns the results in item order. */
  run<R>(task: Task): R[] {
    return this.start<R>(task).finish();
  }

  /**
   * Starts `task`: the workers get their first chunks at once. Until {@link RunningTask.finish} is
   * called, this thread is free for other work, during which it should call {@link RunningTask.pump}
   * now and then (every few milliseconds) to collect replies and keep the workers fed.
   */
  start<R>(task: Task): RunningTask<R> {
    const items: unknown[] = task.items;
    if (this.workers.length === 0 || items.length < 2) {
      return { pump: () => undefined, finish: () => runTask(task) as R[] };
    }
    const size = Math.max(1, Math.min(ITEMS_PER_CHUNK[task.op], Math.ceil(items.length / (MIN_CHUNKS_PER_THREAD * this.threads))));
    const chunks = Math.ceil(items.length / size);
    const results = new Array<R>(items.length);
    const part = (chunk: number) => ({ ...task, items: items.slice(chunk * size, (chunk + 1) * size) }) as Task;
    const store = (chunk: number, values: readonly unknown[]) => values.forEach((value, k) => (results[chunk * size + k] = value as R));
    let next = 0;
    const pump = () => {
      for (const helper of this.workers) {
        for (let reply = this.poll(helper); reply !== undefined; reply = this.poll(helper)) store(helper.pending.shift()!, reply);
        while (helper.pending.length < CHUNKS_IN_FLIGHT && next < chunks) {
          helper.pending.push(next);
          helper.port.postMessage(part(next++));
        }
      }
    };
    pump();
    const finish = () => {
      // This thread takes a chunk whenever the workers are served, and collects what they have done.
      while (next < chunks) {
        const chunk = next++;
        store(chunk, runTask(part(chunk)));
        pump();
      }
      this.workers.forEach((helper, slot) => {
        while (helper.pending.length > 0) store(helper.pending.shift()!, this.receive(helper, slot));
      });
      return results;
    };
    return { pump, finish };
  }

  /** Stops the workers. */
  close(): void {
    for (const helper of this.workers) {
      helper.port.close();
      void helper.worker.terminate();
    }
    this.workers.length = 0;
  }

  /** A reply if one has arrived, without waiting. */
  private poll(helper: PoolWorker): unknown[] | undefined {
    const message = receiveMessageOnPort(helper.port);
    if (message === undefined) return undefined;
    const reply = message.message as { result: unknown[] } | { error: string };
    if ('error' in reply) throw new Error(`corpus worker failed: ${reply.error}`);
    return reply.result;
  }

  /** The next reply, waiting for it (on the worker's counter, so no wake-up is missed). */
  private receive(helper: PoolWorker, slot: number): unknown[] {
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    for (;;) {
      const seen = Atomics.load(this.flags, slot);
      const reply = this.poll(helper);
      if (reply !== undefined) return reply;
      if (Date.now() > deadline) throw new Error('corpus worker did not reply in time');
      Atomics.wait(this.flags, slot, seen, 100);
    }
  }
}

/** The built worker script next to this module, or `null` when there is none (running from sources). */
function workerScript(): URL | null {
  try {
    const url = new URL('./worker.js', import.meta.url);
    return existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}
