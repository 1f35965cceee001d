/**
 * `tsx bench/extract-snapshot.ts <out.json>`: every result of `extractQuotes` over the PolNeAR
 * train and dev texts (read from the shared eval data, never copied into the repository), the
 * article fixtures and the hostile fixtures, written as one JSON file — quotes and diagnostics.
 *
 * Why: speed-only changes to the extraction stages must not change a single output; snapshot
 * before and after, then `cmp` the two files.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import { EVAL_DATA } from '../eval/figure.js';
import type { Article, Diagnostic } from '../src/types.js';

async function textsIn(dir: URL): Promise<Array<[string, string]>> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort();
  return Promise.all(files.map(async (file): Promise<[string, string]> => [file, await readFile(new URL(file, dir), 'utf8')]));
}

const out = process.argv[2];
if (!out) throw new Error('usage: tsx bench/extract-snapshot.ts <out.json>');

const inputs: Array<[string, string | Article]> = [];
for (const split of ['train', 'dev']) {
  for (const [file, text] of await textsIn(new URL(`attribution/polnear/${split}/text/`, EVAL_DATA))) inputs.push([`polnear/${split}/${file}`, text]);
}
for (const [file, text] of await textsIn(new URL('../fixtures/articles/', import.meta.url))) inputs.push([`fixtures/articles/${file}`, text]);
const hostile = await readFile(new URL('../fixtures/hostile/articles.jsonl', import.meta.url), 'utf8');
for (const [i, line] of hostile.split('\n').filter((l) => l.trim() !== '').entries()) {
  const article = JSON.parse(line) as Article;
  inputs.push([`fixtures/hostile/${i}`, article], [`fixtures/hostile/${i}/text`, article.text]);
}

const results: Record<string, unknown> = {};
for (const [name, input] of inputs) {
  const diagnostics: Diagnostic[] = [];
  const quotes = extractQuotes(input, { onDiagnostic: (d) => diagnostics.push(d) });
  const plain = extractQuotes(input);
  results[name] = { quotes, diagnostics, plainSame: JSON.stringify(plain) === JSON.stringify(quotes) };
}
await writeFile(out, JSON.stringify(results, null, 1));
console.log(`${inputs.length} inputs, ${Object.values(results).reduce<number>((n, r) => n + (r as { quotes: unknown[] }).quotes.length, 0)} quotes → ${out}`);
