/**
 * Worker thread entry (built by tsup as `dist/worker.js`): runs the tasks the pool in
 * `worker-pool.ts` posts on its port, posts each result back (packed: `packed-replies.ts`), and
 * raises its shared counter so the blocked main thread wakes up and reads the result synchronously.
 * It writes its thread id into the shared memory first, so that the pool can tell if it dies
 * (`worker-liveness.ts`), and lowers its own priority on Linux (`worker-priority.ts`).
 *
 * @module
 */

import { workerData, type MessagePort } from 'node:worker_threads';
import { received, runTask, type PostedTask } from './corpus-tasks.js';
import { packedReply, type PostedReply } from './packed-replies.js';
import { announceThread, counterIndex } from './worker-liveness.js';
import { lowerThreadPriority } from './worker-priority.js';

interface PoolWorkerData {
  port: MessagePort;
  flags: SharedArrayBuffer;
  slot: number;
}

const { port, flags, slot } = workerData as PoolWorkerData;
const flag = new Int32Array(flags);
const counter = counterIndex(slot);
// so that the pool can tell, while it blocks, whether this thread has died (worker-liveness.ts)
announceThread(flag, slot);
// the calling thread, the run's critical path, gets the CPU first (worker-priority.ts)
lowerThreadPriority();

port.on('message', (task: PostedTask) => {
  let reply: { result: PostedReply } | { error: string };
  try {
    const run = received(task);
    reply = { result: packedReply(run, runTask(run)) };
  } catch (error) {
    reply = { error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) };
  }
  port.postMessage(reply);
  Atomics.add(flag, counter, 1);
  Atomics.notify(flag, counter);
});
