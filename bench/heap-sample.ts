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
import { replicatedNews } from './synthetic-corpus.js';

const [target, size, threads, out] = process.argv.slice(2);
if (!target || !size || !threads || !out) throw new Error('usage: heap-sample.ts <module URL> <articles> <workers> <out.heapprofile>');

const api = (await import(target)) as typeof import('../src/index.js');
// warm up (WordNet loads lazily) so that the profile is of the corpus run
api.alignCorpus([
  { id: 'w1', text: '"We are watching a gradual incursion of NATO into Ukraine," he said.' },
  { id: 'w2', text: '"We have seen the gradual invasion of NATO into Ukraine," Peskov said.' },
]);
const corpus = replicatedNews(Number(size), 20_261_122);
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
const report = api.alignCorpus(corpus.articles, { workers: Number(threads) });
const { profile } = post<{ profile: object }>('HeapProfiler.stopSampling');
writeFileSync(out, JSON.stringify(profile));
console.log(JSON.stringify({ ms: performance.now() - started, quotes: report.quotes.length, out }));
