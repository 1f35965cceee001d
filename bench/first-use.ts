/**
 * Run in a fresh process by `bench/compare.ts`: the cost of importing the package, of the first
 * comparison, and of WordNet becoming usable. Prints one JSON object on stdout.
 *
 * Usage: `node [--import tsx] bench/first-use.ts <module URL>` (the built `dist/index.js`,
 * or `src/index.ts` under tsx).
 *
 * @module
 */

import { millisecondsUntilSynonyms, SYNONYM_PROBE } from './wordnet-ready.js';

const target = process.argv[2];
if (!target) throw new Error('usage: first-use.ts <module URL>');

const beforeImport = performance.now();
const api = (await import(target)) as typeof import('../src/index.js');
const importMs = performance.now() - beforeImport;

const beforeFirst = performance.now();
api.compareQuotes(SYNONYM_PROBE.a, SYNONYM_PROBE.b);
const firstCallMs = performance.now() - beforeFirst;

// from the start of the first call, which is when a caller first asked for WordNet
const wordnetReadyMs = await millisecondsUntilSynonyms((a, b) => api.compareQuotes(a, b), beforeFirst);

console.log(JSON.stringify({ importMs, firstCallMs, wordnetReadyMs }));
