// Interleaved A/B: the same pairs through two copies of the source, in short alternating bursts,
// so the load of a shared machine hits both alike; timed in CPU time (pairs per CPU-second). Usage: tsx bench/compare-ab.ts BASE_SRC_INDEX [seconds]
import { generateQuotePairs } from './quote-pairs.js';
import { loadBase } from './ab-base.js';
const base = await loadBase(process.argv[2]);
const next = await import('../src/index.js');
const pairs = await generateQuotePairs(2000, 20_260_522);
const fns = [base.compareQuotes, next.compareQuotes];
for (const fn of fns) for (let r = 0; r < 3; r++) for (const p of pairs) fn(p.a, p.b);
const seconds = Number(process.argv[3] ?? 10);
const ratios: number[] = [];
const rates: number[][] = [[], []];
const until = performance.now() + seconds * 1000;
while (performance.now() < until) {
  const r: number[] = [0, 0];
  // the order alternates from burst to burst: whichever runs second meets warmer caches
  const order = ratios.length % 2 === 0 ? [0, 1] : [1, 0];
  for (const v of order) {
    const fn = fns[v]!;
    // CPU time of this process: a burst descheduled by the other work on the machine is not charged for it
    const c0 = process.cpuUsage();
    for (let k = 0; k < 2000; k++) { const p = pairs[k]!; fn(p.a, p.b); }
    const c = process.cpuUsage(c0);
    r[v] = 2000 / ((c.user + c.system) / 1e6);
  }
  rates[0]!.push(r[0]!); rates[1]!.push(r[1]!);
  ratios.push(r[1]! / r[0]!);
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const best = (xs: number[]) => Math.max(...xs);
console.log(`bursts ${ratios.length}  base median ${Math.round(median(rates[0]!))} best ${Math.round(best(rates[0]!))}  new median ${Math.round(median(rates[1]!))} best ${Math.round(best(rates[1]!))}  ratio median ${median(ratios).toFixed(3)}`);
