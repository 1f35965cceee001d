/**
 * The two ways the CLI fails, with their exit codes: a usage error (2) — a wrong option, a path that
 * does not exist — and a problem in the data (1) — a binary file, an empty folder, no articles.
 *
 * @module
 */

/** Exit codes of `quote-divergence`. */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

/** A failure that ends the command with one line on standard error and an exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
  ) {
    super(message);
  }
}

/** A usage error: exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(EXIT.usage, message);
}

/** A problem in the data: exit code 1. */
export function dataError(message: string): CliError {
  return new CliError(EXIT.data, message);
}
