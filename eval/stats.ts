/**
 * The statistics the evaluation reports: rank and linear correlation, precision/recall/F1
 * macro-averaged over sentence pairs (the jacana alignment convention), binary classification
 * scores, and the choice of a decision threshold on a training split.
 *
 * Plain code with no dependencies, so a reviewer can check every figure by hand
 * (`test/eval-stats.test.ts` does, on small inputs).
 *
 * @module
 */

/** Pearson's linear correlation of two equally long samples; 0 when either is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new RangeError('pearson: samples differ in length');
  const n = xs.length;
  if (n === 0) return 0;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  if (varianceX === 0 || varianceY === 0) return 0;
  return covariance / Math.sqrt(varianceX * varianceY);
}

/**
 * 1-based ranks with ties sharing the mean of the ranks they span
 * (`[10, 20, 20, 30]` → `[1, 2.5, 2.5, 4]`), as Spearman's ρ needs.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]! || i - j);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    // positions start..end-1 hold one tied value: ranks start+1..end, mean (start+1+end)/2
    const shared = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = shared;
    start = end;
  }
  return ranks;
}

/** Spearman's rank correlation: Pearson's r on average ranks (the tie-correct form). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(averageRanks(xs), averageRanks(ys));
}

/** Counts for one item scored by set overlap (one sentence pair's links). */
export interface OverlapCounts {
  /** Items the system produced. */
  predicted: number;
  /** Items in the gold standard. */
  gold: number;
  /** Items in both. */
  correct: number;
}

/** Precision, recall and F1, each in [0, 1]. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** F1 as the harmonic mean of precision and recall; 0 when both are 0. */
export function harmonicF1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Precision and recall computed per item and macro-averaged over items, F1 from the two averages
 * (the jacana convention of Yao et al. 2013, followed by Sultan et al. 2014).
 *
 * An item with nothing predicted has no precision and is left out of the precision average;
 * an item with an empty gold set is left out of the recall average. When no item has a defined
 * value, the average is 0 (so a system that never predicts scores precision 0, not 1).
 */
export function macroPrecisionRecall(items: readonly OverlapCounts[]): PrecisionRecall {
  let precisionSum = 0;
  let precisionItems = 0;
  let recallSum = 0;
  let recallItems = 0;
  for (const item of items) {
    if (item.predicted > 0) {
      precisionSum += item.correct / item.predicted;
      precisionItems++;
    }
    if (item.gold > 0) {
      recallSum += item.correct / item.gold;
      recallItems++;
    }
  }
  const precision = precisionItems === 0 ? 0 : precisionSum / precisionItems;
  const recall = recallItems === 0 ? 0 : recallSum / recallItems;
  return { precision, recall, f1: harmonicF1(precision, recall) };
}

/** Scores of a binary decision against binary gold labels; the positive class is `true`. */
export interface BinaryScores extends PrecisionRecall {
  accuracy: number;
}

/** Accuracy, and precision/recall/F1 of the positive class. */
export function binaryScores(predicted: readonly boolean[], gold: readonly boolean[]): BinaryScores {
  if (predicted.length !== gold.length) throw new RangeError('binaryScores: lengths differ');
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let agree = 0;
  for (let i = 0; i < gold.length; i++) {
    const p = predicted[i]!;
    const g = gold[i]!;
    if (p === g) agree++;
    if (p && g) truePositive++;
    else if (p) falsePositive++;
    else if (g) falseNegative++;
  }
  const precision = truePositive + falsePositive === 0 ? 0 : truePositive / (truePositive + falsePositive);
  const recall = truePositive + falseNegative === 0 ? 0 : truePositive / (truePositive + falseNegative);
  return {
    accuracy: gold.length === 0 ? 0 : agree / gold.length,
    precision,
    recall,
    f1: harmonicF1(precision, recall),
  };
}

/**
 * The threshold `t` that maximises accuracy of the rule `score >= t → positive` on a training split.
 *
 * Candidates are the midpoints between consecutive distinct scores, plus one below the lowest
 * score (everything positive) and one above the highest (everything negative). Ties in accuracy
 * go to the lowest threshold, so the choice is deterministic.
 */
export function bestAccuracyThreshold(scores: readonly number[], gold: readonly boolean[]): number {
  if (scores.length !== gold.length) throw new RangeError('bestAccuracyThreshold: lengths differ');
  if (scores.length === 0) return 0;
  const order = scores.map((_, i) => i).sort((i, j) => scores[i]! - scores[j]! || i - j);
  // Start with everything positive; sweeping upwards, each passed item turns negative.
  let correct = gold.filter(Boolean).length;
  let bestCorrect = correct;
  let bestThreshold = scores[order[0]!]! - 1;
  let k = 0;
  while (k < order.length) {
    const value = scores[order[k]!]!;
    while (k < order.length && scores[order[k]!] === value) {
      correct += gold[order[k]!] ? -1 : 1;
      k++;
    }
    const next = k < order.length ? scores[order[k]!]! : value + 1;
    if (correct > bestCorrect) {
      bestCorrect = correct;
      bestThreshold = (value + next) / 2;
    }
  }
  return bestThreshold;
}

/** The mean of a sample; `NaN` for an empty one (printed, so a missing band is visible). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}
