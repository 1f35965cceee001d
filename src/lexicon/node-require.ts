/**
 * A CommonJS `require` usable from both builds (ESM and CJS), created on first use.
 *
 * Why: the lexicon adapters load their packages lazily and synchronously (WordNet files,
 * natural's stemmer, the AFINN list), so that importing the library stays cheap and
 * `compareQuotes` can stay synchronous. We never touch the global `require` (bundlers replace it
 * with a stub that throws in ESM output); we make one from `import.meta.url`, or from `__filename`
 * in the CJS build.
 *
 * @module
 */

import { createRequire } from 'node:module';

let cached: NodeJS.Require | undefined;

/** The module's `require`, made once. */
export function nodeRequire(): NodeJS.Require {
  if (cached === undefined) {
    // ESM build: import.meta.url; CJS build (where bundlers blank import.meta): __filename
    cached = createRequire(typeof import.meta.url === 'string' ? import.meta.url : __filename);
  }
  return cached;
}
