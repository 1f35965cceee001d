/**
 * Data goes to standard output, or with `--out FILE` to that file — written to a temporary file
 * first and renamed, so an interrupted run never leaves half a report where a whole one was.
 * Data may come in pieces (see `json-chunks.ts`): they are gathered into blocks of about 1 MB and
 * written with backpressure, so no output needs to fit in one string.
 *
 * @module
 */

import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { usageError } from './cli-error.js';
import type { OutputStream } from './terminal.js';

/** What a command writes: one string, or its pieces in order. */
export type OutputData = string | Iterable<string>;

const BLOCK = 1 << 20;

/** Writes the pieces to `stream`, waiting for it to drain whenever it asks to. */
async function writePieces(data: OutputData, stream: Writable): Promise<void> {
  const write = (text: string): Promise<void> | null => {
    if (stream.write(text)) return null;
    return new Promise((resolve, reject) => {
      const done = (error?: Error): void => {
        stream.off('drain', done);
        stream.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
    });
  };
  let block = '';
  for (const piece of typeof data === 'string' ? [data] : data) {
    block += piece;
    if (block.length < BLOCK) continue;
    await write(block);
    block = '';
  }
  if (block !== '') await write(block);
}

/** Writes `data` to `out` (a path) or to `stdout`, resolving once it is handed over. */
export async function writeOutput(data: OutputData, out: string | null, stdout: OutputStream): Promise<void> {
  if (out === null) {
    await writePieces(data, stdout);
    // Resolve only once everything written so far has been flushed (or the reader went away).
    await new Promise<void>((resolve, reject) => stdout.write('', (error) => (error ? reject(error) : resolve())));
    return;
  }
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    const file = createWriteStream(temporary);
    const opened = new Promise<void>((resolve, reject) => {
      file.once('ready', () => resolve());
      file.once('error', reject);
    });
    await opened;
    await writePieces(data, file);
    await new Promise<void>((resolve, reject) => {
      file.once('error', reject);
      file.end(() => resolve());
    });
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    throw usageError(`cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
