/**
 * `npm run eval -- attribution`: quote extraction and speaker attribution on PolNeAR
 * (train for tuning, dev for reporting; both are printed).
 *
 * - Quote recall: share of gold quotes (eval/polnear.ts) matched by an extracted quote. A match is
 *   an extracted quote whose span, with punctuation and space trimmed from both ends of both spans,
 *   overlaps the gold span by at least 90% of their union (so `“Yes,”` vs `Yes` counts, a quote cut
 *   in half does not).
 * - Speaker accuracy, named sources: over matched gold quotes whose Source is a named person (its
 *   last word is a capitalised name, not a pronoun, role noun, organisation or acronym), the
 *   speaker is right when the last word of its `name` equals the last name in the Source.
 * - Speaker accuracy, pronoun sources: the same test against the referent, taken to be the nearest
 *   named gold Source before the pronoun in the article (the annotation has no coreference).
 * - Baseline: the nearest capitalised name (a run of capitalised words outside the quote, in the
 *   same paragraph, nearest by characters) — measured on the same quotes in the same run.
 */
import { extractQuotes } from '../src/extract/extract-quotes.js';
import type { Quote } from '../src/types.js';
import { CAPITALISED_RUN } from '../src/patterns.js';
import { isRoleWord } from '../src/extract/roles.js';
import type { Figure } from './figure.js';
import { readPolnear, type GoldArticle, type GoldQuote } from './polnear.js';

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'they', 'them', 'we', 'i', 'you', 'it', 'who', 'his', 'hers']);
/** Heads that make a capitalised Source an organisation or place, not a person. */
const NOT_PERSON_HEADS = new Set(
  ('house news campaign committee department party times post administration court senate congress journal network inc ' +
    'institute university foundation center office agency service group association council commission bureau ministry union ' +
    'street press poll magazine republicans democrats gop state states government police team staff officials center ' +
    'america clinton-campaign trump-campaign world today cnn nbc abc cbs msnbc fox reuters politico breitbart herald ' +
    'tribune daily review channel radio television club party pac fund organization organisation army force bank ' +
    'county city report study survey statement website book memo letter email emails ad ads democrat republican').split(' '),
);
const SENTENCE_STARTERS = new Set(['the', 'a', 'an', 'in', 'on', 'but', 'and', 'at', 'as', 'for', 'if', 'when', 'while', 'after', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'mr', 'mrs', 'ms']);

export type SourceClass = 'named' | 'pronoun' | 'other' | 'none';

/** The last name in a Source span ("Clinton spokesman Brian Fallon" → "fallon"), or null when it names no person. */
export function personHead(source: string): string | null {
  // "Dean Johnson, a 55-year-old salesman from Sumter," / "Joel Pollak of Breitbart": the name comes first
  for (const segment of source.replace(/\([^)]*\)/g, ' ').split(/,| of | who | from | at /)) {
    const head = segmentHead(segment);
    if (head !== null) return head;
  }
  return null;
}

function segmentHead(segment: string): string | null {
  const words = segment
    .split(/[\s\u00A0]+/)
    .map((w) => w.replace(/[’']s$/, '').replace(/[^\p{L}\p{M}\-']/gu, ''))
    .filter((w) => w.length > 0);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  if (last[0] === last[0]!.toLowerCase() || last === last.toUpperCase()) return null;
  if (NOT_PERSON_HEADS.has(last.toLowerCase())) return null;
  if (words.length === 1 && SENTENCE_STARTERS.has(last.toLowerCase())) return null;
  if (isRoleWord(last)) return null;
  return last.toLowerCase();
}

export function classify(source: GoldQuote['source']): SourceClass {
  if (source === null) return 'none';
  const lower = source.text.trim().toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
  return personHead(source.text) ? 'named' : 'other';
}

function trimmed(text: string, start: number, end: number): [number, number] {
  const inner = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
  while (start < end && !inner(text[start]!)) start++;
  while (end > start && !inner(text[end - 1]!)) end--;
  return [start, end];
}

/** The extracted quote matching a gold quote (≥ 90% overlap of the trimmed spans), if any. */
export function matchQuote(text: string, gold: GoldQuote, quotes: readonly Quote[]): Quote | null {
  const [gs, ge] = trimmed(text, gold.start, gold.end);
  let best: Quote | null = null;
  let bestScore = 0;
  for (const q of quotes) {
    if (q.end < gold.start || q.start > gold.end) continue;
    const [qs, qe] = trimmed(text, q.start, q.end);
    const overlap = Math.min(ge, qe) - Math.max(gs, qs);
    const union = Math.max(ge, qe) - Math.min(gs, qs);
    const score = union > 0 ? overlap / union : gs === qs && ge === qe ? 1 : 0;
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return bestScore >= 0.9 ? best : null;
}

/** Baseline: the last word of the capitalised run nearest to the quote, outside it, in its paragraph. */
export function nearestCapitalisedName(text: string, start: number, end: number): string | null {
  let paraStart = text.lastIndexOf('\n', start) + 1;
  let paraEnd = text.indexOf('\n', end);
  if (paraEnd < 0) paraEnd = text.length;
  paraStart = Math.max(paraStart, start - 500);
  paraEnd = Math.min(paraEnd, end + 500);
  const windowText = text.slice(paraStart, paraEnd);
  let best: string | null = null;
  let bestDistance = Infinity;
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(windowText); m !== null; m = CAPITALISED_RUN.exec(windowText)) {
    const s = paraStart + m.index;
    const e = s + m[0].length;
    if (e > start - 1 && s < end + 1) continue;
    const words = m[0].split(/[\s\u00A0]+/).filter((w) => !SENTENCE_STARTERS.has(w.toLowerCase()));
    const last = words[words.length - 1];
    if (last === undefined) continue;
    const distance = e <= start ? start - e : s - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = last.replace(/[’']s$/, '').replace(/\.$/, '').toLowerCase();
    }
  }
  return best;
}

function lastName(name: string): string {
  const words = name.split(' ');
  return words[words.length - 1]!.toLowerCase();
}

export interface SplitScore {
  gold: number;
  matched: number;
  extracted: number;
  named: { total: number; right: number; baseline: number };
  pronoun: { total: number; right: number; baseline: number };
  errors: { article: string; quote: string; gold: string; got: string | null }[];
}

export function scoreSplit(articles: readonly GoldArticle[]): SplitScore {
  const score: SplitScore = { gold: 0, matched: 0, extracted: 0, named: { total: 0, right: 0, baseline: 0 }, pronoun: { total: 0, right: 0, baseline: 0 }, errors: [] };
  for (const article of articles) {
    const quotes = extractQuotes(article.text);
    score.extracted += quotes.length;
    for (const gold of article.quotes) {
      score.gold++;
      const found = matchQuote(article.text, gold, quotes);
      if (found === null) continue;
      score.matched++;
      const cls = classify(gold.source);
      let expected: string | null = null;
      let bucket: SplitScore['named'] | null = null;
      if (cls === 'named') {
        expected = personHead(gold.source!.text);
        bucket = score.named;
      } else if (cls === 'pronoun') {
        const earlier = article.sources.filter((s) => s.end <= gold.source!.start && personHead(s.text) !== null);
        const referent = earlier[earlier.length - 1];
        if (referent === undefined) continue;
        expected = personHead(referent.text);
        bucket = score.pronoun;
      }
      if (bucket === null || expected === null) continue;
      bucket.total++;
      const got = found.speaker ? lastName(found.speaker.name) : null;
      if (got === expected) bucket.right++;
      else if (cls === 'named') score.errors.push({ article: article.name, quote: found.text.slice(0, 60), gold: gold.source!.text, got: found.speaker?.name ?? null });
      if (nearestCapitalisedName(article.text, gold.start, gold.end) === expected) bucket.baseline++;
    }
  }
  return score;
}

const percent = (a: number, b: number): number => (b === 0 ? 0 : (100 * a) / b);

/** Figures for train and dev. */
export async function evaluate(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const split of ['train', 'dev'] as const) {
    const s = scoreSplit(await readPolnear(split));
    figures.push(
      { name: `quote recall polnear ${split} (${s.matched}/${s.gold} gold quotes)`, value: percent(s.matched, s.gold), unit: '%' },
      { name: `speaker accuracy, named sources, polnear ${split} (n=${s.named.total})`, value: percent(s.named.right, s.named.total), unit: '%' },
      { name: `speaker accuracy, named sources, polnear ${split}, nearest-capitalised-name baseline`, value: percent(s.named.baseline, s.named.total), unit: '%' },
      { name: `speaker accuracy, pronoun sources, polnear ${split} (n=${s.pronoun.total})`, value: percent(s.pronoun.right, s.pronoun.total), unit: '%' },
      { name: `speaker accuracy, pronoun sources, polnear ${split}, nearest-capitalised-name baseline`, value: percent(s.pronoun.baseline, s.pronoun.total), unit: '%' },
    );
  }
  return figures;
}
