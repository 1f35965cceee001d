/**
 * Problems in the input on standard error: one line each (`quote-divergence: file:line: message`),
 * at most {@link MAX_PROBLEM_LINES} of them, then a count, so a file with ten thousand bad lines
 * stays readable and nothing is skipped silently. Also the warnings about the run itself
 * (`quote-divergence: warning: …`) and internal failures (`quote-divergence: error: …`), which are no
 * problem of the input.
 *
 * @module
 */

import { WORKER_STOPPED } from '../corpus/worker-stopped.js';
import { EXTRACTION_FAILED } from '../corpus/extraction-failed.js';
import type { Diagnostic } from '../types.js';
import type { InputProblem } from './article-records.js';
import type { OutputStream } from './terminal.js';

/** How many problems are printed one by one before the rest are counted. */
export const MAX_PROBLEM_LINES = 20;

/** Prints the problems (and, when `restRead`, that the rest was still read); returns true when there were any. */
export function reportProblems(stderr: OutputStream, problems: readonly InputProblem[], restRead: boolean): boolean {
  for (const problem of problems.slice(0, MAX_PROBLEM_LINES)) stderr.write(`quote-divergence: ${problem.where}: ${problem.message}\n`);
  if (problems.length > MAX_PROBLEM_LINES) stderr.write(`quote-divergence: … and ${problems.length - MAX_PROBLEM_LINES} more problems\n`);
  if (problems.length > 0 && restRead) stderr.write(`quote-divergence: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the input; the rest was processed\n`);
  return problems.length > 0;
}

/**
 * Prints the warnings about the run itself among a report's diagnostics (worker threads that stopped:
 * the run was slower than it should have been, and the user can act on it) and the articles whose
 * extraction failed (a bug, to report: their quotes are missing), even under `--quiet`; returns how many
 * it printed.
 *
 * @example
 * reportRunWarnings(process.stderr, [workerStopped(1, null)!]); // quote-divergence: warning: 1 worker thread stopped …
 */
export function reportRunWarnings(stderr: OutputStream, diagnostics: readonly Diagnostic[]): number {
  let printed = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.rule === WORKER_STOPPED) stderr.write(`quote-divergence: warning: ${diagnostic.message}\n`);
    else if (diagnostic.rule === EXTRACTION_FAILED) stderr.write(`quote-divergence: error: article ${JSON.stringify(diagnostic.articleId)}: ${diagnostic.message}\n`);
    else continue;
    printed++;
  }
  return printed;
}
