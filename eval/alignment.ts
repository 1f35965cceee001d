/**
 * `npm run eval -- alignment`: word alignment against human gold links, on Edinburgh++ (train)
 * and MSR-RTE2 (dev), quote-divergence next to a jsdiff peer in the same run.
 *
 * Scoring follows jacana (Yao et al. 2013): precision and recall per sentence pair over sure
 * links, macro-averaged over pairs, F1 from the two averages (`macroPrecisionRecall`: a pair
 * with no predicted links is left out of the precision average, one with no gold links out of
 * the recall average). The same figures are reported on non-identical links only, those joining
 * tokens that differ lower-cased, where a plain diff scores 0.
 *
 * Our aligner gets the two sentences as they are; each aligned span pair is mapped to the
 * whitespace tokens it overlaps and every such token pair becomes a link (`linksFromAlignment`).
 *
 * @module
 */

import { countLinks, isNonIdentical, linksFromAlignment, type Link } from './alignment-links.js';
import { ALIGNMENT_SETS, loadAlignmentPairs, whitespaceTokens, type AlignmentSet } from './datasets.js';
import type { Figure } from './figure.js';
import { equalRunLinks } from './peers/jsdiff-equal-runs.js';
import { macroPrecisionRecall, type OverlapCounts, type PrecisionRecall } from './stats.js';
import { loadCompareQuotes } from './system-under-test.js';

/** An aligner as scored here: two whitespace-tokenised sentences in, token links out. */
interface Aligner {
  name: string;
  links: (source: string, target: string) => Link[];
}

/** quote-divergence as shipped, the same without WordNet (an ablation), then the jsdiff peer. */
function aligners(): Aligner[] {
  const list: Aligner[] = [];
  const variants = [
    { name: 'quote-divergence', compare: loadCompareQuotes() },
    { name: 'quote-divergence-no-wordnet', compare: loadCompareQuotes({ wordnet: false }) },
  ];
  for (const { name, compare } of variants) {
    if (!compare) continue;
    list.push({ name, links: (source, target) => linksFromAlignment(compare(source, target).alignment, source, target) });
  }
  list.push({
    name: 'jsdiff',
    links: (source, target) => equalRunLinks(whitespaceTokens(source), whitespaceTokens(target)),
  });
  return list;
}

/** `alignment F1 edinburgh-train jsdiff`, then P and R; `links` is `''` or `'non-identical '`. */
function figures(links: string, set: string, system: string, scores: PrecisionRecall): Figure[] {
  return [
    { name: `alignment ${links}F1 ${set} ${system}`, value: 100 * scores.f1, unit: '%' },
    { name: `alignment ${links}P ${set} ${system}`, value: 100 * scores.precision, unit: '%' },
    { name: `alignment ${links}R ${set} ${system}`, value: 100 * scores.recall, unit: '%' },
  ];
}

export async function evaluate(): Promise<Figure[]> {
  const out: Figure[] = [];
  const systems = aligners();
  for (const set of Object.keys(ALIGNMENT_SETS) as AlignmentSet[]) {
    const pairs = await loadAlignmentPairs(set);
    for (const system of systems) {
      const all: OverlapCounts[] = [];
      const nonIdentical: OverlapCounts[] = [];
      for (const pair of pairs) {
        const predicted = system.links(pair.source, pair.target);
        const differ = isNonIdentical(whitespaceTokens(pair.source), whitespaceTokens(pair.target));
        all.push(countLinks(predicted, pair.sure));
        nonIdentical.push(countLinks(predicted, pair.sure, differ));
      }
      out.push(...figures('', set, system.name, macroPrecisionRecall(all)));
      out.push(...figures('non-identical ', set, system.name, macroPrecisionRecall(nonIdentical)));
    }
  }
  return out;
}
