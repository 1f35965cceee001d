/**
 * `npm run eval -- similarity`: sentence similarity against human judgements, quote-divergence
 * (`1 - divergence`) next to three peers measured in the same run.
 *
 * - STS Benchmark: Spearman and Pearson correlation with the 0–5 gold score, on dev and train.
 * - MSRP: accuracy and F1 on val with the threshold that maximises accuracy on train
 *   (`bestAccuracyThreshold`), the same procedure for every system.
 * - Calibration of quote-divergence, for METHODS.md: on MSRP val, the share of paraphrase and of
 *   non-paraphrase pairs whose divergence falls below 0.2 … 0.6; on STS dev, the mean divergence
 *   in each gold score band.
 *
 * @module
 */

import { loadMsrp, loadSts, type LabelledPair, type ScoredPair } from './datasets.js';
import type { Figure } from './figure.js';
import { equalRunDice } from './peers/jsdiff-equal-runs.js';
import { bigramDice } from './peers/string-similarity.js';
import { createTfIdfCosine, type SentenceSimilarity } from './peers/tfidf-cosine.js';
import { bestAccuracyThreshold, binaryScores, mean, pearson, spearman } from './stats.js';
import { loadCompareQuotes, loadCompareWithEmbeddings, remembered, type Compare } from './system-under-test.js';

interface System {
  name: string;
  similarity: SentenceSimilarity;
}

/**
 * Every system: quote-divergence as shipped, the same with `local: false` (whole sentences judged,
 * not just their overlap: these datasets score what one sentence leaves out), with `QD_EMBEDDINGS`
 * set the same with the embedding hook (word-vectors.ts), and the peers, TF-IDF fitted on
 * `documents` (the train and dev sentences of one dataset).
 */
function systems(compare: Compare | null, global: Compare | null, embedded: Compare | null, documents: readonly string[]): System[] {
  const list: System[] = [];
  if (compare) list.push({ name: 'quote-divergence', similarity: (a, b) => 1 - compare(a, b).divergence });
  if (global) list.push({ name: 'quote-divergence-global', similarity: (a, b) => 1 - global(a, b).divergence });
  if (embedded) list.push({ name: 'quote-divergence-embeddings', similarity: (a, b) => 1 - embedded(a, b).divergence });
  list.push({ name: 'string-similarity', similarity: bigramDice });
  list.push({ name: 'tfidf-cosine', similarity: createTfIdfCosine(documents) });
  list.push({ name: 'jsdiff', similarity: equalRunDice });
  return list;
}

function sentences(pairs: readonly { a: string; b: string }[]): string[] {
  return pairs.flatMap((pair) => [pair.a, pair.b]);
}

function stsFigures(system: System, split: string, pairs: readonly ScoredPair[]): Figure[] {
  const predicted = pairs.map((pair) => system.similarity(pair.a, pair.b));
  const gold = pairs.map((pair) => pair.score);
  return [
    { name: `sts ${split} spearman ${system.name}`, value: spearman(predicted, gold), unit: 'ρ' },
    { name: `sts ${split} pearson ${system.name}`, value: pearson(predicted, gold), unit: 'r' },
  ];
}

/**
 * Accuracy and F1 on val with the accuracy-maximising threshold on train; for quote-divergence
 * the threshold is also printed on the divergence scale (paraphrase when divergence ≤ it).
 */
function msrpFigures(system: System, train: readonly LabelledPair[], val: readonly LabelledPair[]): Figure[] {
  const threshold = bestAccuracyThreshold(
    train.map((pair) => system.similarity(pair.a, pair.b)),
    train.map((pair) => pair.paraphrase),
  );
  const scores = binaryScores(
    val.map((pair) => system.similarity(pair.a, pair.b) >= threshold),
    val.map((pair) => pair.paraphrase),
  );
  return [
    { name: `msrp val accuracy ${system.name}`, value: 100 * scores.accuracy, unit: '%' },
    { name: `msrp val F1 ${system.name}`, value: 100 * scores.f1, unit: '%' },
    { name: `msrp threshold (similarity, from train) ${system.name}`, value: threshold },
    ...(system.name === 'quote-divergence'
      ? [{ name: 'calibration msrp divergence threshold (from train)', value: 1 - threshold }]
      : []),
  ];
}

const DIVERGENCE_CUTS = [0.2, 0.3, 0.4, 0.5, 0.6] as const;

/** Share of paraphrase and of non-paraphrase MSRP val pairs with divergence below each cut. */
function msrpCalibration(compare: Compare, val: readonly LabelledPair[]): Figure[] {
  const out: Figure[] = [];
  for (const paraphrase of [true, false]) {
    const divergences = val.filter((pair) => pair.paraphrase === paraphrase).map((pair) => compare(pair.a, pair.b).divergence);
    const label = paraphrase ? 'paraphrase' : 'non-paraphrase';
    for (const cut of DIVERGENCE_CUTS) {
      const below = divergences.filter((d) => d < cut).length;
      out.push({ name: `calibration msrp val ${label} divergence < ${cut}`, value: (100 * below) / divergences.length, unit: '%' });
    }
  }
  return out;
}

/** Mean divergence on STS dev per gold score band [0,1), [1,2), … [4,5] (5 joins the top band). */
function stsCalibration(compare: Compare, dev: readonly ScoredPair[]): Figure[] {
  const out: Figure[] = [];
  for (let low = 0; low < 5; low++) {
    const band = dev.filter((pair) => pair.score >= low && (pair.score < low + 1 || (low === 4 && pair.score <= 5)));
    out.push({
      name: `calibration sts dev mean divergence, score ${low}-${low + 1} (n=${band.length})`,
      value: mean(band.map((pair) => compare(pair.a, pair.b).divergence)),
    });
  }
  return out;
}

export async function evaluate(): Promise<Figure[]> {
  const compare = remembered(loadCompareQuotes());
  const global = loadCompareQuotes({ local: false });
  const embedded = remembered(loadCompareWithEmbeddings());
  const [stsTrain, stsDev, msrpTrain, msrpVal] = await Promise.all([
    loadSts('train'),
    loadSts('dev'),
    loadMsrp('train'),
    loadMsrp('val'),
  ]);
  const out: Figure[] = [];
  for (const system of systems(compare, global, embedded, sentences([...stsTrain, ...stsDev]))) {
    out.push(...stsFigures(system, 'dev', stsDev), ...stsFigures(system, 'train', stsTrain));
  }
  for (const system of systems(compare, global, embedded, sentences([...msrpTrain, ...msrpVal]))) {
    out.push(...msrpFigures(system, msrpTrain, msrpVal));
  }
  if (compare) out.push(...msrpCalibration(compare, msrpVal), ...stsCalibration(compare, stsDev));
  return out;
}
