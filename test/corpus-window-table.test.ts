/**
 * The echo windows as the extraction cuts them (a table of start, end and hash per window), and how the echo
 * search finds a window met before: by hash, confirmed in place, so that two texts with one hash stay apart.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import { unquotedWindows } from '../src/corpus/unquoted-windows.js';
import { WINDOW_FIELDS, windowHash, windowTable, WindowTexts } from '../src/corpus/window-table.js';

/** Two different strings of lowercase letters with the same {@link windowHash} (a birthday search, seeded). */
function collision(): [string, string] {
  const seen = new Map<number, string>();
  let state = 20_261_124;
  for (;;) {
    let text = '';
    for (let i = 0; i < 8; i++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      text += String.fromCharCode(97 + (state >>> 16) % 26);
    }
    const hash = windowHash(text, 0, text.length);
    const other = seen.get(hash);
    if (other !== undefined && other !== text) return [other, text];
    seen.set(hash, text);
  }
}

describe('windowTable', () => {
  it('holds the unquoted windows of any text, each with the hash of its text (property)', () => {
    const piece = fc.constantFrom('“', '”', '"', ' said ', ', he told reporters. ', 'Peskov', 'NATO', 'never underestimate Russia', '\n', '. ', '😀', 'é', '? ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const quotes = extractQuotes({ id: 'a', text });
        const table = windowTable(text, quotes);
        const windows = unquotedWindows(text, quotes);
        expect(table.length).toBe(WINDOW_FIELDS * windows.length);
        windows.forEach(({ start, end }, w) => {
          expect([table[3 * w], table[3 * w + 1]]).toEqual([start, end]);
          const slice = text.slice(start, end);
          expect(table[3 * w + 2]).toBe(windowHash(slice, 0, slice.length));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('hashes a text wherever it stands, to a small integer', () => {
    expect(windowHash('the threat grows', 4, 10)).toBe(windowHash('a threat', 2, 8));
    expect(windowHash('threat', 0, 6)).not.toBe(windowHash('threat', 0, 5));
    const hash = windowHash('Peskov said.', 0, 12);
    expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30).toBe(true);
  });
});

describe('WindowTexts', () => {
  it('numbers each distinct text once, wherever it occurs', () => {
    const texts = new WindowTexts();
    const met: string[] = [];
    const numberOf = (window: string) => met.push(window) - 1;
    const a = 'the threat grows. The threat grows.';
    const at = (text: string, start: number, end: number) => texts.windowOf(text, start, end, windowHash(text, start, end), numberOf);
    expect([at(a, 4, 17), at(a, 22, 35), at(a, 0, 17), at('A threat grows.', 2, 15), at(a, 18, 35)]).toEqual([0, 0, 1, 0, 2]);
    expect(met).toEqual(['threat grows.', 'the threat grows.', 'The threat grows.']);
  });

  it('keeps apart two texts with the same hash', () => {
    const [x, y] = collision();
    expect(x).not.toBe(y);
    expect(windowHash(x, 0, x.length)).toBe(windowHash(y, 0, y.length));
    const texts = new WindowTexts();
    const met: string[] = [];
    const numberOf = (window: string) => met.push(window) - 1;
    const line = `${x} ${y} ${x} ${y}`;
    const at = (start: number) => texts.windowOf(line, start, start + 8, windowHash(line, start, start + 8), numberOf);
    expect([at(0), at(9), at(18), at(27)]).toEqual([0, 1, 0, 1]);
    expect(met).toEqual([x, y]);
    // a long window is hashed on 32 of its code units: two that differ elsewhere share a hash, and stay apart
    const long = 'a'.repeat(100);
    const other = `${'a'.repeat(50)}b${'a'.repeat(49)}`;
    expect(windowHash(long, 0, 100)).toBe(windowHash(other, 0, 100));
    const ofLong = (text: string) => texts.windowOf(text, 0, 100, windowHash(text, 0, 100), numberOf);
    expect([ofLong(long), ofLong(other), ofLong(`${other}!`), ofLong(long)]).toEqual([2, 3, 3, 2]);
  });
});
