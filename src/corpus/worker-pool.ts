/**
 * Spreading the corpus stage's batches over `worker_threads`, *synchronously*: `alignCorpus`
 * returns a plain result, so the main thread posts each worker its share, does its own share,
 * then blocks on a shared flag (`Atomics.wait`) and takes the reply with `receiveMessageOnPort`
 * (the technique of `synckit`). Items are dealt out round-robin and the results put back in
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

/** Items sent to one worker in one message: bounds the memory of copies in flight. */
const ITEMS_PER_MESSAGE: Record<Task['op'], number> = { extract: 256, verify: 4096, compare: 1024 };

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
}

/** Runs batches of tasks in this thread and `threads - 1` workers. */
export class TaskPool {
  private readonly workers: PoolWorker[] = [];
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
      });
      worker.unref();
      this.workers.push({ worker, port: port1 });
    }
  }

  /** Number of threads actually used (1 when workers are unavailable). */
  get threads(): number {
    return this.workers.length + 1;
  }

  /** Runs `task` over all its items and returns the results in item order. */
  run<R>(task: Task): R[] {
    const items: unknown[] = task.items;
    const share = this.threads;
    if (share === 1 || items.length < 2) return runTask(task) as R[];
    const results = new Array<R>(items.length);
    const step = ITEMS_PER_MESSAGE[task.op] * share;
    for (let from = 0; from < items.length; from += step) {
      const round = items.slice(from, from + step);
      const parts: unknown[][] = Array.from({ length: share }, () => []);
      round.forEach((item, i) => parts[i % share]!.push(item));
      this.workers.forEach((helper, slot) => {
        Atomics.store(this.flags, slot, 0);
        helper.port.postMessage({ ...task, items: parts[slot + 1] });
      });
      const own = runTask({ ...task, items: parts[0] } as Task) as R[];
      own.forEach((result, k) => (results[from + k * share] = result));
      this.workers.forEach((helper, slot) => {
        const reply = this.receive(helper, slot);
        reply.forEach((result, k) => (results[from + k * share + slot + 1] = result as R));
      });
    }
    return results;
  }

  /** Stops the workers. */
  close(): void {
    for (const helper of this.workers) {
      helper.port.close();
      void helper.worker.terminate();
    }
    this.workers.length = 0;
  }

  private receive(helper: PoolWorker, slot: number): unknown[] {
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    for (;;) {
      const message = receiveMessageOnPort(helper.port);
      if (message !== undefined) {
        const reply = message.message as { result: unknown[] } | { error: string };
        if ('error' in reply) throw new Error(`corpus worker failed: ${reply.error}`);
        return reply.result;
      }
      if (Date.now() > deadline) throw new Error('corpus worker did not reply in time');
      Atomics.wait(this.flags, slot, 0, 100);
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
