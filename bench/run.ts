/**
 * `npm run bench [-- extract|compare|corpus]`: speed and memory, fixed seeds,
 * ratios against baselines measured in the same run. One line per figure.
 */
import { printFigure, type Figure } from '../eval/figure.js';

const suites: Record<string, () => Promise<{ bench: () => Promise<Figure[]> }>> = {
  extract: () => import('./extract.js'),
  compare: () => import('./compare.js'),
  corpus: () => import('./corpus.js'),
};

const wanted = process.argv.slice(2).filter((arg) => arg in suites);
for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) {
  const suite = await suites[name]!();
  for (const figure of await suite.bench()) printFigure(figure);
}
