import { describe, expect, it } from 'vitest';
import { findPair, keepPair, memoKind, memoScore, touchPair } from '../src/compare/similarity-memo.js';

describe('similarity memo', () => {
  it('finds a kept pair in either order, with its single-precision score and kind', () => {
    keepPair(400_001, 400_007, false, true, 0.85, 6);
    const slot = findPair(400_007, 400_001, false, true);
    expect(slot).not.toBe(-1);
    expect([memoScore(slot), memoKind(slot)]).toEqual([Math.fround(0.85), 6]);
    expect(findPair(400_001, 400_007, false, true)).toBe(slot);
  });

  it('keeps pairs apart by capitals and by WordNet, and forgets ids too large for a key', () => {
    keepPair(400_011, 400_013, true, false, 0.8, 4);
    expect(findPair(400_011, 400_013, false, false)).toBe(-1);
    expect(findPair(400_011, 400_013, true, true)).toBe(-1);
    expect(findPair(400_011, 400_014, true, false)).toBe(-1);
    keepPair(5, 2 ** 19, false, true, 1, 1);
    expect(findPair(5, 2 ** 19, false, true)).toBe(-1);
  });

  it('tells apart higher ids that differ only in the bits the set implies or only above them', () => {
    keepPair(10, 10 + 4096, false, true, 0.5, 3);
    expect(findPair(10, 10 + 2 * 4096, false, true)).toBe(-1);
    expect(findPair(10, 11 + 4096, false, true)).toBe(-1);
    expect(findPair(11, 10 + 4096, false, true)).toBe(-1);
    const slot = findPair(10 + 4096, 10, false, true);
    expect([memoScore(slot), memoKind(slot)]).toEqual([0.5, 3]);
  });

  it('keeps a thousand pairs at once (pairs that hash to the same set do not evict each other)', () => {
    for (let p = 0; p < 1000; p++) keepPair(300_000 + p, 200_000 + 3 * p, false, true, p / 1000, p % 10);
    let found = 0;
    for (let p = 0; p < 1000; p++) {
      const slot = findPair(200_000 + 3 * p, 300_000 + p, false, true);
      if (slot !== -1 && memoScore(slot) === Math.fround(p / 1000) && memoKind(slot) === p % 10) found++;
    }
    expect(found).toBe(1000);
  });

  it('touches the first slot of a pair\'s set, in either order', () => {
    expect(touchPair(123_457, 123_461)).toBe(0);
    keepPair(123_461, 123_457, false, true, 0.25, 7);
    expect(touchPair(123_457, 123_461)).not.toBe(0);
    expect(touchPair(123_461, 123_457)).toBe(touchPair(123_457, 123_461));
  });
});
