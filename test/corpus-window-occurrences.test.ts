import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WindowOccurrences } from '../src/corpus/window-occurrences.js';

describe('WindowOccurrences (where the echo search windows occur)', () => {
  it('numbers the occurrences window after window, each with its article and start', () => {
    const occurrences = new WindowOccurrences([[0, 12, 3, 12], [], [1, 40]]);
    expect(occurrences.count).toBe(3);
    expect([0, 1, 2].map((w) => occurrences.of(w))).toEqual([[0, 2], [2, 2], [2, 3]]);
    expect([0, 1, 2].map((o) => [occurrences.article(o), occurrences.start(o)])).toEqual([[0, 12], [3, 12], [1, 40]]);
  });

  it('tells which earlier occurrence each repeats, by its place in its window\'s list (itself when none is given)', () => {
    // window 0 occurs in articles 0, 3 (an exact copy of 0) and 5; window 1 in article 3 only
    const occurrences = new WindowOccurrences([[0, 12, 3, 12, 5, 8], [3, 40]], [[0, 0, 2], [0]]);
    expect([0, 1, 2, 3].map((o) => occurrences.original(o))).toEqual([0, 0, 2, 3]);
    expect(new WindowOccurrences([[0, 12, 3, 12]]).original(1)).toBe(1);
  });

  it('reads back every list it was given, in order', () => {
    const place = fc.tuple(fc.nat({ max: 200_000 }), fc.nat({ max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(fc.array(place, { maxLength: 6 }), { maxLength: 12 }), (windows) => {
        const occurrences = new WindowOccurrences(windows.map((list) => list.flat()));
        const read = windows.map((_, w) => {
          const [first, end] = occurrences.of(w);
          return Array.from({ length: end - first }, (__, k) => [occurrences.article(first + k), occurrences.start(first + k)]);
        });
        expect(read).toEqual(windows);
        expect(occurrences.count).toBe(windows.reduce((sum, list) => sum + list.length, 0));
      }),
    );
  });
});
