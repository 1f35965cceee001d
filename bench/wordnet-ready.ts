/**
 * When WordNet is in use: the time until `compareQuotes` reports a WordNet synonym on a probe
 * pair (big/large). Whether WordNet loads synchronously on first use or in the background, this
 * is the moment a caller starts getting synonym-aware alignments.
 *
 * @module
 */

import type { QuoteComparison } from '../src/types.js';

type Compare = (a: string, b: string) => QuoteComparison;

/** A pair whose only difference is a WordNet synonym. */
export const SYNONYM_PROBE = { a: 'The big dog barked at the gate.', b: 'The large dog barked at the gate.' } as const;

function seesSynonym(compare: Compare): boolean {
  return compare(SYNONYM_PROBE.a, SYNONYM_PROBE.b).alignment.some((entry) => entry.kind === 'synonym');
}

/**
 * Calls `compare` on the probe until it aligns big/large as synonyms, yielding to the event loop
 * between tries (so a background load can finish). Resolves to the milliseconds since `started`
 * (a `performance.now()` reading; by default, this call), or `NaN` when no synonym shows up
 * within `timeoutMs`.
 */
export async function millisecondsUntilSynonyms(
  compare: Compare,
  started = performance.now(),
  timeoutMs = 30_000,
): Promise<number> {
  while (performance.now() - started < timeoutMs) {
    if (seesSynonym(compare)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Number.NaN;
}
