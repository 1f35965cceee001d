/**
 * Command-line arguments → one {@link Invocation}, with every option checked, so the commands get
 * typed values and a wrong option is a usage error (exit code 2) before any work starts.
 *
 * @module
 */

import { parseArgs } from 'node:util';
import { usageError } from './cli-error.js';

/** The subcommands. */
export type CommandName = 'analyze' | 'extract' | 'compare' | 'demo';

/** Output formats; not every command supports every format (see {@link FORMATS_BY_COMMAND}). */
export type Format = 'text' | 'json' | 'jsonl' | 'csv' | 'md' | 'html';

const COMMANDS: readonly CommandName[] = ['analyze', 'extract', 'compare', 'demo'];

/** Which formats each command writes. */
export const FORMATS_BY_COMMAND: Readonly<Record<CommandName, readonly Format[]>> = {
  analyze: ['text', 'json', 'jsonl', 'csv', 'md', 'html'],
  demo: ['text'],
  extract: ['text', 'json', 'jsonl', 'csv'],
  compare: ['text', 'json', 'jsonl'],
};

/** The format implied by an output file's extension. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.txt': 'text', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.md': 'md', '.html': 'html', '.htm': 'html',
};

/** A parsed command line. */
export type Invocation =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'command';
      command: CommandName;
      positionals: string[];
      /** `null`: not given; the format is then chosen from `--out`'s extension or the terminal. */
      format: Format | null;
      out: string | null;
      minSimilarity: number | undefined;
      workers: number | undefined;
      table: 'pairs' | 'edits' | undefined;
      /** `--defuse-formulas`: prefix CSV text cells that a spreadsheet would evaluate with `'`. */
      defuseFormulas: boolean;
      quiet: boolean;
    };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'min-similarity': { type: 'string' },
  workers: { type: 'string', short: 'w' },
  table: { type: 'string' },
  'defuse-formulas': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

function numberOption(name: string, raw: string, min: number, max: number, integer: boolean): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw usageError(`--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function formatFromExtension(path: string): Format | null {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? null : (FORMAT_BY_EXTENSION[path.slice(dot).toLowerCase()] ?? null);
}

/** The output format: `--format`, else `--out`'s extension, else text on a terminal and JSON otherwise. */
export function chooseFormat(format: Format | null, out: string | null, stdoutIsTerminal: boolean): Format {
  if (format !== null) return format;
  const fromFile = out === null ? null : formatFromExtension(out);
  if (fromFile !== null) return fromFile;
  return out === null && stdoutIsTerminal ? 'text' : 'json';
}

const POSITIONALS: Readonly<Record<CommandName, { min: number; max: number; usage: string }>> = {
  analyze: { min: 1, max: Number.POSITIVE_INFINITY, usage: 'analyze <path…>' },
  extract: { min: 1, max: Number.POSITIVE_INFINITY, usage: 'extract <path…>' },
  compare: { min: 2, max: 2, usage: 'compare <a> <b>' },
  demo: { min: 0, max: 0, usage: 'demo' },
};

/** Parses `argv` (without `node` and the script). Throws a usage {@link CliError} for anything wrong. */
export function parseCommandLine(argv: readonly string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message for an unknown option goes on to explain `--`; the first sentence is the news.
    const message = (error as Error).message.split('\n')[0] ?? 'invalid arguments';
    throw usageError(message.split('. To specify')[0] ?? message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  const [name, ...rest] = positionals;
  if (name === undefined) throw usageError('no command given (expected analyze, extract, compare or demo)');
  if (!COMMANDS.includes(name as CommandName)) {
    throw usageError(`unknown command ${JSON.stringify(name)} (expected analyze, extract, compare or demo)`);
  }
  const command = name as CommandName;
  const arity = POSITIONALS[command];
  if (rest.length < arity.min || rest.length > arity.max) throw usageError(`usage: quote-divergence ${arity.usage}`);

  const format = values.format ?? null;
  if (format !== null && !FORMATS_BY_COMMAND[command].includes(format as Format)) {
    throw usageError(`--format ${format} is not available for ${command} (use ${FORMATS_BY_COMMAND[command].join(', ')})`);
  }
  const table = values.table;
  if (table !== undefined && table !== 'pairs' && table !== 'edits') throw usageError(`--table must be pairs or edits, got ${JSON.stringify(table)}`);
  const corpusOnly = command === 'analyze' || command === 'demo';
  for (const option of ['min-similarity', 'workers'] as const) {
    if (values[option] !== undefined && !corpusOnly) throw usageError(`--${option} applies to analyze and demo only`);
  }
  if (table !== undefined && command !== 'analyze') throw usageError('--table applies to analyze with CSV output only');
  if (values['defuse-formulas'] === true && command !== 'analyze' && command !== 'extract') {
    throw usageError('--defuse-formulas applies to CSV output of analyze and extract only');
  }
  if (values.out !== undefined && command === 'demo') throw usageError('demo always writes report.html in the current directory; --out is not available');
  return {
    kind: 'command',
    command,
    positionals: rest,
    format: format as Format | null,
    out: values.out ?? null,
    minSimilarity: values['min-similarity'] === undefined ? undefined : numberOption('min-similarity', values['min-similarity'], 0, 1, false),
    workers: values.workers === undefined ? undefined : numberOption('workers', values.workers, 1, 64, true),
    table,
    defuseFormulas: values['defuse-formulas'] === true,
    quiet: values.quiet === true,
  };
}
