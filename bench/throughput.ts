/**
 * A plain throughput harness: run a function over every pair, repeatedly, for at least a
 * minimum time after a warm-up pass, on the main thread (one core), and report pairs per second.
 *
 * @module
 */

import type { QuotePair } from './quote-pairs.js';

/** Consumes every result, so no call is work whose result is thrown away unseen. */
let sink = 0;

/** Pairs per second of `fn` over `pairs`: one untimed warm-up pass, then whole passes for ≥ `minMs`. */
export function pairsPerSecond(fn: (a: string, b: string) => unknown, pairs: readonly QuotePair[], minMs = 2000): number {
  for (const pair of pairs) if (fn(pair.a, pair.b) !== undefined) sink++;
  let done = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const pair of pairs) if (fn(pair.a, pair.b) !== undefined) sink++;
    done += pairs.length;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  return (1000 * done) / elapsed;
}

/** Pairs per second of one pass of `fn` over `pairs`, without warm-up: for pairs the function has not seen. */
export function singlePassPairsPerSecond(fn: (a: string, b: string) => unknown, pairs: readonly QuotePair[]): number {
  const started = performance.now();
  for (const pair of pairs) if (fn(pair.a, pair.b) !== undefined) sink++;
  return (1000 * pairs.length) / (performance.now() - started);
}
