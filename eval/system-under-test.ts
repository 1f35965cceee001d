/**
 * The system under test, `compareQuotes` from the public API, as the eval suites call it.
 *
 * While `compareQuotes` is still a stub that throws, the suites measure the peers alone and
 * say so on stderr, so the peers' figures can be checked before the comparer lands.
 *
 * @module
 */

import { compareQuotes } from '../src/index.js';
import type { CompareOptions, QuoteComparison } from '../src/types.js';

export type Compare = (a: string, b: string) => QuoteComparison;

/** `compareQuotes` with `options` (default: none), or `null` when it cannot compare a trivial pair yet. */
export function loadCompareQuotes(options: CompareOptions = {}): Compare | null {
  try {
    compareQuotes('We are ready.', 'We are ready.', options);
  } catch (error) {
    console.error(`quote-divergence skipped: compareQuotes failed on a trivial pair (${String(error)})`);
    return null;
  }
  return (a, b) => compareQuotes(a, b, options);
}
