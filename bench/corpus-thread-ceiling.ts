/**
 * What two threads of this machine give against one, for pure arithmetic: the ceiling of any
 * worker speed-up measured in the same minutes (`bench/corpus-scale.ts` with 1 and 2 workers). On a
 * shared or virtual machine the second core may give much less than a whole one.
 *
 * Usage: `node --import tsx bench/corpus-thread-ceiling.ts [iterations]` (default 1.5e9, some seconds);
 * prints one JSON object.
 *
 * @module
 */

import { Worker } from 'node:worker_threads';

/** A loop over a small table (it stays in the core's own cache), so only the cores are measured. */
function spin(iterations: number): number {
  let sum = 0;
  const table = new Float64Array(1 << 16);
  for (let i = 0; i < iterations; i++) {
    const j = (i * 2_654_435_761) & 0xffff;
    table[j]! += i;
    sum += table[(j * 7) & 0xffff]!;
  }
  return sum;
}

const iterations = Number(process.argv[2] ?? 1.5e9);
spin(1e7);
let started = performance.now();
spin(iterations);
const oneThreadMs = performance.now() - started;
started = performance.now();
// The worker runs the same function from its source (a worker cannot load this TypeScript file itself).
const worker = new Worker(
  `const { parentPort, workerData } = require('node:worker_threads'); ${spin.toString()}; ${spin.name}(workerData); parentPort.postMessage('done');`,
  { eval: true, workerData: iterations },
);
const done = new Promise((resolve) => worker.once('message', resolve));
spin(iterations);
await done;
const twoThreadsMs = performance.now() - started;
await worker.terminate();
console.log(JSON.stringify({ oneThreadMs: Math.round(oneThreadMs), twoThreadsTwiceTheWorkMs: Math.round(twoThreadsMs), speedup: Number(((2 * oneThreadMs) / twoThreadsMs).toFixed(2)) }));
