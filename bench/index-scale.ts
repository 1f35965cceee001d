/**
 * Run in a fresh process by `bench/corpus.ts` (so that peak memory is this run's alone): synthetic quote
 * mentions (`quote-mentions.ts`) through the index, timed, with the peak resident memory beyond what the
 * process held once the mentions were built. Prints one JSON object on stdout.
 *
 * Usage:
 * - `node --expose-gc --import tsx bench/index-scale.ts blocking <mentions>`: the index's blocking alone (exact
 *   copies collapsed, the candidate index built, candidate pairs generated; the sources, one thread);
 * - `node --expose-gc --import tsx bench/index-scale.ts index <module URL> <mentions> <workers>`: the public
 *   `QuoteIndex` from raw text: one short article per mention (`mentionArticles`), `add`, then `clusters()`
 *   (verification of the candidate pairs, the clusters' comparisons and tables); echoes off, as the articles
 *   hold no unquoted text worth searching.
 *
 * @module
 */

import { candidatePairs } from '../src/corpus/cluster-graph.js';
import { warmUp } from './corpus-child.js';
import { mentionArticles, mentions, storeOf } from './quote-mentions.js';

const SEED = 20_261_122;
const usage = 'index-scale.ts blocking <mentions> | index-scale.ts index <module URL> <mentions> <workers>';
const [mode, ...args] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc: the heap figures are read after a full collection');

if (mode === 'blocking' && args.length === 1) console.log(JSON.stringify(blocking(Number(args[0]))));
else if (mode === 'index' && args.length === 3) console.log(JSON.stringify(await index(args[0]!, Number(args[1]), Number(args[2]))));
else throw new Error(`usage: ${usage}`);

/** The resident memory and heap once the input is built, and a function reading the run's figures against them. */
function measured(): () => { peakBeyondInput: number; heapBeyondInput: number } {
  gc!();
  const rss = process.memoryUsage().rss;
  const heap = process.memoryUsage().heapUsed;
  return () => {
    const peak = process.resourceUsage().maxRSS * 1024;
    gc!();
    return { peakBeyondInput: Math.max(0, peak - rss), heapBeyondInput: process.memoryUsage().heapUsed - heap };
  };
}

function blocking(count: number) {
  const quotes = mentions(count, SEED);
  const figures = measured();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { store, reps } = storeOf(quotes);
  const pairs = candidatePairs(store, reps);
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  // read while the index and the pairs are still held, so that the heap figure counts them
  const memory = figures();
  return { mentions: count, ms, cpuMs: (user + system) / 1000, groups: store.groups.length, pairs: pairs.length, ...memory };
}

async function index(target: string, count: number, workers: number) {
  const api = (await import(target)) as typeof import('../src/index.js');
  warmUp(api);
  const articles = mentionArticles(mentions(count, SEED));
  const figures = measured();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const quoteIndex = new api.QuoteIndex({ workers, echoes: false });
  quoteIndex.add(articles);
  const addMs = performance.now() - started;
  const clusters = quoteIndex.clusters();
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  quoteIndex.close();
  const memory = figures();
  const variants = clusters.reduce((sum, cluster) => sum + cluster.variants.length, 0);
  return { mentions: count, workers, ms, addMs, cpuMs: (user + system) / 1000, quotes: quoteIndex.size, clusters: clusters.length, variants, ...memory };
}
