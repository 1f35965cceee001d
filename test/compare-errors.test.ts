import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../src/compare/compare-quotes.js';
import { codeOf } from './error-code.js';
import type { CompareOptions } from '../src/types.js';


describe('compareQuotes misuse', () => {
  it('throws INVALID_ARGUMENT for arguments that are neither strings nor quotes', () => {
    for (const bad of [42, null, undefined, {}, { text: 7 }, ['a'], Symbol('x')]) {
      expect(codeOf(() => compareQuotes(bad as never, 'a'))).toBe('INVALID_ARGUMENT');
      expect(codeOf(() => compareQuotes('a', bad as never))).toBe('INVALID_ARGUMENT');
    }
  });

  it('throws INVALID_ARGUMENT for options of the wrong type', () => {
    for (const bad of [42, 'x', null, [], { local: 'yes' }, { wordnet: 1 }, { embed: 'cosine' }, { idf: 3 }, { idf: { documents: '3', frequency: {} } }]) {
      expect(codeOf(() => compareQuotes('a b', 'a c', bad as never))).toBe('INVALID_ARGUMENT');
    }
  });

  it('throws OPTION_OUT_OF_RANGE for values outside their range', () => {
    for (const documents of [0, -1, 2.5, Number.NaN]) {
      expect(codeOf(() => compareQuotes('a b', 'a c', { idf: { documents, frequency: {} } }))).toBe('OPTION_OUT_OF_RANGE');
    }
    const embed: CompareOptions['embed'] = () => 1.5;
    // the hook is asked about words left unlinked between two links (embed-similarity.ts)
    expect(codeOf(() => compareQuotes('We saw a big house there.', 'We saw a large home there.', { embed, wordnet: false }))).toBe('OPTION_OUT_OF_RANGE');
  });

  it('accepts valid options and uses them', () => {
    const withoutWordNet = compareQuotes('a gradual incursion', 'a gradual invasion', { wordnet: false });
    const withWordNet = compareQuotes('a gradual incursion', 'a gradual invasion');
    expect(withWordNet.divergence).toBeLessThan(withoutWordNet.divergence);
    const embedded = compareQuotes('a gradual incursion', 'a gradual invasion', { wordnet: false, embed: () => 0.9 });
    expect(embedded.alignment.find((e) => e.a?.text === 'incursion')).toEqual({
      a: { start: 10, end: 19, text: 'incursion' },
      b: { start: 10, end: 18, text: 'invasion' },
      kind: 'related',
      similarity: 0.9,
      moved: false,
    });
    const idf = { documents: 100, frequency: new Map([['gradual', 90]]) };
    expect(compareQuotes('gradual rise', 'slow rise', { idf }).divergence).toBeLessThan(compareQuotes('gradual rise', 'slow rise').divergence);
  });
});
