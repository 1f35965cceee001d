import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import { sentenceStart } from '../src/extract/sentences.js';
import type { Diagnostic } from '../src/types.js';

const ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** Quotes without speaker and kind, for mark-pairing cases. */
function marks(text: string): { text: string; start: number; end: number; open: string; close: string | null; flags: string[] }[] {
  return extractQuotes(text).map((q) => ({ text: q.text, start: q.start, end: q.end, open: q.marks.open, close: q.marks.close, flags: q.flags }));
}

function diagnostics(text: string): Pick<Diagnostic, 'rule' | 'start' | 'line' | 'column'>[] {
  const found: Pick<Diagnostic, 'rule' | 'start' | 'line' | 'column'>[] = [];
  extractQuotes(text, { onDiagnostic: (d) => found.push({ rule: d.rule, start: d.start, line: d.line, column: d.column }) });
  return found;
}

describe('pairing quote marks', () => {
  it('tells curly single quotes from apostrophes', () => {
    expect(marks('NATO’s chief said ‘no’ to the ’90s, and don’t forget Ukraine’s army or the Ukrainians’ losses.')).toEqual([
      { text: 'no', start: 19, end: 21, open: '‘', close: '’', flags: [] },
    ]);
  });

  it('keeps a plural possessive inside a single-quoted span', () => {
    expect(marks('He called it ‘the Ukrainians’ losses’ again.')).toEqual([
      { text: 'the Ukrainians’ losses', start: 14, end: 36, open: '‘', close: '’', flags: [] },
    ]);
  });

  it('nests single quotes in double quotes, and double in double', () => {
    expect(marks('“He told me ‘never again’ today,” she said.')).toEqual([
      { text: 'He told me ‘never again’ today,', start: 1, end: 32, open: '“', close: '”', flags: [] },
      { text: 'never again', start: 13, end: 24, open: '‘', close: '’', flags: ['nested'] },
    ]);
    expect(marks('"He said "no" today," she said.')).toEqual([
      { text: 'He said "no" today,', start: 1, end: 20, open: '"', close: '"', flags: [] },
      { text: 'no', start: 10, end: 12, open: '"', close: '"', flags: ['nested'] },
    ]);
  });

  it('shares one closing mark between a nested and its enclosing quote (seed 002)', () => {
    const text = '“And this was why Putin said: “Guys, for us — real threat” — added the press secretary.';
    expect(marks(text)).toEqual([
      { text: 'And this was why Putin said: “Guys, for us — real threat', start: 1, end: 57, open: '“', close: '”', flags: ['shared-close'] },
      { text: 'Guys, for us — real threat', start: 31, end: 57, open: '“', close: '”', flags: ['nested', 'shared-close'] },
    ]);
    expect(diagnostics(text)).toEqual([{ rule: 'nested-shared-close', start: 57, line: 1, column: 58 }]);
  });

  it('continues a quote across a paragraph that reopens without closing the last', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph,” Peskov said.';
    expect(marks(text)).toEqual([
      { text: 'First paragraph of the quote.', start: 1, end: 30, open: '“', close: null, flags: ['continued'] },
      { text: 'Second paragraph,', start: 33, end: 50, open: '“', close: '”', flags: ['continued'] },
    ]);
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Peskov', 'Peskov']);
  });

  it('bounds an unclosed quote at its paragraph and reports it', () => {
    const text = 'Intro line here.\n“This never ends and goes on.\n\nNext paragraph is plain.';
    expect(marks(text)).toEqual([{ text: 'This never ends and goes on.', start: 18, end: 46, open: '“', close: null, flags: ['unclosed'] }]);
    expect(diagnostics(text)).toEqual([{ rule: 'unclosed-quote', start: 17, line: 2, column: 1 }]);
  });

  it('bounds an unclosed quote before a dash attribution (seed 002)', () => {
    const text = 'Body.\n“Russian troops will stay there  — said Peskov.';
    expect(extractQuotes(text)).toEqual([
      {
        text: 'Russian troops will stay there',
        start: 7,
        end: 37,
        marks: { open: '“', close: null },
        speaker: { name: 'Peskov', mention: { start: 46, end: 52, text: 'Peskov' }, cue: { start: 41, end: 45, text: 'said' }, via: 'dash' },
        kind: 'utterance',
        flags: ['unclosed'],
      },
    ]);
  });

  it('ignores a stray closing mark and reports it (seed 002: Echo of Moscow")', () => {
    const text = 'In an interview with Echo of Moscow" the press secretary spoke.';
    expect(marks(text)).toEqual([]);
    expect(diagnostics(text)).toEqual([{ rule: 'stray-mark', start: 35, line: 1, column: 36 }]);
  });

  it('pairs « », » «, „ “, „ ” and ‚ ‘', () => {
    expect(marks('Он сказал: «Мы готовы». »Wir sind bereit«, sagte er. „Wir sind bereit“, sagte er. „Jesteśmy gotowi” – powiedział. ‚Ja‘, sagte er.')).toEqual([
      { text: 'Мы готовы', start: 12, end: 21, open: '«', close: '»', flags: [] },
      { text: 'Wir sind bereit', start: 25, end: 40, open: '»', close: '«', flags: [] },
      { text: 'Wir sind bereit', start: 54, end: 69, open: '„', close: '“', flags: [] },
      { text: 'Jesteśmy gotowi', start: 83, end: 98, open: '„', close: '”', flags: [] },
      { text: 'Ja', start: 115, end: 117, open: '‚', close: '‘', flags: [] },
    ]);
  });

  it('keeps non-breaking spaces inside the quote and trims them at its edges', () => {
    expect(marks('Lead line.\n«\u00a0We\u00a0are\u00a0watching\u00a0»\u00a0— he said.')).toEqual([
      { text: 'We\u00a0are\u00a0watching', start: 13, end: 28, open: '«', close: '»', flags: [] },
    ]);
  });

  it('flags a quote closed with a mark that is not its usual partner', () => {
    expect(marks('“Hello" he said.')).toEqual([{ text: 'Hello', start: 1, end: 6, open: '“', close: '"', flags: ['mismatched-marks'] }]);
  });

  describe("two apostrophes ('') as a double mark (the New York Times' archive text in PolNeAR)", () => {
    it('pairs them and reads the cue after them', () => {
      const text = "''We finally may be seeing some wage acceleration,'' the economist Jared Bernstein wrote on his blog.";
      expect(marks(text)).toEqual([{ text: 'We finally may be seeing some wage acceleration,', start: 2, end: 50, open: "''", close: "''", flags: [] }]);
      expect(extractQuotes(text)[0]!.speaker).toMatchObject({ name: 'Jared Bernstein', via: 'cue', cue: { text: 'wrote' } });
    });

    it('reads a run of three as a straight single mark and the double mark, on the side the run faces', () => {
      expect(marks("''He said, 'You weren't in line,''' Ms. Compton recalled.")).toEqual([
        { text: "He said, 'You weren't in line,'", start: 2, end: 33, open: "''", close: "''", flags: [] },
      ]);
      expect(marks("He told me, '''Sir, we're staying,' and left,'' Mr. Regalado said.")).toEqual([
        { text: "'Sir, we're staying,' and left,", start: 14, end: 45, open: "''", close: "''", flags: [] },
      ]);
    });

    it('continues a quote whose next paragraph reopens with them', () => {
      const text = "''The first paragraph runs on.\n\n''The second ends it,'' Mr. Putin said.";
      expect(marks(text)).toEqual([
        { text: 'The first paragraph runs on.', start: 2, end: 30, open: "''", close: null, flags: ['continued'] },
        { text: 'The second ends it,', start: 34, end: 53, open: "''", close: "''", flags: ['continued'] },
      ]);
      expect(diagnostics(text)).toEqual([{ rule: 'continued-quote', start: 0, line: 1, column: 1 }]);
    });

    it('leaves lone apostrophes and runs of four alone', () => {
      const text = "It was rock 'n' roll in the '90s, and '''' is nothing.";
      expect(marks(text)).toEqual([]);
      expect(diagnostics(text)).toEqual([]);
    });

    it('ends a sentence at a stop before them', () => {
      const text = "He said ''no.'' Then he left";
      expect(sentenceStart(text, text.indexOf('left'), 0)).toBe(text.indexOf('Then'));
    });

    it('give the seeds the quotes, speakers, kinds and flags that straight double marks give', () => {
      for (const name of readdirSync(ARTICLES).filter((file) => file.endsWith('.txt'))) {
        const text = readFileSync(join(ARTICLES, name), 'utf8');
        const read = (mark: string) =>
          extractQuotes(text.replace(/[\u201C\u201D"]/g, mark)).map((q) => [q.text.replaceAll(mark, '"'), q.speaker?.name ?? null, q.kind, q.flags]);
        const straight = read('"');
        expect(straight.length).toBeGreaterThan(0);
        expect(read("''")).toEqual(straight);
      }
    });

    it('reports a stray pair with both characters', () => {
      expect(diagnostics("He wrote Moscow'' and left.")).toEqual([{ rule: 'stray-mark', start: 15, line: 1, column: 16 }]);
    });
  });
});
