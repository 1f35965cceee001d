import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentKeys, keyOfWord, normalisedText, profileText } from '../src/corpus/content-keys.js';
import { runTask } from '../src/corpus/corpus-tasks.js';
import { forgetProfiles, profileQuote, rememberedProfileCount } from '../src/corpus/profile-memo.js';

describe('profileQuote (memo of quote profiles)', () => {
  it('gives the profile profileText gives, one object for equal texts', () => {
    const article = 'He said: “Never underestimate Russia.” Later: “Never underestimate Russia.”';
    const at = [article.indexOf('Never'), article.lastIndexOf('Never')] as const;
    // two slices of one article, as extraction makes them: equal texts, distinct strings
    const first = profileQuote(article.slice(at[0], at[0] + 27));
    const second = profileQuote(article.slice(at[1], at[1] + 27));
    expect(first).toEqual({ normalised: 'never underestimate russia', keys: ['russia', 'undere'], words: 3, pairs: [0, 1] });
    expect(second).toBe(first);
    expect(profileQuote('Never underestimate  Russia!')).toEqual(first);
    expect(profileQuote('Never underestimate  Russia!')).not.toBe(first);
  });

  it('stays equal to profileText while generations turn over', () => {
    const texts = Array.from({ length: 40_000 }, (_, i) => `quote number ${i % 23_000} of the series ${i % 7}`);
    for (const text of texts) expect(profileQuote(text)).toEqual(profileText(text));
  });

  it('sorts keys as the built-in sort does, and gives each pair of neighbouring keys once, by their places, in order (short and long quotes)', () => {
    const words = ['Zeta', 'alpha', 'Alpha', 'beta', 'étude', 'don’t', 'running', 'runs', '42', 'x1', 'gamma', 'delta', 'omega', 'sigma', 'kappa', 'lambda', 'NATO'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 120 }), (picked) => {
        const text = picked.join(' ');
        const keys = normalisedText(text).split(' ').filter(Boolean).map(keyOfWord).filter((k): k is string => k !== null);
        const pairs = new Set<string>();
        for (let i = 1; i < keys.length; i++) if (keys[i] !== keys[i - 1]) pairs.add([keys[i - 1], keys[i]].sort().join(' '));
        const profile = profileText(text);
        expect(profile.keys).toEqual(contentKeys(text));
        const places = Array.from({ length: profile.pairs.length / 2 }, (_, i) => [profile.pairs[2 * i]!, profile.pairs[2 * i + 1]!] as const);
        expect(places.map(([x, y]) => `${profile.keys[x]} ${profile.keys[y]}`).sort()).toEqual([...pairs].sort());
        // the smaller place first, pairs in ascending order
        expect(places.every(([x, y], i) => x < y && (i === 0 || places[i - 1]![0] < x || (places[i - 1]![0] === x && places[i - 1]![1] < y)))).toBe(true);
      }),
      { numRuns: 2_000, seed: 20_261_122 },
    );
  });

  it('is let go when the thread turns to verifying or comparing, and filled again by extraction', () => {
    const settings = { minSimilarity: 0.35, minTokens: 2, compare: {} };
    const text = 'He said: "We have seen the gradual invasion of NATO into Ukraine."';
    for (const op of ['verify', 'compare'] as const) {
      forgetProfiles();
      runTask({ op: 'extract', items: [{ id: 'a', text }] });
      expect(rememberedProfileCount()).toBe(1);
      const before = profileQuote('We have seen the gradual invasion of NATO into Ukraine.');
      // the extracted quote's own profile: found, not added
      expect(rememberedProfileCount()).toBe(1);
      const task = op === 'verify' ? { op, items: [], keepAccepted: false, settings } : { op, items: [], settings };
      runTask(task);
      expect(rememberedProfileCount()).toBe(0);
      const after = profileQuote('We have seen the gradual invasion of NATO into Ukraine.');
      expect(after).toEqual(before);
      expect(after).not.toBe(before);
    }
  });
});

