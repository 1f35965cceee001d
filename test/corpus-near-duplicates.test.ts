import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidatePairs } from '../src/corpus/cluster-graph.js';
import { pairOf } from '../src/corpus/pair-keys.js';
import { familyHeads, oneEditApart } from '../src/corpus/near-duplicates.js';
import { QuoteGroups } from '../src/corpus/quote-groups.js';
import { alignCorpus } from '../src/index.js';
import type { CorpusQuote } from '../src/types.js';

function quote(articleId: string, text: string, start = 1): CorpusQuote {
  return { text, start, end: start + text.length, marks: { open: '"', close: '"' }, speaker: null, kind: 'utterance', flags: [], articleId, id: `${articleId}:${start}`, source: null };
}

const base = 'we will not allow the alliance to move its troops closer to our borders';
const substituted = 'we will not allow the alliance to move its soldiers closer to our borders';
const inserted = 'we will not allow the alliance to move all its troops closer to our borders';
const twoApart = 'we will never allow the alliance to move its soldiers closer to our borders';

function storeOf(quotes: readonly CorpusQuote[]): QuoteGroups {
  const store = new QuoteGroups(2);
  for (const q of quotes) store.add(q);
  return store;
}

describe('oneEditApart', () => {
  it('accepts one substitution, insertion or deletion and nothing more', () => {
    expect(oneEditApart(base, substituted)).toBe(true);
    expect(oneEditApart(base, inserted)).toBe(true);
    expect(oneEditApart(base, base)).toBe(true);
    expect(oneEditApart(base, twoApart)).toBe(false);
    expect(oneEditApart('a b', 'a a b')).toBe(true);
    expect(oneEditApart('a b c', 'x b y')).toBe(false);
    // a word is a whole word: a shared beginning of two words is no shared word
    expect(oneEditApart('we will win', 'we willing win')).toBe(true);
    expect(oneEditApart('we will win', 'we willing wins')).toBe(false);
    expect(oneEditApart('a bc d', 'a b cd')).toBe(false);
  });

  it('agrees with the word-level edit distance on random sequences, empty words included', () => {
    const distance = (x: string[], y: string[]) => {
      const row = y.map((_, j) => j + 1);
      let previous: number[] = [0, ...row];
      for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
        previous = current;
      }
      return previous[y.length]!;
    };
    // words of a text are what lies between single spaces, so a double space makes an empty word
    const word = fc.constantFrom('a', 'b', 'c', 'ab', 'ba', '');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 7 }), fc.array(word, { minLength: 1, maxLength: 7 }), (x, y) => {
        const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
        expect(oneEditApart(shorter.join(' '), longer.join(' '))).toBe(distance(x, y) <= 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('familyHeads', () => {
  it('joins one-word edits of a long quote under the rendering with most quotes, and not two-word edits or short quotes', () => {
    const store = storeOf([
      quote('a', base),
      quote('b', base),
      quote('c', substituted),
      quote('d', inserted),
      quote('e', twoApart),
      quote('f', 'open secret'),
      quote('g', 'open door'),
    ]);
    const heads = familyHeads(store, store.representatives());
    // groups in order of first sight: base, substituted, inserted, twoApart, 'open secret', 'open door'
    // twoApart is one word from `substituted` (never / not), so the family reaches it through it
    expect([...heads]).toEqual([0, 0, 0, 0, 4, 5]);
  });

  it('never joins two whole quotes of one article', () => {
    const store = storeOf([quote('a', base, 1), quote('a', substituted, 200)]);
    expect([...familyHeads(store, store.representatives())]).toEqual([0, 1]);
  });

  it('does not depend on the order the quotes were added in', () => {
    const quotes = [quote('a', base), quote('b', substituted), quote('c', inserted), quote('d', 'open secret'), quote('e', base)];
    fc.assert(
      fc.property(fc.shuffledSubarray(quotes, { minLength: quotes.length, maxLength: quotes.length }), (shuffled) => {
        const store = storeOf(shuffled);
        const heads = familyHeads(store, store.representatives());
        const headText = store.groups.map((_, g) => store.quotes[store.representatives()[heads[g]!]!]!.text);
        const byText = Object.fromEntries(store.groups.map((_, g) => [store.quotes[store.representatives()[g]!]!.text, headText[g]]));
        expect(byText).toEqual({ [base]: base, [substituted]: base, [inserted]: base, 'open secret': 'open secret' });
      }),
    );
  });

  it('proposes a family to blocking once, through its head', () => {
    const store = storeOf([quote('a', base), quote('b', base), quote('c', substituted), quote('d', 'the alliance will move its troops closer to our borders')]);
    const pairs = [...candidatePairs(store, store.representatives())].map(pairOf);
    // group 0 heads {0, 1}; group 2 is the 'the alliance will move…' quote
    expect(pairs).toEqual([[0, 2]]);
  });
});

describe('alignCorpus with near-duplicates', () => {
  it('puts every one-word edit of a wire quote in one cluster, each compared with the reference', () => {
    const articles = [base, base, substituted, inserted].map((text, i) => ({ id: `n${i}`, text: `The minister said: “${text}.”` }));
    const report = alignCorpus(articles, { echoes: false });
    expect(report.clusters).toHaveLength(1);
    const [cluster] = report.clusters;
    expect(cluster!.reference.text).toBe(`${base}.`);
    expect(cluster!.variants.map((variant) => [variant.articleId, variant.comparison.edits.map((edit) => (edit.b ?? edit.a)?.text)])).toEqual([
      ['n0', []],
      ['n1', []],
      ['n2', ['soldiers']],
      ['n3', ['all']],
    ]);
  });
});
