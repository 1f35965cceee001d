/**
 * An internal failure of extraction on one article (a bug, simulated here: extraction is mocked to throw on
 * texts carrying a marker) costs that article's quotes, reported, not the corpus run.
 */
import { describe, expect, it, vi } from 'vitest';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { QuoteIndex } from '../src/corpus/quote-index.js';
import { codeOf } from './error-code.js';
import type { Article } from '../src/types.js';

const MARKER = '[bug here]';

vi.mock('../src/extract/extract-quotes.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/extract/extract-quotes.js')>();
  return {
    ...original,
    extractQuotes: (...args: Parameters<typeof original.extractQuotes>) => {
      const [input] = args;
      if (typeof input !== 'string' && input.text.includes(MARKER)) throw new TypeError('simulated failure');
      return original.extractQuotes(...args);
    },
  };
});

const said = { id: 'tass', source: 'TASS', text: 'Peskov told reporters: “We have seen the gradual invasion of NATO for many years.”' };
const again = { id: 'ria', source: 'RIA', text: 'Peskov added: “We have seen the gradual invasion of NATO for years.”' };
// quoted as well, and naming Peskov: read as unquoted text, its sentence would echo TASS's quote
const broken = { id: 'bad', source: 'X', text: `Peskov said: “We have seen the gradual invasion of NATO for many years.” ${MARKER}` };
const copy = { ...broken, id: 'bad-copy' };

const message =
  'extraction failed with an internal error (TypeError: simulated failure): the article was added without quotes, and left out of the echo search; please report it';
const failure = (articleId: string) => ({ rule: 'extraction-failed', message, severity: 'error', start: 0, end: 0, line: 1, column: 1, articleId });

describe('an article whose extraction fails', () => {
  it('is added without quotes, with an extraction-failed error, and the others are unaffected', () => {
    const articles: Article[] = [said, broken, again, copy];
    const report = alignCorpus(articles);
    expect(report.diagnostics.filter((d) => d.rule === 'extraction-failed')).toEqual([failure('bad'), failure('bad-copy')]);
    const healthy = alignCorpus([said, again]);
    expect(report.quotes).toEqual(healthy.quotes);
    expect(report.clusters).toEqual(healthy.clusters);
    expect(report.clusters.map((c) => c.variants.map((v) => v.articleId))).toEqual([['ria', 'tass']]);
  });

  it('is left out of the echo search: its quotations would read as unquoted text', () => {
    // the failed article's text, with its quote marks dropped, does echo TASS's quote
    const unquoted = { id: 'plain', source: 'Y', text: 'Peskov said that we have seen the gradual invasion of NATO for many years.' };
    expect(alignCorpus([said, unquoted]).echoes.map((e) => e.match.articleId)).toEqual(['plain']);
    expect(alignCorpus([said, broken]).echoes).toEqual([]);
  });

  it('keeps its diagnostic, and stays out of the echo search, through a JSON round trip', () => {
    const index = new QuoteIndex();
    index.add([said, broken]);
    const loaded = QuoteIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    const report = loaded.report();
    expect(report.diagnostics.filter((d) => d.rule === 'extraction-failed')).toEqual([failure('bad')]);
    expect(report.echoes).toEqual([]);
    expect(loaded.toJSON().articles.map((a) => a.id)).toEqual(['tass', 'bad']);
    expect(codeOf(() => loaded.add([{ id: 'bad', text: 'Again.' }]))).toBe('DUPLICATE_ID');
  });
});
