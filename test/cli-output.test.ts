import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonChunks, jsonLines } from '../src/cli/json-chunks.js';
import { writeOutput } from '../src/cli/write-output.js';
import { sampleReport } from './sample-report.js';

const tmp = mkdtempSync(join(tmpdir(), 'qd-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('jsonChunks', () => {
  it('yields exactly JSON.stringify of the report, one array element per piece', () => {
    const report = sampleReport();
    const pieces = [...jsonChunks(report as unknown as Record<string, unknown>)];
    expect(pieces.join('')).toBe(JSON.stringify(report));
    expect(pieces.length).toBeGreaterThan(report.quotes.length + report.clusters.length);
  });

  it('leaves out undefined properties and writes array holes as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [1, undefined, () => 1], c: 'x', d: [] };
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value));
  });

  it('writes one line per item', () => {
    expect([...jsonLines([{ a: 1 }, 'x'])]).toEqual(['{"a":1}\n', '"x"\n']);
  });
});

/** A slow sink with a small buffer, so writes must wait for 'drain'. */
function slowSink(): Writable & { text: () => string; waits: () => number } {
  const chunks: string[] = [];
  let waits = 0;
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      setImmediate(callback);
    },
  }) as Writable & { text: () => string; waits: () => number };
  sink.on('drain', () => waits++);
  sink.text = () => chunks.join('');
  sink.waits = () => waits;
  return sink;
}

describe('writeOutput', () => {
  it('writes many pieces in order, waiting for a slow standard output to drain', async () => {
    const sink = slowSink();
    const pieces = Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(4, '0')}${'x'.repeat(1000)}\n`);
    await writeOutput(pieces, null, sink);
    expect(sink.text()).toBe(pieces.join(''));
    expect(sink.waits()).toBeGreaterThan(0);
  });

  it('writes a file through a temporary name and renames it into place', async () => {
    const out = join(tmp, 'report.json');
    await writeOutput(jsonChunks({ list: Array.from({ length: 50_000 }, (_, i) => ({ i })) }), out, slowSink());
    expect(JSON.parse(readFileSync(out, 'utf8')).list).toHaveLength(50_000);
    expect(readdirSync(tmp)).toEqual(['report.json']);
  });

  it('fails with a usage error, leaving nothing behind, when the file cannot be created', async () => {
    await expect(writeOutput('x', join(tmp, 'no', 'such', 'dir.json'), slowSink())).rejects.toMatchObject({ exitCode: 2, message: `cannot write ${join(tmp, 'no', 'such', 'dir.json')} (ENOENT)` });
    expect(readdirSync(tmp)).toEqual(['report.json']);
  });
});
