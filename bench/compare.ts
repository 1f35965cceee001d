/**
 * `npm run bench -- compare`: comparisons per second on 40-word quote pairs, single core, after
 * warm-up, next to jsdiff `diffArrays` and string-similarity measured in the same run (in
 * alternating passes; medians); and, in a fresh process, the cost of importing the package and of
 * WordNet becoming usable.
 *
 * @module
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffArrays } from 'diff';
import type { Figure } from '../eval/figure.js';
import { bigramDice } from '../eval/peers/string-similarity.js';
import { loadCompareQuotes } from '../eval/system-under-test.js';
import { generateQuotePairs } from './quote-pairs.js';
import { interleavedPairsPerSecond, pairsPerSecond, singlePassPairsPerSecond } from './throughput.js';
import { millisecondsUntilSynonyms } from './wordnet-ready.js';

const PAIRS = 2000;
const SEED = 20_260_522;

/** The peer: a case-insensitive diff of the whitespace tokens, as a plain word diff would run. */
function jsdiffWords(a: string, b: string): unknown {
  return diffArrays(a.toLowerCase().split(' '), b.toLowerCase().split(' '));
}

/** Import and first-use timings from a fresh Node process loading `moduleUrl`. */
function firstUse(moduleUrl: string, label: string): Figure[] {
  // the script itself is TypeScript, so the child runs under tsx even when it loads the built JS
  const script = fileURLToPath(new URL('./first-use.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, moduleUrl], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  const lastLine = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !lastLine.startsWith('{')) {
    const errorLine = child.stderr.split('\n').find((line) => line.includes('Error')) ?? child.stderr.trim();
    console.error(`first-use (${label}) failed (a stale build?): ${errorLine.trim()}`);
    return [];
  }
  const timings = JSON.parse(lastLine) as { importMs: number; firstCallMs: number; wordnetReadyMs: number };
  return [
    { name: `import time, fresh process (${label})`, value: timings.importMs, unit: 'ms' },
    { name: `first compareQuotes call, fresh process (${label})`, value: timings.firstCallMs, unit: 'ms' },
    { name: `WordNet ready after first use, fresh process (${label})`, value: timings.wordnetReadyMs, unit: 'ms' },
  ];
}

export async function bench(): Promise<Figure[]> {
  const pairs = await generateQuotePairs(PAIRS, SEED);
  const out: Figure[] = [];
  const compare = loadCompareQuotes();
  let jsdiffRate: number;
  let diceRate: number;
  if (compare) {
    // time the steady state: WordNet loaded, engine warmed up
    await millisecondsUntilSynonyms(compare);
    // unseen pairs first (another seed: new texts, mostly known vocabulary), one pass, no warm-up
    const unseen = await generateQuotePairs(PAIRS, SEED + 1);
    const unseenRate = singlePassPairsPerSecond(compare, unseen);
    // the three in alternating passes, medians: the load of a shared machine hits them alike
    const { rates, ratios } = interleavedPairsPerSecond([compare, jsdiffWords, bigramDice], pairs);
    const rate = rates[0]!;
    jsdiffRate = rates[1]!;
    diceRate = rates[2]!;
    out.push(
      { name: 'compareQuotes 40-word pairs/s quote-divergence, unseen pairs (one pass)', value: Math.round(unseenRate), unit: 'pairs/s' },
      { name: 'compareQuotes 40-word pairs/s quote-divergence', value: Math.round(rate), unit: 'pairs/s' },
      // the median of the per-round ratios (each round times all three back to back)
      { name: 'compareQuotes speed vs jsdiff diffArrays', value: ratios[1]!, unit: '×' },
      { name: 'compareQuotes speed vs string-similarity', value: ratios[2]!, unit: '×' },
    );
  } else {
    jsdiffRate = pairsPerSecond(jsdiffWords, pairs);
    diceRate = pairsPerSecond(bigramDice, pairs);
  }
  out.push(
    { name: 'compareQuotes 40-word pairs/s jsdiff diffArrays', value: Math.round(jsdiffRate), unit: 'pairs/s' },
    { name: 'compareQuotes 40-word pairs/s string-similarity', value: Math.round(diceRate), unit: 'pairs/s' },
  );
  if (compare) {
    out.push(...firstUse(new URL('../src/index.ts', import.meta.url).href, 'src via tsx'));
    const built = new URL('../dist/index.js', import.meta.url);
    if (existsSync(built)) out.push(...firstUse(built.href, 'dist'));
  }
  return out;
}
