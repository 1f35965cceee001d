import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasKeys, SPAN_KEYS, STAMPED_QUOTE_KEYS } from '../src/corpus/exact-keys.js';
import { extractArticle } from '../src/corpus/article-copies.js';

describe('hasKeys (the shape check of the corpus copies)', () => {
  it('answers as comparing Object.keys with the list would, for any plain object', () => {
    const key = fc.constantFrom('start', 'end', 'text', 'note', '0', '10', 'x y');
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 5 }), fc.array(key, { maxLength: 4 }), (own, expected) => {
        const value = Object.fromEntries(own.map((k, i) => [k, i]));
        expect(hasKeys(value, expected)).toBe(Object.keys(value).join('\u0000') === expected.join('\u0000'));
      }),
    );
  });

  it('reads the order of the keys, and refuses an extra or a missing one', () => {
    expect(hasKeys({ start: 0, end: 3, text: 'yes' }, SPAN_KEYS)).toBe(true);
    expect(hasKeys({ end: 3, start: 0, text: 'yes' }, SPAN_KEYS)).toBe(false);
    expect(hasKeys({ start: 0, end: 3 }, SPAN_KEYS)).toBe(false);
    expect(hasKeys({ start: 0, end: 3, text: 'yes', note: 1 }, SPAN_KEYS)).toBe(false);
    expect(hasKeys({}, [])).toBe(true);
  });

  it('counts an enumerable key inherited from a prototype as one more key', () => {
    const span = Object.create({ inherited: true }) as Record<string, unknown>;
    Object.assign(span, { start: 0, end: 3, text: 'yes' });
    expect(hasKeys(span, SPAN_KEYS)).toBe(false);
  });

  it('matches what extraction gives', () => {
    const { quotes } = extractArticle({ id: 'a', text: 'Peskov said: “We are ready.”' });
    expect(quotes.length).toBe(1);
    expect(hasKeys(quotes[0]!, STAMPED_QUOTE_KEYS)).toBe(true);
  });
});
