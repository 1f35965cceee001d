// Pins the public surface: adding or removing an export is a deliberate, reviewed change.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'METHOD_VERSION',
      'QuoteDivergenceError',
      'QuoteIndex',
      'alignCorpus',
      'compareQuotes',
      'extractQuotes',
      'formatCsv',
      'formatHtml',
      'formatMarkdown',
      'formatText',
      'isQuoteDivergenceError',
    ]);
  });

  it('gives errors a stable name and code, recognised by the guard', () => {
    const error = new api.QuoteDivergenceError('DUPLICATE_ID', 'two articles have the id "a"');
    expect(error).toBeInstanceOf(Error);
    expect({ name: error.name, code: error.code, message: error.message }).toEqual({
      name: 'QuoteDivergenceError',
      code: 'DUPLICATE_ID',
      message: 'two articles have the id "a"',
    });
    expect(api.isQuoteDivergenceError(error)).toBe(true);
    expect(api.isQuoteDivergenceError(new Error('other'))).toBe(false);
    expect(api.isQuoteDivergenceError(null)).toBe(false);
    // Recognised across copies/realms by its registered symbol brand, not by instanceof.
    const foreign = Object.assign(new Error('x'), { [Symbol.for('quote-divergence.error')]: true });
    expect(api.isQuoteDivergenceError(foreign)).toBe(true);
  });
});
