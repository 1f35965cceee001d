/**
 * Data goes to standard output, or with `--out FILE` to that file — written to a temporary file
 * first and renamed, so an interrupted run never leaves half a report where a whole one was.
 *
 * @module
 */

import { rename, rm, writeFile } from 'node:fs/promises';
import { usageError } from './cli-error.js';
import type { OutputStream } from './terminal.js';

/** Writes `data` to `out` (a path) or to `stdout`, resolving once it is handed over. */
export async function writeOutput(data: string, out: string | null, stdout: OutputStream): Promise<void> {
  if (out === null) {
    await new Promise<void>((resolve, reject) => {
      stdout.write(data, (error) => (error ? reject(error) : resolve()));
    });
    return;
  }
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    throw usageError(`cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
