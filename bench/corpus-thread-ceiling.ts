/**
 * What two threads of this machine give against one: the ceiling of any worker speed-up measured in the
 * same minutes (`bench/corpus-scale.ts` with 1 and 2 workers). On a shared or virtual machine the second
 * core may give much less than a whole one. Two workloads:
 *
 * - `spin` (the default): pure arithmetic over a small table, no allocation;
 * - `compare`: the library's own work, `compareQuotes` over pairs of news sentences never seen before
 *   (`render` in `synthetic-corpus.ts`, as the corpus's verification meets them), each thread with its own
 *   copy of the pairs and its own caches, no pool and no messages between them while they run. What this
 *   gives is the most a pool could give for such work: the threads share nothing but the machine (its
 *   cores, caches and memory bandwidth, and V8's collector helper threads of each heap).
 *
 * Usage: `node --import tsx bench/corpus-thread-ceiling.ts [iterations] [spin|compare]` (iterations: loop
 * turns for `spin`, default 1.5e9, some seconds; pairs for `compare`, default 20,000); `compare` needs the
 * build (`npm run build`). Prints one JSON object.
 *
 * @module
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { seededRandom } from './quote-pairs.js';
import { newsSentences, newsVocabulary, render } from './synthetic-corpus.js';

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

const kind = process.argv[3] ?? 'spin';
if (kind !== 'spin' && kind !== 'compare') throw new Error('usage: corpus-thread-ceiling.ts [iterations] [spin|compare]');

if (kind === 'spin') {
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
  console.log(JSON.stringify({ kind, oneThreadMs: Math.round(oneThreadMs), twoThreadsTwiceTheWorkMs: Math.round(twoThreadsMs), speedup: Number(((2 * oneThreadMs) / twoThreadsMs).toFixed(2)) }));
} else {
  const build = fileURLToPath(new URL('../dist/index.cjs', import.meta.url));
  if (!existsSync(build)) throw new Error('compare needs the build: npm run build');
  const count = Number(process.argv[2] ?? 20_000);
  // Three sets of pairs from one seeded stream, of `count` each: a warm-up (WordNet loads lazily, and the words' caches fill: the first pairs meet far more new words than later ones), the single thread's, and the
  // pair of threads' (new texts again, so that neither run finds the other's words and sides cached).
  const random = seededRandom(20_261_123);
  const sentences = newsSentences();
  const vocabulary = newsVocabulary();
  const pairs = (n: number): [string, string][] =>
    Array.from({ length: n }, () => {
      const base = sentences[Math.floor(random() * sentences.length)]!;
      return [render(base, random, vocabulary), render(base, random, vocabulary)];
    });
  const [warmUp, alone, together] = [pairs(count), pairs(count), pairs(count)];
  const { compareQuotes } = (await import(build)) as typeof import('../src/index.js');
  const run = (list: readonly [string, string][]) => {
    let sum = 0;
    for (const [a, b] of list) sum += compareQuotes(a, b).divergence;
    return sum;
  };
  run(warmUp);
  let started = performance.now();
  run(alone);
  const oneThreadMs = performance.now() - started;
  // The worker loads the build and warms up on the pairs this thread has met (so that both start with the same
  // words cached), then waits for the word to start.
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { compareQuotes } = require(workerData.build);
     const run = (list) => { let sum = 0; for (const [a, b] of list) sum += compareQuotes(a, b).divergence; return sum; };
     run(workerData.warmUp);
     run(workerData.alone);
     parentPort.once('message', () => { run(workerData.together); parentPort.postMessage('done'); });
     parentPort.postMessage('ready');`,
    { eval: true, workerData: { build, warmUp, alone, together } },
  );
  await new Promise((resolve) => worker.once('message', resolve));
  const done = new Promise((resolve) => worker.once('message', resolve));
  started = performance.now();
  worker.postMessage('go');
  run(together);
  await done;
  const twoThreadsMs = performance.now() - started;
  await worker.terminate();
  console.log(JSON.stringify({ kind, pairs: count, oneThreadMs: Math.round(oneThreadMs), twoThreadsTwiceTheWorkMs: Math.round(twoThreadsMs), speedup: Number(((2 * oneThreadMs) / twoThreadsMs).toFixed(2)) }));
}
