/**
 * Run in a fresh process by `bench/corpus.ts` (section `stages`): the time of each parallel batch of
 * `alignCorpus` on replicated real news, read from its progress hook — the extraction of the articles
 * (`extract`), the verification of the clusters' candidate pairs (`cluster`) and of the echo pairs
 * (`echoes`), the clusters' comparisons (`report`) — against the whole run. The work between the batches
 * (blocking, linking, the echo windows' index, the witness tables; with one thread, storing the quotes too)
 * runs on the calling thread alone, whatever the number of workers. With workers the calling thread stores
 * the quotes while the workers extract, so there `extract` includes storing. Prints one JSON object on stdout.
 *
 * A batch's time runs from the hook's first call for it to its last. With a hook the stages run one after
 * the other (`QuoteIndex.report`), where a run without one overlaps the echo search with the clusters'
 * verification (`overlapped-report.ts`): the whole run takes longer than `bench/corpus-scale.ts`'s.
 *
 * Usage: `node --expose-gc --import tsx bench/corpus-stages.ts <module URL> <articles> <workers>`
 * (the module is the built `dist/index.js`, whose worker threads need the built `dist/worker.js`).
 *
 * @module
 */

import { corpusChild } from './corpus-child.js';

type Stage = 'extract' | 'cluster' | 'echoes' | 'report';

const { api, corpus, threads } = await corpusChild('corpus-stages.ts <module URL> <articles> <workers>');
(globalThis as { gc?: () => void }).gc?.();

/** Milliseconds spent inside each stage's batches, and the number of batches. */
const spent: Record<Stage, { ms: number; batches: number; items: number }> = {
  extract: { ms: 0, batches: 0, items: 0 },
  cluster: { ms: 0, batches: 0, items: 0 },
  echoes: { ms: 0, batches: 0, items: 0 },
  report: { ms: 0, batches: 0, items: 0 },
};
// the batch under way: its stage, when it started, the total it was announced with
let open: { stage: Stage; since: number; total: number } | null = null;
// each stage's total so far: it adds up over the stage's batches
const totals: Record<Stage, number> = { extract: 0, cluster: 0, echoes: 0, report: 0 };
const started = performance.now();
const report = api.alignCorpus(corpus.articles, {
  workers: threads,
  onProgress: ({ stage, done, total }) => {
    const now = performance.now();
    if (open === null || open.stage !== stage || total !== open.total) {
      // a new batch: the hook is called before its first step, with the stage's total grown by its items
      spent[stage].batches++;
      spent[stage].items += total - totals[stage];
      totals[stage] = total;
      open = { stage, since: now, total };
    }
    if (done === total) {
      spent[stage].ms += now - open.since;
      open = null;
    }
  },
});
const ms = performance.now() - started;
const batchMs = Object.values(spent).reduce((sum, stage) => sum + stage.ms, 0);
console.log(
  JSON.stringify({
    workers: threads,
    articles: corpus.articles.length,
    quotes: report.quotes.length,
    ms: Math.round(ms),
    stages: Object.fromEntries(Object.entries(spent).map(([stage, { ms: stageMs, batches, items }]) => [stage, { ms: Math.round(stageMs), batches, items }])),
    // everything else: the calling thread's serial work between the batches
    betweenMs: Math.round(ms - batchMs),
  }),
);
