/**
 * `tsx bench/compare-snapshot.ts OUT.jsonl`: runs `compareQuotes` over a large fixed set of pairs
 * and writes every result, one JSON line each, so a speed change can be checked to leave the
 * output byte-identical (`cmp old.jsonl new.jsonl`). Not a test: it reads the shared train
 * splits, which the test suite must not depend on.
 *
 * Pairs: the compare benchmark's generated pairs (both seeds), STS train, MSRP train, the
 * Edinburgh++ train alignment sentences, sentence pairs from the seed articles, and a few edge
 * cases; each in both orientations (the mirror path), and a subset with each option varied.
 *
 * @module
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compareQuotes } from '../src/index.js';
import type { CompareOptions } from '../src/types.js';
import { loadAlignmentPairs, loadMsrp, loadSts } from '../eval/datasets.js';
import { generateQuotePairs } from './quote-pairs.js';

interface Pair {
  a: string;
  b: string;
}

async function allPairs(): Promise<Pair[]> {
  const pairs: Pair[] = [];
  pairs.push(...(await generateQuotePairs(2000, 20_260_522)), ...(await generateQuotePairs(2000, 20_260_523)));
  pairs.push(...(await loadSts('train')).slice(0, 4000));
  pairs.push(...(await loadMsrp('train')).slice(0, 3000));
  pairs.push(...(await loadAlignmentPairs('edinburgh-train')).map((p) => ({ a: p.source, b: p.target })));
  const dir = new URL('../fixtures/articles/', import.meta.url);
  const sentences = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(new URL(name, dir), 'utf8').split(/(?<=[.!?])\s+/u))
    .filter((s) => s.length > 20);
  for (let k = 0; k + 1 < sentences.length; k++) pairs.push({ a: sentences[k]!, b: sentences[k + 1]! });
  for (let k = 0; k + 7 < sentences.length; k += 3) pairs.push({ a: sentences[k]!, b: `${sentences[k + 7]!} ${sentences[k]!}` });
  pairs.push(
    { a: '', b: '' },
    { a: '', b: 'Something said.' },
    { a: '...', b: 'Words here' },
    { a: 'We are ready.', b: 'We are ready.' },
    { a: '5 % of the U.S budget', b: '5 percent of the United States budget' },
    { a: 'a shotgun and the UN', b: 'a shot gun and the United Nations' },
  );
  return pairs;
}

const out: string[] = [];
const pairs = await allPairs();
for (const { a, b } of pairs) {
  out.push(JSON.stringify(compareQuotes(a, b)));
  out.push(JSON.stringify(compareQuotes(b, a)));
}
const idf = { documents: 100, frequency: new Map([['the', 90], ['said', 40], ['alliance', 3]]) };
const embed = (x: string, y: string) => (x.charCodeAt(0) === y.charCodeAt(0) ? 0.6 : 0.1);
const variants: CompareOptions[] = [{ wordnet: false }, { local: false }, { idf }, { embed }];
for (const options of variants) {
  for (let k = 0; k < pairs.length; k += 7) {
    const { a, b } = pairs[k]!;
    out.push(JSON.stringify(compareQuotes(a, b, options)));
    out.push(JSON.stringify(compareQuotes({ id: 'x', text: b } as never, a, options)));
  }
}
writeFileSync(process.argv[2] ?? '/tmp/compare-snapshot.jsonl', `${out.join('\n')}\n`);
console.log(`${pairs.length} pairs, ${out.length} results`);
