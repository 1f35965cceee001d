/**
 * `gc-roots.ts`: a run's index (and the report under construction) is held from module scope while it works,
 * so that V8 marks it on its helper threads rather than in the final pause; nothing stays held after.
 */
import { describe, expect, it } from 'vitest';
import { heldCount, whileHeld } from '../src/corpus/gc-roots.js';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { QuoteIndex } from '../src/corpus/quote-index.js';
import { seedArticles } from './corpus-fixtures.js';

describe('whileHeld', () => {
  it('holds a value during the work only, nested holds of one value included, and lets go when the work throws', () => {
    const value = {};
    expect(heldCount()).toBe(0);
    const inside = whileHeld(value, () => [heldCount(), whileHeld(value, () => heldCount()), heldCount()]);
    expect(inside).toEqual([1, 1, 1]);
    expect(heldCount()).toBe(0);
    expect(() =>
      whileHeld(value, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(heldCount()).toBe(0);
  });
});

describe('a corpus run', () => {
  it('holds its index while it adds and reports (seen from the progress hook), and nothing once it returns', () => {
    const seen = new Map<string, number>();
    const report = alignCorpus(seedArticles(), { onProgress: ({ stage }) => seen.set(stage, Math.max(seen.get(stage) ?? 0, heldCount())) });
    expect(report.clusters.length).toBeGreaterThan(0);
    // the index during every stage; the report's comparisons and clusters too while they come in
    expect([...seen.keys()]).toEqual(['extract', 'cluster', 'echoes', 'report']);
    expect(seen.get('extract')).toBe(1);
    expect(seen.get('cluster')).toBe(1);
    expect(seen.get('report')).toBe(2);
    expect(heldCount()).toBe(0);
  });

  it('lets go of an index whose add throws', () => {
    const index = new QuoteIndex();
    expect(() => index.add([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow();
    expect(heldCount()).toBe(0);
  });
});
