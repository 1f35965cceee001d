/**
 * What the CLI talks to — standard streams and the environment — passed in rather than read from
 * `process`, so tests can run a command in-process; and the colour decision for a stream.
 *
 * @module
 */

import type { Readable, Writable } from 'node:stream';

/** A writable stream that may be a terminal. */
export type OutputStream = Writable & { isTTY?: boolean; columns?: number };

/** The CLI's surroundings. */
export interface Terminal {
  stdin: Readable;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  /** The working directory (where `demo` writes `report.html`). */
  cwd: string;
}

/**
 * Whether to colour what goes to `stream`: `FORCE_COLOR` (other than `0`/`false`) forces it on,
 * a non-empty `NO_COLOR` turns it off (https://no-color.org), otherwise only on a terminal that is not `dumb`.
 * Node's `util.styleText` makes the same checks only in newer releases, and not for every format, so we decide here.
 */
export function colourFor(stream: OutputStream, env: Terminal['env']): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
