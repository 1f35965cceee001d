import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CandidateIndex, minContainment } from '../src/corpus/candidate-index.js';
import { int32sOf, probeFrozen, ProbeScratch } from '../src/corpus/frozen-index.js';

/** Entries of a few keys from a small vocabulary (so that keys are shared, some past the stop-key bound), with pairs of neighbours. */
const entries = fc.array(fc.uniqueArray(fc.constantFrom('russia', 'ukrain', 'nato', 'invasi', 'gradua', 'contai', 'confro', 'instru', 'lamb', 'sacrif', 'ritual', 'victim'), { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 40 });

/** The keys' pairs of neighbours, as places in the sorted keys (as `profileText` gives them). */
function neighbourPlaces(keys: readonly string[]): number[] {
  const sorted = [...keys].sort();
  const places: number[] = [];
  for (let k = 1; k < keys.length; k++) {
    const [x, y] = [sorted.indexOf(keys[k - 1]!), sorted.indexOf(keys[k]!)];
    places.push(Math.min(x, y), Math.max(x, y));
  }
  return places;
}

describe('a frozen candidate index', () => {
  it('finds for every entry what probeEntry finds, with stop keys, skipped entries and shared memory (property)', () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: 1, max: 8 }), fc.array(fc.boolean(), { maxLength: 40 }), fc.boolean(), (lists, maxFrequency, skipped, shared) => {
        const index = new CandidateIndex(maxFrequency);
        for (const keys of lists) index.add([...keys].sort(), neighbourPlaces(keys));
        const frozen = index.frozen(shared);
        const skip = Uint8Array.from(lists, (_, e) => (skipped[e] ? 1 : 0));
        const scratch = new ProbeScratch();
        lists.forEach((keys, entry) => {
          const min = minContainment(keys.length);
          expect(probeFrozen(frozen, entry, min, skip, scratch)).toEqual(index.probeEntry(entry, { minContainment: min, skip }));
        });
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('holds the entries as they were when frozen, in shared memory when asked', () => {
    const index = new CandidateIndex();
    index.add(['gradua', 'invasi', 'nato'], [0, 1, 1, 2]);
    index.add(['gradua', 'invasi'], [0, 1]);
    const frozen = index.frozen(true);
    index.add(['gradua', 'invasi', 'nato'], [0, 1, 1, 2]);
    expect(frozen.keyData.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...frozen.offsets]).toEqual([0, 3, 5]);
    // "gradua" and "invasi" are in both entries, "nato" in the first: the rarest key comes first
    expect([...frozen.postStart]).toEqual([0, 2, 4, 5]);
    expect([...frozen.keyOrder]).toEqual([1, 2, 0]);
    expect(probeFrozen(frozen, 1, 0.5, new Uint8Array(0), new ProbeScratch())).toEqual([{ entry: 0, shared: 2, containment: 1 }]);
    // frozen for this thread, the entries' arrays are views of the index's own (nothing copied); shared, copies
    expect(index.frozen(false).keyData.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    const keys = Int32Array.of(4, 5, 6);
    expect([int32sOf(keys, 2, false), int32sOf(keys, 2, false).buffer === keys.buffer]).toEqual([Int32Array.of(4, 5), true]);
    expect([int32sOf([4, 5, 6], 2, true), int32sOf(keys, 2, true).buffer]).toEqual([Int32Array.of(4, 5), expect.any(SharedArrayBuffer)]);
  });
});

describe("blocking's probes split into ranges of heads", () => {
  it('give the same candidate pairs whichever order and threads the ranges run in', async () => {
    const { QuoteGroups } = await import('../src/corpus/quote-groups.js');
    const { candidatePairs } = await import('../src/corpus/cluster-graph.js');
    const { HEADS_PER_RANGE, probeHeads, rangesOf } = await import('../src/corpus/head-probes.js');
    const words = ['russia', 'nato', 'ukraine', 'invasion', 'gradual', 'alliance', 'troops', 'borders', 'sacrificial', 'lamb', 'ritual', 'victims', 'peace', 'signal'];
    const store = new QuoteGroups(2);
    // 600 distinct quotes of three to five words, many sharing words: more than two ranges of heads
    for (let q = 0; q < 600; q++) {
      const text = Array.from({ length: 3 + (q % 3) }, (_, w) => words[(q * (w + 3) + w * w) % words.length]!).join(' ') + ` ${q}`;
      store.add({ text, start: 0, end: text.length, marks: { open: '"', close: '"' }, speaker: null, kind: 'utterance', flags: [], articleId: `a${q}`, id: `a${q}:0`, source: null });
    }
    const reps = store.representatives();
    const inOrder = candidatePairs(store, reps);
    // the ranges run backwards, in two calls, as two threads would run them
    const backwards = candidatePairs(store, reps, {
      shared: true,
      run: (probes) => {
        const ranges = Array.from({ length: rangesOf(probes) }, (_, r) => r).reverse();
        const half = Math.ceil(ranges.length / 2);
        return [...probeHeads(probes, ranges.slice(half)), ...probeHeads(probes, ranges.slice(0, half))];
      },
    });
    expect(rangesOf((await import('../src/corpus/cluster-graph.js')).headProbes(store, reps, false))).toBeGreaterThan(2);
    expect(HEADS_PER_RANGE).toBe(256);
    expect(inOrder.length).toBeGreaterThan(100);
    expect([...backwards]).toEqual([...inOrder]);
    for (let k = 1; k < inOrder.length; k++) expect(inOrder[k]!).toBeGreaterThan(inOrder[k - 1]!);
  });

  it('sortedPairKeys sorts the keys of several parts by both groups, each pair once', async () => {
    const { pairKey, pairOf, sortedPairKeys } = await import('../src/corpus/pair-keys.js');
    const parts = [Float64Array.of(pairKey(2, 5), pairKey(0, 1), pairKey(2, 3)), Float64Array.of(), Float64Array.of(pairKey(2, 3), pairKey(0, 1), pairKey(4, 0))];
    expect([...sortedPairKeys(parts, 6)].map(pairOf)).toEqual([[0, 1], [2, 3], [2, 5], [4, 0]]);
    expect(sortedPairKeys([], 3).length).toBe(0);
  });
});
