/**
 * A corpus worker that dies mid-run (it exits, or goes over its heap cap) costs time, not the run: the
 * pool notices while it blocks, deals the chunks the worker held again, and the results are exactly
 * those of one thread, in item order.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BroadcastChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskPool } from '../src/corpus/worker-pool.js';
import { QuoteIndex, useTaskPool } from '../src/corpus/quote-index.js';
import { workerStopped } from '../src/corpus/worker-stopped.js';
import type { Task } from '../src/corpus/corpus-tasks.js';
import { seedArticles } from './corpus-fixtures.js';

// inside the repository, so the bundles resolve the runtime dependencies from node_modules
const cache = fileURLToPath(new URL('../node_modules/.cache/quote-divergence-test/', import.meta.url));
const workerSource = fileURLToPath(new URL('../src/corpus/worker.ts', import.meta.url));
let worker: URL;
let dying: URL;
let held: URL;
let counting: URL;
/** Opens the gate of the `held` workers of this process (see below). */
const gate = new BroadcastChannel(`quote-divergence-test-gate-${process.pid}`);
afterAll(() => gate.close());

beforeAll(async () => {
  const { buildSync } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const bundle = (entry: string, name: string) => {
    const outfile = `${cache}${name}-${process.pid}.mjs`;
    // ignoreAnnotations: the package says `sideEffects: false`, which would drop the entry's bare imports
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent', ignoreAnnotations: true });
    return pathToFileURL(outfile);
  };
  worker = bundle(workerSource, 'pool-worker');
  // The same worker, preceded by a listener that exits the thread when its second chunk arrives (before the
  // worker's own listener runs): it has answered one chunk and holds the others unanswered.
  const hook = `${cache}dying-hook-${process.pid}.mjs`;
  writeFileSync(hook, `import { workerData } from 'node:worker_threads';\nlet chunks = 0;\nworkerData.port.on('message', () => { if (++chunks === 2) process.exit(7); });\n`);
  const entry = `${cache}dying-entry-${process.pid}.mjs`;
  writeFileSync(entry, `import ${JSON.stringify(hook)};\nimport ${JSON.stringify(workerSource)};\n`);
  dying = bundle(entry, 'dying-worker');
  // The same worker, preceded by a listener that holds its second chunk back (blocking the thread before the
  // worker's own listener runs) until the test posts on `gate` (or 10 s have passed, so that a pool that never
  // lets the caller see the first result fails an assertion rather than hanging): it has answered one chunk.
  const holdHook = `${cache}held-hook-${process.pid}.mjs`;
  writeFileSync(
    holdHook,
    [
      `import { BroadcastChannel, receiveMessageOnPort, workerData } from 'node:worker_threads';`,
      `const gate = new BroadcastChannel(${JSON.stringify(`quote-divergence-test-gate-${process.pid}`)});`,
      `gate.unref();`,
      `const pause = new Int32Array(new SharedArrayBuffer(4));`,
      `let chunks = 0;`,
      `workerData.port.on('message', () => {`,
      `  if (++chunks !== 2) return;`,
      `  for (const until = Date.now() + 10_000; receiveMessageOnPort(gate) === undefined && Date.now() < until; ) Atomics.wait(pause, 0, 0, 5);`,
      `});`,
      ``,
    ].join('\n'),
  );
  const heldEntry = `${cache}held-entry-${process.pid}.mjs`;
  writeFileSync(heldEntry, `import ${JSON.stringify(holdHook)};\nimport ${JSON.stringify(workerSource)};\n`);
  held = bundle(heldEntry, 'held-worker');
  // The same worker, preceded by a listener that says on `counts` how many chunks it has been sent.
  const countHook = `${cache}count-hook-${process.pid}.mjs`;
  writeFileSync(
    countHook,
    [
      `import { BroadcastChannel, workerData } from 'node:worker_threads';`,
      `const counts = new BroadcastChannel(${JSON.stringify(`quote-divergence-test-counts-${process.pid}`)});`,
      `counts.unref();`,
      `let chunks = 0;`,
      `workerData.port.on('message', () => counts.postMessage(++chunks));`,
      ``,
    ].join('\n'),
  );
  const countEntry = `${cache}count-entry-${process.pid}.mjs`;
  writeFileSync(countEntry, `import ${JSON.stringify(countHook)};\nimport ${JSON.stringify(workerSource)};\n`);
  counting = bundle(countEntry, 'counting-worker');
});

const words = ['gradual', 'incursion', 'invasion', 'NATO', 'Ukraine', 'alliance', 'plans', 'signal', 'message', 'Russia', 'peace', 'secret'];
/** 200 pairs of short sentences drawn from a fixed word list (deterministic). */
const pairs: [string, string][] = Array.from({ length: 200 }, (_, i) => {
  const pick = (k: number) => words[(i * 7 + k * 5) % words.length]!;
  return [`we are watching a ${pick(0)} ${pick(1)} of ${pick(2)}`, `they have seen the ${pick(1)} ${pick(3)} of ${pick(2)} today`];
});
const settings = { minSimilarity: 0.35, minTokens: 2, compare: {} };
const tasks: Task[] = [
  { op: 'verify', items: pairs, keepAccepted: true, settings },
  { op: 'compare', items: pairs.slice(0, 120), settings },
  { op: 'extract', items: [...seedArticles(), ...seedArticles().map((article) => ({ ...article, id: `${article.id}-copy` }))] },
];
const single = new TaskPool(1);
const expected = tasks.map((task) => JSON.stringify(single.run(task)));

describe('TaskPool when a worker dies', () => {
  const pools: TaskPool[] = [];
  afterAll(() => pools.forEach((pool) => pool.close()));

  it('gives the results of one thread when its workers exit on their second chunk', () => {
    const pool = new TaskPool(2, dying);
    pools.push(pool);
    tasks.forEach((task, k) => expect(JSON.stringify(pool.run(task)), task.op).toBe(expected[k]));
    expect(pool.deaths).toBeGreaterThan(0);
    expect(pool.deaths).toBeLessThanOrEqual(5);
  });

  it('collects replies while the caller works (start, pump, finish) and recovers there too', () => {
    const pool = new TaskPool(3, dying);
    pools.push(pool);
    const running = pool.start(tasks[0]!);
    const until = Date.now() + 400;
    while (Date.now() < until) running.pump();
    expect(JSON.stringify(running.finish())).toBe(expected[0]);
    expect(pool.deaths).toBeGreaterThan(0);
  });

  it('goes on with fewer threads once no replacement is left', () => {
    const pool = new TaskPool(2, dying);
    pools.push(pool);
    for (let round = 0; round < 12 && pool.threads > 1; round++) expect(JSON.stringify(pool.run(tasks[0]!))).toBe(expected[0]);
    expect(pool.deaths).toBe(5);
    expect(pool.threads).toBe(1);
    expect(JSON.stringify(pool.run(tasks[1]!))).toBe(expected[1]);
  });

  it('gives the results of one thread when a worker goes over its heap cap', () => {
    const pool = new TaskPool(2, worker, { maxOldGenerationSizeMb: 24 });
    pools.push(pool);
    tasks.forEach((task, k) => expect(JSON.stringify(pool.run(task)), task.op).toBe(expected[k]));
    expect(pool.deaths).toBeGreaterThan(0);
  });

  it('loses no worker under a cap its work fits in', () => {
    const pool = new TaskPool(2, worker, { maxOldGenerationSizeMb: 512 });
    pools.push(pool);
    tasks.forEach((task, k) => expect(JSON.stringify(pool.run(task)), task.op).toBe(expected[k]));
    expect(pool.deaths).toBe(0);
    expect(pool.threads).toBe(2);
  });
});

/**
 * Runs `body` listening to the `counting` workers of this process: `counted(n)` waits (up to 2 s) until one of them
 * has been sent `n` chunks, and gives the most chunks one has been sent by then.
 */
async function countingChunks(body: (counted: (n: number) => Promise<number>) => Promise<void>): Promise<void> {
  const counts = new BroadcastChannel(`quote-divergence-test-counts-${process.pid}`);
  let sent = 0;
  counts.onmessage = (event) => (sent = Math.max(sent, (event as { data: number }).data));
  try {
    await body(async (n) => {
      for (const until = Date.now() + 2_000; sent < n && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 10));
      return sent;
    });
  } finally {
    counts.close();
  }
}

describe('TaskPool.finish without the calling thread helping', () => {
  const pools: TaskPool[] = [];
  afterAll(() => pools.forEach((pool) => pool.close()));

  it('leaves every chunk to the worker, and gives the results of one thread', () =>
    countingChunks(async (counted) => {
      const pool = new TaskPool(2, counting);
      pools.push(pool);
      const task = tasks[1]!;
      const running = pool.start(task);
      let calls = 0;
      expect(JSON.stringify(running.finish(() => calls++, false))).toBe(expected[1]);
      // 120 comparisons in chunks of ceil(120 / (8 chunks per thread * 2 threads)) = 8: 15 chunks, all sent to the worker
      expect(await counted(15)).toBe(15);
      expect(calls).toBeGreaterThan(0);
    }));

  it('recovers from dying workers, and computes on the calling thread once none is left', () => {
    const pool = new TaskPool(2, dying);
    pools.push(pool);
    for (let round = 0; round < 12 && pool.threads > 1; round++) {
      const running = pool.start(tasks[1]!);
      expect(JSON.stringify(running.finish(undefined, false))).toBe(expected[1]);
    }
    expect(pool.deaths).toBe(5);
    expect(pool.threads).toBe(1);
    expect(JSON.stringify(pool.start(tasks[0]!).finish(undefined, false))).toBe(expected[0]);
  });
});

describe('TaskPool.open (items added while the task runs)', () => {
  const pools: TaskPool[] = [];
  afterAll(() => pools.forEach((pool) => pool.close()));
  const comparisons = tasks[1] as Extract<Task, { op: 'compare' }>;

  it('sends the worker each chunk as it fills, before the task is finished, and gives the results of one thread', () =>
    countingChunks(async (counted) => {
      const pool = new TaskPool(2, counting);
      pools.push(pool);
      const running = pool.open({ ...comparisons, items: [] });
      // one full chunk of comparisons (128 pairs: the pairs repeated) goes out while more are to come
      const items = [...comparisons.items, ...comparisons.items];
      items.slice(0, 128).forEach((pair) => running.add(pair));
      running.pump();
      expect(await counted(1)).toBe(1);
      items.slice(128).forEach((pair) => running.add(pair));
      const results = running.finish(undefined, false);
      expect(JSON.stringify(results)).toBe(JSON.stringify([...JSON.parse(expected[1]!), ...JSON.parse(expected[1]!)]));
      // 240 pairs: one full chunk and the partial last, both to the worker
      expect(await counted(2)).toBe(2);
    }));

  it('gives the results of one thread with workers that die, and with none', () => {
    const items = Array.from({ length: 3 }, () => comparisons.items).flat();
    const whole = JSON.stringify(single.run({ ...comparisons, items }));
    const dyingPool = new TaskPool(3, dying);
    pools.push(dyingPool);
    for (const pool of [dyingPool, single]) {
      const running = pool.open({ ...comparisons, items: [] });
      items.forEach((pair, i) => {
        running.add(pair);
        if (i % 50 === 0) running.pump();
      });
      expect(JSON.stringify(running.finish(undefined, false))).toBe(whole);
      expect(() => running.add(items[0]!)).toThrow('open task');
    }
  });

  it('finishes an open task no item was added to with no result', () => {
    const pool = new TaskPool(2, worker);
    pools.push(pool);
    expect(pool.open({ ...comparisons, items: [] }).finish(undefined, false)).toEqual([]);
  });

  it('keeps a started task closed', () => {
    const running = single.start(tasks[1]!) as ReturnType<TaskPool['open']>;
    expect(() => running.add(comparisons.items[0]!)).toThrow('open task');
  });
});

describe('TaskPool results as they come in', () => {
  const pools: TaskPool[] = [];
  afterAll(() => pools.forEach((pool) => pool.close()));
  /** A pool of `threads` running `script` (closed after the tests). */
  const poolOf = (script: URL, threads = 3) => {
    const pool = new TaskPool(threads, script);
    pools.push(pool);
    return pool;
  };
  const one = JSON.parse(expected[0]!) as unknown[];
  /** Each case runs with a healthy worker and with workers that die on their second chunk. */
  const workerKinds: [string, () => URL][] = [
    ['a healthy worker', () => worker],
    ['workers that die', () => dying],
  ];

  /**
   * A prefix strictly between none and all is seen only if a result of a worker is collected while some other
   * is still missing: with a healthy worker that is a matter of timing (on a loaded machine its thread may not
   * run until this one has done every other chunk, and its replies are then collected at once: 0, …, 0, 200 —
   * 3 runs in 40 on a loaded machine), so it is asserted with workers whose second chunk cannot come before the
   * caller has seen the first: one held back until the caller has seen a result, or workers that die on it.
   */
  it.each([
    ['a healthy worker', () => worker, 3, false],
    ['a worker that holds its second chunk until the caller has seen a result', () => held, 2, true],
    ['workers that die', () => dying, 3, true],
  ] as const)('reports a growing prefix of final results while finishing, with %s', (_, script, threads, partial) => {
    const pool = poolOf(script(), threads);
    const running = pool.start(tasks[0]!);
    const seen: number[] = [];
    let released = false;
    const results = running.finish(() => {
      const ready = running.ready();
      seen.push(ready);
      // every result below the prefix is already the final one
      for (let i = 0; i < ready; i++) expect(JSON.stringify(running.result(i))).toBe(JSON.stringify(one[i]));
      if (script() === held && ready > 0 && !released) {
        released = true;
        gate.postMessage('go');
      }
    });
    expect(JSON.stringify(results)).toBe(expected[0]);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((ready, k) => k === 0 || ready >= seen[k - 1]!)).toBe(true);
    if (partial) expect(seen.some((ready) => ready > 0 && ready < pairs.length), JSON.stringify(seen)).toBe(true);
    expect(seen.at(-1)).toBe(pairs.length);
    expect(running.ready()).toBe(pairs.length);
  });

  it.each(workerKinds)('hands each result over once when taken while finishing, with %s', (_, script) => {
    const running = poolOf(script()).start(tasks[0]!);
    const taken: unknown[] = [];
    // no call after finish: its last call of `between` comes once every result is in
    const results = running.finish(() => {
      for (const ready = running.ready(); taken.length < ready; ) taken.push(running.take(taken.length));
    });
    expect(JSON.stringify(taken)).toBe(expected[0]);
    // the task holds a taken result no longer
    expect(results.filter((result) => result !== undefined)).toEqual([]);
    expect(running.result(0)).toBeUndefined();
    expect(taken).toHaveLength(one.length);
  });

  it.each([
    ['a healthy worker', () => worker, 2],
    ['workers that die', () => dying, 3],
  ])('runs tasks that overlap (one started in the background of the others) to the results of one thread, with %s', (_, script, threads) => {
    const pool = poolOf(script(), threads);
    const background = pool.start(tasks[0]!);
    const readyBefore = background.ready();
    // the later tasks are run whole meanwhile; the background's chunks fill the workers' spare time
    expect(JSON.stringify(pool.run(tasks[1]!))).toBe(expected[1]);
    background.pump();
    expect(JSON.stringify(pool.run(tasks[2]!))).toBe(expected[2]);
    expect(JSON.stringify(background.finish())).toBe(expected[0]);
    expect(readyBefore).toBe(0);
    // the pool is left with no task: the next one gets the workers to itself and the same results
    expect(JSON.stringify(pool.run(tasks[0]!))).toBe(expected[0]);
  });

  it('has no results before finishing in one thread, and all after', () => {
    const running = single.start(tasks[1]!);
    expect(running.ready()).toBe(0);
    const readyBetween: number[] = [];
    const results = running.finish(() => readyBetween.push(running.ready()));
    expect(readyBetween).toEqual([120]);
    expect(running.ready()).toBe(120);
    expect(JSON.stringify(running.result(119))).toBe(JSON.stringify(results[119]));
    const last = JSON.stringify(results[119]);
    expect(JSON.stringify(running.take(119))).toBe(last);
    expect(running.result(119)).toBeUndefined();
  });
});

describe('a corpus run whose workers stop', () => {
  const articles = [...seedArticles(), ...seedArticles().map((article) => ({ ...article, id: `${article.id}-copy` }))];
  const alone = new QuoteIndex({ workers: 1 });
  alone.add(articles);
  const expectedReport = alone.report();

  it('reports it in one warning that belongs to no article, with the results of one thread', () => {
    const index = new QuoteIndex({ workers: 2 });
    const pool = new TaskPool(2, dying);
    useTaskPool(index, pool);
    try {
      index.add(articles);
      const report = index.report();
      expect(pool.deaths).toBeGreaterThan(0);
      const [first, ...rest] = report.diagnostics;
      expect(first).toEqual(workerStopped(pool.deaths, pool.threads < 2 ? pool.threads : null));
      expect(first).toMatchObject({ rule: 'worker-stopped', severity: 'warning', start: 0, end: 0 });
      expect(first!.articleId).toBeUndefined();
      expect(JSON.stringify({ ...report, diagnostics: rest })).toBe(JSON.stringify(expectedReport));
      // the count is kept once the pool is closed (a later report after close() still says so)
      const deaths = pool.deaths;
      index.close();
      expect(index.report().diagnostics[0]).toEqual(workerStopped(deaths, null));
    } finally {
      index.close();
    }
  });

  it('says nothing when no worker stopped', () => {
    expect(expectedReport.diagnostics.some((diagnostic) => diagnostic.rule === 'worker-stopped')).toBe(false);
    expect(workerStopped(0, null)).toBeNull();
  });

  it('words the warning by count, and says when the run went on with fewer threads', () => {
    expect(workerStopped(1, null)?.message).toBe(
      '1 worker thread stopped (over its heap limit, or killed) and its work was done again on the other threads: the results are complete, the run took longer',
    );
    expect(workerStopped(6, 1)?.message).toBe(
      '6 worker threads stopped (over their heap limit, or killed) and their work was done again on the other threads: the results are complete, the run took longer; the run went on with the calling thread alone',
    );
    expect(workerStopped(6, 3)?.message).toMatch(/went on with 3 threads$/);
  });
});
