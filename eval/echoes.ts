/**
 * `npm run eval -- echoes`: how many of the echoes `alignCorpus` finds between PolNeAR articles report the
 * quoted statement, against labels (`eval/data/polnear-echoes.json`: every echo found when the set was drawn,
 * by `eval/sample-echo-pairs.ts`, labelled `same` / `different` / `unsure` by two annotators; METHODS.md,
 * "Echoes").
 *
 * Precision is measured on the echoes found now that carry a label (`unsure` left out); echoes found now that
 * were not found when the set was drawn carry none and are counted apart, as are labelled `same` echoes no
 * longer found. Recall cannot be measured: the set holds only echoes the library found.
 *
 * @module
 */

import { readFile } from 'node:fs/promises';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import type { Figure } from './figure.js';
import { polnearArticles } from './link-pairs.js';
import type { EchoPair } from './sample-echo-pairs.js';

const keyOf = (quote: EchoPair['quote'], match: EchoPair['match']) => `${quote.article}:${quote.start}:${quote.end}|${match.article}:${match.start}:${match.end}`;

export async function evaluate(): Promise<Figure[]> {
  const pairs = JSON.parse(await readFile(new URL('data/polnear-echoes.json', import.meta.url), 'utf8')) as EchoPair[];
  if (!pairs.some((pair) => pair.label !== null)) {
    console.error('echoes skipped: eval/data/polnear-echoes.json has no labels yet');
    return [];
  }
  const labelOf = new Map(pairs.map((pair) => [keyOf(pair.quote, pair.match), pair]));
  const out: Figure[] = [];
  for (const split of ['dev', 'train'] as const) {
    const report = alignCorpus(await polnearArticles(split), { workers: 1 });
    let same = 0;
    let different = 0;
    let unlabelled = 0;
    const found = new Set<string>();
    for (const echo of report.echoes) {
      const key = keyOf({ article: echo.quote.articleId, start: echo.quote.start, end: echo.quote.end }, { article: echo.match.articleId, start: echo.match.start, end: echo.match.end });
      found.add(key);
      const label = labelOf.get(key)?.label;
      if (label === 'same') same++;
      else if (label === 'different') different++;
      else if (label === undefined || label === null) unlabelled++;
    }
    const lost = pairs.filter((pair) => pair.split === split && pair.label === 'same' && !found.has(keyOf(pair.quote, pair.match))).length;
    out.push(
      { name: `echoes ${split} found`, value: report.echoes.length },
      { name: `echoes ${split} precision (labelled ones found: ${same} same, ${different} different)`, value: same + different === 0 ? 0 : (100 * same) / (same + different), unit: '%' },
      { name: `echoes ${split} found without a label (new since the set was drawn)`, value: unlabelled },
      { name: `echoes ${split} labelled same and no longer found`, value: lost },
    );
  }
  return out;
}
