/**
 * `quote-divergence demo` (`npm run demo`): analyse the five bundled seed articles (Peskov on NATO
 * and Ukraine), print the clusters — the seed families with their variants, divergences and edits —
 * and the echoes, and write `report.html` in the current directory.
 *
 * @module
 */

import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHtml } from '../../report/html.js';
import { formatText } from '../../report/text.js';
import { dataError, EXIT } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { writeOutput } from '../write-output.js';
import { analyzeArticles } from './analyze.js';

/** The file `demo` writes, in the current directory. */
export const DEMO_REPORT = 'report.html';

/** Finds `fixtures/articles` above this module (it is in the repository, not in the npm package). */
export function findSeedArticles(from = dirname(fileURLToPath(import.meta.url))): string | null {
  let folder = from;
  for (let level = 0; level < 6; level++) {
    const candidate = join(folder, 'fixtures', 'articles');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return null;
}

/** Runs `demo`; returns the exit code. */
export async function demo(context: CommandContext): Promise<number> {
  const seeds = findSeedArticles();
  if (seeds === null) throw dataError('the seed articles (fixtures/articles) are not here: run the demo from a clone of the repository');
  const { report, articles, hadProblems } = await analyzeArticles([seeds], context);
  const target = join(context.terminal.cwd, DEMO_REPORT);
  await writeOutput(formatHtml(report, { title: 'quote-divergence demo: Peskov on NATO and Ukraine', articles: articles.map(({ text: _text, ...metadata }) => metadata) }), target, context.terminal.stdout);
  const summary = formatText(report, { color: context.colourData });
  await writeOutput(`${summary}\nHTML report: ${relative(context.terminal.cwd, target) || DEMO_REPORT}\n`, null, context.terminal.stdout);
  return hadProblems ? EXIT.data : EXIT.ok;
}
