/**
 * Worker thread entry (built by tsup as `dist/worker.js`): runs the tasks the pool in
 * `worker-pool.ts` posts on its port, posts each result back, and raises its shared counter so the
 * blocked main thread wakes up and reads the result synchronously.
 *
 * @module
 */

import { workerData, type MessagePort } from 'node:worker_threads';
import { runTask, type Task } from './corpus-tasks.js';

interface PoolWorkerData {
  port: MessagePort;
  flags: SharedArrayBuffer;
  slot: number;
}

const { port, flags, slot } = workerData as PoolWorkerData;
const flag = new Int32Array(flags);

port.on('message', (task: Task) => {
  let reply: { result: unknown[] } | { error: string };
  try {
    reply = { result: runTask(task) };
  } catch (error) {
    reply = { error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) };
  }
  port.postMessage(reply);
  Atomics.add(flag, slot, 1);
  Atomics.notify(flag, slot);
});
