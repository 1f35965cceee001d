import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VerdictBook } from '../src/corpus/verdict-book.js';
import { pairKey } from '../src/corpus/pair-keys.js';
import { REJECTED, verifyPair, type PairVerdict } from '../src/corpus/verify-pair.js';
import { anyVerdict } from './verdict-arbitrary.js';


describe('VerdictBook (the verdicts of an index, packed)', () => {
  it('gives back each verdict on the texts it was reached on, and none on other texts', () => {
    const book = new VerdictBook();
    const a = 'We have seen the gradual invasion of NATO into Ukraine.';
    const b = 'We are watching a gradual incursion of NATO into Ukraine';
    const reached = verifyPair(a, b, 0.35, 2, {});
    expect(reached.accepted).toBe(true);
    book.set(pairKey(0, 1), a, b, reached);
    book.set(pairKey(0, 2), a, 'open secret', REJECTED);
    expect(book.size).toBe(2);
    expect(book.verdict(pairKey(0, 1), a, b)).toEqual(reached);
    expect(book.has(pairKey(0, 1), a, b)).toBe(true);
    expect(book.verdict(pairKey(0, 1), b, a)).toBeUndefined();
    expect(book.has(pairKey(0, 1), a, 'another text')).toBe(false);
    expect(book.latest(pairKey(0, 2))).toEqual(REJECTED);
    expect(book.latest(pairKey(5, 6))).toBeUndefined();
    // a new verdict on the pair (its representative's text changed) replaces the old one
    book.set(pairKey(0, 1), a, 'We are watching the gradual invasion', REJECTED);
    expect(book.size).toBe(2);
    expect(book.verdict(pairKey(0, 1), a, b)).toBeUndefined();
    expect([...book.entries()].map(({ key, b: text }) => [key, text])).toEqual([
      [pairKey(0, 1), 'We are watching the gradual invasion'],
      [pairKey(0, 2), 'open secret'],
    ]);
  });

  it('keeps any number of verdicts exactly, key order included (property)', () => {
    fc.assert(
      fc.property(fc.array(anyVerdict, { minLength: 1, maxLength: 3000 }), (verdicts) => {
        const book = new VerdictBook();
        verdicts.forEach((v, i) => book.set(pairKey(i, i + 1), `a${i}`, `b${i}`, v));
        verdicts.forEach((v, i) => {
          const back = book.verdict(pairKey(i, i + 1), `a${i}`, `b${i}`)!;
          expect(back).toEqual(v);
          expect(Object.keys(back)).toEqual(Object.keys(v));
          expect(Object.is(back.similarity, v.similarity)).toBe(true);
        });
      }),
      { numRuns: 20 },
    );
  });

  it('keeps a verdict of another shape as it is', () => {
    const book = new VerdictBook();
    const odd = { ...REJECTED, note: 'extra' } as PairVerdict;
    book.set(pairKey(1, 2), 'x', 'y', odd);
    expect(book.verdict(pairKey(1, 2), 'x', 'y')).toBe(odd);
    book.set(pairKey(1, 2), 'x', 'y', REJECTED);
    expect(book.verdict(pairKey(1, 2), 'x', 'y')).toEqual(REJECTED);
  });
});
