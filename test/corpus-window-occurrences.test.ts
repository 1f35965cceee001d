import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WindowOccurrences } from '../src/corpus/window-occurrences.js';

describe('WindowOccurrences (where the echo search windows occur)', () => {
  it('numbers the occurrences window after window, each with its article and start', () => {
    const occurrences = WindowOccurrences.fromLists([[0, 12, 3, 12], [], [1, 40]]);
    expect(occurrences.count).toBe(3);
    expect([0, 1, 2].map((w) => occurrences.of(w))).toEqual([[0, 2], [2, 2], [2, 3]]);
    expect([0, 1, 2].map((o) => [occurrences.article(o), occurrences.start(o)])).toEqual([[0, 12], [3, 12], [1, 40]]);
  });

  it('tells which earlier occurrence each repeats, by its place in its window\'s list (itself when none is given)', () => {
    // window 0 occurs in articles 0, 3 (an exact copy of 0) and 5; window 1 in article 3 only
    const occurrences = WindowOccurrences.fromLists([[0, 12, 3, 12, 5, 8], [3, 40]], [[0, 0, 2], [0]]);
    expect([0, 1, 2, 3].map((o) => occurrences.original(o))).toEqual([0, 0, 2, 3]);
    expect(WindowOccurrences.fromLists([[0, 12, 3, 12]]).original(1)).toBe(1);
  });

  it('reads back every list it was given, in order', () => {
    const place = fc.tuple(fc.nat({ max: 200_000 }), fc.nat({ max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(fc.array(place, { maxLength: 6 }), { maxLength: 12 }), (windows) => {
        const occurrences = WindowOccurrences.fromLists(windows.map((list) => list.flat()));
        const read = windows.map((_, w) => {
          const [first, end] = occurrences.of(w);
          return Array.from({ length: end - first }, (__, k) => [occurrences.article(first + k), occurrences.start(first + k)]);
        });
        expect(read).toEqual(windows);
        expect(occurrences.count).toBe(windows.reduce((sum, list) => sum + list.length, 0));
      }),
    );
  });

  it('groups occurrences found in any order by window (the constructor), as the lists would (property)', () => {
    // each occurrence: its window, article and start, and whether it repeats an earlier one of its window (which)
    const found = fc.array(fc.tuple(fc.nat({ max: 4 }), fc.nat({ max: 1000 }), fc.nat({ max: 5000 }), fc.option(fc.nat({ max: 100 }))), { maxLength: 40 });
    fc.assert(
      fc.property(found, (flat) => {
        const windows = 5;
        const lists: number[][] = Array.from({ length: windows }, () => []);
        const places: number[][] = Array.from({ length: windows }, () => []);
        const flatRepeats: number[] = [];
        const seen: number[][] = Array.from({ length: windows }, () => []);
        flat.forEach(([w, article, start, pick], i) => {
          // the occurrence it repeats: an earlier one of the same window, or itself
          const earlier = seen[w]!;
          const repeat = pick === null || earlier.length === 0 ? i : earlier[pick % earlier.length]!;
          const place = pick === null || earlier.length === 0 ? lists[w]!.length / 2 : seen[w]!.indexOf(repeat);
          lists[w]!.push(article, start);
          places[w]!.push(place);
          earlier.push(i);
          flatRepeats.push(repeat);
        });
        const grouped = new WindowOccurrences(
          windows,
          Int32Array.from(flat, ([w]) => w),
          Int32Array.from(flat.flatMap(([, article, start]) => [article, start])),
          Int32Array.from(flatRepeats),
        );
        const read = (o: WindowOccurrences) =>
          Array.from({ length: windows }, (_, w) => {
            const [first, end] = o.of(w);
            return Array.from({ length: end - first }, (__, k) => [o.article(first + k), o.start(first + k), o.original(first + k) - first]);
          });
        // what the lists say, window by window: article, start, and the place of the occurrence repeated
        const expected = lists.map((list, w) => places[w]!.map((place, k) => [list[2 * k], list[2 * k + 1], place]));
        expect(read(grouped)).toEqual(expected);
        expect(grouped.count).toBe(flat.length);
      }),
      { numRuns: 200 },
    );
  });
});
