// The README's TypeScript examples are run as written, so the documentation cannot rot.
// `import … from 'quote-divergence'` is pointed at the sources, and every line of the form
// `console.log(EXPR); //=> VALUE` becomes an assertion that EXPR deep-equals VALUE.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');

function toRunnable(block: string): string {
  const entry = JSON.stringify(join(root, 'src/index.ts'));
  const body = block
    .replaceAll(`'quote-divergence'`, entry)
    .split('\n')
    .map((line) => {
      const m = /^(\s*)console\.log\((.*)\);\s*\/\/=>\s*(.+)$/.exec(line);
      return m ? `${m[1]}assert.deepStrictEqual(${m[2]}, ${m[3]});` : line;
    })
    .join('\n');
  return `import assert from 'node:assert/strict';\n${body}\n`;
}

describe('README examples', () => {
  it('has TypeScript examples', () => {
    expect(blocks.length).toBeGreaterThan(2);
  });

  const dir = mkdtempSync(join(tmpdir(), 'qd-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  blocks.forEach((block, index) => {
    it(`block ${index + 1} runs and its //=> results hold`, () => {
      const file = join(dir, `block-${index + 1}.ts`);
      writeFileSync(file, toRunnable(block));
      const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [file], { cwd: root, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  });
});
