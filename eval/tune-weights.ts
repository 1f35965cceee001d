/**
 * `npx tsx eval/tune-weights.ts`: chooses the content-word weight parameters without a corpus
 * (`SPECIFICITY` in src/compare/divergence.ts) on TRAINING data only — STS Benchmark train
 * (Spearman of 1 − divergence with the gold score) plus MSRP train (accuracy at the best
 * threshold), the objective of eval/tune-divergence.ts. The alignment does not depend on the
 * weights, so each pair is aligned once and its divergence computed for every parameter set.
 * Not part of `npm run eval`: it is the record of how the shipped parameters were chosen.
 *
 * It drives the aligner's phases directly (as `compareQuotes` does), so it follows their names.
 *
 * @module
 */

import { alignAnchors } from '../src/compare/align-anchors.js';
import { alignGaps } from '../src/compare/align-gaps.js';
import { makeState, releaseState } from '../src/compare/alignment-state.js';
import { combine, componentsOf, computeWeights, outsideShare, SPECIFICITY, type SpecificityParameters } from '../src/compare/divergence.js';
import { markMoves } from '../src/compare/moves.js';
import { findRegion } from '../src/compare/overlap.js';
import { sideOf } from '../src/compare/side-cache.js';
import { loadMsrp, loadSts } from './datasets.js';
import { bestAccuracyThreshold, binaryScores, spearman } from './stats.js';

const grid: SpecificityParameters[] = [];
for (const frequencyBase of [1.1, 1.2, 1.3, 1.4]) {
  for (const perLogCount of [0, 0.1, 0.15, 0.2]) {
    for (const frequencyFloor of [0.25, 0.3, 0.4]) {
      grid.push({ ...SPECIFICITY, frequencyBase, perLogCount, frequencyFloor });
    }
  }
}

/** Divergence of one pair under every parameter set of the grid (canonical orientation, as compareQuotes). */
function divergences(x: string, y: string): number[] {
  const [first, second] = y < x ? [y, x] : [x, y];
  const state = makeState(sideOf(first), sideOf(second), true, undefined);
  try {
    alignAnchors(state);
    markMoves(state);
    alignGaps(state);
    const region = findRegion(state, true);
    const outside = outsideShare(state, region);
    return grid.map((parameters) =>
      combine(componentsOf(state, region, computeWeights(state.a, undefined, parameters), computeWeights(state.b, undefined, parameters)), outside),
    );
  } finally {
    releaseState(state);
  }
}

const [sts, msrp] = await Promise.all([loadSts('train'), loadMsrp('train')]);
const stsRows = sts.map((pair) => divergences(pair.a, pair.b));
const msrpRows = msrp.map((pair) => divergences(pair.a, pair.b));
const gold = sts.map((pair) => pair.score);
const labels = msrp.map((pair) => pair.paraphrase);

const results = grid.map((parameters, k) => {
  const rho = spearman(stsRows.map((row) => 1 - row[k]!), gold);
  const similarities = msrpRows.map((row) => 1 - row[k]!);
  const threshold = bestAccuracyThreshold(similarities, labels);
  const accuracy = binaryScores(similarities.map((s) => s >= threshold), labels).accuracy;
  return { parameters, rho, accuracy, objective: rho + accuracy };
});
const show = (r: (typeof results)[number]) =>
  `base ${r.parameters.frequencyBase}, per ln count ${r.parameters.perLogCount}, floor ${r.parameters.frequencyFloor}: ` +
  `STS train ρ ${r.rho.toFixed(4)}, MSRP train accuracy ${(100 * r.accuracy).toFixed(2)} %`;
const ranked = [...results].sort((x, y) => y.objective - x.objective);
console.log('best five (objective ρ + accuracy):');
for (const r of ranked.slice(0, 5)) console.log(`  ${show(r)}`);
const senseOnly = results.find((r) => r.parameters.perLogCount === 0)!;
console.log(`no frequency (per ln count 0: the square root of the sense part): STS train ρ ${senseOnly.rho.toFixed(4)}, MSRP train accuracy ${(100 * senseOnly.accuracy).toFixed(2)} %`);
const shipped = results.find(
  (r) =>
    r.parameters.frequencyBase === SPECIFICITY.frequencyBase &&
    r.parameters.perLogCount === SPECIFICITY.perLogCount &&
    r.parameters.frequencyFloor === SPECIFICITY.frequencyFloor,
);
if (shipped) console.log(`shipped: ${show(shipped)}`);
