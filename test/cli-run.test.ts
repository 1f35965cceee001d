/**
 * The CLI in-process, with fake terminals: progress and log lines appear only when standard error
 * is a terminal and --quiet is not given; text is the default format on a terminal; NO_COLOR and
 * FORCE_COLOR decide colour.
 */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { reportRunWarnings } from '../src/cli/report-problems.js';
import { extractionFailed } from '../src/corpus/extraction-failed.js';
import { workerStopped } from '../src/corpus/worker-stopped.js';
import type { OutputStream, Terminal } from '../src/cli/terminal.js';
import { REPO } from './cli-runner.js';

function stream(isTTY: boolean): OutputStream & { text: () => string } {
  const out = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; text: () => string };
  let written = '';
  out.on('data', (chunk: Buffer) => (written += chunk.toString()));
  out.isTTY = isTTY;
  out.columns = 100;
  out.text = () => written;
  return out;
}

async function runWith(argv: string[], tty: { stdout: boolean; stderr: boolean }, env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  const terminal: Terminal & { stdout: ReturnType<typeof stream>; stderr: ReturnType<typeof stream> } = {
    stdin: Readable.from([]),
    stdout: stream(tty.stdout),
    stderr: stream(tty.stderr),
    env,
    cwd: REPO,
  };
  const status = await run(argv, terminal);
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: terminal.stdout.text(), stderr: terminal.stderr.text() };
}

const ESC = '\u001b[';

describe('run (in-process)', () => {
  it('shows progress and log lines on a terminal standard error, and writes text on a terminal standard output', async () => {
    const result = await runWith(['analyze', 'fixtures/articles'], { stdout: true, stderr: true });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`\r${ESC}K${ESC}2manalysing 5 articles from 5 files\u2026${ESC}22m\n`);
    expect(result.stderr).toContain(`\r${ESC}K`);
    expect(result.stdout.split('\n')[0]).toMatch(/^\d+ quotes from 5 articles · \d+ clusters · \d+ echo(es)? · method /u);
    expect(result.stdout).toContain(`${ESC}1m`);
  });

  it('draws a bar per corpus stage on a terminal standard error, and none on a pipe', async () => {
    const tty = await runWith(['analyze', 'fixtures/articles', '--format', 'json'], { stdout: false, stderr: true }, { NO_COLOR: '1' });
    const pipe = await runWith(['analyze', 'fixtures/articles', '--format', 'json'], { stdout: false, stderr: false });
    const full = '\u2588'.repeat(24);
    expect(tty.status).toBe(0);
    expect(tty.stderr).toContain(`\r${ESC}K${full} extracting quotes 5/5`);
    const finals = ['verifying candidate pairs', 'searching for echoes', 'comparing with references'].map((label) => new RegExp(`${full} ${label} (\\d+)/\\1(?!\\d)`, 'u').exec(tty.stderr)?.index ?? -1);
    expect(finals.every((at) => at > 0)).toBe(true);
    expect([...finals].sort((a, b) => a - b)).toEqual(finals);
    expect([pipe.status, pipe.stderr]).toEqual([0, '']);
    expect(pipe.stdout).toBe(tty.stdout);
  });

  it('is silent on standard error with --quiet, and plain with NO_COLOR', async () => {
    const result = await runWith(['analyze', 'fixtures/articles', '--quiet'], { stdout: true, stderr: true }, { NO_COLOR: '1' });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('writes no progress when standard error is not a terminal, and JSON when standard output is not one', async () => {
    const result = await runWith(['analyze', 'fixtures/articles'], { stdout: false, stderr: false });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(expect.arrayContaining(['quotes', 'clusters', 'echoes', 'sources', 'diagnostics', 'methodVersion']));
  });

  it('colours text for a pipe only with FORCE_COLOR', async () => {
    const forced = await runWith(['compare', 'does not abandon', 'has not abandoned', '--format', 'text'], { stdout: false, stderr: false }, { FORCE_COLOR: '1' });
    const plain = await runWith(['compare', 'does not abandon', 'has not abandoned', '--format', 'text'], { stdout: false, stderr: false });
    expect([forced.stdout.includes(ESC), plain.stdout.includes(ESC)]).toEqual([true, false]);
  });
});

describe('warnings about the run', () => {
  it('prints a stopped worker on standard error, and nothing for the data\'s own diagnostics', async () => {
    const stderr = stream(false);
    const dataProblem = { rule: 'unclosed-quote', message: 'Quote opened with “ is never closed', severity: 'warning' as const, start: 4, end: 5, line: 1, column: 5, articleId: 'a' };
    expect(reportRunWarnings(stderr, [workerStopped(2, null)!, dataProblem])).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stderr.text()).toBe(
      'quote-divergence: warning: 2 worker threads stopped (over their heap limit, or killed) and their work was done again on the other threads: the results are complete, the run took longer\n',
    );
    expect(reportRunWarnings(stream(false), [dataProblem])).toBe(0);
  });

  it('prints an article whose extraction failed on standard error', async () => {
    const stderr = stream(false);
    expect(reportRunWarnings(stderr, [extractionFailed('a 1', new RangeError('bad offset'))])).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stderr.text()).toBe(
      'quote-divergence: error: article "a 1": extraction failed with an internal error (RangeError: bad offset): the article was added without quotes, and left out of the echo search; please report it\n',
    );
  });
});
