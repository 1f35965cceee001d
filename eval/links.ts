/**
 * `npm run eval -- links`: which candidate pairs of real news quotes the corpus stage links, against
 * labels of whether the two render one utterance (`eval/data/polnear-links.json`, drawn by
 * `eval/sample-link-pairs.ts` from the blocking candidates between PolNeAR articles; METHODS.md,
 * "Measured on real news").
 *
 * A pair is linked by the library when its two quotes are variants of one cluster of `alignCorpus`'s report on
 * the split's articles (what a user sees); the pair's own verification verdict is printed too.
 * The pairs were drawn by stratum of the library's decision at drawing time, so every figure weighs a pair
 * by its stratum's size over the pairs drawn from it (an estimate for all the candidate pairs of the split,
 * whatever decision is scored); pairs labelled `unsure` are left out. Peers (string-similarity,
 * TF-IDF cosine, jsdiff) link a pair when their similarity reaches the threshold with the best weighted F1
 * on train, applied to dev. A 95 % interval for the library's dev figures comes from a stratified
 * bootstrap (seeded).
 *
 * @module
 */

import { readFile } from 'node:fs/promises';
import { seededRandom } from '../bench/quote-pairs.js';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import type { CorpusQuote } from '../src/types.js';
import type { Figure } from './figure.js';
import { decide, polnearArticles } from './link-pairs.js';
import { equalRunDice } from './peers/jsdiff-equal-runs.js';
import { bigramDice } from './peers/string-similarity.js';
import { createTfIdfCosine } from './peers/tfidf-cosine.js';
import type { LinkPair } from './sample-link-pairs.js';
import { harmonicF1 } from './stats.js';

type Split = 'train' | 'dev';

/** A labelled pair ready to score: its two quotes (text from the stored spans) and its gold label. */
interface Scored {
  pair: LinkPair;
  a: CorpusQuote;
  b: CorpusQuote;
  same: boolean;
  /** The two quotes are variants of one cluster of `alignCorpus`'s report on the split's articles. */
  clustered: boolean;
}

interface Weighted {
  precision: number;
  recall: number;
  f1: number;
}

/** Weighted precision, recall and F1 of `predicted` against the gold of `items`. */
export function weightedScores(items: readonly { weight: number; same: boolean }[], predicted: readonly boolean[]): Weighted {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  items.forEach((item, i) => {
    if (predicted[i] && item.same) tp += item.weight;
    else if (predicted[i]) fp += item.weight;
    else if (item.same) fn += item.weight;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: harmonicF1(precision, recall) };
}

/** The threshold on `scores` with the best weighted F1 (midway between two scores). */
function bestF1Threshold(items: readonly { weight: number; same: boolean }[], scores: readonly number[]): number {
  const values = [...new Set(scores)].sort((x, y) => x - y);
  let best = { f1: -1, threshold: 0 };
  values.forEach((value, k) => {
    const threshold = k === 0 ? value : (values[k - 1]! + value) / 2;
    const { f1 } = weightedScores(items, scores.map((s) => s >= threshold));
    if (f1 > best.f1) best = { f1, threshold };
  });
  return best.threshold;
}

/** The labelled pairs of `split`, with their quotes: the extracted quote of the stored span (its speaker), or the span alone. */
async function scoredPairs(split: Split, pairs: readonly LinkPair[]): Promise<{ scored: Scored[]; moved: number }> {
  const articles = await polnearArticles(split);
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const report = alignCorpus(articles, { workers: 1, echoes: false });
  const byId = new Map(report.quotes.map((quote) => [quote.id, quote]));
  const clusterOf = new Map<string, number>();
  report.clusters.forEach((cluster, c) => cluster.variants.forEach((variant) => clusterOf.set(variant.quote.id, c)));
  let moved = 0;
  const quoteOf = (span: LinkPair['a']): CorpusQuote => {
    const found = byId.get(`${span.article}:${span.start}`);
    if (found !== undefined && found.end === span.end) return found;
    moved++;
    const text = texts.get(span.article)!.slice(span.start, span.end);
    return { text, start: span.start, end: span.end, marks: { open: '"', close: '"' }, speaker: found?.speaker ?? null, kind: 'utterance', flags: [], articleId: span.article, id: `${span.article}:${span.start}`, source: null };
  };
  const scored = pairs
    .filter((pair) => pair.split === split && (pair.label === 'same' || pair.label === 'different'))
    .map((pair) => {
      const [a, b] = [quoteOf(pair.a), quoteOf(pair.b)];
      const cluster = clusterOf.get(a.id);
      return { pair, a, b, same: pair.label === 'same', clustered: cluster !== undefined && cluster === clusterOf.get(b.id) };
    });
  return { scored, moved };
}

/** Cohen's kappa of the two annotators' labels (before adjudication), over pairs both labelled. */
export function cohensKappa(pairs: readonly LinkPair[]): number {
  const both = pairs.filter((pair) => pair.labels.length >= 2);
  const categories = ['same', 'different', 'unsure'];
  const agree = both.filter((pair) => pair.labels[0] === pair.labels[1]).length / both.length;
  let chance = 0;
  for (const category of categories) {
    const first = both.filter((pair) => pair.labels[0] === category).length / both.length;
    const second = both.filter((pair) => pair.labels[1] === category).length / both.length;
    chance += first * second;
  }
  return (agree - chance) / (1 - chance);
}

/** A 95 % interval of the weighted F1, precision and recall: pairs resampled within each stratum, 1,000 times. */
function bootstrap(items: readonly { weight: number; same: boolean; stratum: string }[], predicted: readonly boolean[]): Record<keyof Weighted, [number, number]> {
  const random = seededRandom(7);
  const strata = new Map<string, number[]>();
  items.forEach((item, i) => strata.set(item.stratum, [...(strata.get(item.stratum) ?? []), i]));
  const runs: Weighted[] = [];
  for (let r = 0; r < 1000; r++) {
    const picked: number[] = [];
    for (const members of strata.values()) for (let k = 0; k < members.length; k++) picked.push(members[Math.floor(random() * members.length)]!);
    runs.push(weightedScores(picked.map((i) => items[i]!), picked.map((i) => predicted[i]!)));
  }
  const interval = (key: keyof Weighted): [number, number] => {
    const sorted = runs.map((run) => run[key]).sort((x, y) => x - y);
    return [sorted[25]!, sorted[974]!];
  };
  return { precision: interval('precision'), recall: interval('recall'), f1: interval('f1') };
}

export async function evaluate(): Promise<Figure[]> {
  const pairs = JSON.parse(await readFile(new URL('data/polnear-links.json', import.meta.url), 'utf8')) as LinkPair[];
  if (!pairs.some((pair) => pair.label !== null)) {
    console.error('links skipped: eval/data/polnear-links.json has no labels yet');
    return [];
  }
  const out: Figure[] = [];
  const sets = {} as Record<Split, Scored[]>;
  for (const split of ['train', 'dev'] as const) {
    const { scored, moved } = await scoredPairs(split, pairs);
    sets[split] = scored;
    const all = pairs.filter((pair) => pair.split === split);
    out.push({ name: `links ${split} pairs labelled (same / different / unsure)`, value: all.length, unit: `(${scored.filter((s) => s.same).length} / ${scored.filter((s) => !s.same).length} / ${all.length - scored.length})` });
    if (moved > 0) out.push({ name: `links ${split} labelled spans no longer extracted as such (scored on the stored span)`, value: moved });
  }
  out.push({ name: 'links annotator agreement (Cohen kappa, before adjudication)', value: cohensKappa(pairs) });

  const items = (split: Split) => sets[split].map((s) => ({ weight: s.pair.weight, same: s.same, stratum: s.pair.stratum }));
  const library = (split: Split) => sets[split].map((s) => s.clustered);
  for (const split of ['dev', 'train'] as const) {
    const scores = weightedScores(items(split), library(split));
    out.push(
      { name: `links ${split} precision quote-divergence`, value: 100 * scores.precision, unit: '%' },
      { name: `links ${split} recall quote-divergence`, value: 100 * scores.recall, unit: '%' },
      { name: `links ${split} F1 quote-divergence`, value: 100 * scores.f1, unit: '%' },
    );
  }
  const interval = bootstrap(items('dev'), library('dev'));
  for (const key of ['precision', 'recall', 'f1'] as const) {
    out.push({ name: `links dev ${key} quote-divergence 95% interval (stratified bootstrap)`, value: 100 * interval[key][0], unit: `– ${(100 * interval[key][1]).toFixed(1)} %` });
  }
  // the pair's own verdict, without the clusters' rules (best parent, speakers) or their transitive joins
  for (const split of ['dev', 'train'] as const) {
    const scores = weightedScores(items(split), sets[split].map((s) => decide(s.a, s.b).accepted));
    out.push({ name: `links ${split} F1 quote-divergence, pair verification alone P/R ${(100 * scores.precision).toFixed(1)}/${(100 * scores.recall).toFixed(1)}`, value: 100 * scores.f1, unit: '%' });
  }

  const documents = [...sets.train, ...sets.dev].flatMap((s) => [s.a.text, s.b.text]);
  const peers: [string, (a: string, b: string) => number][] = [
    ['string-similarity', bigramDice],
    ['tfidf-cosine', createTfIdfCosine(documents)],
    ['jsdiff', equalRunDice],
  ];
  for (const [name, similarity] of peers) {
    const threshold = bestF1Threshold(items('train'), sets.train.map((s) => similarity(s.a.text, s.b.text)));
    const scores = weightedScores(items('dev'), sets.dev.map((s) => similarity(s.a.text, s.b.text) >= threshold));
    out.push(
      { name: `links dev precision ${name} (threshold ${threshold.toFixed(3)} from train)`, value: 100 * scores.precision, unit: '%' },
      { name: `links dev recall ${name}`, value: 100 * scores.recall, unit: '%' },
      { name: `links dev F1 ${name}`, value: 100 * scores.f1, unit: '%' },
    );
  }
  return out;
}
