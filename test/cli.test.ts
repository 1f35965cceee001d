/**
 * The CLI end to end, in a child process: exact standard output, standard error and exit codes
 * (0 success, 1 a problem in the data, 2 a usage error), JSON checked against the exported types.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readInputs } from '../src/cli/read-inputs.js';
import { PAIR_COLUMNS, EDIT_COLUMNS } from '../src/report/csv.js';
import type { CorpusReport } from '../src/types.js';
import { cliCommand, REPO, runCli } from './cli-runner.js';
import { comparisonProblems, corpusReportProblems } from './report-shape.js';

const tmp = mkdtempSync(join(tmpdir(), 'qd-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SEEDS = join(REPO, 'fixtures', 'articles');
const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
const HINT = ' (see quote-divergence --help)';

/** The seed articles as the CLI reads them (ids and outlets from fixtures/articles.json when it is there). */
let seeds: Map<string, string> | undefined;
async function seedTexts(): Promise<Map<string, string>> {
  seeds ??= new Map((await readInputs([SEEDS], Readable.from([]))).articles.map((article) => [article.id, article.text]));
  return seeds;
}

describe('quote-divergence: help, version, usage errors', () => {
  it('prints the version from package.json', async () => {
    expect(await runCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints the help on standard output', async () => {
    const result = await runCli(['--help']);
    expect([result.status, result.stderr, result.stdout.split('\n')[0]]).toEqual([0, '', 'Usage: quote-divergence <command> [options]']);
  });

  it.each([
    [[], 'no command given (expected analyze, extract, compare or demo)'],
    [['analyze', 'fixtures/articles', '--bogus'], "Unknown option '--bogus'"],
    [['analyze', 'fixtures/articles', '--format', 'pdf'], '--format pdf is not available for analyze (use text, json, jsonl, csv, md, html)'],
    [['analyze', 'fixtures/articles', '--format', 'json', '--table', 'edits'], '--table applies to CSV output only (--format csv)'],
    [['analyze', 'no/such/folder', 'fixtures/articles'], 'no such file or folder: no/such/folder'],
    [['compare', '@no/such/file', 'b'], 'no such file: no/such/file'],
  ])('exits 2 with one line on standard error for %j', async (args, message) => {
    expect(await runCli(args)).toEqual({ status: 2, stdout: '', stderr: `quote-divergence: ${message}${HINT}\n` });
  });

  it('exits 2 when --out cannot be written, leaving no temporary file', async () => {
    const result = await runCli(['compare', 'a b', 'a c', '--out', join(tmp, 'missing-dir', 'x.json')]);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `quote-divergence: cannot write ${join(tmp, 'missing-dir', 'x.json')} (ENOENT)${HINT}\n` });
  });
});

describe('quote-divergence: problems in the data', () => {
  it('exits 1 for an empty folder', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expect(await runCli(['analyze', empty])).toEqual({
      status: 1,
      stdout: '',
      stderr: `quote-divergence: ${empty}: folder has no .txt, .json or .jsonl files\nquote-divergence: no articles to analyse\n`,
    });
  });

  it('exits 1 for a binary file, saying why in one line', async () => {
    const file = join(tmp, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    expect(await runCli(['extract', file])).toEqual({
      status: 1,
      stdout: '',
      stderr: `quote-divergence: ${file}: binary file, not text (NUL byte at offset 4); skipped\nquote-divergence: no articles to read quotes from\n`,
    });
    expect(await runCli(['compare', `@${file}`, 'x'])).toEqual({ status: 1, stdout: '', stderr: `quote-divergence: ${file}: binary file, not text (NUL byte at offset 4)\n` });
  });

  it('fails clearly on a 50 MB binary file without reading it as text', async () => {
    const file = join(tmp, 'big.txt');
    const bytes = Buffer.alloc(50 * 1024 * 1024, 0x61);
    bytes[30_000_000] = 0;
    writeFileSync(file, bytes);
    expect(await runCli(['analyze', file])).toEqual({
      status: 1,
      stdout: '',
      stderr: `quote-divergence: ${file}: binary file, not text (NUL byte at offset 30000000); skipped\nquote-divergence: no articles to analyse\n`,
    });
    rmSync(file);
  });
});

describe('quote-divergence: a 50 MB text file', () => {
  it('refuses it at once as one article for analyze, with the advice to split it', async () => {
    const file = join(tmp, 'corpus-as-one.txt');
    const paragraph = 'The minister said: "We will continue to support our partners," adding that talks would resume.\n\n';
    writeFileSync(file, paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length)));
    const started = Date.now();
    const result = await runCli(['analyze', file, '--format', 'json']);
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'quote-divergence: article "corpus-as-one": 52,428,864 characters, over the limit of 5,000,000 for one article; split it into articles (one .txt each, or JSON Lines); skipped\n' +
        'quote-divergence: no articles to analyse\n',
    });
    expect(Date.now() - started).toBeLessThan(30_000); // a generous bound: it must not start analysing
    rmSync(file);
  });
});

describe('quote-divergence compare', () => {
  const A = 'to use the Ukrainian people as a sacrificial lamb in the fight against Russia';
  const B = 'slaughter the Ukrainian people as ritual victims in the fight against Russia';

  it('writes a QuoteComparison as JSON when standard output is not a terminal', async () => {
    const result = await runCli(['compare', A, B]);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const comparison = JSON.parse(result.stdout);
    expect(comparisonProblems(comparison)).toEqual([]);
    expect([comparison.a, comparison.b]).toEqual([A, B]);
  });

  it('reads @file arguments (dropping the final newline) and writes --out, inferring the format', async () => {
    writeFileSync(join(tmp, 'a.txt'), `${A}\n`);
    const out = join(tmp, 'cmp.json');
    const result = await runCli(['compare', `@${join(tmp, 'a.txt')}`, B, '--out', out]);
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).a).toBe(A);
  });

  it('writes plain text without colour into a pipe, and colour with FORCE_COLOR=1', async () => {
    const plain = await runCli(['compare', A, B, '--format', 'text']);
    expect(plain.status).toBe(0);
    expect(plain.stdout.split('\n')[0]).toMatch(/^divergence 0\.\d\d \(method .+\)$/u);
    expect(plain.stdout).toContain('{+');
    expect(plain.stdout).not.toContain('\u001b');
    const coloured = await runCli(['compare', A, B, '--format', 'text'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[32m');
    expect(coloured.stdout).not.toContain('{+');
    const noColour = await runCli(['compare', A, B, '--format', 'text'], { env: { NO_COLOR: '1' } });
    expect(noColour.stdout).toBe(plain.stdout);
  });
});

describe('quote-divergence analyze', () => {
  it('writes a CorpusReport as JSON with the seed families, and nothing on standard error', async () => {
    const result = await runCli(['analyze', 'fixtures/articles', '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const report = JSON.parse(result.stdout) as CorpusReport;
    expect(corpusReportProblems(report, await seedTexts())).toEqual([]);
    const lamb = report.clusters.find((cluster) => cluster.variants.some((variant) => variant.quote.text.includes('sacrificial lamb')));
    const lambArticles = [...(await seedTexts())].filter(([, text]) => text.includes('sacrificial lamb') || text.includes('ritual victims')).map(([id]) => id);
    expect(lambArticles).toHaveLength(2);
    expect(lamb?.variants.map((variant) => variant.articleId).sort()).toEqual(lambArticles.sort());
  });

  it('skips a malformed JSON Lines line, names it, reports the rest, and exits 1', async () => {
    const file = join(tmp, 'mixed.jsonl');
    const seeds = await seedTexts();
    const lines = [...seeds].map(([id, text]) => JSON.stringify({ id, text, source: id.slice(0, 3) }));
    lines.splice(2, 0, '{"id": "broken", "text": "unterminated');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await runCli(['analyze', file, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^quote-divergence: ${file.replaceAll('.', '\\.')}:3: invalid JSON \\(.+\\); line skipped$`, 'u')),
      'quote-divergence: 1 problem in the input; the rest was processed',
      '',
    ]);
    const report = JSON.parse(result.stdout) as CorpusReport;
    expect(corpusReportProblems(report, seeds)).toEqual([]);
    expect([...new Set(report.quotes.map((quote) => quote.articleId))].sort()).toEqual([...seeds.keys()].filter((id) => report.quotes.some((q) => q.articleId === id)).sort());
    expect(report.quotes.length).toBeGreaterThan(10);
  });

  it('writes the pairs and edits CSV tables with their headers', async () => {
    const pairs = await runCli(['analyze', 'fixtures/articles', '--format', 'csv']);
    const edits = await runCli(['analyze', 'fixtures/articles', '--format', 'csv', '--table', 'edits']);
    expect([pairs.status, pairs.stdout.split('\r\n')[0], edits.status, edits.stdout.split('\r\n')[0]]).toEqual([0, PAIR_COLUMNS.join(','), 0, EDIT_COLUMNS.join(',')]);
    expect(pairs.stdout.split('\r\n').length).toBeGreaterThan(2);
  });

  it('writes JSON Lines: one line per cluster, then one per echo, each naming its record type', async () => {
    const result = await runCli(['analyze', 'fixtures/articles', '--format', 'jsonl']);
    expect([result.status, result.stderr, result.stdout.endsWith('\n')]).toEqual([0, '', true]);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { record: string; variants?: unknown[]; match?: unknown });
    const kinds = records.map((record) => record.record);
    expect(kinds).toEqual([...kinds].sort()); // clusters first, then echoes
    expect(new Set(kinds)).toEqual(new Set(['cluster', 'echo']));
    expect(records.every((record) => (record.record === 'cluster' ? Array.isArray(record.variants) : record.match !== undefined))).toBe(true);
  });

  it('stops quietly with status 0 when the reader of its output goes away (| head)', async () => {
    const [program, lead] = cliCommand();
    const command = `${[program, ...lead].map((part) => `'${part}'`).join(' ')} analyze fixtures/articles --format json | head -c 10`;
    const result = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { cwd: REPO, encoding: 'utf8' });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: '{"quotes":', stderr: '' });
  });

  it('reads plain text from standard input as one article with id "stdin"', async () => {
    const result = await runCli(['analyze', '-', '--format', 'json'], { input: '"We are ready to talk," Peskov said.\n' });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as CorpusReport;
    expect(report.quotes.map((quote) => [quote.articleId, quote.text])).toEqual([['stdin', 'We are ready to talk,']]);
  });

  it('writes an HTML report with --out, with the CSP and no script', async () => {
    const out = join(tmp, 'report.html');
    expect(await runCli(['analyze', 'fixtures/articles', '--out', out])).toEqual({ status: 0, stdout: '', stderr: '' });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).not.toContain('<script');
  });
});

describe('quote-divergence extract', () => {
  it('writes each article\'s quotes with offsets into the article, speakers and diagnostics', async () => {
    const result = await runCli(['extract', 'fixtures/articles', '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const texts = await seedTexts();
    const articles = JSON.parse(result.stdout) as { articleId: string; source: string | null; quotes: { text: string; start: number; end: number }[]; diagnostics: unknown[] }[];
    expect(articles.map((article) => article.articleId)).toEqual([...texts.keys()]);
    for (const article of articles) {
      for (const quote of article.quotes) expect(texts.get(article.articleId)!.slice(quote.start, quote.end)).toBe(quote.text);
    }
    expect(articles[1]!.quotes.some((quote) => quote.text.includes('ritual victims'))).toBe(true);
  });

  it('defuses a quote that a spreadsheet would run as a formula with --defuse-formulas, and only with it', async () => {
    const input = '"=HYPERLINK(1) is our answer," Peskov said.\n';
    const plain = await runCli(['extract', '-', '--format', 'csv'], { input });
    const defused = await runCli(['extract', '-', '--format', 'csv', '--defuse-formulas'], { input });
    expect([plain.status, defused.status]).toEqual([0, 0]);
    expect(plain.stdout.split('\r\n')[1]).toBe('stdin,,1,29,utterance,Peskov,cue,"""","""",,"=HYPERLINK(1) is our answer,"');
    expect(defused.stdout.split('\r\n')[1]).toBe('stdin,,1,29,utterance,Peskov,cue,"""","""",,"\'=HYPERLINK(1) is our answer,"');
    expect(await runCli(['extract', '-', '--format', 'json', '--defuse-formulas'], { input })).toEqual({
      status: 2, stdout: '', stderr: `quote-divergence: --defuse-formulas applies to CSV output only (--format csv)${HINT}\n`,
    });
  });
});

describe('quote-divergence demo', () => {
  it('prints the seed clusters and writes report.html in the current directory', async () => {
    const cwd = join(tmp, 'demo');
    mkdirSync(cwd);
    const result = await runCli(['demo'], { cwd });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('Cluster');
    expect(result.stdout).toContain('sacrificial lamb');
    expect(result.stdout.endsWith('\nHTML report: report.html\n')).toBe(true);
    expect(existsSync(join(cwd, 'report.html'))).toBe(true);
  });
});
