import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readStdinArticles } from '../src/cli/article-records.js';
import { decodeText } from '../src/cli/decode-text.js';
import { readInputs } from '../src/cli/read-inputs.js';

const root = mkdtempSync(join(tmpdir(), 'qd-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
}

const noStdin = Readable.from([]);

describe('readInputs', () => {
  it('reads a folder of .txt files in name order, ids from file names, outlet from an articles.json sidecar', async () => {
    const dir = folder('txt', {
      'b.txt': '"Two," she said.',
      'a.txt': '"One," he said.',
      'notes.md': 'ignored',
      'articles.json': JSON.stringify([{ id: 'A-1', file: 'articles/a.txt', outlet: 'Tasnim', language: 'en', url: 'https://x.org/a' }, { id: 'b', file: 'b.txt', outlet: null }]),
    });
    const read = await readInputs([dir], noStdin);
    expect(read).toEqual({
      articles: [
        { id: 'A-1', text: '"One," he said.', source: 'Tasnim', url: 'https://x.org/a' },
        { id: 'b', text: '"Two," she said.' },
      ],
      problems: [],
      files: 2,
    });
  });

  it('finds the sidecar one folder up, as in fixtures/ (articles.json beside articles/)', async () => {
    const parent = folder('up', { 'articles.json': JSON.stringify([{ id: 'x', file: 'articles/x.txt', outlet: 'RT' }]) });
    folder('up/articles', { 'x.txt': 'text' });
    expect((await readInputs([join(parent, 'articles')], noStdin)).articles).toEqual([{ id: 'x', text: 'text', source: 'RT' }]);
  });

  it('reads the bundled seed articles, one per file', async () => {
    const folderPath = new URL('../fixtures/articles', import.meta.url).pathname;
    const read = await readInputs([folderPath], noStdin);
    const files = readdirSync(folderPath).filter((name) => name.endsWith('.txt')).sort();
    expect(read.articles.map((article) => article.text)).toEqual(files.map((name) => readFileSync(join(folderPath, name), 'utf8')));
    expect([new Set(read.articles.map((article) => article.id)).size, read.problems]).toEqual([5, []]);
  });

  it('skips a malformed JSON Lines line, naming file and line, and keeps the others', async () => {
    const dir = folder('jsonl', {
      'c.jsonl': '{"id":"c1","text":"one"}\n{"id":"c2","text":\n\n{"id":"","text":"x"}\r\n{"id":"c4","text":"four","source":"RT"}\n[1]\n',
    });
    const file = join(dir, 'c.jsonl');
    const read = await readInputs([file], noStdin);
    expect(read.articles).toEqual([{ id: 'c1', text: 'one' }, { id: 'c4', text: 'four', source: 'RT' }]);
    expect(read.problems).toEqual([
      { where: `${file}:2`, message: expect.stringMatching(/^invalid JSON \(.+\); line skipped$/u) },
      { where: `${file}:4`, message: '"id" must be a non-empty string; line skipped' },
      { where: `${file}:6`, message: 'expected an object with "id" and "text"; line skipped' },
    ]);
  });

  it('reads a JSON array, naming bad items by position', async () => {
    const dir = folder('json', { 'a.json': JSON.stringify([{ id: 'j1', text: 't', title: 'T' }, { id: 'j2', text: 5 }, { id: 'j3', text: 'x', url: 7 }]) });
    const read = await readInputs([join(dir, 'a.json')], noStdin);
    expect(read.articles).toEqual([{ id: 'j1', text: 't', title: 'T' }]);
    expect(read.problems.map((problem) => [problem.where.slice(dir.length + 1), problem.message])).toEqual([
      ['a.json: item 2', 'article "j2": "text" must be a string; skipped'],
      ['a.json: item 3', 'article "j3": "url" must be a string; skipped'],
    ]);
  });

  it('skips binary and invalid UTF-8 files with a reason, and reads the rest', async () => {
    const dir = folder('binary', { 'a.txt': 'fine', 'b.txt': new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]), 'c.txt': new Uint8Array([0x61, 0x62, 0xc3, 0x28]) });
    const read = await readInputs([dir], noStdin);
    expect(read.articles).toEqual([{ id: 'a', text: 'fine' }]);
    expect(read.problems).toEqual([
      { where: join(dir, 'b.txt'), message: 'binary file, not text (NUL byte at offset 3); skipped' },
      { where: join(dir, 'c.txt'), message: 'not valid UTF-8 text (invalid byte sequence near offset 2); skipped' },
    ]);
  });

  it('reports an empty folder, and a duplicate id keeping the first', async () => {
    const empty = folder('empty', { 'readme.md': 'no articles' });
    // Files are read in name order: x.jsonl before x.txt.
    const dup = folder('dup', { 'x.txt': 'second', 'x.jsonl': '{"id":"x","text":"first"}\n' });
    const read = await readInputs([empty, dup], noStdin);
    expect(read.articles).toEqual([{ id: 'x', text: 'first' }]);
    expect(read.problems).toEqual([
      { where: empty, message: 'folder has no .txt, .json or .jsonl files' },
      { where: join(dup, 'x.txt'), message: `duplicate article id "x" (first read from ${join(dup, 'x.jsonl')}:1); skipped` },
    ]);
  });

  it('throws a usage error naming every path that does not exist', async () => {
    await expect(readInputs([join(root, 'nope'), join(root, 'txt'), join(root, 'gone.txt')], noStdin)).rejects.toMatchObject({
      exitCode: 2,
      message: `no such file or folder: ${join(root, 'nope')}, ${join(root, 'gone.txt')}`,
    });
    await expect(readInputs(['-', '-'], noStdin)).rejects.toMatchObject({ exitCode: 2, message: 'standard input (-) can be read only once' });
  });

  it('reads standard input as JSON, JSON Lines or plain text', async () => {
    const stdin = (text: string): Readable => Readable.from([Buffer.from(text)]);
    expect((await readInputs(['-'], stdin('[{"id":"s","text":"t"}]'))).articles).toEqual([{ id: 's', text: 't' }]);
    expect((await readInputs(['-'], stdin('{"id":"s","text":"t"}\n{"id":"u","text":"v"}\n'))).articles).toEqual([{ id: 's', text: 't' }, { id: 'u', text: 'v' }]);
    expect((await readInputs(['-'], stdin('{\n  "id": "p",\n  "text": "pretty"\n}\n'))).articles).toEqual([{ id: 'p', text: 'pretty' }]);
    expect((await readInputs(['-'], stdin('"Hi," he said.\n'))).articles).toEqual([{ id: 'stdin', text: '"Hi," he said.\n' }]);
    expect((await readInputs(['-'], stdin('\u0000\u0001'))).problems).toEqual([{ where: '<stdin>', message: 'binary file, not text (NUL byte at offset 0); skipped' }]);
  });

  it('reads a 50 MB JSON Lines file whole (10,000 articles of 5 kB)', async () => {
    const body = `${'word '.repeat(990)}"quoted words here," he said.`;
    const line = (i: number): string => `${JSON.stringify({ id: `big-${i}`, text: body })}\n`;
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) lines.push(i === 5000 ? '{"id": broken\n' : line(i));
    const file = join(folder('big', {}), 'big.jsonl');
    writeFileSync(file, lines.join(''));
    const read = await readInputs([file], noStdin);
    expect(read.articles).toHaveLength(9_999);
    expect(read.articles[9_998]).toEqual({ id: 'big-9999', text: body });
    expect(read.problems).toEqual([{ where: `${file}:5001`, message: expect.stringContaining('invalid JSON') }]);
  });
});

describe('decodeText and readStdinArticles', () => {
  it('drops a byte-order mark and keeps everything else as written', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc2, 0xa0, 0x42]))).toEqual({ ok: true, text: 'A\u00a0B' });
  });
  it('points at a truncated sequence at the end', () => {
    expect(decodeText(new Uint8Array([0x41, 0xe2, 0x80]))).toEqual({ ok: false, reason: 'not valid UTF-8 text (invalid byte sequence near offset 1)' });
  });
  it('treats text starting with a brace that is not JSON as JSON Lines with a problem per line', () => {
    expect(readStdinArticles('{not json')).toEqual({ articles: [], problems: [{ where: '<stdin>:1', message: expect.stringContaining('invalid JSON') }] });
  });
});
