import { describe, expect, it } from 'vitest';
import { findPair, keepPair, memoKind, memoScore } from '../src/compare/similarity-memo.js';

describe('similarity memo', () => {
  it('finds a kept pair in either order, with its single-precision score and kind', () => {
    keepPair(900_001, 900_007, false, true, 0.85, 6);
    const slot = findPair(900_007, 900_001, false, true);
    expect(slot).not.toBe(-1);
    expect([memoScore(slot), memoKind(slot)]).toEqual([Math.fround(0.85), 6]);
    expect(findPair(900_001, 900_007, false, true)).toBe(slot);
  });

  it('keeps pairs apart by capitals and by WordNet, and forgets ids too large for a key', () => {
    keepPair(900_011, 900_013, true, false, 0.8, 4);
    expect(findPair(900_011, 900_013, false, false)).toBe(-1);
    expect(findPair(900_011, 900_013, true, true)).toBe(-1);
    expect(findPair(900_011, 900_014, true, false)).toBe(-1);
    keepPair(5, 2 ** 29, false, true, 1, 1);
    expect(findPair(5, 2 ** 29, false, true)).toBe(-1);
  });

  it('keeps a thousand pairs at once (pairs that hash to the same set do not evict each other)', () => {
    for (let p = 0; p < 1000; p++) keepPair(800_000 + p, 700_000 + 3 * p, false, true, p / 1000, p % 10);
    let found = 0;
    for (let p = 0; p < 1000; p++) {
      const slot = findPair(700_000 + 3 * p, 800_000 + p, false, true);
      if (slot !== -1 && memoScore(slot) === Math.fround(p / 1000) && memoKind(slot) === p % 10) found++;
    }
    expect(found).toBe(1000);
  });
});
