/**
 * Worker threads run only from the build (`dist/worker.js` next to `dist/index.js`); from sources the pool
 * runs in-process. This test loads the build, when there is one, and checks that two threads give exactly
 * the result of one, in the ESM and the CJS build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { posted, received } from '../src/corpus/corpus-tasks.js';
import { seedArticles } from './corpus-fixtures.js';

const dist = (name: string) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
const built = ['index.js', 'index.cjs', 'worker.js'].every((name) => existsSync(dist(name)));
const fresh = built && statSync(dist('worker.js')).mtimeMs >= statSync(fileURLToPath(new URL('../src/corpus/worker-pool.ts', import.meta.url))).mtimeMs;
if (!built) console.warn('corpus-workers: skipped, no build in dist/ (run `npm run build` first)');
else if (!fresh) console.warn('corpus-workers: skipped, dist/ is older than src/corpus (run `npm run build` first)');

describe.skipIf(!built || !fresh)('alignCorpus with worker threads (built package)', () => {
  it('gives identical reports with 1 and 2 workers (ESM)', async () => {
    const api = (await import(dist('index.js'))) as typeof import('../src/index.js');
    const articles = [...seedArticles(), ...seedArticles().map((a) => ({ ...a, id: `${a.id}-copy` }))];
    const one = api.alignCorpus(articles, { workers: 1 });
    const two = api.alignCorpus(articles, { workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.clusters.length).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux')('runs its worker threads 10 niceness steps below the calling thread (Linux)', async () => {
    const api = (await import(dist('index.js'))) as typeof import('../src/index.js');
    // a thread's niceness: the 19th field of its stat file, counted from after the command name in parentheses
    const niceness = (path: string) => {
      const stat = readFileSync(path, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    // the threads alive now; one listed and gone before its stat is read (an earlier test's worker, terminated
    // without waiting) is left out
    const threads = () =>
      readdirSync('/proc/self/task').flatMap((tid) => {
        try {
          return [{ tid, niceness: niceness(`/proc/self/task/${tid}/stat`) }];
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
          throw error;
        }
      });
    const own = niceness('/proc/thread-self/stat');
    const before = new Set(threads().map((thread) => thread.tid));
    const index = new api.QuoteIndex({ workers: 2 });
    try {
      // the pool starts with the first task, and its worker lives until the index is closed
      index.add(seedArticles());
      const started = threads().filter((thread) => !before.has(thread.tid));
      expect(started.map((thread) => thread.niceness)).toContain(Math.min(19, own + 10));
      expect(niceness('/proc/thread-self/stat')).toBe(own);
    } finally {
      index.close();
    }
  });

  it('gives the same report with a progress hook, which hears each stage from 0 to its total, never going back', async () => {
    const api = (await import(dist('index.js'))) as typeof import('../src/index.js');
    const articles = [...seedArticles(), ...seedArticles().map((a) => ({ ...a, id: `${a.id}-copy` }))];
    const calls: { stage: string; done: number; total: number }[] = [];
    const hooked = api.alignCorpus(articles, { workers: 2, onProgress: (call) => calls.push({ ...call }) });
    expect(JSON.stringify(hooked)).toBe(JSON.stringify(api.alignCorpus(articles, { workers: 1 })));
    const stages = calls.map((call) => call.stage).filter((stage, i, all) => stage !== all[i - 1]);
    expect(stages).toEqual(['extract', 'cluster', 'echoes', 'report']);
    for (const stage of stages) {
      const mine = calls.filter((call) => call.stage === stage);
      expect(mine[0]!.done).toBe(0);
      expect(mine.at(-1)!.done).toBe(mine.at(-1)!.total);
      mine.forEach((call, i) => i > 0 && expect(call.done).toBeGreaterThanOrEqual(mine[i - 1]!.done));
    }
    // the distinct texts are extracted: the copies are not sent again
    expect(calls[0]).toEqual({ stage: 'extract', done: 0, total: seedArticles().length });
  });

  it('finds its worker from the CJS build too', () => {
    const require = createRequire(import.meta.url);
    const api = require(dist('index.cjs')) as typeof import('../src/index.js');
    const articles = seedArticles();
    expect(JSON.stringify(api.alignCorpus(articles, { workers: 2 }))).toBe(JSON.stringify(api.alignCorpus(articles, { workers: 1 })));
  });
});

describe('TaskPool with a worker bundled from sources', () => {
  it('spreads comparisons over two threads with the same results as one', async () => {
    const { buildSync } = await import('esbuild');
    const { pathToFileURL } = await import('node:url');
    const { TaskPool } = await import('../src/corpus/worker-pool.js');
    // inside the repository, so the bundle resolves the runtime dependencies from node_modules
    const out = fileURLToPath(new URL(`../node_modules/.cache/quote-divergence-test/worker-${process.pid}.mjs`, import.meta.url));
    buildSync({ entryPoints: [fileURLToPath(new URL('../src/corpus/worker.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
    const pool = new TaskPool(2, pathToFileURL(out));
    const single = new TaskPool(1);
    try {
      expect(pool.threads).toBe(2);
      expect(single.threads).toBe(1);
      const items: [string, string][] = [
        ['We are watching a gradual incursion of NATO', 'we have seen the gradual invasion of NATO'],
        ['never underestimate Russia', 'Russia should not be underestimated'],
        ['open secret', 'dove of peace'],
        ['the alliance does not abandon its plans', 'the alliance has not abandoned its plans'],
        ['clear signal', 'a clear message'],
      ];
      const settings = { minSimilarity: 0.35, minTokens: 2, compare: {} };
      const task = { op: 'verify' as const, items, keepAccepted: true, settings };
      expect(JSON.stringify(pool.run(task))).toBe(JSON.stringify(single.run(task)));
      const compare = { op: 'compare' as const, items: [...items, ...items], settings };
      expect(JSON.stringify(pool.run(compare))).toBe(JSON.stringify(single.run(compare)));
      // started, pumped while this thread does other work, then finished: the same results in item order
      const many = { op: 'verify' as const, items: Array.from({ length: 40 }, (_, i) => items[i % items.length]!), keepAccepted: false, settings };
      const running = pool.start(many);
      for (let i = 0; i < 5; i++) running.pump();
      expect(JSON.stringify(running.finish())).toBe(JSON.stringify(single.run(many)));
      // blocking's probes read the index in shared memory from the worker: the same pairs as in this thread
      const { QuoteGroups } = await import('../src/corpus/quote-groups.js');
      const { headProbes } = await import('../src/corpus/cluster-graph.js');
      const store = new QuoteGroups(2);
      items.flat().forEach((text, q) => store.add({ text, start: 0, end: text.length, marks: { open: '"', close: '"' }, speaker: null, kind: 'utterance', flags: [], articleId: `a${q}`, id: `a${q}:0`, source: null }));
      const probes = headProbes(store, store.representatives(), true);
      const probe = { op: 'probe' as const, items: [0, 0, 0, 0], probes };
      const inWorker = pool.run<Float64Array>(probe);
      expect(inWorker.map((keys) => [...keys])).toEqual(single.run<Float64Array>(probe).map((keys) => [...keys]));
      expect(inWorker[0]!.length).toBeGreaterThan(0);
    } finally {
      pool.close();
    }
  });
});

describe('tasks as posted to a worker', () => {
  const settings = { minSimilarity: 0.35, minTokens: 2, compare: {} };

  it('send each distinct text of a chunk once, and are received as the same pairs', () => {
    const task = { op: 'verify' as const, items: [['we saw', 'we have seen'], ['we saw', 'they saw'], ['they saw', 'we saw']] as [string, string][], keepAccepted: true, settings };
    const sent = posted(task);
    expect(sent.items).toEqual({ texts: ['we saw', 'we have seen', 'they saw'], indices: Int32Array.of(0, 1, 0, 2, 2, 0) });
    expect(received(structuredClone(sent))).toEqual(task);
  });

  it('round-trip any pairs, and leave extraction tasks as they are', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd e', ''), fc.constantFrom('a', 'b', 'x')), { maxLength: 30 }), (items) => {
        const task = { op: 'compare' as const, items, settings };
        const sent = posted(task);
        expect(sent.items).toMatchObject({ texts: [...new Set(items.flat())] });
        expect(received(sent)).toEqual(task);
      }),
    );
    const extract = { op: 'extract' as const, items: [{ id: 'a', text: 'He said "yes".' }] };
    expect(posted(extract)).toBe(extract);
    expect(received(extract)).toBe(extract);
  });
});
