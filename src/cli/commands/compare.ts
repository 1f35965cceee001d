/**
 * `quote-divergence compare <a> <b>`: two quotes given as text, or as `@file` (`@-` for standard input).
 *
 * @module
 */

import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { compareQuotes } from '../../compare/compare-quotes.js';
import { formatComparisonText } from '../../report/comparison-text.js';
import type { QuoteComparison } from '../../types.js';
import { dataError, EXIT, usageError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { chooseFormat } from '../parse-args.js';
import { decodeText } from '../decode-text.js';
import { readStream } from '../read-stream.js';
import { writeOutput } from '../write-output.js';

/** Drops one trailing line break (a file usually ends with one that is not part of the quote). */
function withoutFinalNewline(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

async function readArgument(argument: string, stdin: Readable): Promise<string> {
  if (!argument.startsWith('@')) return argument;
  const path = argument.slice(1);
  let bytes: Buffer;
  if (path === '-') {
    bytes = await readStream(stdin);
  } else {
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw usageError(`no such file: ${path}`);
      throw dataError(`${path}: cannot read (${code ?? (error as Error).message})`);
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw dataError(`${path === '-' ? '<stdin>' : path}: ${decoded.reason}`);
  return withoutFinalNewline(decoded.text);
}

/** Runs `compare`; returns the exit code. */
export async function compare(context: CommandContext): Promise<number> {
  const { invocation, terminal } = context;
  const [first, second] = invocation.positionals as [string, string];
  if (first === '@-' && second === '@-') throw usageError('standard input (@-) can be read only once');
  const format = chooseFormat(invocation.format, invocation.out, terminal.stdout.isTTY === true);
  const a = await readArgument(first, terminal.stdin);
  const b = await readArgument(second, terminal.stdin);
  const comparison: QuoteComparison = compareQuotes(a, b);
  const data = format === 'text' ? formatComparisonText(comparison, { color: context.colourData }) : `${JSON.stringify(comparison)}\n`;
  await writeOutput(data, invocation.out, terminal.stdout);
  return EXIT.ok;
}
