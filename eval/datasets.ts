/**
 * Loaders for the shared development data (`../shared/eval-data`, see its README):
 * gold word alignments (jacana json), the STS Benchmark and the MSR Paraphrase Corpus.
 * Each loader returns plain records; nothing here scores anything.
 *
 * The tab-separated files are split on tabs only, never with a quote-aware CSV parser:
 * sentences contain unbalanced `"` characters that such a parser would swallow across lines.
 *
 * @module
 */

import { readFile } from 'node:fs/promises';
import { EVAL_DATA } from './figure.js';

/** One sentence pair with gold word links, from a jacana json file. */
export interface AlignmentPair {
  id: string;
  /** The sentences as given: whitespace-separated tokens. */
  source: string;
  target: string;
  /** `[i, j]`: source token `i` is linked to target token `j` (0-based, sure links only). */
  sure: [number, number][];
}

/** One STS Benchmark pair with its human similarity score (0–5). */
export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

/** One MSRP pair with its human paraphrase judgement. */
export interface LabelledPair {
  a: string;
  b: string;
  paraphrase: boolean;
}

/** The alignment sets used: Edinburgh++ train and MSR-RTE2 dev, sure links only. */
export const ALIGNMENT_SETS = {
  'edinburgh-train': 'alignment/edinburgh/gold.train.sure.json',
  'msr-rte2-dev': 'alignment/msr-rte2/RTE2_dev_M.align.json',
} as const;

export type AlignmentSet = keyof typeof ALIGNMENT_SETS;

async function readData(relative: string): Promise<string> {
  return readFile(new URL(relative, EVAL_DATA), 'utf8');
}

/** Lines of a text file without the line break (`\r\n` or `\n`), a leading BOM, or a final empty line. */
function lines(text: string): string[] {
  const all = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  if (all.at(-1) === '') all.pop();
  return all.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** Whitespace tokens of a jacana sentence (single spaces in these files). */
export function whitespaceTokens(sentence: string): string[] {
  return sentence.split(' ').filter((token) => token !== '');
}

/** Parses a jacana `sureAlign` value: `"0-6 1-7"` → `[[0, 6], [1, 7]]`. */
export function parseLinks(value: string): [number, number][] {
  return whitespaceTokens(value).map((link) => {
    const dash = link.indexOf('-');
    return [Number(link.slice(0, dash)), Number(link.slice(dash + 1))];
  });
}

/** Loads one gold alignment set. */
export async function loadAlignmentPairs(set: AlignmentSet): Promise<AlignmentPair[]> {
  const records = JSON.parse(await readData(ALIGNMENT_SETS[set])) as {
    id: string;
    source: string;
    target: string;
    sureAlign: string;
  }[];
  return records.map((record) => ({
    id: String(record.id),
    source: record.source,
    target: record.target,
    sure: parseLinks(record.sureAlign),
  }));
}

/**
 * Loads an STS Benchmark split: columns genre, file, year, id, score, sentence 1, sentence 2,
 * and on a few lines extra source columns after sentence 2 (ignored).
 */
export async function loadSts(split: 'train' | 'dev'): Promise<ScoredPair[]> {
  const text = await readData(`similarity/stsbenchmark/sts-${split}.csv`);
  return lines(text).map((line) => {
    const columns = line.split('\t');
    return { score: Number(columns[4]), a: columns[5] ?? '', b: columns[6] ?? '' };
  });
}

/** Loads an MSRP split (`train` or `val`): a header, then label, id 1, id 2, sentence 1, sentence 2. */
export async function loadMsrp(split: 'train' | 'val'): Promise<LabelledPair[]> {
  const text = await readData(`similarity/msrp/msr-para-${split}.tsv`);
  return lines(text)
    .slice(1)
    .map((line) => {
      const columns = line.split('\t');
      return { paraphrase: columns[0] === '1', a: columns[3] ?? '', b: columns[4] ?? '' };
    });
}
