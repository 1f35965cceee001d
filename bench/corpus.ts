/**
 * `npm run bench -- corpus`: the corpus stage's cost and quality.
 *
 * - Scale: `alignCorpus` on replicated real news (PolNeAR train articles, quotes perturbed) at each size of
 *   `QD_CORPUS_SIZES` (articles, default `300,1000` for a quick run; the full run is `QD_CORPUS_SIZES=10000,100000`),
 *   each in a fresh process, with `QD_CORPUS_WORKERS` threads (default 2): wall time, quotes, peak memory
 *   beyond the input per quote, and the growth of time against linear between consecutive sizes.
 *   `QD_CORPUS_HEAP_MB` caps each run's heap (`--max-old-space-size`), so that a run
 *   too big for the machine fails with an out-of-memory error instead of pushing the machine into swap.
 *   V8 gives that limit to every thread, the workers included, in place of the pool's own smaller caps
 *   (`pool-worker.ts`): the workers' heaps then grow to about four times what they hold, and the peak
 *   rises (BENCHMARKS.md). Sessions 4–11 measured the 100,000-article run with 9500; from session 12 it is
 *   measured under Node's default limits (no flag), as a program importing the library runs.
 * - Blocking alone (no extraction, no comparison) on synthetic quote mentions (`quote-mentions.ts`): `QD_CORPUS_MENTIONS`
 *   (default 100,000; `1000000` for the million-mention figure) and a tenth of it, each in a fresh process
 *   (`index-scale.ts`): time and memory of grouping and candidate generation, and their growth.
 * - Index scale: synthetic mentions through the public `QuoteIndex` from raw text (one short article each; `add`,
 *   then `clusters()`), at each size of `QD_CORPUS_INDEX_MENTIONS` (default 10,000), each in a fresh process
 *   (`index-scale.ts`): time, peak memory beyond the input, the heap held, and their growth.
 * - Blocking recall: candidate pairs against an exhaustive comparison of all pairs at the same threshold,
 *   on `QD_CORPUS_RECALL_SAMPLE` (default 500) synthetic renderings.
 * - Cluster precision and recall against the synthetic truth (`QD_CORPUS_TRUTH_ARTICLES`, default 400 articles).
 * - Brute force: string-similarity over all pairs of 10,000 quotes, measured on 1,000 and extrapolated
 *   by the number of pairs, against our blocking and our blocking + verification on the 10,000.
 * - Stages: workers 1 → 2 for each parallel batch of the run (extraction, the verifications, the
 *   comparisons) and for the calling thread's serial work between them (`corpus-stages.ts`, on
 *   `QD_CORPUS_STAGE_ARTICLES` articles, default 10,000, `QD_CORPUS_STAGE_ROUNDS` alternated rounds, default 1).
 *
 * `QD_CORPUS_SECTIONS` picks sections (comma-separated: `blocking-recall`, `brute-force`, `blocking-scale`,
 * `index-scale`, `cluster-quality`, `scale`, `stages`). The scale section uses the build (`npm run build` first) for worker threads.
 *
 * @module
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../eval/figure.js';
import { bigramDice } from '../eval/peers/string-similarity.js';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { minContainment } from '../src/corpus/candidate-index.js';
import { collectedPairs, inPairOrder } from '../src/corpus/corpus-tasks.js';
import { candidatePairs, clusterGroups } from '../src/corpus/cluster-graph.js';
import { inThisThread } from '../src/corpus/head-probes.js';
import { pairOf } from '../src/corpus/pair-keys.js';
import { VerdictBook } from '../src/corpus/verdict-book.js';
import { familyHeads } from '../src/corpus/near-duplicates.js';
import { verifyPair } from '../src/corpus/verify-pair.js';
import { DEFAULT_MIN_SIMILARITY } from '../src/corpus/corpus-options.js';
import { familyOf, mentions, sentenceOf, storeOf } from './quote-mentions.js';
import { syntheticCorpus } from './synthetic-corpus.js';
import { median } from './throughput.js';

const SEED = 20_261_122;
const numbers = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').map(Number).filter((n) => n > 0);

/** The module a child run imports: the build when there is one (worker threads need `dist/worker.js`), else the sources. */
function benchTarget(): { root: URL; target: string; built: boolean } {
  const root = new URL('..', import.meta.url);
  const dist = new URL('dist/index.js', root);
  const built = existsSync(fileURLToPath(dist)) && existsSync(fileURLToPath(new URL('dist/worker.js', root)));
  return { root, target: built ? dist.href : new URL('src/index.ts', root).href, built };
}

/**
 * Runs a child script (`corpus-scale.ts`, `corpus-stages.ts`) in a fresh process, so that its time and memory
 * are its own, and returns the JSON object it prints last; throws with the start of its standard error when it fails.
 */
function childRun<T>(name: string, args: readonly string[], nodeFlags: readonly string[] = []): T {
  const script = fileURLToPath(new URL(name, import.meta.url));
  const child = spawnSync(process.execPath, [...nodeFlags, '--expose-gc', '--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    cwd: fileURLToPath(benchTarget().root),
    maxBuffer: 1 << 24,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(child.stderr.split('\n').slice(0, 5).join(' | '));
  return JSON.parse(line) as T;
}

function scaleFigures(): Figure[] {
  const { target, built } = benchTarget();
  const workers = Number(process.env.QD_CORPUS_WORKERS ?? 2);
  if (!built) console.error('corpus bench: dist/ not built, running from sources in one thread (npm run build first for workers)');
  const figures: Figure[] = [];
  let previous: { size: number; ms: number } | null = null;
  for (const size of numbers('QD_CORPUS_SIZES', '300,1000')) {
    const heap = numbers('QD_CORPUS_HEAP_MB', '0').map((mb) => `--max-old-space-size=${mb}`);
    let run: { ms: number; cpuMs: number; mainThreadCpuMs: number; busiestOtherThreadCpuMs: number; retainedHeap: number; reportBytes: number | null; quotes: number; clusters: number; variants: number; echoes: number; characters: number; peakBeyondInput: number };
    try {
      run = childRun('corpus-scale.ts', [target, String(size), String(workers)], heap);
    } catch (error) {
      console.error(`corpus bench at ${size} articles failed: ${(error as Error).message}`);
      continue;
    }
    const label = `${size} articles (${(run.characters / 1e6).toFixed(1)} M chars, ${workers} workers${built ? '' : ', sources: 1 thread'})`;
    figures.push(
      { name: `alignCorpus wall time, ${label}`, value: run.ms / 1000, unit: 's' },
      { name: `alignCorpus CPU time (all threads), ${label}`, value: run.cpuMs / 1000, unit: 's' },
      { name: `alignCorpus CPU time of the calling thread / of the busiest other thread, ${label}`, value: run.mainThreadCpuMs / 1000, unit: `s / ${(run.busiestOtherThreadCpuMs / 1000).toFixed(1)} s` },
      { name: `alignCorpus quotes, ${label}`, value: run.quotes },
      { name: `alignCorpus clusters / variants / echoes, ${label}`, value: run.clusters, unit: `clusters (${run.variants} variants, ${run.echoes} echoes)` },
      { name: `alignCorpus throughput, ${label}`, value: run.characters / 1e6 / (run.ms / 1000), unit: 'M chars/s' },
      { name: `alignCorpus peak RSS beyond input per quote (incl. worker WordNet, uncollected garbage), ${label}`, value: run.peakBeyondInput / Math.max(1, run.quotes), unit: 'B/quote' },
      { name: `alignCorpus heap retained by the report after GC per quote, ${label}`, value: run.retainedHeap / Math.max(1, run.quotes), unit: 'B/quote' },
    );
    // not measured when QD_CORPUS_HASH=0 skips serialising the report
    if (run.reportBytes !== null) figures.push({ name: `alignCorpus report JSON size per quote, ${label}`, value: run.reportBytes / Math.max(1, run.quotes), unit: 'B/quote' });
    if (previous) figures.push({ name: `alignCorpus time growth ${previous.size}→${size} articles vs linear`, value: run.ms / previous.ms / (size / previous.size), unit: '× linear' });
    previous = { size, ms: run.ms };
  }
  return figures;
}

/** One stage run's figures, as printed by `corpus-stages.ts`. */
interface StageRun {
  ms: number;
  quotes: number;
  stages: Record<'extract' | 'cluster' | 'echoes' | 'report', { ms: number; batches: number; items: number }>;
  betweenMs: number;
}

/**
 * Workers 1 → 2 by stage: `corpus-stages.ts` on `QD_CORPUS_STAGE_ARTICLES` articles (default 10,000) with 1
 * and 2 threads, alternated `QD_CORPUS_STAGE_ROUNDS` times (default 1), each in a fresh process. The median
 * time of each parallel batch (extraction, the two verifications, the comparisons), of the calling
 * thread's serial work between them, and of the whole run, and the speed-up of each.
 */
function stageFigures(): Figure[] {
  const { target, built } = benchTarget();
  if (!built) {
    console.error('corpus bench, stages: dist/ not built (npm run build first): worker threads need it');
    return [];
  }
  const size = numbers('QD_CORPUS_STAGE_ARTICLES', '10000')[0]!;
  const rounds = numbers('QD_CORPUS_STAGE_ROUNDS', '1')[0]!;
  const runs: Record<1 | 2, StageRun[]> = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round++) {
    // alternated, each order in turn: the machine's speed drifts
    for (const workers of round % 2 === 0 ? ([1, 2] as const) : ([2, 1] as const)) {
      try {
        runs[workers].push(childRun<StageRun>('corpus-stages.ts', [target, String(size), String(workers)]));
      } catch (error) {
        throw new Error(`stage run (${workers} workers) failed: ${(error as Error).message}`);
      }
    }
  }
  const parts: [string, (run: StageRun) => number][] = [
    ['extraction (with 2 workers this thread stores the quotes meanwhile; with 1, after it)', (run) => run.stages.extract.ms],
    ["verification of the clusters' candidate pairs", (run) => run.stages.cluster.ms],
    ['verification of the echo pairs', (run) => run.stages.echoes.ms],
    ["the clusters' comparisons", (run) => run.stages.report.ms],
    ['both verifications together', (run) => run.stages.cluster.ms + run.stages.echoes.ms],
    ["the calling thread's serial work between them", (run) => run.betweenMs],
    ['the whole run', (run) => run.ms],
  ];
  const label = `${size} articles (${runs[2][0]!.quotes} quotes), median of ${rounds} alternated runs each`;
  return parts.flatMap(([part, of]) => {
    const one = median(runs[1].map(of));
    const two = median(runs[2].map(of));
    return [
      { name: `alignCorpus ${part}, 1 / 2 workers, ${label}`, value: one / 1000, unit: `s / ${(two / 1000).toFixed(2)} s` },
      { name: `alignCorpus ${part}, speed-up 1 → 2 workers, ${label}`, value: one / Math.max(1, two), unit: '×' },
    ];
  });
}

/** A blocking run's figures, as printed by `index-scale.ts blocking`. */
interface BlockingRun {
  mentions: number;
  ms: number;
  cpuMs: number;
  groups: number;
  pairs: number;
  peakBeyondInput: number;
  heapBeyondInput: number;
}

/**
 * The index's blocking alone on `QD_CORPUS_MENTIONS` synthetic mentions and a tenth of them (default 100,000),
 * each in a fresh process (`index-scale.ts blocking`), so that the heap is read after a full collection and
 * the peak is the run's own.
 */
function blockingScale(): Figure[] {
  const figures: Figure[] = [];
  const top = numbers('QD_CORPUS_MENTIONS', '100000')[0]!;
  let previous: BlockingRun | null = null;
  for (const size of [top / 10, top].map(Math.round)) {
    const run = childRun<BlockingRun>('index-scale.ts', ['blocking', String(size)]);
    figures.push(
      { name: `blocking (group + candidates) time, ${size} quote mentions`, value: run.ms / 1000, unit: 's' },
      { name: `blocking CPU time, ${size} quote mentions`, value: run.cpuMs / 1000, unit: 's' },
      { name: `blocking candidate pairs per distinct quote, ${size} mentions`, value: run.pairs / Math.max(1, run.groups), unit: `(${run.groups} distinct)` },
      { name: `blocking heap beyond input per quote, ${size} mentions (index and candidates retained, after a full GC)`, value: run.heapBeyondInput / size, unit: 'B/quote' },
      { name: `blocking peak RSS beyond input per quote, ${size} mentions`, value: run.peakBeyondInput / size, unit: 'B/quote' },
    );
    if (previous) figures.push({ name: `blocking time growth ${previous.mentions}→${size} mentions vs linear`, value: run.ms / previous.ms / (size / previous.mentions), unit: '× linear' });
    previous = run;
  }
  return figures;
}

/** An index run's figures, as printed by `index-scale.ts index`. */
interface IndexRun {
  mentions: number;
  ms: number;
  addMs: number;
  cpuMs: number;
  quotes: number;
  clusters: number;
  variants: number;
  peakBeyondInput: number;
  heapBeyondInput: number;
}

/**
 * Synthetic mentions through the public `QuoteIndex` from raw text (`index-scale.ts index`: one short article
 * per mention, `add`, then `clusters()`), at each size of `QD_CORPUS_INDEX_MENTIONS` (default 10,000; the
 * million-mention figure is `1000000`), with `QD_CORPUS_WORKERS` threads (default 2), each in a fresh process.
 */
function indexScale(): Figure[] {
  const { target, built } = benchTarget();
  const workers = Number(process.env.QD_CORPUS_WORKERS ?? 2);
  const figures: Figure[] = [];
  let previous: IndexRun | null = null;
  for (const size of numbers('QD_CORPUS_INDEX_MENTIONS', '10000')) {
    const run = childRun<IndexRun>('index-scale.ts', ['index', target, String(size), String(workers)]);
    const label = `${size} quote mentions (${workers} workers${built ? '' : ', sources: 1 thread'})`;
    figures.push(
      { name: `QuoteIndex add + clusters() wall time, ${label}`, value: run.ms / 1000, unit: `s (add ${(run.addMs / 1000).toFixed(1)} s)` },
      { name: `QuoteIndex CPU time (all threads), ${label}`, value: run.cpuMs / 1000, unit: 's' },
      { name: `QuoteIndex quotes / clusters, ${label}`, value: run.quotes, unit: `quotes, ${run.clusters} clusters (${run.variants} variants)` },
      { name: `QuoteIndex peak RSS beyond input per quote, ${label}`, value: run.peakBeyondInput / Math.max(1, run.quotes), unit: 'B/quote' },
      { name: `QuoteIndex heap held after a full GC per quote (index and clusters), ${label}`, value: run.heapBeyondInput / Math.max(1, run.quotes), unit: 'B/quote' },
    );
    if (previous) figures.push({ name: `QuoteIndex time growth ${previous.mentions}→${size} mentions vs linear`, value: run.ms / previous.ms / (size / previous.mentions), unit: '× linear' });
    previous = run;
  }
  return figures;
}

function blockingRecall(): Figure[] {
  const sample = numbers('QD_CORPUS_RECALL_SAMPLE', '500')[0]!;
  const { store, reps } = storeOf(mentions(sample, SEED + 1));
  const texts = reps.map((r) => store.quotes[r]!.text);
  const eligible = store.groups.map((g, i) => (g.entry >= 0 ? i : -1)).filter((i) => i >= 0);
  const positives = new Set<string>();
  const samePositives = new Set<string>();
  let sameSentencePositives = 0;
  let sameFamilyPairs = 0;
  const started = performance.now();
  for (let x = 0; x < eligible.length; x++) {
    for (let y = x + 1; y < eligible.length; y++) {
      const [gx, gy] = [eligible[x]!, eligible[y]!];
      const [a, b] = store.quotes[reps[gx]!]!.id < store.quotes[reps[gy]!]!.id ? [gx, gy] : [gy, gx];
      if (familyOf.get(store.quotes[reps[a]!]!.id) === familyOf.get(store.quotes[reps[b]!]!.id)) sameFamilyPairs++;
      if (!verifyPair(texts[a]!, texts[b]!, DEFAULT_MIN_SIMILARITY, 2, {}).accepted) continue;
      const pair = `${Math.min(a, b)},${Math.max(a, b)}`;
      positives.add(pair);
      if (familyOf.get(store.quotes[reps[a]!]!.id) === familyOf.get(store.quotes[reps[b]!]!.id)) samePositives.add(pair);
      if (sentenceOf.get(store.quotes[reps[a]!]!.id) === sentenceOf.get(store.quotes[reps[b]!]!.id)) sameSentencePositives++;
    }
  }
  const exhaustiveMs = performance.now() - started;
  const key = ([x, y]: [number, number]) => `${Math.min(x, y)},${Math.max(x, y)}`;
  // A positive is found when blocking proposes its two groups' family heads (near-duplicates.ts), or when
  // the two are one family (linked without verification).
  const heads = familyHeads(store, reps);
  const proposed = (pairs: Float64Array) => new Set([...pairs].map((pair) => key(pairOf(pair))));
  const covers = (found: Set<string>, p: string) => {
    const [x, y] = p.split(',').map((g) => heads[Number(g)]!) as [number, number];
    return x === y || found.has(key([x, y]));
  };
  const recallOf = (pairs: Float64Array, of = positives) => {
    const found = proposed(pairs);
    return [...of].filter((p) => covers(found, p)).length / Math.max(1, of.size);
  };
  const capped = candidatePairs(store, reps);
  const uncapped = candidatePairs(store, reps, inThisThread, Number.MAX_SAFE_INTEGER);
  const allPairs = (eligible.length * (eligible.length - 1)) / 2;
  // Which rule drops each missed positive: the per-quote cap (found without it) or the containment filter.
  const cappedKeys = proposed(capped);
  const uncappedKeys = proposed(uncapped);
  const missed = [...positives].filter((p) => !covers(cappedKeys, p));
  const byCap = missed.filter((p) => covers(uncappedKeys, p));
  const sameShare = (list: string[]) => `${list.filter((p) => samePositives.has(p)).length} within one family`;
  const byContainment = missed.filter((p) => !covers(uncappedKeys, p));
  const belowContainment = byContainment.filter((p) => {
    const [x, y] = p.split(',').map((g) => store.groups[Number(g)]!.entry) as [number, number];
    const smaller = Math.min(store.index.keyCount(x), store.index.keyCount(y));
    return store.index.sharedKeys(x, y) < minContainment(smaller) * smaller;
  });
  return [
    { name: `blocking pair recall vs exhaustive at minSimilarity ${DEFAULT_MIN_SIMILARITY} (${eligible.length} distinct quotes, ${positives.size} positive pairs, cap 24)`, value: recallOf(capped) },
    { name: 'blocking pair recall without the per-quote cap', value: recallOf(uncapped) },
    { name: `blocking pair recall vs exhaustive, positives within one synthetic family only (${samePositives.size} pairs)`, value: recallOf(capped, samePositives) },
    { name: 'share of exhaustive positives across different families (compare accepting unrelated quotes)', value: 1 - samePositives.size / Math.max(1, positives.size) },
    { name: 'verification precision vs synthetic truth (exhaustively accepted pairs within one family / all accepted)', value: samePositives.size / Math.max(1, positives.size) },
    { name: 'same, two draws of one sentence text counting as one family', value: sameSentencePositives / Math.max(1, positives.size) },
    {
      name: `verification recall vs synthetic truth (same-family pairs accepted / all ${sameFamilyPairs} same-family pairs of distinct quotes, fragments that do not overlap included)`,
      value: samePositives.size / Math.max(1, sameFamilyPairs),
    },
    { name: `missed positives dropped by the per-quote cap (${sameShare(byCap)})`, value: byCap.length, unit: `of ${missed.length}` },
    { name: `missed positives dropped by the containment filter (${sameShare(byContainment)}; ${belowContainment.length} of them below minContainment, the rest lost to stop keys)`, value: byContainment.length, unit: `of ${missed.length}` },
    { name: 'blocking candidate pairs as a share of all pairs', value: capped.length / allPairs },
    { name: `exhaustive verification time on ${allPairs} pairs`, value: exhaustiveMs / 1000, unit: 's' },
  ];
}

function clusterQuality(): Figure[] {
  const size = numbers('QD_CORPUS_TRUTH_ARTICLES', '400')[0]!;
  const corpus = syntheticCorpus(size, SEED + 2);
  const report = alignCorpus(corpus.articles, { echoes: false });
  const predicted = new Map<string, string>();
  for (const cluster of report.clusters) for (const variant of cluster.variants) predicted.set(variant.quote.id, cluster.id);
  const planted = report.quotes.filter((q) => corpus.truth.has(q.id));
  let truePairs = 0;
  let predictedPairs = 0;
  let both = 0;
  for (let i = 0; i < planted.length; i++) {
    for (let j = i + 1; j < planted.length; j++) {
      const [a, b] = [planted[i]!, planted[j]!];
      if (a.articleId === b.articleId) continue;
      const same = corpus.truth.get(a.id) === corpus.truth.get(b.id);
      const joined = predicted.has(a.id) && predicted.get(a.id) === predicted.get(b.id);
      if (same) truePairs++;
      if (joined) predictedPairs++;
      if (same && joined) both++;
    }
  }
  return [
    { name: `synthetic truth: planted quotes extracted (${size} articles)`, value: planted.length / corpus.truth.size, unit: 'share' },
    { name: 'synthetic truth: cluster pair precision (cross-article pairs)', value: both / Math.max(1, predictedPairs) },
    { name: 'synthetic truth: cluster pair recall (cross-article pairs)', value: both / Math.max(1, truePairs) },
  ];
}

function bruteForce(): Figure[] {
  const quotes = mentions(10_000, SEED + 3);
  const subset = quotes.slice(0, 1000).map((q) => q.text);
  let started = performance.now();
  let sink = 0;
  for (let i = 0; i < subset.length; i++) for (let j = i + 1; j < subset.length; j++) sink += bigramDice(subset[i]!, subset[j]!);
  const subsetMs = performance.now() - started;
  const bruteMs = subsetMs * ((10_000 * 9_999) / (1_000 * 999));
  // Blocking three times: the first run includes compiling the code (a one-off call pays it), the best of
  // the next two is the steady cost per corpus of a long-running process.
  const blockingRuns = [0, 1, 2].map(() => {
    const from = performance.now();
    const built = storeOf(quotes);
    candidatePairs(built.store, built.reps);
    return performance.now() - from;
  });
  const blockingMs = blockingRuns[0]!;
  const warmMs = Math.min(blockingRuns[1]!, blockingRuns[2]!);
  const { store, reps } = storeOf(quotes);
  started = performance.now();
  const cache = new VerdictBook();
  clusterGroups(store, reps, cache, collectedPairs(inPairOrder((pairs) => pairs.map(([a, b]) => verifyPair(a, b, DEFAULT_MIN_SIMILARITY, 2, {})))), DEFAULT_MIN_SIMILARITY, 2);
  const clusteringMs = performance.now() - started;
  void sink;
  return [
    { name: 'brute force string-similarity all pairs at 10k quotes (1k measured, extrapolated ×100.1 by pairs)', value: bruteMs / 1000, unit: 's' },
    { name: 'blocking at 10k quotes (first run, cold code)', value: blockingMs / 1000, unit: 's' },
    { name: 'blocking speed-up vs brute force at 10k quotes (first run)', value: bruteMs / blockingMs, unit: '×' },
    { name: 'blocking at 10k quotes (best of runs 2 and 3, warm code)', value: warmMs / 1000, unit: 's' },
    { name: 'blocking speed-up vs brute force at 10k quotes (warm)', value: bruteMs / warmMs, unit: '×' },
    { name: `blocking + compareQuotes verification at 10k quotes (${cache.size} pairs verified)`, value: clusteringMs / 1000, unit: 's' },
    { name: 'blocking + verification speed-up vs brute force at 10k quotes', value: bruteMs / clusteringMs, unit: '×' },
  ];
}

export async function bench(): Promise<Figure[]> {
  const sections: [string, () => Figure[]][] = [
    ['blocking recall', blockingRecall],
    ['brute force', bruteForce],
    ['blocking scale', blockingScale],
    ['index scale', indexScale],
    ['cluster quality', clusterQuality],
    ['scale', scaleFigures],
    ['stages', stageFigures],
  ];
  const only = process.env.QD_CORPUS_SECTIONS?.split(',');
  const figures: Figure[] = [];
  for (const [name, run] of sections) {
    if (only && !only.includes(name.replace(' ', '-'))) continue;
    try {
      figures.push(...run());
    } catch (error) {
      console.error(`corpus bench, ${name}: ${String(error)}`);
    }
  }
  return figures;
}
