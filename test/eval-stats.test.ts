import { describe, expect, it } from 'vitest';
import { countLinks, isNonIdentical, linksFromAlignment, whitespaceTokenRanges } from '../eval/alignment-links.js';
import {
  averageRanks,
  bestAccuracyThreshold,
  binaryScores,
  macroPrecisionRecall,
  pearson,
  spearman,
} from '../eval/stats.js';
import type { AlignmentEntry } from '../src/types.js';
import { cohensKappa, weightedScores } from '../eval/links.js';
import type { LinkPair } from '../eval/sample-link-pairs.js';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 3, 3])).toEqual([3, 1, 3, 3]);
  });
});

describe('spearman', () => {
  it('is Pearson on average ranks when there are ties', () => {
    // ranks x = [1, 2.5, 2.5, 4], y = [1, 3, 2, 4]; cov 4.5, var 4.5 and 5 → 4.5 / √22.5 = √0.9
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(Math.sqrt(0.9), 12);
  });

  it('is 1 for any increasing relation and -1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 16])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [8, 4, 2, 1])).toBeCloseTo(-1, 12);
  });
});

describe('pearson', () => {
  it('matches the hand computation', () => {
    // dx = [-1, 0, 1], dy = [-7/3, -1/3, 8/3]: cov 5, var 2 and 114/9 → 15 / √228
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(15 / Math.sqrt(228), 12);
    expect(pearson([1, 2, 3, 4], [1, 4, 9, 16])).toBeLessThan(1);
  });

  it('is 0 when a sample is constant or empty', () => {
    expect(pearson([1, 2, 3], [5, 5, 5])).toBe(0);
    expect(pearson([], [])).toBe(0);
  });
});

describe('macroPrecisionRecall', () => {
  it('averages per item, leaving out undefined precision or recall', () => {
    const scores = macroPrecisionRecall([
      { predicted: 4, gold: 5, correct: 3 }, // P 0.75, R 0.6
      { predicted: 0, gold: 2, correct: 0 }, // P undefined (left out), R 0
      { predicted: 2, gold: 0, correct: 0 }, // P 0, R undefined (left out)
    ]);
    // P = (0.75 + 0) / 2, R = (0.6 + 0) / 2, F1 = 2·0.375·0.3 / 0.675 = 1/3
    expect(scores.precision).toBeCloseTo(0.375, 12);
    expect(scores.recall).toBeCloseTo(0.3, 12);
    expect(scores.f1).toBeCloseTo(1 / 3, 12);
  });

  it('scores a system that predicts nothing 0, not 1', () => {
    expect(macroPrecisionRecall([{ predicted: 0, gold: 3, correct: 0 }])).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(macroPrecisionRecall([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('binaryScores', () => {
  it('counts accuracy and the positive class', () => {
    // TP = 2 (items 0, 4), FP = 1 (item 1), FN = 1 (item 3), TN = 1 (item 2)
    const scores = binaryScores([true, true, false, false, true], [true, false, false, true, true]);
    expect(scores.accuracy).toBeCloseTo(0.6, 12);
    expect(scores.precision).toBeCloseTo(2 / 3, 12);
    expect(scores.recall).toBeCloseTo(2 / 3, 12);
    expect(scores.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe('bestAccuracyThreshold', () => {
  it('picks the lowest midpoint with the best accuracy', () => {
    // sorted: 0.1 no, 0.35 yes, 0.4 no, 0.8 yes: cuts at 0.225 and 0.6 both get 3 of 4 right
    expect(bestAccuracyThreshold([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBeCloseTo(0.225, 12);
  });

  it('never splits tied scores, and may call everything positive', () => {
    // 0.5 (no), 0.5 (yes), 0.9 (yes): all positive gets 2 of 3, as does the cut at 0.7; the lower wins
    expect(bestAccuracyThreshold([0.5, 0.5, 0.9], [false, true, true])).toBe(-0.5);
  });
});

describe('alignment links', () => {
  const source = 'the big dog barked';
  const target = 'a large hound';
  const span = (text: string, start: number) => ({ start, end: start + text.length, text });

  it('finds whitespace token ranges', () => {
    expect(whitespaceTokenRanges(' a  bc ')).toEqual([
      { start: 1, end: 2 },
      { start: 4, end: 6 },
    ]);
  });

  it('links every token pair a phrase entry overlaps, and nothing for one-sided entries', () => {
    const alignment: AlignmentEntry[] = [
      { a: span('the', 0), b: span('a', 0), kind: 'function-word', similarity: 0.5, moved: false },
      { a: span('big do', 4), b: span('large hound', 2), kind: 'phrase-substitution', similarity: 0.4, moved: false },
      { a: span('barked', 12), b: null, kind: 'omission', similarity: 0, moved: false },
    ];
    expect(linksFromAlignment(alignment, source, target)).toEqual([
      [0, 0],
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ]);
  });

  it('counts predicted links against gold, optionally only non-identical ones', () => {
    const sourceTokens = ['The', 'dog', 'barked'];
    const targetTokens = ['the', 'hound', 'barked'];
    const gold: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 2],
    ];
    const predicted: [number, number][] = [
      [0, 0],
      [2, 2],
      [2, 1],
      [2, 2],
    ];
    expect(countLinks(predicted, gold)).toEqual({ predicted: 3, gold: 3, correct: 2 });
    expect(countLinks(predicted, gold, isNonIdentical(sourceTokens, targetTokens))).toEqual({
      predicted: 1,
      gold: 1,
      correct: 0,
    });
  });
});

describe('weightedScores (real-news link set)', () => {
  it('weighs each pair by its stratum weight', () => {
    // tp 1 (w 1), fp 2 (w 2), fn 10 (w 10): precision 1/3, recall 1/11
    const items = [
      { weight: 1, same: true },
      { weight: 2, same: false },
      { weight: 10, same: true },
      { weight: 5, same: false },
    ];
    const scores = weightedScores(items, [true, true, false, false]);
    expect(scores.precision).toBeCloseTo(1 / 3, 12);
    expect(scores.recall).toBeCloseTo(1 / 11, 12);
    expect(scores.f1).toBeCloseTo((2 * (1 / 3) * (1 / 11)) / (1 / 3 + 1 / 11), 12);
  });

  it('is 0 rather than NaN when nothing is predicted', () => {
    expect(weightedScores([{ weight: 1, same: true }], [false])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('cohensKappa', () => {
  const pair = (first: string, second: string) => ({ labels: [first, second] }) as unknown as LinkPair;

  it('matches the hand computation', () => {
    // observed agreement 3/4; first annotator same 2/4, second same 1/4 → chance 2/4·1/4 + 2/4·3/4 = 1/2
    const pairs = [pair('same', 'same'), pair('same', 'different'), pair('different', 'different'), pair('different', 'different')];
    expect(cohensKappa(pairs)).toBeCloseTo((3 / 4 - 1 / 2) / (1 - 1 / 2), 12);
  });

  it('leaves out pairs with fewer than two labels', () => {
    expect(cohensKappa([pair('same', 'same'), pair('different', 'different'), { labels: ['same'] } as unknown as LinkPair])).toBe(1);
  });
});
