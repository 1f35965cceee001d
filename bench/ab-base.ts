/**
 * Loads the base copy of the source for the in-process A/B benches (`compare-ab.ts`,
 * `compare-ab-unseen.ts`): the module at `indexPath` (a copy's `src/index.ts`).
 *
 * @module
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Imports the base copy's `src/index.ts`, refusing a copy without the package's package.json next
 * to its src/ ("type": "module"): without it tsx compiles the copy as CommonJS, which runs
 * measurably slower and biases the ratio.
 */
export async function loadBase(indexPath: string | undefined): Promise<typeof import('../src/index.js')> {
  if (indexPath === undefined) throw new Error('usage: give the path of the base copy\'s src/index.ts');
  const manifest = join(dirname(dirname(indexPath)), 'package.json');
  if (!existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type !== 'module') {
    throw new Error(`copy package.json next to the base's src/ (${manifest})`);
  }
  return (await import(indexPath)) as typeof import('../src/index.js');
}
