/**
 * A plain throughput harness: run a function over every pair, repeatedly, for at least a
 * minimum time after a warm-up pass, on the main thread (one core), and report pairs per second.
 *
 * On a shared machine the load changes from second to second, so functions compared with each
 * other are timed in alternating passes ({@link interleavedPairsPerSecond}) and each figure is a
 * median over the passes: a burst of load then hits every function alike and moves no median much.
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

/** Median pairs per second of each function, and the median per-round ratio of the first function's rate to each one's. */
export interface InterleavedRates {
  rates: number[];
  ratios: number[];
}

/** The median of `values` (the mean of the two middle values when their number is even). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Pairs per second of each of `fns` over `pairs`: one untimed warm-up pass each, then rounds of
 * one timed pass per function, in turn, for ≥ `minMs` in all (and at least 5 rounds).
 */
export function interleavedPairsPerSecond(fns: readonly ((a: string, b: string) => unknown)[], pairs: readonly QuotePair[], minMs = 6000): InterleavedRates {
  for (const fn of fns) for (const pair of pairs) if (fn(pair.a, pair.b) !== undefined) sink++;
  const rates: number[][] = fns.map(() => []);
  const started = performance.now();
  for (let round = 0; round < 5 || performance.now() - started < minMs; round++) {
    fns.forEach((fn, k) => {
      const passStarted = performance.now();
      for (const pair of pairs) if (fn(pair.a, pair.b) !== undefined) sink++;
      rates[k]!.push((1000 * pairs.length) / (performance.now() - passStarted));
    });
  }
  return {
    rates: rates.map(median),
    ratios: rates.map((other) => median(rates[0]!.map((rate, round) => rate / other[round]!))),
  };
}
