/**
 * Draws the pairs of the real-news link set from the candidate pairs of the PolNeAR articles
 * (`link-pairs.ts`), seeded, by stratum of the library's decision, and writes:
 *
 * - `eval/data/polnear-links.json`: each pair as its two quotes' spans (article file name, start, end: no
 *   text, the articles stay in `../shared`), its stratum and the stratum's weight (pairs in the stratum per
 *   pair drawn), with an empty label for the annotators;
 * - one annotation packet per part, in the directory given (never in the repository: the packets quote the
 *   articles), each pair shown with its context and without the library's decision.
 *
 * Round 1 drew the set (`npx tsx eval/sample-link-pairs.ts /tmp/link-packets 3 1`); round 2 drew more pairs from
 * the same strata, continuing the same seeded shuffle, and checks that round 1's pairs come out as they were
 * (`… /tmp/link-packets-2 3 2`). The packets hold only the round's new pairs.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { seededRandom } from '../bench/quote-pairs.js';
import { candidateLinkPairs, inContext, polnearArticles, splitQuotes, type CandidatePair } from './link-pairs.js';
import type { CorpusQuote } from '../src/types.js';

/** How a pair was drawn: by the library's decision at the time of drawing. */
export type Stratum = 'linked' | 'accepted-unlinked' | 'rejected-high' | 'rejected-low' | 'uncompared' | 'verbatim';

/** One labelled pair as stored. */
export interface LinkPair {
  id: string;
  split: 'train' | 'dev';
  stratum: Stratum;
  /** Pairs of the stratum in the split per pair drawn from it. */
  weight: number;
  a: { article: string; start: number; end: number };
  b: { article: string; start: number; end: number };
  /** `same` (one utterance, whole or part), `different`, or `unsure`; one per annotator, then the adjudicated one. */
  labels: string[];
  label: string | null;
}

/** Pairs drawn per stratum in each round of labelling (a later round continues the same seeded shuffle). */
const DRAWN: Record<'train' | 'dev', Record<Stratum, number[]>> = {
  train: { linked: [80, 120], 'accepted-unlinked': [40, 0], 'rejected-high': [50, 0], 'rejected-low': [40, 0], uncompared: [15, 0], verbatim: [20, 60] },
  dev: { linked: [60, 0], 'accepted-unlinked': [60, 0], 'rejected-high': [40, 64], 'rejected-low': [40, 60], uncompared: [10, 20], verbatim: [20, 0] },
};

function stratumOf(pair: CandidatePair): Stratum {
  if (pair.linked) return 'linked';
  if (pair.accepted) return 'accepted-unlinked';
  if (pair.verdict.similarity === 0) return 'uncompared';
  return pair.verdict.similarity >= 0.5 ? 'rejected-high' : 'rejected-low';
}

/** Quotes of one text found in two or more articles: the library links them without verifying (one group). */
function verbatimPairs(quotes: readonly CorpusQuote[]): [CorpusQuote, CorpusQuote][] {
  const byText = new Map<string, CorpusQuote[]>();
  for (const quote of quotes) {
    if (quote.text.trim().split(/\s+/).length < 2) continue;
    const key = quote.text.normalize('NFC').toLowerCase();
    byText.set(key, [...(byText.get(key) ?? []), quote]);
  }
  const pairs: [CorpusQuote, CorpusQuote][] = [];
  for (const same of byText.values()) {
    const other = same.find((q) => q.articleId !== same[0]!.articleId);
    if (other) pairs.push([same[0]!, other]);
  }
  return pairs;
}

function draw<T>(items: T[], count: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

const span = (q: CorpusQuote) => ({ article: q.articleId, start: q.start, end: q.end });

async function main(): Promise<void> {
  const [packets = '/tmp/link-packets', partsArg = '3', roundArg = '1'] = process.argv.slice(2);
  const round = Number(roundArg);
  const random = seededRandom(20261123);
  // drawn[r]: the pairs of round r, in the order drawn
  const drawn: LinkPair[][] = [];
  for (const split of ['train', 'dev'] as const) {
    const byStratum = new Map<Stratum, [CorpusQuote, CorpusQuote][]>();
    const quotes = await splitQuotes(split);
    for (const pair of candidateLinkPairs(quotes)) {
      const s = stratumOf(pair);
      byStratum.set(s, [...(byStratum.get(s) ?? []), [pair.a, pair.b]]);
    }
    byStratum.set('verbatim', verbatimPairs(quotes));
    for (const [stratum, counts] of Object.entries(DRAWN[split]) as [Stratum, number[]][]) {
      const population = byStratum.get(stratum) ?? [];
      const shuffled = draw(population, population.length, random);
      const taken = Math.min(population.length, counts.slice(0, round).reduce((x, y) => x + y, 0));
      let from = 0;
      counts.slice(0, round).forEach((count, r) => {
        const to = Math.min(taken, from + count);
        (drawn[r] ??= []).push(
          ...shuffled.slice(from, to).map(([a, b]): LinkPair => ({ id: '', split, stratum, weight: population.length / taken, a: span(a), b: span(b), labels: [], label: null })),
        );
        from = to;
      });
    }
  }
  // ids in random order, so an annotator cannot tell the strata from the order; each round numbered after the last
  const all: LinkPair[] = [];
  for (const pairs of drawn) {
    const first = all.length;
    draw(pairs, pairs.length, random).forEach((pair, n) => (pair.id = `p${String(first + n + 1).padStart(3, '0')}`));
    all.push(...pairs.sort((x, y) => (x.id < y.id ? -1 : 1)));
  }
  // labels already given are kept: the earlier rounds' pairs must come out as they were drawn
  const path = new URL('data/polnear-links.json', import.meta.url);
  const known = round > 1 ? (JSON.parse(await readFile(path, 'utf8')) as LinkPair[]) : [];
  for (const pair of known) {
    const same = all.find((p) => p.id === pair.id);
    if (same === undefined || JSON.stringify([same.a, same.b, same.split, same.stratum]) !== JSON.stringify([pair.a, pair.b, pair.split, pair.stratum])) {
      throw new Error(`pair ${pair.id} is not drawn again as it was: the candidates changed since it was drawn`);
    }
    Object.assign(same, { labels: pair.labels, label: pair.label });
  }
  await writeFile(path, `${JSON.stringify(all, null, 1)}\n`);
  const fresh = drawn[round - 1]!;
  const texts = new Map<string, string>();
  for (const split of ['train', 'dev'] as const) for (const article of await polnearArticles(split)) texts.set(article.id, article.text);
  await mkdir(packets, { recursive: true });
  const parts = Number(partsArg);
  for (let part = 0; part < parts; part++) {
    const mine = fresh.filter((_, n) => n % parts === part);
    const body = mine.map((pair) => [`## ${pair.id}`, '', shown('A', pair.a, texts), '', shown('B', pair.b, texts), ''].join('\n'));
    await writeFile(`${packets}/part${part + 1}.md`, `${body.join('\n')}\n`);
  }
  console.log(`${all.length} pairs (${fresh.length} new in round ${round}), ${parts} packets in ${packets}`);
}

/** A quote of a pair with its context. */
function shown(label: string, q: { article: string; start: number; end: number }, texts: Map<string, string>): string {
  return `**${label}** (${q.article}):\n> ${inContext(texts.get(q.article)!, q, 400, 250)}`;
}

await main();
