/**
 * The CLI as a function: arguments and a {@link Terminal} in, an exit code out. `main.ts` calls it
 * with the real process; tests may call it with fake streams.
 *
 * @module
 */

import { version } from '../../package.json';
import { isQuoteDivergenceError } from '../errors.js';
import { CliError, EXIT } from './cli-error.js';
import { commandContext } from './command-context.js';
import { analyze } from './commands/analyze.js';
import { compare } from './commands/compare.js';
import { demo } from './commands/demo.js';
import { extract } from './commands/extract.js';
import { parseCommandLine } from './parse-args.js';
import type { Terminal } from './terminal.js';
import { USAGE } from './usage.js';

const COMMANDS = { analyze, extract, compare, demo } as const;

function isBrokenPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === 'EPIPE';
}

/** Runs the CLI; returns the exit code (0 success, 1 a problem in the data, 2 a usage error). */
export async function run(argv: readonly string[], terminal: Terminal): Promise<number> {
  try {
    const invocation = parseCommandLine(argv);
    if (invocation.kind === 'help') {
      terminal.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (invocation.kind === 'version') {
      terminal.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    return await COMMANDS[invocation.command](commandContext(invocation, terminal));
  } catch (error) {
    if (error instanceof CliError) {
      terminal.stderr.write(`quote-divergence: ${error.message}${error.exitCode === EXIT.usage ? ' (see quote-divergence --help)' : ''}\n`);
      return error.exitCode;
    }
    // The reader of our output went away (`… | head`): nothing more to say.
    if (isBrokenPipe(error)) return EXIT.ok;
    // The library refused an option or input: the command line asked for something it does not accept.
    if (isQuoteDivergenceError(error)) {
      terminal.stderr.write(`quote-divergence: ${error.message} [${error.code}]\n`);
      return EXIT.usage;
    }
    // A text, Markdown, HTML or CSV report is built as one string, which V8 caps at about 512 MB.
    if (error instanceof RangeError && error.message === 'Invalid string length') {
      terminal.stderr.write('quote-divergence: the report is too large for this format as one piece of text; use --format json or jsonl, which are written in pieces\n');
      return EXIT.data;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    terminal.stderr.write(`quote-divergence: internal error, please report it: ${message}\n`);
    return EXIT.data;
  }
}
