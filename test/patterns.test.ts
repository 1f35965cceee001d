import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// recheck's pure-JS backend: no Java or native agent is spawned, the same result on every machine
process.env.RECHECK_BACKEND = 'pure';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Code with comments and string literals blanked, so only real regex syntax is left to find. */
function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const two = source.slice(i, i + 2);
    if (two === '//') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (two === '/*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (source[i] === "'" || source[i] === '"' || source[i] === '`') {
      const quote = source[i]!;
      i++;
      while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
      i++;
      out += '""';
    } else {
      out += source[i];
      i++;
    }
  }
  return out;
}

/** A `/…/flags` literal where an expression can start (after `(`, `,`, `=`, `:`, `[`, `!`, `&`, `|`, `?`, `{`, `;`, return). */
const REGEX_LITERAL = /(?:^|[(,=:[!&|?{};]|\breturn)\s*\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuvy]*/m;

describe('src/patterns.ts', () => {
  it('holds every regular expression of src/', () => {
    const offenders = sourceFiles(srcDir)
      .filter((path) => !path.endsWith('patterns.ts'))
      .filter((path) => {
        const code = codeOnly(readFileSync(path, 'utf8'));
        return code.includes('new RegExp(') || code.includes('RegExp(') || REGEX_LITERAL.test(code);
      })
      .map((path) => path.slice(srcDir.length));
    expect(offenders).toEqual([]);
  });

  it('has only patterns safe from super-linear backtracking (recheck)', async () => {
    const { check } = await import('recheck');
    const patterns = Object.entries(await import('../src/patterns.js')).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp);
    expect(patterns.length).toBeGreaterThan(0);
    const verdicts: [string, string][] = [];
    for (const [name, pattern] of patterns) {
      const result = await check(pattern.source, pattern.flags, { timeout: 60_000 });
      verdicts.push([name, result.status]);
    }
    expect(verdicts).toEqual(patterns.map(([name]) => [name, 'safe']));
  }, 600_000);
});
