import { describe, expect, it } from 'vitest';
import { EDIT_COLUMNS, formatCsv, PAIR_COLUMNS } from '../src/report/csv.js';
import { csvField } from '../src/report/escape-csv.js';
import { sampleReport } from './sample-report.js';

/**
 * A small RFC 4180 parser: records end in CRLF; a field in double quotes may hold commas, CR, LF
 * and doubled double quotes; a quote inside an unquoted field is an error. Strict, so the test fails
 * on anything a conforming reader would reject.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  if (!text.endsWith('\r\n')) throw new Error('the last record must end in CRLF');
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      continue;
    }
    throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(text[i])}`);
  }
  return records;
}

function rows(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  for (const record of body) expect(record.length).toBe(header!.length);
  return body.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i]!])));
}

describe('the test parser', () => {
  it('reads quoted commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,""c""\r\nd"\r\n,\r\n')).toEqual([['a', 'b,"c"\r\nd'], ['', '']]);
    expect(() => parseCsv('a"b\r\n')).toThrow('quote inside');
  });
});

describe('formatCsv', () => {
  it('writes one row per variant pair with sources, speakers, divergence and every component', () => {
    const text = formatCsv(sampleReport());
    expect(parseCsv(text)[0]).toEqual([...PAIR_COLUMNS]);
    const table = rows(text);
    expect(table).toHaveLength(2);
    expect(table[0]).toEqual({
      cluster: 'c1', a_article: '000', b_article: '001', a_source: 'Tasnim', b_source: '', a_speaker: 'Dmitry Peskov', b_speaker: 'Peskov',
      divergence: '0.42', lexical: '0.4', semantic: '0.3', omission: '0.1', addition: '0.05', order: '0', tone: '0.3',
      a_quote: sampleReport().clusters[0]!.reference.quoteId, b_quote: sampleReport().clusters[0]!.variants[1]!.quote.id,
      a_text: sampleReport().clusters[0]!.reference.text,
      b_text: 'So far, the alliance has not abandoned its plans to contain Russia and slaughter the Ukrainian people as ritual victims in the fight against Russia',
    });
    expect(table[1]!.a_text).toBe('We\u00a0are\u00a0watching a gradual incursion of\u00a0NATO into\u00a0the territory of Ukraine with\u00a0its infrastructure');
  });

  it('writes one row per edit with --table edits, with class, both texts, offsets and tone', () => {
    const text = formatCsv(sampleReport(), { table: 'edits' });
    expect(parseCsv(text)[0]).toEqual([...EDIT_COLUMNS]);
    const table = rows(text);
    expect(table).toHaveLength(10);
    const lamb = table.find((row) => row.a_text === 'a sacrificial lamb');
    expect(lamb).toEqual({
      cluster: 'c1', a_article: '000', b_article: '001', a_quote: table[0]!.a_quote, b_quote: table[0]!.b_quote, edit: '6',
      class: 'phrase-substitution', a_text: 'a sacrificial lamb', b_text: 'ritual victims',
      a_start: '209', a_end: '227', b_start: '105', b_end: '119', tone_direction: 'negative', tone_magnitude: '0.3',
    });
    const omission = table.find((row) => row.class === 'omission');
    expect([omission?.a_text, omission?.b_text, omission?.b_start, omission?.tone_direction]).toEqual([', in fact,', '', '', '']);
  });

  it('quotes fields with commas, double quotes and line breaks so they read back unchanged', () => {
    const report = sampleReport();
    const hostile = 'He said "no",\r\nthen\nleft, =cmd|x';
    report.clusters[0]!.variants[1]!.quote.speaker!.name = hostile;
    report.clusters[0]!.variants[1]!.source = '"Quoted, Outlet"';
    const table = rows(formatCsv(report));
    expect([table[0]!.b_speaker, table[0]!.b_source]).toEqual([hostile, '"Quoted, Outlet"']);
  });

  it('defuses spreadsheet formulas in text cells only when asked, and never touches numbers', () => {
    const report = sampleReport();
    report.clusters[0]!.variants[1]!.quote.speaker!.name = '=HYPERLINK("http://x.test","y")';
    report.clusters[0]!.variants[1]!.source = '@SUM(A1)';
    const plain = rows(formatCsv(report))[0]!;
    const defused = rows(formatCsv(report, { defuseFormulas: true }))[0]!;
    expect([plain.b_speaker, plain.b_source]).toEqual(['=HYPERLINK("http://x.test","y")', '@SUM(A1)']);
    expect([defused.b_speaker, defused.b_source, defused.a_source]).toEqual(["'=HYPERLINK(\"http://x.test\",\"y\")", "'@SUM(A1)", plain.a_source]);
    expect(defused.divergence).toBe(plain.divergence);
  });

  it('rejects a defuseFormulas that is not a boolean', () => {
    expect(() => formatCsv(sampleReport(), { defuseFormulas: 'yes' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('writes only the header for a report without clusters', () => {
    expect(formatCsv({ ...sampleReport(), clusters: [] })).toBe(`${PAIR_COLUMNS.join(',')}\r\n`);
  });

  it('rejects an unknown table with OPTION_OUT_OF_RANGE', () => {
    expect(() => formatCsv(sampleReport(), { table: 'rows' as never })).toThrow(expect.objectContaining({ code: 'OPTION_OUT_OF_RANGE' }));
  });
});

describe('csvField', () => {
  it('leaves plain fields alone, quotes special ones, rounds numbers to 6 decimals', () => {
    expect([csvField('plain'), csvField('a,b'), csvField('say "hi"'), csvField(0.1234567), csvField(null), csvField(Number.NaN)]).toEqual([
      'plain', '"a,b"', '"say ""hi"""', '0.123457', '', '',
    ]);
  });

  it('defuses =, +, -, @, tab and CR at the start of text, not numbers or later characters', () => {
    expect(['=1+1', '+1', '-x', '@a', '\tx', '\rx', 'a=b', -0.5].map((value) => csvField(value, true))).toEqual([
      "'=1+1", "'+1", "'-x", "'@a", "'\tx", '"\'\rx"', 'a=b', '-0.5',
    ]);
  });
});
