/**
 * What every command receives: its parsed invocation, the terminal, and the progress display.
 *
 * @module
 */

import type { Invocation } from './parse-args.js';
import { createProgress, type Progress } from './progress.js';
import { colourFor, type Terminal } from './terminal.js';

/** A parsed command (not help or version). */
export type CommandInvocation = Extract<Invocation, { kind: 'command' }>;

/** A command's surroundings. */
export interface CommandContext {
  invocation: CommandInvocation;
  terminal: Terminal;
  progress: Progress;
  /** Colour the data: only when it goes to a colour terminal, never into a file. */
  colourData: boolean;
}

/** Builds the context: progress only on a terminal's standard error and without `--quiet`. */
export function commandContext(invocation: CommandInvocation, terminal: Terminal): CommandContext {
  const progress = createProgress(terminal.stderr, {
    enabled: !invocation.quiet && terminal.stderr.isTTY === true,
    colour: colourFor(terminal.stderr, terminal.env),
  });
  return { invocation, terminal, progress, colourData: invocation.out === null && colourFor(terminal.stdout, terminal.env) };
}
