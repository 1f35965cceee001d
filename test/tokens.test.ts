import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/text/tokens.js';

describe('tokenize', () => {
  it('splits words and punctuation with offsets into the original text, folding NBSP and typography', () => {
    const text = 'We\u00a0are “don’t” — 103,000';
    expect(tokenize(text).map(({ text: t, start, end, norm, isWord }) => [t, start, end, norm, isWord])).toEqual([
      ['We', 0, 2, 'we', true],
      ['are', 3, 6, 'are', true],
      ['“', 7, 8, '"', false],
      ['don’t', 8, 13, "don't", true],
      ['”', 13, 14, '"', false],
      ['—', 15, 16, '-', false],
      ['103,000', 17, 24, '103,000', true],
    ]);
  });

  it('keeps NFC-equivalent spellings equal in norm while offsets index the original', () => {
    const decomposed = 'Cafe\u0301 au lait';
    const [first] = tokenize(decomposed);
    expect(first).toEqual({ text: 'Cafe\u0301', start: 0, end: 5, norm: 'café', isWord: true });
  });

  it('always yields tokens that slice back out of the original string, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        let previous = 0;
        for (const token of tokenize(text)) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previous);
          expect(token.end).toBeGreaterThan(token.start);
          previous = token.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
