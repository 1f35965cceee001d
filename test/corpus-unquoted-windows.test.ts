/**
 * The echo search's windows: sentences of the unquoted text, trimmed, with the quotations cut out.
 * The sentence stops are found by a regular expression; a property test checks them against a plain
 * scan of the characters with `isSpace`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unquotedWindows, type TextRange } from '../src/corpus/unquoted-windows.js';
import { isSpace } from '../src/text/tokens.js';

/** The sentence ranges by a loop over the characters (the definition the regular expression implements). */
function sentencesByScan(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const lineBreak = ch === 0x0a || ch === 0x0d || ch === 0x2029;
    const stop = (ch === 0x2e || ch === 0x21 || ch === 0x3f) && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)));
    if (lineBreak || stop) {
      ranges.push({ start, end: lineBreak ? i : i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/** The same ranges trimmed of spaces, empty ones dropped: the windows of a text without quotes. */
function windowsByScan(text: string): TextRange[] {
  return sentencesByScan(text).flatMap(({ start, end }) => {
    let from = start;
    let to = end;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    return to > from ? [{ start: from, end: to }] : [];
  });
}

// every character that can stop a sentence or follow a stop, among a few letters; all of isSpace's spaces
const PIECES = ['a', 'b', 'Word', '.', '!', '?', ',', '\n', '\r', '\u2029', '\u2028', ' ', '\t', '\u000b', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u200c', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u001c', '😀'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('unquotedWindows', () => {
  it('cuts a text without quotes where the character scan does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(unquotedWindows(value, [])).toEqual(windowsByScan(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('stops after a full stop followed by any space, U+200B included, and not before other characters', () => {
    expect(unquotedWindows('One.\u200bTwo.\u00a0Three.\u200cFour', [])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
      { start: 10, end: 21 },
    ]);
  });

  it('is the same the second time (the scan starts afresh for each text)', () => {
    expect(unquotedWindows('A. B', [])).toEqual(unquotedWindows('A. B', []));
    expect(unquotedWindows('Short. Then a longer text. End', [])).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 26 },
      { start: 27, end: 30 },
    ]);
  });

  it('cuts out a quotation with its marks', () => {
    const windows = unquotedWindows('He said "yes" today. Then he left.', [{ start: 9, end: 12, marks: { open: '"', close: '"' } }]);
    expect(windows).toEqual([
      { start: 0, end: 7 },
      { start: 14, end: 20 },
      { start: 21, end: 34 },
    ]);
  });
});
