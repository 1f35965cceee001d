/**
 * Run in a fresh process by `bench/corpus.ts` (so peak memory is this run's alone): builds a corpus of
 * replicated real news of the given size, then times `alignCorpus` on it and reports the peak resident
 * memory beyond what the process held once the input was built. Prints one JSON object on stdout.
 *
 * Usage: `node --expose-gc --import tsx bench/corpus-scale.ts <module URL> <articles> <workers>`
 * (`QD_CORPUS_HASH=0` skips serialising the report for its size and hash; `QD_CORPUS_ECHOES=0` runs without the echo search).
 * Besides time, memory and the report's figures it prints each thread's CPU, the CPU of V8's helper threads
 * (`helperThreadsCpuMs`, with 2 workers) and the calling thread's collector pauses by kind (`mainGcPauseMs`):
 * on 2 cores the run is bound by the process's CPU, not by one thread's.
 * (the module is the built `dist/index.js`, whose worker threads need the built `dist/worker.js`,
 * or `src/index.ts` under tsx, which runs in one thread).
 *
 * @module
 */

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { corpusChild } from './corpus-child.js';

/**
 * CPU seconds of each thread of this process (Linux: /proc/self/task/<tid>/stat, user + system), by
 * thread id; empty elsewhere. On a shared machine wall time says little, but the CPU time of the
 * busiest thread bounds the wall time the run would take with its cores to itself.
 */
function threadCpu(): Map<string, number> {
  const times = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.split(') ')[1]!.split(' ');
      times.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
      threadNames.set(tid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    }
  } catch {
    // not Linux: no per-thread figures
  }
  return times;
}

/** Each thread's name (`comm`), by thread id: V8's collector threads are told from the JavaScript ones by it. */
const threadNames = new Map<string, string>();

const { api, corpus, threads } = await corpusChild('corpus-scale.ts <module URL> <articles> <workers>');
(globalThis as { gc?: () => void }).gc?.();
const baseline = process.memoryUsage().rss;
const baselineHeap = process.memoryUsage().heapUsed;
const threadsBefore = threadCpu();
// the calling thread's collector pauses, by kind: on 2 cores the run is bound by the process's CPU, much of it the collector's
const gcPauses = { minor: 0, major: 0, incremental: 0, other: 0 };
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
    const key = kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'minor' : kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'major' : kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL ? 'incremental' : 'other';
    gcPauses[key] += entry.duration;
  }
});
gcObserver.observe({ entryTypes: ['gc'] });
const cpuBefore = process.cpuUsage();
const started = performance.now();
let report: import('../src/types.js').CorpusReport | null = api.alignCorpus(corpus.articles, { workers: threads, echoes: process.env.QD_CORPUS_ECHOES !== '0' });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const threadSeconds = [...threadCpu()].map(([tid, seconds]) => ({ tid, seconds: seconds - (threadsBefore.get(tid) ?? 0) }));
const mainSeconds = threadSeconds.find((t) => t.tid === String(process.pid))?.seconds ?? 0;
const busiestOther = Math.max(0, ...threadSeconds.filter((t) => t.tid !== String(process.pid)).map((t) => t.seconds));
const peak = process.resourceUsage().maxRSS * 1024;
// the run was synchronous: its collector entries are delivered once this thread yields
await new Promise((resolve) => setTimeout(resolve, 100));
gcObserver.disconnect();
// CPU seconds by thread name (the calling thread is "main"): how much went to V8's helper threads (the collector).
const byName: Record<string, number> = {};
for (const { tid, seconds } of threadSeconds) {
  const name = tid === String(process.pid) ? 'main' : (threadNames.get(tid) ?? '?');
  byName[name] = Math.round(((byName[name] ?? 0) + seconds) * 100) / 100;
}
(globalThis as { gc?: () => void }).gc?.();
// what stays: the report (and the index it came from, now garbage) after a full collection
const retained = process.memoryUsage().heapUsed - baselineHeap;
const quotes = report.quotes.length;
const clusters = report.clusters.length;
const variants = report.clusters.reduce((sum, cluster) => sum + cluster.variants.length, 0);
const echoes = report.echoes.length;
// QD_CORPUS_HASH=0 skips the report's size and identity (serialising it twice takes 80 s at 100,000 articles)
const serialise = process.env.QD_CORPUS_HASH !== '0';
// piece by piece: the whole report's JSON passes V8's longest string (~512 MB) at 10,000 articles
const serialiseStarted = performance.now();
const reportBytes = serialise ? jsonLength(report) : null;
const serialiseMs = serialise ? performance.now() - serialiseStarted : null;
// the report's identity, to check that any number of workers gives the same result
const reportSha256 = serialise ? jsonHash(report) : null;
// the report alone: what the heap loses when it is dropped (the rest of `retained` is the threads' bounded
// caches of word features, WordNet entries, tokenised sides and verdicts, kept for the next call)
report = null;
(globalThis as { gc?: () => void }).gc?.();
const reportHeap = retained - (process.memoryUsage().heapUsed - baselineHeap);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    mainThreadCpuMs: mainSeconds * 1000,
    busiestOtherThreadCpuMs: busiestOther * 1000,
    cpuSecondsByThreadName: byName,
    // the CPU of the threads other than the calling one and the busiest other: with 2 workers, that one is the worker and the rest V8's helpers (collector, compiler)
    helperThreadsCpuMs: Math.max(0, (cpu.user + cpu.system) / 1000 - mainSeconds * 1000 - busiestOther * 1000),
    mainGcPauseMs: Object.fromEntries(Object.entries(gcPauses).map(([kind, pause]) => [kind, Math.round(pause)])),
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
    quotes,
    clusters,
    variants,
    echoes,
    characters: corpus.characters,
    peakBeyondInput: Math.max(0, peak - baseline),
    retainedHeap: retained,
    reportHeap,
    reportBytes,
    // time to serialise the report once (comparisons' alignments and tables' columns are decoded on read)
    serialiseMs,
    reportSha256,
  }),
);

/** Length of `JSON.stringify(value)`, computed piece by piece (arrays and objects of arrays opened one level). */
function jsonLength(value: object): number {
  let length = 2;
  for (const [key, field] of Object.entries(value)) {
    length += JSON.stringify(key).length + 2;
    length += Array.isArray(field) ? 2 + field.reduce((sum: number, item: unknown) => sum + JSON.stringify(item).length + 1, 0) - (field.length > 0 ? 1 : 0) : JSON.stringify(field).length;
  }
  return length - 1;
}

/** SHA-256 of `JSON.stringify(value)`, fed piece by piece like {@link jsonLength} (same pieces, same order). */
function jsonHash(value: object): string {
  const hash = createHash('sha256');
  for (const [key, field] of Object.entries(value)) {
    hash.update(JSON.stringify(key));
    if (Array.isArray(field)) for (const item of field as unknown[]) hash.update(JSON.stringify(item) + ',');
    else hash.update(JSON.stringify(field));
  }
  return hash.digest('hex').slice(0, 16);
}
