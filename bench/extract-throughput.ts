/**
 * `tsx bench/extract-throughput.ts <base copy's src/corpus/corpus-tasks.ts> [articles] [slice]`:
 * the corpus extraction task (`extractArticles`: quotes and blocking profiles of each article) of
 * two copies of the source, in-process, over the replicated news corpus, timed in CPU time.
 *
 * Why this shape: the task runs once over a stream of articles at corpus scale, so each copy sees
 * each article once per pass, in corpus order, in slices of `slice` articles; the copies alternate
 * slice by slice (and which goes first alternates), so load on a shared machine hits both alike.
 * Memos inside a copy carry over from slice to slice as they do over a real corpus. The first
 * slice warms both copies up and is not counted. Every slice's results of the two copies must be
 * equal as JSON (the bench throws otherwise). Prints articles and characters per CPU-second of
 * each copy, the ratio of their totals, and the median of the per-slice ratios.
 *
 * @module
 */

import { replicatedNews } from './synthetic-corpus.js';
import type { ExtractedArticle } from '../src/corpus/corpus-tasks.js';
import type { Article } from '../src/types.js';

type Extract = (articles: readonly Article[]) => ExtractedArticle[];

const [basePath, articleArg, sliceArg] = process.argv.slice(2);
if (basePath === undefined) throw new Error('usage: tsx bench/extract-throughput.ts <base src/corpus/corpus-tasks.ts> [articles] [slice]');
const base = ((await import(basePath)) as { extractArticles: Extract }).extractArticles;
const next = (await import('../src/corpus/corpus-tasks.js')).extractArticles;
const count = Number(articleArg ?? 10_000);
const slice = Number(sliceArg ?? 500);
const { articles } = replicatedNews(count, 20_261_122);

/** Consumes every result, so no call is work whose result is thrown away unseen. */
let sink = 0;
const cpu: [number, number] = [0, 0];
const chars: [number, number] = [0, 0];
const done: [number, number] = [0, 0];
const ratios: number[] = [];
for (let from = 0, round = 0; from < articles.length; from += slice, round++) {
  const part = articles.slice(from, from + slice);
  const size = part.reduce((n, article) => n + article.text.length, 0);
  const seconds: [number, number] = [0, 0];
  const results: [ExtractedArticle[], ExtractedArticle[]] = [[], []];
  for (const v of round % 2 === 0 ? [0, 1] : [1, 0]) {
    const fn = v === 0 ? base : next;
    const c0 = process.cpuUsage();
    results[v] = fn(part);
    for (const extracted of results[v]) sink += extracted.quotes.length + extracted.profiles.length;
    const c = process.cpuUsage(c0);
    seconds[v] = (c.user + c.system) / 1e6;
  }
  // a speed-up only counts if nothing changed: quotes, diagnostics and profiles alike
  if (JSON.stringify(results[0]) !== JSON.stringify(results[1])) throw new Error(`the copies disagree on articles ${from}–${from + part.length - 1}`);
  if (round === 0) continue;
  for (const v of [0, 1] as const) {
    cpu[v] += seconds[v];
    chars[v] += size;
    done[v] += part.length;
  }
  ratios.push(seconds[0] / seconds[1]);
}
const median = [...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)]!;
const rate = (v: 0 | 1) => `${Math.round(done[v] / cpu[v])} articles/s ${(chars[v] / cpu[v] / 1e6).toFixed(2)} M chars/s (${cpu[v].toFixed(2)} s CPU)`;
console.log(`articles ${count} slice ${slice} (first slice not counted) sink ${sink}`);
console.log(`base ${rate(0)}`);
console.log(`new  ${rate(1)}`);
console.log(`speed-up ${(cpu[0] / cpu[1]).toFixed(3)}x (median per-slice ${median.toFixed(3)}x over ${ratios.length} slices)`);
