/**
 * `npx tsx eval/tune-divergence.ts`: chooses the divergence weights (src/compare/divergence.ts)
 * on TRAINING data only — STS Benchmark train (Spearman of 1 − divergence with the gold score)
 * and MSRP train (accuracy at the best threshold) — by a grid search over the component weights,
 * with the weights summing to 0.98 (so that unrelated sentences score near 1; 0.02 is the fixed
 * weight of the share of words outside the overlap). Prints the best weights and their scores.
 * Not part of `npm run eval`: it is the record of how the shipped weights were chosen.
 *
 * @module
 */

import { compareQuotes } from '../src/compare/compare-quotes.js';
import { loadMsrp, loadSts } from './datasets.js';
import { bestAccuracyThreshold, binaryScores, spearman } from './stats.js';

type Vector = [semantic: number, lexical: number, omissionAddition: number, order: number, tone: number];

function vector(a: string, b: string): Vector {
  const c = compareQuotes(a, b, { local: process.env.LOCAL !== '0', wordnet: process.env.WORDNET !== '0' }).components;
  return [c.semantic, c.lexical, (c.omission + c.addition) / 2, c.order, c.tone];
}

const [sts, msrp] = await Promise.all([loadSts('train'), loadMsrp('train')]);
const stsVectors = sts.map((pair) => vector(pair.a, pair.b));
const msrpVectors = msrp.map((pair) => vector(pair.a, pair.b));
const gold = sts.map((pair) => pair.score);
const labels = msrp.map((pair) => pair.paraphrase);

const score = (weights: Vector, vectors: Vector[]) => vectors.map((v) => 1 - v.reduce((sum, x, k) => sum + x * weights[k]!, 0));

function evaluate(weights: Vector): { rho: number; accuracy: number } {
  const rho = spearman(score(weights, stsVectors), gold);
  const similarities = score(weights, msrpVectors);
  const threshold = bestAccuracyThreshold(similarities, labels);
  const accuracy = binaryScores(similarities.map((s) => s >= threshold), labels).accuracy;
  return { rho, accuracy };
}

const steps = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
let best: { weights: Vector; rho: number; accuracy: number; objective: number } | undefined;
let bestMsrp: { weights: Vector; rho: number; accuracy: number } | undefined;
for (const lexical of steps) {
  for (const omissionAddition of steps) {
    for (const order of [0, 0.05, 0.1]) {
      for (const tone of [0, 0.05, 0.1]) {
        const semantic = 0.98 - lexical - omissionAddition - order - tone;
        if (semantic < 0) continue;
        const weights: Vector = [semantic, lexical, omissionAddition, order, tone];
        const { rho, accuracy } = evaluate(weights);
        const objective = rho + accuracy;
        if (best === undefined || objective > best.objective + 1e-9) best = { weights, rho, accuracy, objective };
        if (bestMsrp === undefined || accuracy > bestMsrp.accuracy + 1e-9) bestMsrp = { weights, rho, accuracy };
      }
    }
  }
}
console.log('shipped-form weights [semantic, lexical, omissionAddition, order, tone]:', best!.weights.map((w) => w.toFixed(2)).join(', '));
console.log(`STS train Spearman ${best!.rho.toFixed(4)}, MSRP train accuracy ${(100 * best!.accuracy).toFixed(2)} %`);
console.log(`best for MSRP alone: ${bestMsrp!.weights.map((w) => w.toFixed(2)).join(', ')}: STS ${bestMsrp!.rho.toFixed(4)}, MSRP ${(100 * bestMsrp!.accuracy).toFixed(2)} %`);
const current: Vector = [0.84, 0.02, 0, 0.02, 0.1];
const now = evaluate(current);
console.log(`current weights: STS train Spearman ${now.rho.toFixed(4)}, MSRP train accuracy ${(100 * now.accuracy).toFixed(2)} %`);
