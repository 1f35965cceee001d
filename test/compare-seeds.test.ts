import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../src/compare/compare-quotes.js';
import { METHOD_VERSION } from '../src/compare/method-version.js';
import type { AlignmentEntry, QuoteComparison } from '../src/types.js';

const fixture = (prefix: string): string => {
  const dir = new URL('../fixtures/articles/', import.meta.url);
  const names = ['000_1f671407f6ce829a', '001_e42db7be3a9563e0', '002_dc10ca1af9bf5290', '004_333a1fc73b71be22'];
  const name = names.find((n) => n.startsWith(prefix))!;
  return readFileSync(new URL(`${name}.txt`, dir), 'utf8');
};
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

const LAMB_A =
  'Naturally, the alliance is analyzing the situation. The alliance sees the real state of affairs. For now, the alliance does not abandon its plans to contain Russia and, in fact, to use the Ukrainian people as a sacrificial lamb in the fight against Russia';
const LAMB_B =
  'So far, the alliance has not abandoned its plans to contain Russia and slaughter the Ukrainian people as ritual victims in the fight against Russia,';
const INVASION_A =
  'We are watching a gradual incursion of NATO into the territory of Ukraine with its infrastructure, its instructors, defensive and weapons, training of the Ukrainian military and the like';
const INVASION_B =
  'we have seen the gradual invasion of NATO into the Ukrainian territory with its infrastructure, with its instructors, with supplies of defensive and offensive weapons, teaching the Ukrainian military and so forth. That brought us to the red line, a situation where we couldn’t tolerate it anymore.';

/** The entry whose sides read exactly `a` and `b` (either may be null). */
const entry = (result: QuoteComparison, a: string | null, b: string | null): AlignmentEntry | undefined =>
  result.alignment.find((e) => (e.a?.text ?? null) === a && (e.b?.text ?? null) === b);

describe('seed pair 000/001 (sacrificial lamb)', () => {
  const result = compareQuotes(LAMB_A, LAMB_B);

  it('uses quotes that appear in the seed articles', () => {
    expect(plain(fixture('000'))).toContain(LAMB_A.slice(LAMB_A.indexOf('For now')));
    expect(plain(fixture('001'))).toContain(LAMB_B.slice(0, -1));
  });

  it('pairs "a sacrificial lamb" with "ritual victims" as one phrase substitution', () => {
    const start = LAMB_A.indexOf('a sacrificial lamb');
    const phrase = entry(result, 'a sacrificial lamb', 'ritual victims');
    expect(phrase).toEqual({
      a: { start, end: start + 'a sacrificial lamb'.length, text: 'a sacrificial lamb' },
      b: { start: LAMB_B.indexOf('ritual'), end: LAMB_B.indexOf(' in the fight'), text: 'ritual victims' },
      kind: 'phrase-substitution',
      similarity: phrase!.similarity,
      moved: false,
    });
    expect(phrase!.similarity).toBeGreaterThan(0);
    expect(phrase!.similarity).toBeLessThan(0.6);
  });

  it('classes use ↔ slaughter as a content substitution, abandon ↔ abandoned as inflection', () => {
    expect(entry(result, 'use', 'slaughter')?.kind).toBe('substitution');
    expect(entry(result, 'abandon', 'abandoned')?.kind).toBe('inflection');
    expect(entry(result, 'does', 'has')?.kind).toBe('function-word');
  });

  it('aligns "For now" with "So far" as one near-equivalent entry', () => {
    expect(entry(result, 'For now', 'So far')).toEqual({
      a: { start: LAMB_A.indexOf('For now'), end: LAMB_A.indexOf('For now') + 7, text: 'For now' },
      b: { start: 0, end: 6, text: 'So far' },
      kind: 'synonym',
      similarity: 0.85,
      moved: false,
    });
    expect(entry(result, 'For', null)).toBeUndefined();
    expect(entry(result, null, 'So')).toBeUndefined();
  });

  it('registers a shift toward negative tone in b', () => {
    expect(result.components.tone).toBeGreaterThan(0);
    expect(result.tone.shift?.direction).toBe('negative');
    expect(result.tone.b).toBeLessThan(result.tone.a);
    const slaughter = result.edits.find((e) => e.b?.text === 'slaughter');
    expect(slaughter).toEqual({
      class: 'substitution',
      a: { start: LAMB_A.indexOf('use'), end: LAMB_A.indexOf('use') + 3, text: 'use' },
      b: { start: LAMB_B.indexOf('slaughter'), end: LAMB_B.indexOf('slaughter') + 9, text: 'slaughter' },
      tone: { direction: 'negative', magnitude: 0.6 },
    });
    expect(result.edits.find((e) => e.class === 'phrase-substitution')?.tone?.direction).toBe('negative');
  });

  it('reports that b covers only the last sentence of a', () => {
    const start = LAMB_A.indexOf('For now');
    expect(result.overlap).toEqual({
      a: { start, end: LAMB_A.length, text: LAMB_A.slice(start) },
      b: { start: 0, end: LAMB_B.length, text: LAMB_B },
      partial: 'a',
    });
    // the two leading sentences are omissions, yet they do not count as disagreement
    expect(result.edits[0]).toEqual({
      class: 'omission',
      a: { start: 0, end: start - 1, text: LAMB_A.slice(0, start - 1) },
      b: null,
    });
    expect(result.divergence).toBeLessThan(0.35);
    expect(compareQuotes(LAMB_A, LAMB_B, { local: false }).divergence).toBeGreaterThan(result.divergence);
  });

  it('mirrors when the sides are swapped', () => {
    const swapped = compareQuotes(LAMB_B, LAMB_A);
    expect(swapped.divergence).toBe(result.divergence);
    expect(swapped.overlap?.partial).toBe('b');
    expect(swapped.tone.shift?.direction).toBe('positive');
    expect(entry(swapped, 'ritual victims', 'a sacrificial lamb')?.kind).toBe('phrase-substitution');
    expect(swapped.components).toEqual({ ...result.components, omission: result.components.addition, addition: result.components.omission });
    expect(swapped.methodVersion).toBe(METHOD_VERSION);
  });
});

describe('short sacrificial-lamb pair (substitution at the text edge)', () => {
  const a = 'to use the Ukrainian people as a sacrificial lamb in the fight against Russia';
  const b = 'slaughter the Ukrainian people as ritual victims in the fight against Russia';
  const result = compareQuotes(a, b);

  it('pairs "use" with "slaughter" in the edge slot before the identical anchor', () => {
    expect(entry(result, 'use', 'slaughter')).toEqual({
      a: { start: 3, end: 6, text: 'use' },
      b: { start: 0, end: 9, text: 'slaughter' },
      kind: 'substitution',
      similarity: 0,
      moved: false,
    });
    expect(entry(result, null, 'slaughter')).toBeUndefined();
    expect(entry(result, 'to', null)?.kind).toBe('omission');
    expect(entry(result, 'a sacrificial lamb', 'ritual victims')?.kind).toBe('phrase-substitution');
    expect(result.edits.map((edit) => edit.class)).toEqual(['omission', 'substitution', 'phrase-substitution']);
    expect(result.edits[1]?.tone?.direction).toBe('negative');
  });

  it('pairs the one content word of each edge chunk when an aligned word bounds the slot', () => {
    const result = compareQuotes('I oppose the death penalty.', 'This is why I support the death penalty.');
    expect(entry(result, 'oppose', 'support')?.kind).toBe('substitution');
    expect(entry(result, 'I', 'I')?.kind).toBe('identical');
    expect(result.alignment.filter((e) => e.kind === 'insertion').map((e) => e.b?.text)).toEqual(['This', 'is', 'why']);
  });

  it('keeps an unrelated longer lead-in unpaired', () => {
    const longer = compareQuotes('He told reporters on Monday that the Ukrainian people suffer', 'Officials the Ukrainian people suffer');
    expect(entry(longer, null, 'Officials')?.kind).toBe('insertion');
    expect(longer.alignment.filter((e) => e.kind === 'substitution')).toEqual([]);
  });
});

describe('seed pair 002/004 (gradual invasion)', () => {
  const article = fixture('002');
  const start = article.indexOf('We\u00a0are');
  const end = article.indexOf('the like', start) + 'the like'.length;
  const withNbsp = article.slice(start, end);

  it('takes the quote with its non-breaking spaces from the seed', () => {
    expect(withNbsp).toContain('\u00a0');
    // the seed also has a double space in its garbled gap ("defensive and  weapons")
    expect(plain(withNbsp).split(' ').filter(Boolean).join(' ')).toBe(INVASION_A);
  });

  for (const [label, a] of [
    ['plain spaces', INVASION_A],
    ['non-breaking spaces', withNbsp],
  ] as const) {
    it(`aligns related words and the inserted "offensive" (${label})`, () => {
      const result = compareQuotes(a, INVASION_B);
      for (const [x, y] of [
        ['incursion', 'invasion'],
        ['watching', 'seen'],
        ['training', 'teaching'],
      ]) {
        expect(['related', 'synonym']).toContain(entry(result, x!, y!)?.kind);
      }
      const offensive = entry(result, null, 'offensive');
      expect(offensive).toEqual({
        a: null,
        b: { start: INVASION_B.indexOf('offensive'), end: INVASION_B.indexOf('offensive') + 9, text: 'offensive' },
        kind: 'insertion',
        similarity: 0,
        moved: false,
      });
      expect(entry(result, 'the like', 'so forth')?.kind).toBe('synonym');
      expect(result.overlap?.partial).toBe('b');
      for (const e of result.alignment) {
        if (e.a) expect(a.slice(e.a.start, e.a.end)).toBe(e.a.text);
        if (e.b) expect(INVASION_B.slice(e.b.start, e.b.end)).toBe(e.b.text);
      }
    });
  }

  it('scores the NBSP rendering exactly like the plain one', () => {
    expect(compareQuotes(withNbsp, INVASION_B).divergence).toBe(compareQuotes(INVASION_A, INVASION_B).divergence);
  });
});

describe('divergence at the extremes', () => {
  it('is 0 for identical inputs and for case/typography-only differences', () => {
    expect(compareQuotes(LAMB_B, LAMB_B).divergence).toBe(0);
    expect(compareQuotes('We couldn’t tolerate it', 'we couldn\'t tolerate it').divergence).toBe(0);
    const same = compareQuotes('Peace now', 'Peace now');
    expect(same).toEqual({
      divergence: 0,
      components: { lexical: 0, semantic: 0, omission: 0, addition: 0, order: 0, tone: 0 },
      a: 'Peace now',
      b: 'Peace now',
      alignment: [
        { a: { start: 0, end: 5, text: 'Peace' }, b: { start: 0, end: 5, text: 'Peace' }, kind: 'identical', similarity: 1, moved: false },
        { a: { start: 6, end: 9, text: 'now' }, b: { start: 6, end: 9, text: 'now' }, kind: 'identical', similarity: 1, moved: false },
      ],
      edits: [],
      overlap: null,
      tone: { a: 0.2828, b: 0.2828, shift: null },
      methodVersion: METHOD_VERSION,
    });
  });

  it('is at least 0.8 for unrelated sentences', () => {
    expect(compareQuotes('The cat sat on the mat.', 'Stock markets fell sharply in Tokyo today.').divergence).toBeGreaterThanOrEqual(0.8);
    expect(compareQuotes(LAMB_B, 'Bake the bread for forty minutes until golden.').divergence).toBeGreaterThanOrEqual(0.8);
  });

  it('accepts Quote objects and indexes their own text', () => {
    const quote = { text: 'ritual victims', start: 100, end: 114, marks: { open: '"', close: '"' }, speaker: null, kind: 'fragment' as const, flags: [] };
    const result = compareQuotes(quote, 'sacrificial lamb');
    expect(result.a).toBe('ritual victims');
    expect(result.alignment.every((e) => e.a === null || (e.a.start >= 0 && e.a.end <= 14))).toBe(true);
  });

  it('marks reordered blocks as moved and reports a move edit', () => {
    const result = compareQuotes('NATO expanded eastward, Peskov said yesterday', 'Peskov said yesterday NATO expanded eastward');
    expect(result.alignment.some((e) => e.moved)).toBe(true);
    expect(result.edits.some((e) => e.class === 'move')).toBe(true);
    expect(result.components.order).toBeGreaterThan(0);
  });

  it('reports a moved block that also changes a word as a move and as that word change', () => {
    const result = compareQuotes('At dawn the troops attacked the city', 'The troops attacked the city at daybreak');
    expect(result.edits).toEqual([
      { class: 'move', a: { start: 0, end: 7, text: 'At dawn' }, b: { start: 29, end: 40, text: 'at daybreak' } },
      { class: 'synonym', a: { start: 3, end: 7, text: 'dawn' }, b: { start: 32, end: 40, text: 'daybreak' } },
    ]);
  });

  it('splits a moved block where a word of the other side stands inside it', () => {
    // entries are ordered by a: "1000" and "We ritual" are neighbours there, but "the" parts them in b
    const result = compareQuotes('Ukraine has invasion like sacrificial 1000 We ritual', '1000 the We ritual Ukraine has invasion like sacrificial');
    expect(result.edits).toEqual([
      { class: 'insertion', a: null, b: { start: 5, end: 8, text: 'the' } },
      { class: 'move', a: { start: 38, end: 42, text: '1000' }, b: { start: 0, end: 4, text: '1000' } },
      { class: 'move', a: { start: 43, end: 52, text: 'We ritual' }, b: { start: 9, end: 18, text: 'We ritual' } },
    ]);
  });

  it('relates a word to a synset two hypernym steps above it, more weakly than a direct relation', () => {
    const result = compareQuotes('A swimmer is in the pool.', 'A person is in the pool.');
    expect(result.alignment.filter((e) => e.kind !== 'identical').map((e) => [e.a?.text, e.b?.text, e.kind, e.similarity])).toEqual([
      ['swimmer', 'person', 'related', 0.5],
    ]);
  });

  it('compares a WordNet collocation with a single word of the other side', () => {
    const result = compareQuotes('Arkansas Supreme Court strikes down execution law', 'Arkansas Justices Strike Down Death Penalty');
    expect(entry(result, 'execution', 'Death Penalty')).toEqual({
      a: { start: 36, end: 45, text: 'execution' },
      b: { start: 30, end: 43, text: 'Death Penalty' },
      kind: 'synonym',
      similarity: 0.85,
      moved: false,
    });
    expect(entry(result, 'strikes', 'Strike')?.kind).toBe('inflection');
  });

  it('links an acronym to the name it stands for as one synonym entry', () => {
    const un = compareQuotes('The UN said on Monday', 'The United Nations said on Monday');
    expect(entry(un, 'UN', 'United Nations')).toEqual({
      a: { start: 4, end: 6, text: 'UN' },
      b: { start: 4, end: 18, text: 'United Nations' },
      kind: 'synonym',
      similarity: 0.85,
      moved: false,
    });
    expect(entry(compareQuotes('VOA reports', 'Voice of America reports'), 'VOA', 'Voice of America')?.kind).toBe('synonym');
    // lower-case words are not a name (WordNet's "united nations" collocation links it instead),
    // and a capitalised word alone is not an expansion
    expect(entry(compareQuotes('the UN met', 'the united nations met'), 'UN', 'united nations')?.kind).toBe('synonym');
    expect(entry(compareQuotes('the WTO met', 'the world trade organisation met'), 'WTO', 'world trade organisation')).toBeUndefined();
    expect(entry(compareQuotes('the US said', 'the Union said'), 'US', 'Union')).toBeUndefined();
  });

  it('links a symbol to the word it stands for when their neighbours are linked', () => {
    const percent = compareQuotes('prices rose 5 % in May', 'prices rose 5 percent in May');
    expect(entry(percent, '%', 'percent')).toEqual({
      a: { start: 14, end: 15, text: '%' },
      b: { start: 14, end: 21, text: 'percent' },
      kind: 'synonym',
      similarity: 0.85,
      moved: false,
    });
    expect(entry(compareQuotes('rose 5 per cent in May', 'rose 5 % in May'), 'per cent', '%')?.kind).toBe('synonym');
    expect(entry(compareQuotes('AT & T said', 'AT and T said'), '&', 'and')?.kind).toBe('synonym');
    // no linked neighbour: no evidence the symbol and the word fill the same slot
    expect(entry(compareQuotes('the fee is 5 % now', 'percent of people agree'), '%', 'percent')).toBeUndefined();
  });

  it('matches transliterations and numbers', () => {
    expect(entry(compareQuotes('troops near Kiev', 'troops near Kyiv'), 'Kiev', 'Kyiv')?.kind).toBe('spelling');
    expect(entry(compareQuotes('lost 1,000 soldiers', 'lost 1000 soldiers'), '1,000', '1000')?.kind).toBe('number');
  });

  it('links a closed compound to its open or hyphenated form as one spelling entry', () => {
    const open = compareQuotes('A man is firing a shot gun.', 'A man shoots a shotgun.');
    expect(entry(open, 'shot gun', 'shotgun')).toEqual({
      a: { start: 18, end: 26, text: 'shot gun' },
      b: { start: 15, end: 22, text: 'shotgun' },
      kind: 'spelling',
      similarity: 0.9,
      moved: false,
    });
    const hyphen = compareQuotes('flew toward the southeast', 'flew toward the south-east');
    expect(hyphen.alignment.map((e) => e.kind)).toEqual(['identical', 'identical', 'identical', 'spelling']);
    expect(entry(hyphen, 'southeast', 'south-east')?.similarity).toBe(0.9);
    // parts written apart are not a compound, and neither is a short word
    expect(entry(compareQuotes('the back - stroke', 'the backstroke'), 'back - stroke', 'backstroke')).toBeUndefined();
    expect(entry(compareQuotes('go in to it', 'go into it'), 'in to', 'into')).toBeUndefined();
  });
});
