/**
 * `npm run eval -- attribution`: quote extraction and speaker attribution on PolNeAR
 * (train for tuning, dev for reporting; both are printed).
 *
 * - Quote recall: share of gold quotes (eval/polnear.ts) matched by an extracted quote. A match is
 *   an extracted quote whose span, with punctuation and space trimmed from both ends of both spans,
 *   overlaps the gold span by at least 90% of their union (so `“Yes,”` vs `Yes` counts, a quote cut
 *   in half does not).
 * - Speaker accuracy, named sources: over matched gold quotes whose Source is a named person (the
 *   head of one of its appositive segments, read up to the first post-modifier such as "of", "who",
 *   "in", "released", is a capitalised name, not a pronoun, role noun, organisation, acronym, day
 *   or month, nor a title like "the Washington Examiner"), the speaker is right when the last word
 *   of its `name` equals the last name in the Source (apostrophes folded: O’Donnell = O'Donnell),
 *   or one of the last names of a joint Source ("Trump and Ryan").
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

/**
 * Words after which a Source's head noun phrase has ended: its post-modifiers ("Jeffrey Lewis of the
 * …", "an interview with …"); "of" inside a title ("Secretary of State John Kerry") does not end it.
 */
const POST_MODIFIER = / (?:of(?! (?:the )?(?:state|house|staff|defense|homeland|treasury)\b)|who|whose|which|that|from|at|in|on|for|with|to|by|near|during|after) /i;
/** Separators of appositives ("the bureau's director, James B. Comey,", "Jason Sims — a teacher —"). */
const APPOSITION = /,|\s[\u2014\u2013-]\s|[\u2014\u2013]/;
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

/**
 * The last names of the persons a Source span names ("Clinton spokesman Brian Fallon" → ["fallon"],
 * "Trump and Ryan" → ["trump", "ryan"]), or [] when it names no person. Each appositive segment is
 * read up to its first post-modifier; the first segment naming someone wins.
 */
export function personHeads(source: string): string[] {
  const plain = source.replace(/\([^)]*\)/g, ' ').replace(/\u2019/g, "'");
  for (const segment of plain.split(APPOSITION)) {
    const names: string[] = [];
    for (const conjunct of segment.split(POST_MODIFIER)[0]!.split(/ and | & /)) {
      const name = segmentHead(conjunct);
      if (name !== null) names.push(name);
    }
    if (names.length > 0) return names;
  }
  return [];
}

/** The (first) last name in a Source span, or null when it names no person. */
export function personHead(source: string): string | null {
  return personHeads(source)[0] ?? null;
}

function segmentHead(segment: string): string | null {
  const raw = segment.split(/[\s\u00A0]+/);
  const words = raw
    .map((w) => w.replace(/'s?$/, '').replace(/[^\p{L}\p{M}\-']/gu, ''))
    .filter((w) => w.length > 0);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  if (last[0] === last[0]!.toLowerCase() || last === last.toUpperCase()) return null;
  if (NOT_PERSON_HEADS.has(last.toLowerCase()) || CALENDAR.has(last.toLowerCase())) return null;
  if (words.length === 1 && SENTENCE_STARTERS.has(last.toLowerCase())) return null;
  if (isRoleWord(last)) return null;
  // "the Washington Examiner", "The Blaze": a determiner before capitalised words only names a title or group
  const first = words[0]!.toLowerCase();
  const titleOnly = words.slice(1).every((w) => w[0] !== w[0]!.toLowerCase() && !isRoleWord(w)) && !raw.some((w) => /'s?$/.test(w));
  if ((first === 'the' || first === 'a' || first === 'an') && titleOnly) return null;
  return last.toLowerCase();
}

export function classify(source: GoldQuote['source']): SourceClass {
  if (source === null) return 'none';
  const lower = source.text.trim().toLowerCase().replace(/['\u2019](?:ve|re|ll|d|m|s)$/, '');
  if (PRONOUNS.has(lower)) return 'pronoun';
  return personHeads(source.text).length > 0 ? 'named' : 'other';
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
  return words[words.length - 1]!.toLowerCase().replace(/\u2019/g, "'");
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
      let expected: string[] = [];
      let bucket: SplitScore['named'] | null = null;
      if (cls === 'named') {
        expected = personHeads(gold.source!.text);
        bucket = score.named;
      } else if (cls === 'pronoun') {
        const earlier = article.sources.filter((s) => s.end <= gold.source!.start && personHead(s.text) !== null);
        const referent = earlier[earlier.length - 1];
        if (referent === undefined) continue;
        expected = personHeads(referent.text);
        bucket = score.pronoun;
      }
      if (bucket === null || expected.length === 0) continue;
      bucket.total++;
      const got = found.speaker ? lastName(found.speaker.name) : null;
      if (got !== null && expected.includes(got)) bucket.right++;
      else if (cls === 'named') score.errors.push({ article: article.name, quote: found.text.slice(0, 60), gold: gold.source!.text, got: found.speaker?.name ?? null });
      const baseline = nearestCapitalisedName(article.text, gold.start, gold.end);
      if (baseline !== null && expected.includes(baseline.replace(/\u2019/g, "'"))) bucket.baseline++;
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
