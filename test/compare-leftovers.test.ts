import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../src/index.js';
import type { AlignmentEntry } from '../src/types.js';

// The leftover phase (src/compare/align-leftovers.ts), on invented sentences: a lone function word
// on each side between two links fills the same slot; the same punctuation mark left free after
// the last link (or before the first) on both sides is linked; nothing else is.

const read = (entries: readonly AlignmentEntry[]) => entries.map((entry) => `${entry.a?.text ?? '∅'}|${entry.b?.text ?? '∅'}|${entry.kind}`);

describe('compareQuotes: leftovers in the same place', () => {
  it('links a lone auxiliary on each side between two links ("was" ↔ "is")', () => {
    const result = compareQuotes('The boy was a minor.', 'The boy is a minor.');
    expect(read(result.alignment)).toEqual([
      'The|The|identical',
      'boy|boy|identical',
      'was|is|inflection',
      'a|a|identical',
      'minor|minor|identical',
      '.|.|identical',
    ]);
    expect(result.alignment[2]).toEqual({
      a: { start: 8, end: 11, text: 'was' },
      b: { start: 8, end: 10, text: 'is' },
      kind: 'inflection',
      similarity: 0.9,
      moved: false,
    });
  });

  it('gives the mirrored link when the sides are swapped', () => {
    const result = compareQuotes('The boy is a minor.', 'The boy was a minor.');
    expect(result.alignment[2]).toEqual({
      a: { start: 8, end: 10, text: 'is' },
      b: { start: 8, end: 11, text: 'was' },
      kind: 'inflection',
      similarity: 0.9,
      moved: false,
    });
    expect(result.divergence).toBe(compareQuotes('The boy was a minor.', 'The boy is a minor.').divergence);
  });

  it('fills the slot between links the gap phase made, and leaves the insertions around it', () => {
    const result = compareQuotes(
      'He said the talks were over and the troops went home.',
      'He said that the talks are over, and then the troops went home.',
    );
    expect(read(result.alignment)).toEqual([
      'He|He|identical',
      'said|said|identical',
      '∅|that|insertion',
      'the|the|identical',
      'talks|talks|identical',
      'were|are|inflection',
      'over|over|identical',
      '∅|,|insertion',
      'and|and|identical',
      '∅|then|insertion',
      'the|the|identical',
      'troops|troops|identical',
      'went|went|identical',
      'home|home|identical',
      '.|.|identical',
    ]);
  });

  it('links two different function words in one slot as a function-word change, and the full stops after the last link', () => {
    const result = compareQuotes(
      '"It was evident that we did not understand one another."',
      '"It was obvious we did not understand each other," he said.',
    );
    expect(read(result.alignment)).toEqual([
      '"|"|identical',
      'It|It|identical',
      'was|was|identical',
      'evident|obvious|related',
      'that|∅|omission',
      'we|we|identical',
      'did|did|identical',
      'not|not|identical',
      'understand|understand|identical',
      'one|each|function-word',
      'another|other|related',
      '∅|,|insertion',
      '∅|"|insertion',
      '∅|he|insertion',
      '∅|said|insertion',
      '.|.|identical',
      '"|∅|omission',
    ]);
    expect(result.alignment[9]).toEqual({
      a: { start: 43, end: 46, text: 'one' },
      b: { start: 38, end: 42, text: 'each' },
      kind: 'function-word',
      similarity: 0.3,
      moved: false,
    });
    expect(result.alignment[15]).toEqual({
      a: { start: 54, end: 55, text: '.' },
      b: { start: 58, end: 59, text: '.' },
      kind: 'identical',
      similarity: 1,
      moved: false,
    });
  });

  it('leaves a slot alone when one side has two free words there', () => {
    const result = compareQuotes('"I will take advantage of them," he said.', '"I shall gladly make use of them!" he replied.');
    expect(read(result.alignment).slice(0, 7)).toEqual([
      '"|"|identical',
      'I|I|identical',
      'will|∅|omission',
      '∅|shall|insertion',
      '∅|gladly|insertion',
      'take|make|synonym',
      'advantage|use|substitution',
    ]);
  });

  it('leaves a function word and a content word in one slot apart', () => {
    const result = compareQuotes('They will sign it today.', 'They gladly sign it today.');
    expect(read(result.alignment)).toEqual([
      'They|They|identical',
      'will|∅|omission',
      '∅|gladly|insertion',
      'sign|sign|identical',
      'it|it|identical',
      'today|today|identical',
      '.|.|identical',
    ]);
  });
});
