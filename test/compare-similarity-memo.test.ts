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
});
