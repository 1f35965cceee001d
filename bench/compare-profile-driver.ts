// The steady state of the compare benchmark for a profiler: warms up on the benchmark pairs, then
// compares them for N seconds and prints pairs per second (wall and CPU); with OUT, writes a CPU
// profile of the timed part only. Usage: tsx bench/compare-profile-driver.ts [seconds] [OUT.cpuprofile | -] [PAIRS]
// (PAIRS: cycle over the first PAIRS pairs only, e.g. 50, whose data then stays in cache)
// (bundle it with esbuild to see line numbers: tsx's transform keeps functions but not lines).
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { compareQuotes } from '../src/index.js';
import { generateQuotePairs } from './quote-pairs.js';
const pairs = (await generateQuotePairs(2000, 20_260_522)).slice(0, Number(process.argv[4] ?? 2000));
for (let r = 0; r < 3; r++) for (const p of pairs) compareQuotes(p.a, p.b);
const seconds = Number(process.argv[2] ?? 6);
const out = process.argv[3] === '-' ? undefined : process.argv[3];
const session = new Session();
if (out) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.setSamplingInterval', { interval: 100 }); await session.post('Profiler.start'); }
let done = 0;
const c0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  for (const p of pairs) compareQuotes(p.a, p.b);
  done += pairs.length;
}
const c = process.cpuUsage(c0);
console.log(Math.round((done * 1000) / (performance.now() - t0)), 'pairs/s wall', Math.round((done * 1e6) / (c.user + c.system)), 'pairs/cpu-s');
if (out) { const { profile } = await session.post('Profiler.stop'); writeFileSync(out, JSON.stringify(profile)); }
