// Interleaved A/B on near-identical pairs (near-pairs.ts): the same pairs through two copies of the
// source in alternating bursts, timed in CPU time. Two figures: `near, texts met before`, a fixed
// set of 800 pairs cycled (their sides stay cached: the aligner's own work), and `near, new variants`,
// every burst 500 pairs never met (new perturbed texts and word pairs against originals met before,
// as in a corpus run; each copy meets them for the first time). Usage: tsx bench/compare-near-ab.ts BASE_SRC_INDEX [seconds]
import { loadBase } from './ab-base.js';
import { nearPairs } from './near-pairs.js';
import type { QuotePair } from './quote-pairs.js';
const base = await loadBase(process.argv[2]);
const next = await import('../src/index.js');
const seconds = Number(process.argv[3] ?? 10);
const fns = [base.compareQuotes, next.compareQuotes];
const seen = nearPairs(800, 20_261_122);
for (const fn of fns) for (let r = 0; r < 3; r++) for (const p of seen) fn(p.a, p.b);

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

/** CPU-time rates of both copies over bursts from `burst(k)`, for about `budget` seconds. */
function alternate(label: string, burst: (k: number) => QuotePair[], budget: number): void {
  const ratios: number[] = [];
  const rates: number[][] = [[], []];
  const until = performance.now() + budget * 1000;
  for (let k = 0; performance.now() < until; k++) {
    const pairs = burst(k);
    const r = [0, 0];
    // the order alternates from burst to burst: whichever runs second meets warmer caches
    for (const v of k % 2 === 0 ? [0, 1] : [1, 0]) {
      const fn = fns[v]!;
      const c0 = process.cpuUsage();
      for (const p of pairs) fn(p.a, p.b);
      const c = process.cpuUsage(c0);
      r[v] = pairs.length / ((c.user + c.system) / 1e6);
    }
    rates[0]!.push(r[0]!);
    rates[1]!.push(r[1]!);
    ratios.push(r[1]! / r[0]!);
  }
  console.log(`${label}: bursts ${ratios.length}  base median ${Math.round(median(rates[0]!))}  new median ${Math.round(median(rates[1]!))} pairs/cpu-s  ratio median ${median(ratios).toFixed(3)}`);
}

alternate('near, texts met before', () => seen, seconds / 2);
// enough new pairs for the time given (about 25,000 pairs per CPU-second for both copies), never reused
const unseen = nearPairs(Math.max(10_000, Math.round((seconds / 2) * 25_000)), 20_261_123);
alternate('near, new variants', (k) => unseen.slice((k * 500) % unseen.length, ((k * 500) % unseen.length) + 500), seconds / 2);
