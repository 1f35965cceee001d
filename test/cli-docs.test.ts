/**
 * The CLI documentation runs as written: every ```sh block of DOCS is extracted and each command is
 * run with `quote-divergence` on the PATH (a shim that starts the CLI like test/cli-runner.ts does),
 * in a scratch folder where `fixtures/` points at the repository's fixtures. Each must exit 0.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCommand, REPO } from './cli-runner.js';

/** The document whose examples must run (docs/cli.md until it is merged into the README). */
export const DOCS = 'docs/cli.md';

/** Commands of the ```sh blocks: one per line, `\` continuations joined, comments dropped. */
export function shellCommands(markdown: string): string[] {
  const commands: string[] = [];
  let inBlock = false;
  let pending = '';
  for (const line of markdown.split('\n')) {
    if (!inBlock) {
      inBlock = line.trim() === '```sh';
      continue;
    }
    if (line.trim() === '```') {
      inBlock = false;
      continue;
    }
    const text = line.trimEnd();
    if (text.endsWith('\\')) {
      pending += `${text.slice(0, -1)} `;
      continue;
    }
    const command = (pending + text).trim();
    pending = '';
    if (command !== '' && !command.startsWith('#')) commands.push(command);
  }
  return commands;
}

const scratch = mkdtempSync(join(tmpdir(), 'qd-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe(`the ${DOCS} examples`, () => {
  const commands = shellCommands(readFileSync(join(REPO, DOCS), 'utf8'));
  const bin = join(scratch, 'bin');
  const work = join(scratch, 'work');
  spawnSync('mkdir', ['-p', bin, work]);
  symlinkSync(join(REPO, 'fixtures'), join(work, 'fixtures'));
  const [program, lead] = cliCommand();
  const shim = join(bin, 'quote-divergence');
  writeFileSync(shim, `#!/bin/sh\nexec ${[program, ...lead].map((part) => `'${part}'`).join(' ')} "$@"\n`);
  chmodSync(shim, 0o755);

  it('has examples to run', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
  });

  it.each(commands)('%s', (command) => {
    const env: Record<string, string | undefined> = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    const result = spawnSync('sh', ['-c', command], { cwd: work, env, encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
