import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFastAscii } from '../src/text/ascii-words.js';
import { tokenize, tokenizeBySegmenter, wordNorms, wordTokens } from '../src/text/tokens.js';

/** Every character class the fast path distinguishes, plus characters that send text to the segmenter. */
const CHARACTERS = [..."aZq1 9.,;:'\"-!?()/&%$#@*+=[]<>`~^{}|\\\t\n\r‘’“”–—―…_é\u00a0\u202f"];

describe('tokenize fast path (ASCII and common typographic marks)', () => {
  it('gives exactly the segmenter tokens on generated strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(tokenize(text)).toEqual(tokenizeBySegmenter(text));
      }),
      { numRuns: 20_000, seed: 20_261_122 },
    );
  });

  it('gives exactly the segmenter tokens on every line of the seed articles', () => {
    const dir = new URL('../fixtures/articles/', import.meta.url);
    const lines = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => readFileSync(new URL(name, dir), 'utf8').split('\n'));
    expect(lines.filter(isFastAscii).length).toBeGreaterThan(20);
    for (const line of lines) expect(tokenize(line)).toEqual(tokenizeBySegmenter(line));
  });

  it('joins words the way the segmenter does', () => {
    const text = "U.S. don’t 1,000.5 a:b 10:30 it's— “x”";
    expect(isFastAscii(text)).toBe(true);
    expect(tokenize(text).map((token) => [token.text, token.norm, token.isWord])).toEqual([
      ['U.S', 'u.s', true],
      ['.', '.', false],
      ['don’t', "don't", true],
      ['1,000.5', '1,000.5', true],
      ['a:b', 'a:b', true],
      ['10', '10', true],
      [':', ':', false],
      ['30', '30', true],
      ["it's", "it's", true],
      ['—', '-', false],
      ['“', '"', false],
      ['x', 'x', true],
      ['”', '"', false],
    ]);
    expect(isFastAscii('a_b')).toBe(false);
    expect(isFastAscii('café')).toBe(false);
  });

  it('takes the ellipsis, the horizontal bar and the no-break space as the segmenter does', () => {
    const text = 'wait…\u00a0U.S.…it’s―1\u00a02';
    expect(isFastAscii(text)).toBe(true);
    expect(tokenize(text).map((token) => [token.text, token.start, token.norm, token.isWord])).toEqual([
      ['wait', 0, 'wait', true],
      ['…', 4, '…', false],
      ['U.S', 6, 'u.s', true],
      ['.', 9, '.', false],
      ['…', 10, '…', false],
      ['it’s', 11, "it's", true],
      ['―', 15, '-', false],
      ['1', 16, '1', true],
      ['2', 18, '2', true],
    ]);
    expect(tokenize(text)).toEqual(tokenizeBySegmenter(text));
    expect(isFastAscii('a\u202fb')).toBe(false);
  });

  it('gives the word tokens\' comparison forms without the tokens (wordNorms)', () => {
    expect(wordNorms('“Don’t… wait,” she said\u00a0— U.S. café')).toEqual(["don't", 'wait', 'she', 'said', 'u.s', 'café']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(wordNorms(text)).toEqual(wordTokens(text).map((token) => token.norm));
      }),
      { numRuns: 5_000, seed: 20_261_122 },
    );
  });
});
