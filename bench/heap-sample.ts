/**
 * Where the calling thread allocates during `alignCorpus`: V8's sampling heap profiler over one run on
 * replicated news, counting objects the collector has already freed too, written as a `.heapprofile`
 * (open it in Chrome DevTools, or sum `selfSize` by function). Workers' allocations are not sampled.
 *
 * Usage: `node --expose-gc --import tsx bench/heap-sample.ts <module URL> <articles> <workers> <out.heapprofile>`
 * (the module is the built `dist/index.js`, as for `bench/corpus-scale.ts`).
 *
 * @module
 */

import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { corpusChild } from './corpus-child.js';

const { api, corpus, threads, rest } = await corpusChild('heap-sample.ts <module URL> <articles> <workers> <out.heapprofile>', 1);
const out = rest[0]!;
const session = new Session();
session.connect();
const post = <T>(method: string, params?: object): T => {
  let result: T | undefined;
  session.post(method, params, (error, reply) => {
    if (error) throw error;
    result = reply as T;
  });
  return result!;
};
post('HeapProfiler.enable');
// every 32 KB allocated, freed objects included (minor and major collections): the garbage is the point
post('HeapProfiler.startSampling', { samplingInterval: 32_768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const started = performance.now();
const report = api.alignCorpus(corpus.articles, { workers: threads });
const { profile } = post<{ profile: object }>('HeapProfiler.stopSampling');
writeFileSync(out, JSON.stringify(profile));
console.log(JSON.stringify({ ms: performance.now() - started, quotes: report.quotes.length, out }));
