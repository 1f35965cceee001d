/**
 * Verification's evidence rules on invented sentences: containment (blocking's filter), the share of the
 * shorter side the comparison links (with its exception for negated one-word phrases), and names as weak evidence. Each pair here was accepted by the rules
 * before them (similarity ≥ 0.35 on an overlap covering half of one side, two shared keys) unless noted.
 */
import { describe, expect, it } from 'vitest';
import { isFragmentOf, MIN_LINKED, NAME_LINKED, verifyPair, worthComparing } from '../src/corpus/verify-pair.js';
import { sharesOnlyNames, wordsAndKeys, wordsWithin } from '../src/corpus/text-memo.js';

/** The parts of a verdict the evidence rules decide, the linked share to three decimals. */
function judged(a: string, b: string) {
  const verdict = verifyPair(a, b, 0.35, 2, {});
  return { accepted: verdict.accepted, linked: Number(verdict.linked.toFixed(3)), linkedEnough: verdict.linkedEnough };
}

describe('what verification reads of a text', () => {
  it('keeps word offsets and the keys written in lower case, none for a headline in title case', () => {
    const text = 'Maria Lopez said the harbour will reopen.';
    const profile = wordsAndKeys(text);
    expect({ ...profile, starts: [...profile.starts] }).toEqual({
      words: 7,
      keys: ['harbou', 'lopez', 'maria', 'reopen'],
      starts: [0, 6, 12, 17, 21, 29, 34],
      lowered: ['harbou', 'reopen'],
      negated: false,
    });
    expect(wordsAndKeys('we couldn\u2019t tolerate it').negated).toBe(true);
    // 'Has', 'Said' and 'About' are capitalised function words: the capitals say nothing here
    expect(wordsAndKeys('Things Maria Lopez Has Said About Ports').lowered).toBeNull();
    // a sentence start is not a title: 'The' opens the text, 'the' inside it is lower case
    expect(wordsAndKeys('The mayor met the press. Then Lopez spoke').lowered).toEqual(['mayor', 'met', 'pres', 'spoke']);
    // the words starting inside [12, 33), 'said the harbour will'
    expect(wordsWithin(profile.starts, 12, 33)).toBe(4);
    expect(wordsWithin(profile.starts, 13, 33)).toBe(3);
  });

  it('tells pairs sharing only names from pairs sharing a common word', () => {
    const names = (a: string, b: string) => sharesOnlyNames(wordsAndKeys(a), wordsAndKeys(b));
    expect(names('about Maria Lopez and', 'Lopez would not')).toBe(true);
    expect(names('Lopez would not', 'the harbour will reopen, Lopez said')).toBe(true);
    expect(names('Lopez said the harbour will reopen', 'the harbour will reopen')).toBe(false);
    // 'lopez' is lower case in one of them: not a name as far as the two texts tell
    expect(names('Lopez would not', 'a lopez would not')).toBe(false);
    // both in title case: nothing can be told, so the pair is not judged as sharing names only
    expect(names('Things Maria Lopez Has Said About Ports', 'About Maria Lopez \u2013 It')).toBe(false);
    expect(names('the harbour', 'the mayor')).toBe(false);
  });
});

describe('worthComparing', () => {
  it("requires blocking's containment before anything else", () => {
    // 2 of 8 keys shared: below 0.55 of the smaller key set, whatever the words
    expect(worthComparing(2, 8, 12, 10, 20)).toBe(false);
    // 5 of 8: enough
    expect(worthComparing(5, 8, 12, 10, 20)).toBe(true);
    // a two-key phrase sharing one key (a synonym rendering) is compared when it is short
    expect(worthComparing(1, 2, 12, 3, 20)).toBe(true);
    // one shared key of three: below containment even for a short phrase
    expect(worthComparing(1, 3, 12, 4, 20)).toBe(false);
    expect(worthComparing(0, 1, 1, 2, 2)).toBe(false);
  });
});

describe('isFragmentOf', () => {
  it('holds for at most 8 words and at most a third of the other side, and then verification names that side the fragment', () => {
    expect([isFragmentOf(8, 24), isFragmentOf(8, 23), isFragmentOf(9, 40), isFragmentOf(1, 3), isFragmentOf(3, 3)]).toEqual([true, false, false, true, false]);
    const long = 'the alliance has not abandoned its plans to contain Russia in the fight against Russia';
    const phrase = 'plans to contain Russia';
    expect(isFragmentOf(wordsAndKeys(phrase).words, wordsAndKeys(long).words)).toBe(true);
    expect(verifyPair(phrase, long, 0.35, 2, {}).fragment).toBe('a');
    expect(verifyPair(long, phrase, 0.35, 2, {}).fragment).toBe('b');
  });
});

describe('verifyPair evidence rules', () => {
  it('rejects two statements on one topic that share a few keys (below containment): nothing is compared', () => {
    const verdict = verifyPair(
      'the mayor said the budget vote comes at a time when trust in the council may be waning',
      'it is a hard time for the council, which faces a budget vote in the final week of the session',
      0.35,
      2,
      {},
    );
    expect(verdict).toEqual({ similarity: 0, accepted: false, fragment: null, coverage: [0, 0], overlapWords: 0, sharesContent: false, linked: 0, linkedEnough: false, wholeDivergence: null });
  });

  it(`rejects a pair whose comparison links at most ${MIN_LINKED} of the shorter side`, () => {
    // shares 'first' and 'time' (2 of 3 keys) and scores 0.55, but links only 'the first time'
    expect(judged('the first time they would learn', 'for the first time, a survey shows')).toEqual({ accepted: false, linked: 0.5, linkedEnough: false });
  });

  it('rejects a phrase of one content word sharing only that word, unless both sides are negated', () => {
    expect(judged('But critics say more', 'even if the law stands, some critics have doubts')).toEqual({ accepted: false, linked: 0.25, linkedEnough: false });
    expect(judged('the harbour may be', 'The harbour did not answer questions about the repairs')).toEqual({ accepted: false, linked: 0.5, linkedEnough: false });
    expect(judged('they worked is', 'we can work through the night')).toEqual({ accepted: false, linked: 0.333, linkedEnough: false });
    // one side negated only: no exception
    expect(judged('will accept', 'the unions said they could never accept it')).toEqual({ accepted: false, linked: 0.5, linkedEnough: false });
  });

  it(`accepts names alone only when ${NAME_LINKED} of the shorter side is linked`, () => {
    expect(judged('Lopez would not', 'Maria Lopez said on Tuesday that the harbour will reopen next spring')).toEqual({ accepted: false, linked: 0.333, linkedEnough: false });
    expect(judged('about Maria Lopez and', 'Lopez said the harbour will reopen next spring, Maria added')).toEqual({ accepted: false, linked: 0.5, linkedEnough: false });
    expect(judged('about Maria Lopez and', 'the council spoke about Maria Lopez and her husband for an hour')).toEqual({ accepted: true, linked: 1, linkedEnough: true });
  });

  it('keeps renderings of one statement, and one-key phrases whose function words are paraphrased', () => {
    expect(judged('The minister said the new fuel tax will hurt small farmers across the region', 'the new fuel tax will badly hurt small farmers in the region')).toEqual({
      accepted: true,
      linked: 0.917,
      linkedEnough: true,
    });
    expect(judged('a deal that the unions could never accept', 'the unions said they would never accept a deal that cuts pensions')).toEqual({ accepted: true, linked: 0.875, linkedEnough: true });
    // one content key and both sides negated: exempt from the linked share ("no longer" / "anymore" are not linked)
    expect(judged('can no longer tolerate', 'we reached a point where we couldn\u2019t tolerate it anymore.')).toEqual({ accepted: true, linked: 0.25, linkedEnough: true });
    expect(judged('will not accept', 'the unions said they could never accept it')).toEqual({ accepted: true, linked: 0.333, linkedEnough: true });
    // a headline in title case: its capitals are not names
    expect(judged('Things Maria Lopez Has Said About Ports', 'Maria Lopez Just Said Something About Ports')).toMatchObject({ accepted: true, linkedEnough: true });
  });
});
