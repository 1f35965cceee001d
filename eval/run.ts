/**
 * `npm run eval [-- attribution|alignment|similarity|links|echoes]`: measures quality on ../shared/eval-data
 * (development splits) and prints one line per figure, peers measured in the same run.
 */
import { printFigure, type Figure } from './figure.js';

const suites: Record<string, () => Promise<{ evaluate: () => Promise<Figure[]> }>> = {
  attribution: () => import('./attribution.js'),
  alignment: () => import('./alignment.js'),
  similarity: () => import('./similarity.js'),
  links: () => import('./links.js'),
  echoes: () => import('./echoes.js'),
};

const wanted = process.argv.slice(2).filter((arg) => arg in suites);
for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) {
  const suite = await suites[name]!();
  for (const figure of await suite.evaluate()) printFigure(figure);
}
