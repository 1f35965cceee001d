/**
 * Writes every echo `alignCorpus` finds between PolNeAR articles (train and dev) to `eval/data/polnear-echoes.json`
 * (spans only, no text: the articles stay in `../shared`), with empty labels, and annotation packets (which quote
 * the articles) to the directory given, never in the repository. Each packet item shows the quote with its
 * context and the unquoted passage said to echo it, with the words the comparison matched.
 *
 * Run once to draw the set: `npx tsx eval/sample-echo-pairs.ts /tmp/echo-packets 2`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { inContext, polnearArticles } from './link-pairs.js';

/** One labelled echo as stored. */
export interface EchoPair {
  id: string;
  split: 'train' | 'dev';
  quote: { article: string; start: number; end: number };
  match: { article: string; start: number; end: number };
  /** `same` (the passage reports the quoted statement), `different`, or `unsure`; one per annotator. */
  labels: string[];
  label: string | null;
}

async function main(): Promise<void> {
  const [packets = '/tmp/echo-packets', partsArg = '2'] = process.argv.slice(2);
  const all: EchoPair[] = [];
  const shownText = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const split of ['train', 'dev'] as const) {
    const articles = await polnearArticles(split);
    for (const article of articles) texts.set(article.id, article.text);
    const report = alignCorpus(articles, { workers: 1 });
    for (const echo of report.echoes) {
      const id = `e${String(all.length + 1).padStart(3, '0')}`;
      const pair: EchoPair = {
        id,
        split,
        quote: { article: echo.quote.articleId, start: echo.quote.start, end: echo.quote.end },
        match: { article: echo.match.articleId, start: echo.match.start, end: echo.match.end },
        labels: [],
        label: null,
      };
      all.push(pair);
      const overlap = echo.comparison.overlap;
      const matched = overlap === null ? echo.match.text : echo.match.text.slice(overlap.b.start, overlap.b.end);
      shownText.set(id, matched);
    }
  }
  await writeFile(new URL('data/polnear-echoes.json', import.meta.url), `${JSON.stringify(all, null, 1)}\n`);
  await mkdir(packets, { recursive: true });
  const parts = Number(partsArg);
  const around = (span: { article: string; start: number; end: number }, before: number, after: number) => inContext(texts.get(span.article)!, span, before, after);
  for (let part = 0; part < parts; part++) {
    const mine = all.filter((_, n) => n % parts === part);
    const body = mine.map((pair) =>
      [
        `## ${pair.id}`,
        '',
        `**A — the quotation** (${pair.quote.article}):`,
        `> ${around(pair.quote, 400, 250)}`,
        '',
        `**B — the unquoted passage** (${pair.match.article}):`,
        `> ${around(pair.match, 300, 200)}`,
        '',
        `Words of B matched to the quotation: «${shownText.get(pair.id)}»`,
        '',
      ].join('\n'),
    );
    await writeFile(`${packets}/part${part + 1}.md`, `${body.join('\n')}\n`);
  }
  console.log(`${all.length} echoes, ${parts} packets in ${packets}`);
}

await main();
