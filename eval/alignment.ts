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
 * Link precision per alignment kind follows, to show which kinds of entry cost precision.
 *
 * @module
 */

import { countLinks, isNonIdentical, linksFromAlignment, type Link } from './alignment-links.js';
import { ALIGNMENT_SETS, loadAlignmentPairs, whitespaceTokens, type AlignmentPair, type AlignmentSet } from './datasets.js';
import type { Figure } from './figure.js';
import { equalRunLinks } from './peers/jsdiff-equal-runs.js';
import { macroPrecisionRecall, type OverlapCounts, type PrecisionRecall } from './stats.js';
import { loadCompareQuotes, loadCompareWithEmbeddings, remembered, type Compare } from './system-under-test.js';
import type { AlignmentEntry } from '../src/types.js';

/** An aligner as scored here: two whitespace-tokenised sentences in, token links out. */
interface Aligner {
  name: string;
  links: (source: string, target: string) => Link[];
}

/** Phrase-substitution entries link every token of one side to every token of the other. */
function wordEntries(entries: readonly AlignmentEntry[]): AlignmentEntry[] {
  return entries.filter((entry) => entry.kind !== 'phrase-substitution');
}

/**
 * quote-divergence as shipped; the same scored without its phrase-substitution entries (how much
 * their all-pairs links cost in precision); the same without WordNet (an ablation); with
 * `QD_EMBEDDINGS` set, the same with the embedding hook (word-vectors.ts); then jsdiff.
 */
function aligners(shipped: Compare | null, embedded: Compare | null): Aligner[] {
  const list: Aligner[] = [];
  const noWordNet = loadCompareQuotes({ wordnet: false });
  if (shipped) {
    list.push(
      { name: 'quote-divergence', links: (s, t) => linksFromAlignment(shipped(s, t).alignment, s, t) },
      { name: 'quote-divergence-word-entries', links: (s, t) => linksFromAlignment(wordEntries(shipped(s, t).alignment), s, t) },
    );
  }
  if (noWordNet) {
    list.push({ name: 'quote-divergence-no-wordnet', links: (s, t) => linksFromAlignment(noWordNet(s, t).alignment, s, t) });
  }
  if (embedded) {
    list.push({ name: 'quote-divergence-embeddings', links: (s, t) => linksFromAlignment(embedded(s, t).alignment, s, t) });
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

/**
 * Link precision of quote-divergence per alignment kind (micro-averaged over links, with the
 * number of links): which kinds of entry the gold annotators agree with, for tuning on train.
 */
function precisionByKind(set: string, pairs: readonly AlignmentPair[], compare: Compare, system = 'quote-divergence'): Figure[] {
  const byKind = new Map<string, { links: number; correct: number }>();
  for (const pair of pairs) {
    const gold = new Set(pair.sure.map(([i, j]) => `${i}-${j}`));
    for (const entry of compare(pair.source, pair.target).alignment) {
      const kind = entry.moved ? `${entry.kind} (moved)` : entry.kind;
      const tally = byKind.get(kind) ?? { links: 0, correct: 0 };
      for (const [i, j] of linksFromAlignment([entry], pair.source, pair.target)) {
        tally.links++;
        if (gold.has(`${i}-${j}`)) tally.correct++;
      }
      byKind.set(kind, tally);
    }
  }
  return [...byKind]
    .filter(([, tally]) => tally.links > 0)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([kind, tally]) => ({
      name: `alignment link precision ${set} ${system}, ${kind} (${tally.links} links)`,
      value: (100 * tally.correct) / tally.links,
      unit: '%',
    }));
}

export async function evaluate(): Promise<Figure[]> {
  const out: Figure[] = [];
  const shipped = remembered(loadCompareQuotes());
  const embedded = remembered(loadCompareWithEmbeddings());
  const systems = aligners(shipped, embedded);
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
    if (shipped) out.push(...precisionByKind(set, pairs, shipped));
    if (embedded) out.push(...precisionByKind(set, pairs, embedded, 'quote-divergence-embeddings'));
  }
  return out;
}
