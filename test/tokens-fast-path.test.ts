import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFastAscii } from '../src/text/ascii-words.js';
import { tokenize, tokenizeBySegmenter } from '../src/text/tokens.js';

/** Every character class the fast path distinguishes, plus characters that send text to the segmenter. */
const CHARACTERS = [..."aZq1 9.,;:'\"-!?()/&%$#@*+=[]<>`~^{}|\\\t\n\r‘’“”–—_é\u00a0"];

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
});
