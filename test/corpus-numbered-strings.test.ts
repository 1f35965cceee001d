/**
 * Numbered strings: each distinct string gets the next number when first met, and keeps it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NumberedStrings } from '../src/corpus/numbered-strings.js';

describe('NumberedStrings', () => {
  it('numbers strings in the order first met, equal strings alike', () => {
    const numbered = new NumberedStrings();
    expect(['we', 'they', 'we', '', 'they'].map((value) => numbered.numberOf(value))).toEqual([0, 1, 0, 2, 1]);
    expect(numbered.strings).toEqual(['we', 'they', '']);
  });

  it('tells equal strings made apart as equal (a slice and a literal)', () => {
    const numbered = new NumberedStrings();
    const text = 'we are watching';
    expect(numbered.numberOf(text.slice(3, 6))).toBe(numbered.numberOf('are'));
  });

  it('gives back every string by its number, and one number per distinct string', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 })), (values) => {
        const numbered = new NumberedStrings();
        const numbers = values.map((value) => numbered.numberOf(value));
        expect(numbers.map((n) => numbered.strings[n])).toEqual(values);
        expect(numbered.strings.length).toBe(new Set(values).size);
      }),
    );
  });
});
