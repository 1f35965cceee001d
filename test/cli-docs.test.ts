/**
 * The CLI documentation runs as written: every ```sh block of DOCS is extracted and each command
 * that calls `quote-divergence` is run with `quote-divergence` on the PATH (a shim that starts the CLI like test/cli-runner.ts does),
 * in a scratch folder where `fixtures/` points at the repository's fixtures. Each must exit 0.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCommand, REPO } from './cli-runner.js';

/** The document whose examples must run (the README's command-line section). */
export const DOCS = 'README.md';

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
    const text = pending === '' ? line.trimEnd() : line.trim();
    if (text.endsWith('\\')) {
      pending += `${text.slice(0, -1).trimEnd()} `;
      continue;
    }
    const command = (pending + text).trim();
    pending = '';
    if (command !== '' && !command.startsWith('#')) commands.push(command);
  }
  return commands;
}

/** True for a command line that runs `quote-divergence` (and no `npm`). */
export function usesCli(command: string): boolean {
  const words = command.split(' ');
  return words.includes('quote-divergence') && !words.includes('npm') && !words.includes('npx');
}

const scratch = mkdtempSync(join(tmpdir(), 'qd-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe(`the ${DOCS} examples`, () => {
  // Only the CLI's own examples run here; the README's `npm install` / `npm test` lines are not ours to run.
  const commands = shellCommands(readFileSync(join(REPO, DOCS), 'utf8')).filter(usesCli);
  const bin = join(scratch, 'bin');
  const work = join(scratch, 'work');
  spawnSync('mkdir', ['-p', bin, work]);
  symlinkSync(join(REPO, 'fixtures'), join(work, 'fixtures'));
  const [program, lead] = cliCommand();
  const shim = join(bin, 'quote-divergence');
  writeFileSync(shim, `#!/bin/sh\nexec ${[program, ...lead].map((part) => `'${part}'`).join(' ')} "$@"\n`);
  chmodSync(shim, 0o755);

  it('extracts the sh commands that call the CLI, joining continued lines', () => {
    const markdown = 'x\n```sh\nnpm install q\nquote-divergence a \\\n  --b c\n# comment\n\nNO_COLOR=1 quote-divergence d | head\n```\n```ts\nquote-divergence no\n```\n';
    expect(shellCommands(markdown).filter(usesCli)).toEqual(['quote-divergence a --b c', 'NO_COLOR=1 quote-divergence d | head']);
  });

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
