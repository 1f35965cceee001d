/**
 * `onProgress`: the corpus stage reports each stage in order, `done` climbing to `total`, on the
 * calling thread, and the report is exactly the one of a run without the hook — also with a batch
 * split over a worker thread.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { StageProgress, ITEMS_PER_STEP } from '../src/corpus/progress-steps.js';
import { QuoteIndex } from '../src/corpus/quote-index.js';
import { TaskPool } from '../src/corpus/worker-pool.js';
import { seedArticles } from './corpus-fixtures.js';
import type { CorpusOptions } from '../src/types.js';

type Call = Parameters<NonNullable<CorpusOptions['onProgress']>>[0];

/** The calls grouped into runs of one stage, in order. */
function stageRuns(calls: readonly Call[]): { stage: string; calls: Call[] }[] {
  const runs: { stage: string; calls: Call[] }[] = [];
  for (const call of calls) {
    const last = runs.at(-1);
    if (last?.stage === call.stage) last.calls.push(call);
    else runs.push({ stage: call.stage, calls: [call] });
  }
  return runs;
}

describe('alignCorpus onProgress', () => {
  const articles = seedArticles();
  const plain = alignCorpus(articles);

  it('reports extract, cluster, echoes, report in order, done climbing to total, with an identical report', () => {
    const calls: Call[] = [];
    const report = alignCorpus(articles, { onProgress: (progress) => calls.push({ ...progress }) });
    expect(report).toEqual(plain);
    const runs = stageRuns(calls);
    expect(runs.map((run) => run.stage)).toEqual(['extract', 'cluster', 'echoes', 'report']);
    for (const run of runs) {
      expect(run.calls[0]!.done).toBe(0);
      for (const [i, call] of run.calls.entries()) {
        expect(call.done).toBeLessThanOrEqual(call.total);
        if (i > 0) expect(call.done).toBeGreaterThanOrEqual(run.calls[i - 1]!.done);
      }
      const last = run.calls.at(-1)!;
      expect(last.done).toBe(last.total);
    }
    // extraction counts the articles, one step of 8 here
    expect(runs[0]!.calls).toEqual([
      { stage: 'extract', done: 0, total: articles.length },
      { stage: 'extract', done: articles.length, total: articles.length },
    ]);
    // the pairs verified and the comparisons made: real work, in steps
    expect(runs.slice(1).map((run) => run.calls.at(-1)!.total > 0)).toEqual([true, true, true]);
  });

  it('has no echoes stage with echoes: false, and rejects a hook that is not a function', () => {
    const stages: string[] = [];
    alignCorpus(articles.slice(0, 2), { echoes: false, onProgress: ({ stage }) => stages.push(stage) });
    expect([...new Set(stages)]).toEqual(['extract', 'cluster', 'report']);
    expect(() => alignCorpus(articles, { onProgress: 'yes' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('is not written by QuoteIndex.toJSON', () => {
    const hooked = new QuoteIndex({ onProgress: () => undefined });
    const bare = new QuoteIndex();
    hooked.add(articles.slice(0, 2));
    bare.add(articles.slice(0, 2));
    expect(hooked.toJSON()).toEqual(bare.toJSON());
    expect(JSON.stringify(hooked.toJSON())).not.toContain('onProgress');
  });
});

describe('StageProgress', () => {
  const pairs: [string, string][] = Array.from({ length: 600 }, (_, i) => [`the alliance does not abandon plan ${i}`, `the alliance has not abandoned plan ${i % 7}`]);
  const settings = { minSimilarity: 0.35, minTokens: 2, compare: {} };
  const task = { op: 'verify' as const, items: pairs, keepAccepted: false, settings };

  it('adds up done and total over the batches of one stage, in steps of ITEMS_PER_STEP items per thread', () => {
    const calls: Call[] = [];
    const progress = new StageProgress('cluster', (call) => calls.push({ ...call }), 1);
    const single = new TaskPool(1);
    const stepped = progress.run(task, (part) => single.run(part));
    progress.run({ ...task, items: pairs.slice(0, 10) }, (part) => single.run(part));
    expect(progress.run({ ...task, items: [] }, (part) => single.run(part))).toEqual([]);
    expect(JSON.stringify(stepped)).toBe(JSON.stringify(single.run(task)));
    expect(ITEMS_PER_STEP.verify).toBe(256);
    expect(calls.map(({ done, total }) => [done, total])).toEqual([[0, 600], [256, 600], [512, 600], [600, 600], [600, 610], [610, 610]]);
  });

  it('runs in steps over a worker thread (the hook stays here) with the results of one thread', async () => {
    const { buildSync } = await import('esbuild');
    const out = fileURLToPath(new URL(`../node_modules/.cache/quote-divergence-test/progress-worker-${process.pid}.mjs`, import.meta.url));
    buildSync({ entryPoints: [fileURLToPath(new URL('../src/corpus/worker.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
    const pool = new TaskPool(2, pathToFileURL(out));
    try {
      expect(pool.threads).toBe(2);
      const calls: number[] = [];
      const progress = new StageProgress('echoes', ({ done }) => calls.push(done), pool.threads);
      const stepped = progress.run({ ...task, keepAccepted: true }, (part) => pool.run(part));
      expect(JSON.stringify(stepped)).toBe(JSON.stringify(new TaskPool(1).run({ ...task, keepAccepted: true })));
      expect(calls).toEqual([0, 512, 600]);
      // followed in one go instead: the same results, the hook told of every 512 items done at most, from 0 to 600
      const followed: number[] = [];
      const follow = new StageProgress('echoes', ({ done, total }) => followed.push(done - total), pool.threads);
      const running = pool.start({ ...task, keepAccepted: true });
      let advances = 0;
      const inOneGo = follow.follow('verify', pairs.length, (advance) =>
        running.finish(() => {
          advances++;
          advance(running.ready());
        }),
      );
      expect(JSON.stringify(inOneGo)).toBe(JSON.stringify(stepped));
      expect(advances).toBeGreaterThan(2);
      expect(followed[0]).toBe(-600);
      expect(followed.at(-1)).toBe(0);
      expect(followed.length === 2 || (followed.length === 3 && followed[1]! >= 512 - 600 && followed[1]! < 0)).toBe(true);
    } finally {
      pool.close();
    }
  });

  it('follows a batch run elsewhere: 0 first, a call per step done, the total last; an empty later batch says nothing', () => {
    const calls: [number, number][] = [];
    const progress = new StageProgress('report', ({ done, total }) => calls.push([done, total]), 1);
    // compare steps are 64 items per thread: of 30, 70, 100, 130, 190, only 70 and 190 are a step past the last call
    const out = progress.follow('compare', 200, (advance) => {
      for (const done of [30, 70, 100, 130, 190, 200]) advance(done);
      return 'done';
    });
    expect(out).toBe('done');
    expect(progress.follow('compare', 0, () => 'empty')).toBe('empty');
    progress.follow('compare', 10, () => undefined);
    expect(calls).toEqual([[0, 200], [70, 200], [190, 200], [200, 200], [200, 210], [210, 210]]);
    const silent = new StageProgress('report', null, 2);
    expect(silent.follow('compare', 5, (advance) => (advance(5), 7))).toBe(7);
  });
});
