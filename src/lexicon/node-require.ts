/**
 * A CommonJS `require` usable from both builds (ESM and CJS), created on first use.
 *
 * Why: the lexicon adapters load their packages lazily and synchronously (WordNet files,
 * natural's stemmer, the AFINN list), so that importing the library stays cheap and
 * `compareQuotes` can stay synchronous. In the CJS build `require` exists; in the ESM
 * build we make one from `import.meta.url`.
 *
 * @module
 */

import { createRequire } from 'node:module';

let cached: NodeJS.Require | undefined;

/** The module's `require`, made once. */
export function nodeRequire(): NodeJS.Require {
  if (cached === undefined) {
    cached = typeof require === 'function' ? require : createRequire(import.meta.url);
  }
  return cached;
}
