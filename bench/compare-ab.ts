// Interleaved A/B: the same pairs through two copies of the source, in short alternating bursts,
// so the load of a shared machine hits both alike. Usage: tsx bench/compare-ab.ts BASE_SRC_INDEX [seconds]
import { generateQuotePairs } from './quote-pairs.js';
const base = (await import(process.argv[2]!)) as typeof import('../src/index.js');
const next = await import('../src/index.js');
const pairs = await generateQuotePairs(2000, 20_260_522);
const fns = [base.compareQuotes, next.compareQuotes];
for (const fn of fns) for (let r = 0; r < 3; r++) for (const p of pairs) fn(p.a, p.b);
const seconds = Number(process.argv[3] ?? 10);
const ratios: number[] = [];
const rates: number[][] = [[], []];
const until = performance.now() + seconds * 1000;
while (performance.now() < until) {
  const r: number[] = [];
  for (const fn of fns) {
    const t0 = performance.now();
    for (let k = 0; k < 500; k++) { const p = pairs[k]!; fn(p.a, p.b); }
    for (let k = 500; k < 2000; k++) { const p = pairs[k]!; fn(p.a, p.b); }
    r.push(2000 / ((performance.now() - t0) / 1000));
  }
  rates[0]!.push(r[0]!); rates[1]!.push(r[1]!);
  ratios.push(r[1]! / r[0]!);
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const best = (xs: number[]) => Math.max(...xs);
console.log(`bursts ${ratios.length}  base median ${Math.round(median(rates[0]!))} best ${Math.round(best(rates[0]!))}  new median ${Math.round(median(rates[1]!))} best ${Math.round(best(rates[1]!))}  ratio median ${median(ratios).toFixed(3)}`);
