/**
 * The corpus report keeps comparisons' alignments and witness tables' columns packed and decodes them on
 * read (`packed-alignment.ts`, `report-comparison.ts`, `packed-columns.ts`): what a reader sees — JSON,
 * deep equality, a structured clone — must be exactly what the plain objects gave.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { packAlignment, unpackAlignment } from '../src/corpus/packed-alignment.js';
import { packedTable } from '../src/corpus/packed-columns.js';
import { packComparison, reportComparison } from '../src/corpus/report-comparison.js';
import { SharedQuoteParts } from '../src/corpus/shared-quote-parts.js';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import { compareQuotes } from '../src/compare/compare-quotes.js';
import { seedArticles } from './corpus-fixtures.js';
import type { CorpusReport, QuoteComparison } from '../src/types.js';

let report: CorpusReport;

beforeAll(() => {
  report = alignCorpus(seedArticles());
});

/** A comparison with plain data properties only (what `compareQuotes` returns), from any comparison. */
function plainCopy(comparison: QuoteComparison): QuoteComparison {
  return JSON.parse(JSON.stringify(comparison)) as QuoteComparison;
}

describe('packed alignment', () => {
  it('gives back entries equal to the originals, for any pair of word sequences', () => {
    const word = fc.constantFrom('we', 'saw', 'seen', 'the', 'gradual', 'invasion', 'incursion', 'NATO', 'Ukraine', '2014', 'two', ',', '.', 'Russia', 'never', 'not');
    const text = fc.array(word, { minLength: 0, maxLength: 14 }).map((words) => words.join(' ').replaceAll(' ,', ',').replaceAll(' .', '.'));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { alignment } = compareQuotes(a, b);
        const packed = packAlignment(alignment, a, b);
        expect(packed).not.toBeNull();
        expect(unpackAlignment(packed!, a, b)).toEqual(alignment);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses what it cannot hold exactly: an offset past 16 bits, a text not the slice of its side, a score off the grid', () => {
    const long = `${'x'.repeat(70_000)} end`;
    const entry = { a: { start: 70_001, end: 70_004, text: 'end' }, b: null, kind: 'omission' as const, similarity: 0, moved: false };
    expect(packAlignment([entry], long, '')).toBeNull();
    expect(packAlignment([{ ...entry, a: { start: 0, end: 3, text: 'end' } }], long, '')).toBeNull();
    expect(packAlignment([{ ...entry, a: { start: 0, end: 2, text: 'we' }, similarity: 0.12345 }], 'we', '')).toBeNull();
    expect(packAlignment([{ ...entry, a: { start: 0, end: 2, text: 'we' }, similarity: 0.1234 }], 'we', '')).not.toBeNull();
    expect(packAlignment([{ a: { start: 0, end: 2, text: 'we' }, b: { start: 0, end: 2, text: 'We' }, kind: 'case-punctuation', similarity: 0.95, moved: true }], 'we', 'We')).toBe(
      String.fromCharCode(1 | 16 | 32 | 64, 9500, 0, 2, 0, 2),
    );
  });
});

describe('report comparison', () => {
  const a = 'We have seen the gradual invasion of NATO into Ukraine.';
  const b = 'We are watching a gradual incursion of NATO into Ukraine, he said.';

  it('reads, serialises, clones and compares as the plain comparison, key order included', () => {
    const plain = compareQuotes(a, b);
    const packed = reportComparison(packComparison(plain), a, b);
    expect(JSON.stringify(packed)).toBe(JSON.stringify(plain));
    expect(Object.keys(packed)).toEqual(Object.keys(plain));
    expect(packed).toEqual(plain);
    expect(structuredClone(packed)).toEqual(plain);
    expect({ ...packed }).toEqual(plain);
  });

  it('decodes a new array on every read; assigning replaces the decoded value', () => {
    const packed = reportComparison(packComparison(compareQuotes(a, b)), a, b);
    expect(packed.alignment).not.toBe(packed.alignment);
    expect(packed.alignment).toEqual(packed.alignment);
    packed.alignment = [];
    expect(packed.alignment).toEqual([]);
    expect(JSON.parse(JSON.stringify(packed)).alignment).toEqual([]);
  });

  it('keeps plain entries when the alignment cannot be packed', () => {
    const long = `${'filler '.repeat(10_000)}the gradual invasion of NATO`;
    const plain = compareQuotes(long, 'the gradual incursion of NATO');
    const kept = reportComparison(packComparison(plain), long, 'the gradual incursion of NATO');
    expect(Object.getOwnPropertyDescriptor(kept, 'alignment')?.get).toBeUndefined();
    expect(kept).toEqual(plain);
  });
});

describe('packed witness table', () => {
  const texts = ['we saw the invasion', 'we have the invasion now'];
  const columns = [
    { cells: [{ start: 0, end: 2, text: 'we' }, { start: 0, end: 2, text: 'we' }], agreement: 'all' as const },
    { cells: [null, { start: 3, end: 7, text: 'have' }], agreement: 'partial' as const },
    { cells: [{ start: 3, end: 6, text: 'saw' }, null], agreement: 'partial' as const },
    { cells: [{ start: 7, end: 19, text: 'the invasion' }, { start: 8, end: 20, text: 'the invasion' }], agreement: 'variant' as const },
  ];
  /** The grid of `columns` (offsets only). */
  const grid = (shift = 0) => ({
    columns: columns.length,
    start: (column: number, row: number) => columns[column]!.cells[row]?.start ?? -1,
    end: (column: number, row: number) => (columns[column]!.cells[row]?.end ?? -1) + shift,
    agreement: (column: number) => columns[column]!.agreement,
  });

  it('decodes the columns it was given; cells sliced from each row text', () => {
    const table = packedTable(['r', 'v'], texts, grid());
    expect(table).toEqual({ witnesses: ['r', 'v'], columns });
    expect(JSON.stringify(table)).toBe(JSON.stringify({ witnesses: ['r', 'v'], columns }));
    expect(structuredClone(table)).toEqual({ witnesses: ['r', 'v'], columns });
    expect(table.columns).not.toBe(table.columns);
    table.columns = [];
    expect(table).toEqual({ witnesses: ['r', 'v'], columns: [] });
  });

  it('decodes a table packed in several chunks of 4,096 units (any cells, empty ones included)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 300, max: 1500 }), fc.integer({ min: 0, max: 1000 }), (columnCount, rows, seed) => {
        const rowTexts = Array.from({ length: rows }, (_, row) => `row ${row} reads words ${'abcdefghij'.slice(0, 1 + ((row + seed) % 10))}`);
        const cell = (column: number, row: number) => ((column * 7 + row * 13 + seed) % 5 === 0 ? null : { start: column, end: column + 1 + ((row + seed) % 3) });
        const agreements = ['all', 'partial', 'variant'] as const;
        const table = packedTable(
          rowTexts.map((_, row) => `r${row}`),
          rowTexts,
          { columns: columnCount, start: (c, r) => cell(c, r)?.start ?? -1, end: (c, r) => cell(c, r)?.end ?? -1, agreement: (c) => agreements[(c + seed) % 3]! },
        );
        expect(table.columns).toEqual(
          Array.from({ length: columnCount }, (_, column) => ({
            agreement: agreements[(column + seed) % 3],
            cells: rowTexts.map((text, row) => {
              const span = cell(column, row);
              return span === null ? null : { ...span, text: text.slice(span.start, span.end) };
            }),
          })),
        );
      }),
      { seed: 5, numRuns: 30 },
    );
  });

  it('keeps plain columns when an offset does not fit in 16 bits', () => {
    const long = texts.map((text) => text + ' '.repeat(70_000));
    const table = packedTable(['r', 'v'], long, grid(70_000));
    expect(Object.getOwnPropertyDescriptor(table, 'columns')?.get).toBeUndefined();
    expect(table.columns[0]!.cells[0]).toEqual({ start: 0, end: 70_002, text: long[0]!.slice(0, 70_002) });
  });
});

describe('shared quote parts', () => {
  it('builds corpus quotes equal to the extracted ones (key order included), sharing equal marks and small strings', () => {
    const parts = new SharedQuoteParts();
    const built = seedArticles().flatMap((article) =>
      extractQuotes(article).map((quote) => {
        // a worker's reply: every string a copy
        const copy = structuredClone(quote);
        const place = { articleId: article.id, id: `${article.id}:${quote.start}`, source: article.source ?? null };
        const corpusQuote = parts.corpusQuote(copy, article.text, place);
        expect(JSON.stringify(corpusQuote)).toBe(JSON.stringify({ ...quote, ...place }));
        expect(corpusQuote).toEqual({ ...quote, ...place });
        return corpusQuote;
      }),
    );
    expect(built.length).toBeGreaterThan(20);
    const straight = built.filter((quote) => quote.marks.open === '"' && quote.marks.close === '"');
    expect(straight.length).toBeGreaterThan(1);
    expect(new Set(straight.map((quote) => quote.marks)).size).toBe(1);
    expect(new Set(built.filter((quote) => quote.flags.length === 0).map((quote) => quote.flags)).size).toBe(1);
  });
});

describe('alignCorpus report', () => {
  it('holds, for every variant and echo, the comparison compareQuotes gives; clones and round-trips through JSON unchanged', () => {
    let variants = 0;
    for (const cluster of report.clusters) {
      for (const variant of cluster.variants) {
        const expected = compareQuotes(cluster.reference.text, variant.quote.text);
        expect(variant.comparison).toEqual(expected);
        expect(JSON.stringify(variant.comparison)).toBe(JSON.stringify(expected));
        variants++;
      }
    }
    expect(variants).toBeGreaterThan(6);
    expect(report.echoes.length).toBeGreaterThan(0);
    for (const echo of report.echoes) expect(echo.comparison).toEqual(compareQuotes(echo.quote.text, echo.match.text));
    const json = JSON.stringify(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(structuredClone(report)).toEqual(report);
    expect(JSON.stringify(structuredClone(report))).toBe(json);
    expect(report.clusters.map((cluster) => cluster.variants.map((variant) => plainCopy(variant.comparison)))).toEqual(
      report.clusters.map((cluster) => cluster.variants.map((variant) => variant.comparison)),
    );
  });
});
