/**
 * Runs the CLI in a child process the way a user does: `tsx src/cli/main.ts …` (or the built
 * `dist/cli.js` when QD_CLI=dist), with a clean colour environment unless the test sets one.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The command that starts the CLI (program and leading arguments). */
export function cliCommand(): [string, string[]] {
  return process.env.QD_CLI === 'dist' ? [process.execPath, [DIST]] : [TSX, [MAIN]];
}

export function runCli(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'CI']) delete env[name];
  Object.assign(env, options.env);
  const [program, lead] = cliCommand();
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...lead, ...args], { cwd: options.cwd ?? REPO, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}
