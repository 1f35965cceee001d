import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chooseFormat, parseCommandLine } from '../src/cli/parse-args.js';
import { createProgress } from '../src/cli/progress.js';
import { colourFor } from '../src/cli/terminal.js';

describe('parseCommandLine', () => {
  it('parses analyze with every option', () => {
    expect(parseCommandLine(['analyze', 'a', 'b.jsonl', '--format', 'csv', '--out', 'x.csv', '--min-similarity', '0.5', '--workers', '2', '--table', 'edits', '--defuse-formulas', '-q'])).toEqual({
      kind: 'command', command: 'analyze', positionals: ['a', 'b.jsonl'], format: 'csv', out: 'x.csv', minSimilarity: 0.5, workers: 2, table: 'edits', defuseFormulas: true, quiet: true,
    });
  });

  it('gives help and version before anything else', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['analyze', '-h'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['-V'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'no command given (expected analyze, extract, compare or demo)'],
    [['analyse', 'x'], 'unknown command "analyse" (expected analyze, extract, compare or demo)'],
    [['analyze'], 'usage: quote-divergence analyze <path…>'],
    [['compare', 'a'], 'usage: quote-divergence compare <a> <b>'],
    [['demo', 'x'], 'usage: quote-divergence demo'],
    [['analyze', 'x', '--format', 'pdf'], '--format pdf is not available for analyze (use text, json, jsonl, csv, md, html)'],
    [['compare', 'a', 'b', '--format', 'html'], '--format html is not available for compare (use text, json, jsonl)'],
    [['analyze', 'x', '--min-similarity', '1.5'], '--min-similarity must be a number from 0 to 1, got "1.5"'],
    [['analyze', 'x', '--min-similarity', ''], '--min-similarity must be a number from 0 to 1, got ""'],
    [['analyze', 'x', '--workers', '1.5'], '--workers must be an integer from 1 to 64, got "1.5"'],
    [['analyze', 'x', '--table', 'rows'], '--table must be pairs or edits, got "rows"'],
    [['extract', 'x', '--workers', '2'], '--workers applies to analyze and demo only'],
    [['extract', 'x', '--table', 'edits'], '--table applies to analyze with CSV output only'],
    [['compare', 'a', 'b', '--defuse-formulas'], '--defuse-formulas applies to CSV output of analyze and extract only'],
    [['demo', '--out', 'r.html'], 'demo always writes report.html in the current directory; --out is not available'],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(expect.objectContaining({ exitCode: 2, message }));
  });

  it('names an unknown option in one line', () => {
    expect(() => parseCommandLine(['analyze', 'x', '--format'])).toThrow(expect.objectContaining({ exitCode: 2, message: "Option '-f, --format <value>' argument missing" }));
    expect(() => parseCommandLine(['analyze', 'x', '--bogus'])).toThrow(expect.objectContaining({ exitCode: 2, message: "Unknown option '--bogus'" }));
  });
});

describe('chooseFormat', () => {
  it('prefers --format, then the --out extension, then text on a terminal and JSON otherwise', () => {
    expect([
      chooseFormat('md', 'x.html', true),
      chooseFormat(null, 'report.HTML', true),
      chooseFormat(null, 'pairs.csv', false),
      chooseFormat(null, 'out.ndjson', false),
      chooseFormat(null, 'noext', true),
      chooseFormat(null, null, true),
      chooseFormat(null, null, false),
    ]).toEqual(['md', 'html', 'csv', 'jsonl', 'json', 'text', 'json']);
  });
});

describe('colourFor', () => {
  const tty = { isTTY: true } as never;
  const pipe = { isTTY: false } as never;
  it('colours a terminal unless NO_COLOR or TERM=dumb; FORCE_COLOR overrides both ways', () => {
    expect([
      colourFor(tty, {}),
      colourFor(pipe, {}),
      colourFor(tty, { NO_COLOR: '1' }),
      colourFor(tty, { NO_COLOR: '' }),
      colourFor(tty, { TERM: 'dumb' }),
      colourFor(pipe, { FORCE_COLOR: '1' }),
      colourFor(pipe, { FORCE_COLOR: '' }),
      colourFor(tty, { FORCE_COLOR: '0' }),
      colourFor(tty, { FORCE_COLOR: '1', NO_COLOR: '1' }),
    ]).toEqual([true, false, false, true, false, true, true, false, true]);
  });
});

describe('createProgress', () => {
  function capture(enabled: boolean, colour: boolean): { progress: ReturnType<typeof createProgress>; written: () => string; tick: (ms: number) => void } {
    const stream = new PassThrough() as PassThrough & { columns: number };
    stream.columns = 80;
    let now = 0;
    let out = '';
    stream.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const progress = createProgress(stream, { enabled, colour, clock: () => now });
    return { progress, written: () => out, tick: (ms) => (now += ms) };
  }

  it('draws a bar, throttled, always the last step, and clears it before a log line', async () => {
    const { progress, written, tick } = capture(true, false);
    progress.update('extracting', 1, 4);
    progress.update('extracting', 2, 4); // within 80 ms: skipped
    tick(100);
    progress.update('extracting', 4, 4);
    progress.log('done');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toBe(
      `\r\u001b[K${'\u2588'.repeat(6)}${'\u2591'.repeat(18)} extracting 1/4` + `\r\u001b[K${'\u2588'.repeat(24)} extracting 4/4` + '\r\u001b[Kdone\n',
    );
  });

  it('writes nothing when disabled', async () => {
    const { progress, written } = capture(false, true);
    progress.update('x', 1, 2);
    progress.log('hello');
    progress.clear();
    await new Promise((resolve) => setImmediate(resolve));
    expect([progress.enabled, written()]).toEqual([false, '']);
  });
});
