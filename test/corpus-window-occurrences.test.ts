import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WindowOccurrences } from '../src/corpus/window-occurrences.js';

/** Each window's occurrences, followed from its first: article, start and the occurrence each repeats. */
function chains(occurrences: WindowOccurrences, windows: number): number[][][] {
  return Array.from({ length: windows }, (_, w) => {
    const chain: number[][] = [];
    for (let o = occurrences.first(w); o >= 0; o = occurrences.next(o)) chain.push([occurrences.article(o), occurrences.start(o), occurrences.original(o)]);
    return chain;
  });
}

describe('WindowOccurrences (where the echo search windows occur)', () => {
  it('numbers the occurrences in the order added, and links each window\'s in article order', () => {
    const occurrences = WindowOccurrences.fromArticles([[[0, 12]], [[2, 40]], [], [[0, 12], [1, 30]]]);
    expect(occurrences.count).toBe(4);
    expect([0, 1, 2, 3].map((o) => [occurrences.article(o), occurrences.start(o)])).toEqual([[0, 12], [1, 40], [3, 12], [3, 30]]);
    expect([0, 1, 2, 3].map((w) => occurrences.first(w))).toEqual([0, 3, 1, -1]);
    expect([0, 1, 2, 3].map((o) => occurrences.next(o))).toEqual([2, -1, -1, -1]);
  });

  it('repeats the occurrences of the first article with the same text for an exact copy, each answering for its original', () => {
    // article 2 copies article 0 (windows 0 and 1), article 3 copies article 1 (no windows)
    const occurrences = WindowOccurrences.fromArticles([[[0, 12], [1, 40]], [], 0, 1, [[0, 5]]]);
    expect(occurrences.count).toBe(5);
    expect([0, 1, 2, 3, 4].map((o) => [occurrences.article(o), occurrences.start(o), occurrences.original(o)])).toEqual([
      [0, 12, 0],
      [0, 40, 1],
      [2, 12, 0],
      [2, 40, 1],
      [4, 5, 4],
    ]);
    expect(chains(occurrences, 2)).toEqual([
      [[0, 12, 0], [2, 12, 0], [4, 5, 4]],
      [[0, 40, 1], [2, 40, 1]],
    ]);
  });

  it('refuses occurrences out of article order, and copies of an article not added before', () => {
    const occurrences = new WindowOccurrences(3);
    occurrences.add(1, 0, 12);
    expect(() => occurrences.add(0, 0, 5)).toThrow('occurrences of article 0 added after those of article 1');
    expect(() => occurrences.addCopy(2, 2)).toThrow('article 2 cannot copy article 2');
  });

  it('follows each window through the articles that hold it, as plain lists would (property)', () => {
    // per article: its windows (0 … 4) and starts, or a copy of an earlier article
    const article = fc.oneof(fc.array(fc.tuple(fc.nat({ max: 4 }), fc.nat({ max: 5000 })), { maxLength: 6 }), fc.nat({ max: 100 }));
    fc.assert(
      fc.property(fc.array(article, { maxLength: 20 }), (drawn) => {
        // a copy names an earlier article that is not itself a copy (as the echo search gives them)
        const articles = drawn.map((found, a) => {
          if (typeof found !== 'number') return found;
          const originals = drawn.slice(0, a).flatMap((earlier, e) => (typeof earlier === 'number' ? [] : [e]));
          return originals.length === 0 ? [] : originals[found % originals.length]!;
        });
        const expected: number[][][] = Array.from({ length: 5 }, () => []);
        const numbers: number[][] = [];
        let count = 0;
        articles.forEach((found, a) => {
          numbers[a] = [];
          const own = typeof found === 'number' ? (articles[found] as (readonly [number, number])[]) : found;
          own.forEach(([w, start], k) => {
            const o = count++;
            numbers[a]!.push(o);
            expected[w]!.push([a, start, typeof found === 'number' ? numbers[found]![k]! : o]);
          });
        });
        const occurrences = WindowOccurrences.fromArticles(articles);
        expect(chains(occurrences, 5)).toEqual(expected);
        expect(occurrences.count).toBe(count);
      }),
      { numRuns: 200 },
    );
  });
});
