import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CandidateIndex } from '../src/corpus/candidate-index.js';
import { clauseWindows } from '../src/corpus/clause-windows.js';
import { contentKeys, keyOfWord, normalisedText, profileText } from '../src/corpus/content-keys.js';
import { stableBucketOrder } from '../src/corpus/cluster-graph.js';
import { byQuoteId, quoteIdOf } from '../src/corpus/quote-groups.js';
import { UnionFind } from '../src/corpus/union-find.js';
import { unquotedWindows } from '../src/corpus/unquoted-windows.js';
import type { CorpusQuote } from '../src/types.js';

describe('content keys', () => {
  it('drops function words, strips suffixes and cuts to six characters', () => {
    expect(contentKeys('We have seen the gradual invasion of NATO')).toEqual(['gradua', 'invasi', 'nato', 'seen']);
    expect(keyOfWord('underestimated')).toBe(keyOfWord('underestimate'));
    expect(keyOfWord('containing')).toBe('contai');
    expect(keyOfWord('russia\'s')).toBe('russia');
    expect(keyOfWord('the')).toBeNull();
  });

  it('gives the two sacrificial-lamb renderings most of their keys in common', () => {
    const a = contentKeys('For now, the alliance does not abandon its plans to contain Russia and, in fact, to use the Ukrainian people as a sacrificial lamb in the fight against Russia');
    const b = contentKeys('So far, the alliance has not abandoned its plans to contain Russia and slaughter the Ukrainian people as ritual victims in the fight against Russia');
    const shared = b.filter((key) => a.includes(key));
    expect(shared).toEqual(['abando', 'allian', 'contai', 'fight', 'people', 'plan', 'russia', 'ukrain']);
  });

  it('normalises case, punctuation and typography away', () => {
    expect(normalisedText('“Never underestimate  Russia.”')).toBe('never underestimate russia');
    expect(normalisedText('NATO’s plans')).toBe(normalisedText("nato's PLANS"));
  });
});

describe('profileText and clauseWindows', () => {
  it('gives keys, key pairs, normalised text and word count in one pass', () => {
    expect(profileText('Never underestimate Russia.')).toEqual({ normalised: 'never underestimate russia', keys: ['russia', 'undere'], words: 3, pairs: [0, 1] });
    // pairs are places in the sorted keys, the smaller first: (gradua, invasi), (invasi, nato)
    expect(profileText('the gradual invasion of NATO')).toMatchObject({ keys: ['gradua', 'invasi', 'nato'], pairs: [0, 1, 1, 2] });
    // a key next to itself makes no pair, and a pair met twice (either way round) is one: (nato, russia), (nato, ukrain)
    expect(profileText('NATO, NATO and Russia; Ukraine and NATO; Russia and NATO')).toMatchObject({ keys: ['nato', 'russia', 'ukrain'], pairs: [0, 1, 0, 2, 1, 2] });
  });

  it('cuts a long quote into clauses and neighbouring clause pairs', () => {
    expect(clauseWindows('That brought us to the red line, a situation where we couldn’t tolerate it anymore.')).toEqual([
      'That brought us to the red line',
      'That brought us to the red line, a situation where we couldn’t tolerate it anymore.',
      'a situation where we couldn’t tolerate it anymore.',
    ]);
    expect(clauseWindows('3,000 troops')).toEqual(['3,000 troops']);
  });
});

describe('CandidateIndex', () => {
  it('finds entries sharing enough keys through the rarest keys only', () => {
    const index = new CandidateIndex();
    index.add(['contai', 'russia', 'ukrain', 'people', 'fight']); // 0
    index.add(['gradua', 'invasi', 'nato']); // 1
    index.add(['russia', 'nato']); // 2
    expect(index.probe(['gradua', 'invasi'], { minContainment: 0.5 })).toEqual([{ entry: 1, shared: 2, containment: 1 }]);
    expect(index.probe(['russia', 'ukrain', 'people'], { minContainment: 0.5 })).toEqual([{ entry: 0, shared: 3, containment: 1 }]);
    // Entries smaller than the query are found when they query themselves, unless all keys are probed.
    expect(index.probe(['russia', 'nato', 'fight'], { minContainment: 0.5 })).toEqual([{ entry: 0, shared: 2, containment: 2 / 3 }]);
    expect(index.probe(['russia', 'nato', 'fight'], { minContainment: 0.5, allKeys: true }).map((c) => c.entry)).toEqual([0, 2]);
    expect(index.frequency('russia')).toBe(2);
    expect(index.keyCount(0)).toBe(5);
  });

  it('finds through a shared key pair what the rarest single keys miss', () => {
    const index = new CandidateIndex(1);
    index.add(['x', 'y'], [0, 1]);
    index.add(['x', 'z'], [0, 1]);
    index.add(['w', 'y'], [0, 1]);
    // both keys of the query are stop keys (in more than one entry), but the pair is not
    expect(index.probe(['x', 'y'], { minContainment: 0.5, pairs: [0, 1] })).toEqual([{ entry: 0, shared: 2, containment: 1 }]);
    // the same pair, given the other way round in a query whose keys come in another order
    expect(index.probe(['y', 'x'], { minContainment: 0.5, pairs: [0, 1] })).toEqual([{ entry: 0, shared: 2, containment: 1 }]);
    expect(index.probe(['x', 'y'], { minContainment: 0.5 })).toEqual([]);
    // a pair of keys the index does not hold finds nothing
    expect(index.probe(['x', 'v'], { minContainment: 0.5, pairs: [0, 1] })).toEqual([]);
    expect(index.probeEntry(1, { minContainment: 0.5 })).toEqual([]);
    // places in keysOf's keys (ordered by the index's key ids: x, y, z, w)
    expect([index.keysOf(1), index.pairsOf(1)]).toEqual([['x', 'z'], [0, 1]]);
    expect([index.keysOf(2), index.pairsOf(2)]).toEqual([['y', 'w'], [0, 1]]);
    expect(() => index.add(['x'], [0, 1])).toThrow('key pair (0, 1) outside the 1 keys');
  });

  it('probes an entry by its ids as by its names and pairs, without the entry itself and the entries flagged in skip', () => {
    const keySet = fc.uniqueArray(fc.constantFrom(...'abcdefgh'.split('')), { minLength: 1, maxLength: 5 });
    // pairs of places in the entry's keys, the smaller first
    const pairOf = ([x, y]: [number, number]) => (x < y ? [x, y] : [y, x]);
    const entry = keySet.chain((keys) =>
      fc.tuple(fc.constant(keys), fc.array(fc.tuple(fc.nat({ max: keys.length - 1 }), fc.nat({ max: keys.length - 1 })), { maxLength: 3 }).map((pairs) => pairs.filter(([x, y]) => x !== y).flatMap(pairOf)), fc.boolean()),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 2, maxLength: 15 }), fc.constantFrom(0.3, 0.5, 1), (entries, c) => {
        const index = new CandidateIndex(4);
        for (const [keys, pairs] of entries) index.add(keys, pairs);
        const skip = Uint8Array.from(entries, ([, , skipped]) => (skipped ? 1 : 0));
        entries.forEach((_, i) => {
          const byIds = index.probeEntry(i, { minContainment: c, skip });
          const byNames = index.probe(index.keysOf(i), { minContainment: c, skip, pairs: index.pairsOf(i) }).filter((hit) => hit.entry !== i);
          expect(byIds).toEqual(byNames);
          for (const hit of byIds) expect(skip[hit.entry]).toBe(0);
        });
      }),
      { seed: 7, numRuns: 300 },
    );
    const index = new CandidateIndex();
    index.add(['x', 'y']);
    index.add(['x', 'y']);
    index.add(['x', 'y']);
    expect(index.probe(['x', 'y'], { minContainment: 1, skip: Uint8Array.of(0, 1, 0) }).map((hit) => hit.entry)).toEqual([0, 2]);
    expect(index.probeEntry(0, { minContainment: 1 }).map((hit) => hit.entry)).toEqual([1, 2]);
  });

  it('counts the keys two entries share as their key sets do', () => {
    const keySet = fc.uniqueArray(fc.constantFrom(...'abcdefgh'.split('')), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(keySet, { minLength: 2, maxLength: 8 }), (sets) => {
        const index = new CandidateIndex();
        for (const keys of sets) index.add(keys);
        sets.forEach((x, i) => sets.forEach((y, j) => expect(index.sharedKeys(i, j)).toBe(x.filter((key) => y.includes(key)).length)));
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('never probes stop keys', () => {
    const index = new CandidateIndex(2);
    index.add(['common', 'a1']);
    index.add(['common', 'b1']);
    index.add(['common', 'c1']);
    expect(index.probe(['common', 'a1'], { minContainment: 0.5 })).toEqual([{ entry: 0, shared: 2, containment: 1 }]);
    expect(index.probe(['common', 'zz'], { minContainment: 0.5 })).toEqual([]);
  });

  it('finds every pair an exhaustive containment join finds (prefix filter is lossless)', () => {
    const keySet = fc.uniqueArray(fc.constantFrom(...'abcdefghijkl'.split('')), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(keySet, { minLength: 2, maxLength: 25 }), fc.constantFrom(0.3, 0.5, 0.75, 1), (sets, c) => {
        const index = new CandidateIndex();
        for (const keys of sets) index.add(keys);
        const found = new Set<string>();
        sets.forEach((_, i) => {
          for (const hit of index.probeEntry(i, { minContainment: c })) found.add([i, hit.entry].sort((x, y) => x - y).join(','));
        });
        const expected = new Set<string>();
        sets.forEach((x, i) =>
          sets.forEach((y, j) => {
            if (j <= i) return;
            const shared = x.filter((k) => y.includes(k)).length;
            if (shared / Math.min(x.length, y.length) >= c) expected.add(`${i},${j}`);
          }),
        );
        expect([...found].sort()).toEqual([...expected].sort());
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('finds every pair sharing at least minShared keys that an exhaustive join finds', () => {
    const keySet = fc.uniqueArray(fc.constantFrom(...'abcdefghij'.split('')), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(keySet, { minLength: 2, maxLength: 20 }), fc.constantFrom(1, 2, 3), (sets, minShared) => {
        const index = new CandidateIndex();
        for (const keys of sets) index.add(keys);
        const found = new Set<string>();
        sets.forEach((_, i) => {
          for (const hit of index.probeEntry(i, { minContainment: 0.5, minShared })) {
            expect(hit.shared).toBeGreaterThanOrEqual(minShared);
            found.add([i, hit.entry].sort((x, y) => x - y).join(','));
          }
        });
        const expected = new Set<string>();
        sets.forEach((x, i) =>
          sets.forEach((y, j) => {
            if (j <= i) return;
            const shared = x.filter((k) => y.includes(k)).length;
            if (shared >= minShared && shared / Math.min(x.length, y.length) >= 0.5) expected.add(`${i},${j}`);
          }),
        );
        expect([...found].sort()).toEqual([...expected].sort());
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('lists its entries back', () => {
    const index = new CandidateIndex();
    index.add(['b', 'a']);
    index.add(['c']);
    expect(index.entries()).toEqual([['a', 'b'], ['c']]);
    expect(index.size).toBe(2);
  });
});

describe('quote ids', () => {
  it('are the article id and the start (quoteIdOf), ordered by article id, then by start as a number (byQuoteId)', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (articleId, start) => {
        expect(quoteIdOf(articleId, start)).toBe(`${articleId}:${start}`);
      }),
    );
    const quotes = [
      { articleId: 'b', start: 3 },
      { articleId: 'a', start: 10 },
      { articleId: 'a', start: 9 },
    ] as CorpusQuote[];
    expect([...quotes].sort(byQuoteId).map((quote) => quoteIdOf(quote.articleId, quote.start))).toEqual(['a:9', 'a:10', 'b:3']);
  });
});

describe('UnionFind', () => {
  it('gives the same components whatever the order of unions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19), fc.nat(19)), { maxLength: 30 }), (edges) => {
        const forward = new UnionFind(20);
        for (const [x, y] of edges) forward.union(x, y);
        const backward = new UnionFind(20);
        for (const [x, y] of [...edges].reverse()) backward.union(y, x);
        expect(backward.groups()).toEqual(forward.groups());
      }),
      { seed: 7 },
    );
    const sets = new UnionFind(5);
    sets.union(3, 1);
    sets.union(4, 3);
    expect(sets.groups()).toEqual([[1, 3, 4]]);
  });
});

describe('unquotedWindows', () => {
  it('cuts sentences and leaves the quotes and their marks out', () => {
    const text = 'He said "yes" today. Then he left.\nNew line';
    expect(unquotedWindows(text, [{ start: 9, end: 12, marks: { open: '"', close: '"' } }])).toEqual([
      { start: 0, end: 7 },
      { start: 14, end: 20 },
      { start: 21, end: 34 },
      { start: 35, end: 43 },
    ]);
  });

  it('handles an unclosed quote and a text without quotes', () => {
    expect(unquotedWindows('A "b c', [{ start: 3, end: 6, marks: { open: '"', close: null } }])).toEqual([{ start: 0, end: 1 }]);
    expect(unquotedWindows('U.S. officials agreed.', [])).toEqual([{ start: 0, end: 4 }, { start: 5, end: 22 }]);
  });
});

describe('stableBucketOrder (the order in which the clusters\' candidate pairs are read)', () => {
  it('orders the numbers by bucket, then by themselves, as a stable comparison sort does', () => {
    expect([...stableBucketOrder(5, 3, (i) => [2, 0, 2, 1, 0][i]!)]).toEqual([1, 4, 3, 0, 2]);
    expect([...stableBucketOrder(0, 3, () => 0)]).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 60 }), (buckets) => {
        const expected = buckets.map((_, i) => i).sort((x, y) => buckets[x]! - buckets[y]! || x - y);
        expect([...stableBucketOrder(buckets.length, 7, (i) => buckets[i]!)]).toEqual(expected);
      }),
    );
  });
});
