// How much of a comparison is waiting for memory: the benchmark pairs (2,000, after a warm-up)
// timed once each in turn (each pair's sides, arrays and features are out of cache by the time it
// comes back), then each pair compared twice in a row (the repeat finds everything in cache).
// CPU time per pair. Usage: tsx bench/compare-cold-hot.ts
import { compareQuotes } from '../src/index.js';
import { generateQuotePairs } from './quote-pairs.js';
const pairs = await generateQuotePairs(2000, 20_260_522);
for (let r = 0; r < 3; r++) for (const p of pairs) compareQuotes(p.a, p.b);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e3; };
for (let round = 0; round < 4; round++) {
  let t = cpu(); for (let r = 0; r < 20; r++) for (const p of pairs) compareQuotes(p.a, p.b); const once = (cpu() - t) / 40_000;
  t = cpu(); for (let r = 0; r < 10; r++) for (const p of pairs) { compareQuotes(p.a, p.b); compareQuotes(p.a, p.b); } const twice = (cpu() - t) / 20_000;
  console.log(`cold pair ${(once * 1000).toFixed(1)} us; pair + its immediate repeat ${(twice * 1000).toFixed(1)} us -> repeat ${((twice - once) * 1000).toFixed(1)} us`);
}
