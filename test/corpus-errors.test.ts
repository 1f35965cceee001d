import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { QuoteIndex } from '../src/corpus/quote-index.js';
import { codeOf } from './error-code.js';
import type { Article, CorpusOptions } from '../src/types.js';


describe('misuse of alignCorpus and QuoteIndex', () => {
  it('rejects what is not a list of articles', () => {
    expect(codeOf(() => alignCorpus('text' as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => alignCorpus([null] as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => alignCorpus([{ id: 1, text: 'x' }] as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => alignCorpus([{ id: 'a' }] as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => alignCorpus([{ id: 'a', text: 'x', source: 3 }] as never))).toBe('INVALID_ARGUMENT');
  });

  it('rejects empty and duplicate ids, also across add calls', () => {
    expect(codeOf(() => alignCorpus([{ id: '', text: 'x' }]))).toBe('EMPTY_ID');
    expect(codeOf(() => alignCorpus([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }]))).toBe('DUPLICATE_ID');
    const index = new QuoteIndex();
    index.add([{ id: 'a', text: 'No quotes here.' }]);
    expect(codeOf(() => index.add([{ id: 'a', text: 'Again.' }]))).toBe('DUPLICATE_ID');
  });

  it('rejects options out of range', () => {
    const articles: Article[] = [{ id: 'a', text: 'x' }];
    const bad: CorpusOptions[] = [{ minSimilarity: -0.1 }, { minSimilarity: 1.5 }, { minSimilarity: Number.NaN }, { workers: 0 }, { workers: 1.5 }, { minTokens: 0 }];
    for (const options of bad) expect(codeOf(() => alignCorpus(articles, options))).toBe('OPTION_OUT_OF_RANGE');
    expect(codeOf(() => new QuoteIndex({ workers: -1 }))).toBe('OPTION_OUT_OF_RANGE');
    expect(codeOf(() => new QuoteIndex().query('x', { minSimilarity: 2 }))).toBe('OPTION_OUT_OF_RANGE');
    expect(codeOf(() => new QuoteIndex().clusters({ minSimilarity: -1 }))).toBe('OPTION_OUT_OF_RANGE');
    expect(codeOf(() => new QuoteIndex().query(5 as never))).toBe('INVALID_ARGUMENT');
  });

  it('rejects JSON it did not write', () => {
    const good = new QuoteIndex().toJSON();
    const broken: unknown[] = [
      null,
      '{not json',
      { ...good, format: 'other' },
      { ...good, version: 2 },
      { ...good, articles: 'x' },
      { ...good, articles: [{ id: '', text: '' }] },
      { ...good, articles: [{ id: 'a', text: 'abc', source: null }], quotes: [{ articleId: 'a', id: 'a:0', text: 'zz', start: 0, end: 2, marks: {}, flags: [], kind: 'utterance' }] },
    ];
    for (const json of broken) expect(codeOf(() => QuoteIndex.fromJSON(json))).toBe('INVALID_JSON');
    expect(QuoteIndex.fromJSON(JSON.stringify(good)).toJSON()).toEqual(good);
    expect(good).toEqual({
      format: 'quote-divergence/quote-index',
      version: 1,
      methodVersion: good.methodVersion,
      options: { minSimilarity: 0.35, echoes: true, minTokens: 2, compare: {} },
      articles: [],
      quotes: [],
      diagnostics: [],
    });
  });
});
