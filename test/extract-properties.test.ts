import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import { QuoteDivergenceError } from '../src/errors.js';
import { CAPITALISED_RUN, CUE_WORD } from '../src/patterns.js';
import { wordsIn } from '../src/extract/words.js';
import { nextCapitalisedRun } from '../src/extract/capitalised-runs.js';

/** Text built from the pieces that make extraction hard: every mark, odd spaces, cues, lone surrogates. */
const tricky = fc
  .array(
    fc.constantFrom('“', '”', '"', "''", "'", '‘', '’', '«', '»', '„', '‚', '‹', '›', ' ', '\u00a0', '\u2009', '\n', '\n\n', '\r\n', 'a', 'B', 'don’t', ' said ', ' he ', 'Peskov', 'Dmitry Peskov', ' the spokesman ', '—', ',', '.', ':', '\ud800', '\udc00', '😀', 'Я', ' according to him, '),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), tricky);

describe('extractQuotes properties', () => {
  it('never throws on any string, and every quote slices to its text, sorted by start then end', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const quotes = extractQuotes(text, { onDiagnostic: () => undefined });
        for (const q of quotes) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.end).toBeGreaterThan(q.start);
          if (q.speaker) {
            expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
            if (q.speaker.cue) expect(text.slice(q.speaker.cue.start, q.speaker.cue.end)).toBe(q.speaker.cue.text);
          }
        }
        for (let k = 1; k < quotes.length; k++) {
          const a = quotes[k - 1]!;
          const b = quotes[k]!;
          expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 20240 },
    );
  });

  it('reports every diagnostic inside the text with a consistent line and column', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        extractQuotes(text, {
          onDiagnostic: (d) => {
            expect(d.start).toBeGreaterThanOrEqual(0);
            expect(d.end).toBeLessThanOrEqual(text.length);
            const before = text.slice(0, d.start).split(/\r\n|\r|\n/);
            expect([d.line, d.column]).toEqual([before.length, before[before.length - 1]!.length + 1]);
          },
        });
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('finds each quote between its marks: the opening mark before it and the closing mark after it, past white space only', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        for (const q of extractQuotes(text, { onDiagnostic: () => undefined })) {
          expect(text.slice(0, q.start).trimEnd().endsWith(q.marks.open)).toBe(true);
          if (q.marks.close !== null) expect(text.slice(q.end).trimStart().startsWith(q.marks.close)).toBe(true);
        }
      }),
      { numRuns: 1000, seed: 13 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(JSON.stringify(extractQuotes(text))).toBe(JSON.stringify(extractQuotes(text)));
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('capitalised runs', () => {
  const runsByRegex = (text: string): [number, number][] => {
    const runs: [number, number][] = [];
    CAPITALISED_RUN.lastIndex = 0;
    for (let m = CAPITALISED_RUN.exec(text); m !== null; m = CAPITALISED_RUN.exec(text)) runs.push([m.index, m.index + m[0].length]);
    return runs;
  };
  const runsByScan = (text: string): [number, number][] => {
    const runs: [number, number][] = [];
    const run = { start: 0, end: 0, spaced: false, marked: false };
    for (let from = 0; nextCapitalisedRun(text, from, run); from = run.end) runs.push([run.start, run.end]);
    return runs;
  };
  const nameParts = fc
    .array(fc.constantFrom('A', 'Peskov', 'É', 'Åsa', 'ß', 'x', ' ', '\u00a0', '  ', '.', "'", '’', '-', '\u2010', 'Ǆ', '𝐀', '\ud835', 'é', '\u0301', 'Sen.', 'O’Neil', 'Jean-Luc', '\n', ',', '1'), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('the character scan finds exactly the runs of CAPITALISED_RUN', () => {
    expect(runsByScan('Kremlin spokesman Dmitry Peskov’s aide, Sen. Ted Cruz-Smith.')).toEqual([[0, 7], [18, 33], [40, 60]]);
    fc.assert(
      fc.property(fc.oneof(nameParts, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        expect(runsByScan(text)).toEqual(runsByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cue-window words', () => {
  const wordsByRegex = (text: string, start: number, end: number): [string, number, number][] => {
    const words: [string, number, number][] = [];
    const window = text.slice(start, end);
    CUE_WORD.lastIndex = 0;
    for (let m = CUE_WORD.exec(window); m !== null; m = CUE_WORD.exec(window)) {
      const possessive = m[0].length > 2 && (m[0].endsWith('\u2019s') || m[0].endsWith("'s"));
      const word = possessive ? m[0].slice(0, -2) : m[0];
      words.push([word, start + m.index, start + m.index + word.length]);
    }
    return words;
  };
  const parts = fc
    .array(fc.constantFrom('a', 'Peskov', 'É', 'ß', ' ', '.', "'", '’', 'ʼ', '-', '\u2010', '𝐀', '\ud835', '\udc00', '\u0301', '’s', "'s", 'U.S.', '3', '٣', ',', '—'), { maxLength: 40 })
    .map((p) => p.join(''));

  it('wordsIn finds the words of CUE_WORD, possessives stripped, in any window', () => {
    expect(wordsIn('— said Peskov’s aide, U.S.-born.', 0, 32).map((w) => w.text)).toEqual(['said', 'Peskov', 'aide', 'U.S', 'born']);
    fc.assert(
      fc.property(fc.oneof(parts, fc.string({ unit: 'binary', maxLength: 60 })), fc.nat(70), fc.nat(70), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        expect(wordsIn(text, start, end).map((w) => [w.text, w.start, w.end])).toEqual(wordsByRegex(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('extractQuotes misuse', () => {
  const codeOf = (run: () => unknown): string | null => {
    try {
      run();
      return null;
    } catch (error) {
      return error instanceof QuoteDivergenceError ? error.code : 'other';
    }
  };

  it('throws QuoteDivergenceError with a stable code', () => {
    expect([
      codeOf(() => extractQuotes(42 as never)),
      codeOf(() => extractQuotes(null as never)),
      codeOf(() => extractQuotes(['x'] as never)),
      codeOf(() => extractQuotes({ id: '', text: 'x' })),
      codeOf(() => extractQuotes({ id: 7, text: 'x' } as never)),
      codeOf(() => extractQuotes({ id: 'a', text: 5 } as never)),
      codeOf(() => extractQuotes('x', 'options' as never)),
      codeOf(() => extractQuotes('x', { onDiagnostic: 3 } as never)),
      codeOf(() => extractQuotes('x', { exclude: ['bogus'] } as never)),
      codeOf(() => extractQuotes('x', { exclude: 'scare' } as never)),
      codeOf(() => extractQuotes({ id: 'a', text: '' }, {})),
    ]).toEqual(['INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'EMPTY_ID', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', null]);
  });
});

describe('extractQuotes stays linear (generous regression bounds)', () => {
  const seconds = (run: () => unknown): number => {
    const start = performance.now();
    run();
    return (performance.now() - start) / 1000;
  };
  const seeds = ['000_1f671407f6ce829a', '001_e42db7be3a9563e0', '002_dc10ca1af9bf5290', '003_d0c37f1e680d92ee', '004_333a1fc73b71be22']
    .map((id) => readFileSync(new URL(`../fixtures/articles/${id}.txt`, import.meta.url), 'utf8'))
    .join('\n\n');

  it('extracts 20k unclosed “, 50k spaces and a 1 MB article in under 2 s each', () => {
    const unclosed = '“'.repeat(20_000);
    const unclosedWords = '“a '.repeat(20_000);
    const spaces = ' '.repeat(50_000) + '“x' + '\u00a0'.repeat(50_000);
    const article = seeds.repeat(Math.ceil(1_000_000 / seeds.length)).slice(0, 1_000_000);
    const quotes = extractQuotes(article);
    expect(quotes.length).toBeGreaterThan(1000);
    expect([seconds(() => extractQuotes(unclosed)), seconds(() => extractQuotes(unclosedWords)), seconds(() => extractQuotes(spaces)), seconds(() => extractQuotes(article))].every((s) => s < 2)).toBe(true);
  });

  it('keeps an unclosed mark from swallowing the rest of the article', () => {
    const text = 'Head\nIn an interview with “Echo of Moscow the press secretary spoke.\n\n“Next,” Peskov said.';
    expect(extractQuotes(text).map((q) => [q.text, q.flags])).toEqual([
      ['Echo of Moscow the press secretary spoke.', ['unclosed']],
      ['Next,', []],
    ]);
  });
});
