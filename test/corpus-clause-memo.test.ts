/** The per-thread memory of (phrase, clause) verdicts used by verifyPair's fragment path. */
import { describe, expect, it } from 'vitest';
import { clauseMemo, forgetClauseVerdicts, MAX_CLAUSE_VERDICTS } from '../src/corpus/clause-memo.js';
import { clauseFacts, clauseWindows } from '../src/corpus/clause-windows.js';
import { forgetVerificationMemos } from '../src/corpus/corpus-tasks.js';
import { rememberedTextCount, wordsAndKeys } from '../src/corpus/text-memo.js';
import { REJECTED, verifyPair } from '../src/corpus/verify-pair.js';

describe('clause memo', () => {
  it('keeps one memory per settings and starts over when they change', () => {
    const memo = clauseMemo({ wordnet: true }, 0.35, 2);
    memo.set('akey', REJECTED);
    expect(clauseMemo({ wordnet: true }, 0.35, 2).get('akey')).toBe(REJECTED);
    expect(clauseMemo({ wordnet: false }, 0.35, 2).get('akey')).toBe(undefined);
    clauseMemo({}, 0.35, 2).set('akey', REJECTED);
    expect(clauseMemo({}, 0.5, 2).get('akey')).toBe(undefined);
    clauseMemo({}, 0.35, 2).set('akey', REJECTED);
    expect(clauseMemo({}, 0.35, 3).size).toBe(0);
  });

  it('never shares verdicts between two embed hooks (JSON would drop them)', () => {
    const first = { embed: () => 0 };
    clauseMemo(first, 0.35, 2).set('akey', REJECTED);
    expect(clauseMemo(first, 0.35, 2).get('akey')).toBe(REJECTED);
    expect(clauseMemo({ embed: () => 0 }, 0.35, 2).get('akey')).toBe(undefined);
  });

  it('never shares verdicts between two IDF tables given as Maps (JSON writes both as {})', () => {
    const first = { idf: { documents: 10, frequency: new Map([['nato', 3]]) } };
    clauseMemo(first, 0.35, 2).set('akey', REJECTED);
    expect(clauseMemo(first, 0.35, 2).get('akey')).toBe(REJECTED);
    expect(clauseMemo({ idf: { documents: 10, frequency: new Map([['nato', 9]]) } }, 0.35, 2).get('akey')).toBe(undefined);
  });

  it('is let go on demand, with the texts verification remembered, and gives the same verdicts after', () => {
    const phrase = 'can no longer tolerate';
    const long = 'That brought us to the red line, a situation where we couldn’t tolerate it anymore.';
    forgetClauseVerdicts();
    const first = verifyPair(phrase, long, 0.35, 2, {});
    expect(clauseMemo({}, 0.35, 2).size).toBeGreaterThan(0);
    expect(rememberedTextCount()).toBeGreaterThan(0);
    const keys = wordsAndKeys(long);
    forgetVerificationMemos();
    expect(clauseMemo({}, 0.35, 2).size).toBe(0);
    expect(rememberedTextCount()).toBe(0);
    expect(verifyPair(phrase, long, 0.35, 2, {})).toEqual(first);
    expect(wordsAndKeys(long)).toEqual(keys);
    expect(wordsAndKeys(long)).not.toBe(keys);
  });

  it('starts over when full', () => {
    const memo = clauseMemo({}, 0.2, 2);
    for (let i = memo.size; i < MAX_CLAUSE_VERDICTS; i++) memo.set(String(i), REJECTED);
    expect(clauseMemo({}, 0.2, 2).size).toBe(0);
  });

  it('gives a fragment the same verdict from memory, and judges it again at another threshold', () => {
    const phrase = 'can no longer tolerate';
    const long = 'That brought us to the red line, a situation where we couldn’t tolerate it anymore.';
    const first = verifyPair(phrase, long, 0.35, 2, {});
    expect(first).toMatchObject({ accepted: true, fragment: 'a', wholeDivergence: null });
    expect(verifyPair(phrase, long, 0.35, 2, {})).toEqual(first);
    const strict = verifyPair(phrase, long, first.similarity + 0.01, 2, {});
    expect({ ...strict, accepted: true }).toEqual(first);
    expect(strict.accepted).toBe(false);
  });

  it('remembers a long quote\'s clause windows with their words and keys, until verification lets go', () => {
    const long = 'That brought us to the red line, a situation where we couldn’t tolerate it anymore.';
    forgetVerificationMemos();
    const windows = clauseFacts(long);
    expect(windows.map((w) => w.text)).toEqual(clauseWindows(long));
    expect(windows.map((w) => [w.position, w.facts.words, w.facts.keys])).toEqual([
      [0, 7, ['brough', 'line', 'red']],
      [1, 15, ['brough', 'line', 'red', 'situ', 'tolera']],
      [2, 8, ['situ', 'tolera']],
    ]);
    // a copy of the text built afresh (another string object) finds the same windows
    expect(clauseFacts([...long].join(''))).toBe(windows);
    forgetVerificationMemos();
    expect(clauseFacts(long)).not.toBe(windows);
    expect(clauseFacts(long)).toEqual(windows);
  });
});
