import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PairIds } from '../src/corpus/pair-ids.js';

describe('PairIds (numbers for pairs of key ids)', () => {
  it('numbers pairs in the order first seen, and finds them again by both integers in order', () => {
    const pairs = new PairIds();
    expect([pairs.idOf(3, 7), pairs.idOf(1, 2), pairs.idOf(3, 7), pairs.idOf(7, 3)]).toEqual([0, 1, 0, 2]);
    expect([pairs.find(1, 2), pairs.find(2, 1), pairs.find(0, 0)]).toEqual([1, -1, -1]);
    expect([pairs.count, pairs.low(2), pairs.high(2)]).toEqual([3, 7, 3]);
  });

  it('numbers pairs as a map keyed by both integers would, through its growth (property)', () => {
    const pair = fc.tuple(fc.nat({ max: 300 }), fc.nat({ max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(fc.oneof(pair, fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 }))), { maxLength: 400 }), (seen) => {
        const pairs = new PairIds();
        const expected = new Map<string, number>();
        for (const [low, high] of seen) {
          const key = `${low} ${high}`;
          if (!expected.has(key)) expected.set(key, expected.size);
          expect(pairs.idOf(low, high)).toBe(expected.get(key));
        }
        expect(pairs.count).toBe(expected.size);
        for (const [low, high] of seen) expect([pairs.find(low, high), pairs.low(pairs.find(low, high)), pairs.high(pairs.find(low, high))]).toEqual([expected.get(`${low} ${high}`), low, high]);
      }),
      { numRuns: 100 },
    );
  });
});
