import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { QuoteIndex } from '../src/corpus/quote-index.js';
import { METHOD_VERSION } from '../src/compare/method-version.js';
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
      { ...good, methodVersion: undefined },
      { ...good, methodVersion: 1 },
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

describe('an index file written with another method version', () => {
  const articles: Article[] = [
    { id: 'a', text: '"We will never underestimate Russia," Stoltenberg said.' },
    { id: 'b', text: 'Stoltenberg said: "we will never underestimate Russia".' },
  ];

  it('loads, with one warning that names both versions, and answers queries as before', () => {
    const index = new QuoteIndex();
    index.add(articles);
    const older = { ...index.toJSON(), methodVersion: '0.9.0' };
    const restored = QuoteIndex.fromJSON(older);
    const diagnostics = restored.report().diagnostics;
    expect(diagnostics.filter((d) => d.rule === 'index-method-version')).toEqual([
      {
        rule: 'index-method-version',
        message:
          `the index was written with method version 0.9.0 and loaded with ${METHOD_VERSION}: its quotes were extracted with 0.9.0, ` +
          `quotes added since and all clusters, comparisons and echoes with ${METHOD_VERSION}; results are comparable only within one version`,
        severity: 'warning',
        start: 0,
        end: 0,
        line: 1,
        column: 1,
      },
    ]);
    expect(diagnostics[0]!.rule).toBe('index-method-version');
    expect(restored.query('never underestimate Russia')).toEqual(index.query('never underestimate Russia'));
    // saved again, it is written with this version and keeps the warning: its quotes still come from 0.9.0
    const saved = restored.toJSON();
    expect(saved.methodVersion).toBe(METHOD_VERSION);
    const again = QuoteIndex.fromJSON(JSON.parse(JSON.stringify(saved)));
    expect(again.report().diagnostics.filter((d) => d.rule === 'index-method-version').map((d) => d.message)).toEqual([diagnostics[0]!.message]);
  });

  it('gives no warning for a file of this version', () => {
    const index = new QuoteIndex();
    index.add(articles);
    expect(QuoteIndex.fromJSON(index.toJSON()).report().diagnostics).toEqual(index.report().diagnostics);
    expect(index.report().diagnostics.some((d) => d.rule === 'index-method-version')).toBe(false);
  });
});
