// Interleaved A/B on pairs never seen: after a warm-up on the benchmark pairs, 4,000 new pairs in
// chunks of 200, each chunk through both copies of the source (order alternating), so each copy
// meets every text for the first time. Usage: tsx bench/compare-ab-unseen.ts BASE_SRC_INDEX
import { generateQuotePairs } from './quote-pairs.js';
import { loadBase } from './ab-base.js';
const base = await loadBase(process.argv[2]);
const next = await import('../src/index.js');
const warm = await generateQuotePairs(2000, 20_260_522);
const fns = [base.compareQuotes, next.compareQuotes];
for (const fn of fns) for (const p of warm) fn(p.a, p.b);
const unseen = await generateQuotePairs(4000, 20_260_523);
const t = [0, 0];
const ratios: number[] = [];
for (let c = 0; c < unseen.length; c += 200) {
  const chunk = unseen.slice(c, c + 200);
  const r: number[] = [];
  const order = (c / 200) % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) { const t0 = performance.now(); for (const p of chunk) fns[k]!(p.a, p.b); const d = performance.now() - t0; t[k] = t[k]! + d; r[k] = d; }
  ratios.push(r[0]! / r[1]!);
}
ratios.sort((x, y) => x - y);
console.log(`unseen: base ${Math.round(4000 / (t[0]! / 1000))} pairs/s, new ${Math.round(4000 / (t[1]! / 1000))} pairs/s, median chunk speed ratio new/base ${ratios[ratios.length >> 1]!.toFixed(3)}`);
