/**
 * Seeded synthetic corpora with known truth, for the corpus benchmark.
 *
 * Vocabulary and sentences are real news text (PolNeAR train articles, quote marks stripped from the
 * filler so the only quotations are the ones planted). Each *family* is one utterance — a real sentence —
 * rendered in one to six articles: verbatim copies, word edits (a word dropped or replaced by another
 * word of the vocabulary), synonym swaps, trims of a few words at either end, and fragments of three to
 * six words. Every planted quote's offset is recorded with its family: that is the truth.
 *
 * A second generator replicates the real PolNeAR articles to any size (copy `i` of article `k`),
 * perturbing the words inside their own quotations, as a corpus of real news text at scale.
 *
 * @module
 */

import { readdirSync, readFileSync } from 'node:fs';
import { EVAL_DATA } from '../eval/figure.js';
import { seededRandom } from './quote-pairs.js';
import type { Article } from '../src/types.js';
// two apostrophes, the one quote mark of the New York Times articles
import { DOUBLED_APOSTROPHE } from '../src/extract/quote-marks.js';

/** A corpus and, for each planted quote (`articleId:start`), its family number. */
export interface SyntheticCorpus {
  articles: Article[];
  truth: Map<string, number>;
  /** Total characters of article text. */
  characters: number;
}

const SYNONYMS: readonly [string, string][] = [
  ['said', 'stated'], ['big', 'large'], ['start', 'begin'], ['help', 'assist'], ['show', 'demonstrate'],
  ['try', 'attempt'], ['people', 'citizens'], ['country', 'nation'], ['job', 'work'], ['need', 'require'],
  ['think', 'believe'], ['important', 'significant'], ['buy', 'purchase'], ['get', 'obtain'], ['fight', 'battle'],
  ['very', 'really'], ['problem', 'issue'], ['money', 'funds'], ['change', 'alter'], ['end', 'finish'],
];
const SYNONYM = new Map<string, string>(SYNONYMS.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]));
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u2018', '\u201E']);
const SPEAKERS = ['Maria Lopez', 'John Carter', 'Aisha Khan', 'Peter Novak', 'Chen Wei', 'Olga Ivanova', 'Samuel Okafor', 'Laura Becker'];

let cachedTexts: string[] | null = null;

/** The PolNeAR train article texts (the development split stays for reporting elsewhere). */
export function polnearTexts(): string[] {
  if (cachedTexts) return cachedTexts;
  const folder = new URL('attribution/polnear/train/text/', EVAL_DATA);
  cachedTexts = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, folder), 'utf8'));
  return cachedTexts;
}

let cachedSentences: string[] | null = null;

/** True when `sentence` holds a double or opening quote mark, or two apostrophes (the New York Times' `''`). */
function hasQuoteMark(sentence: string): boolean {
  return sentence.includes(DOUBLED_APOSTROPHE) || [...sentence].some((c) => QUOTE_MARKS.has(c));
}

/** Sentences of 8 to 40 words without quote marks, from the PolNeAR train texts. */
export function newsSentences(): string[] {
  if (cachedSentences) return cachedSentences;
  const sentences: string[] = [];
  for (const text of polnearTexts()) {
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const ch = text[i];
      const end = i === text.length || ch === '\n' || ((ch === '.' || ch === '?' || ch === '!') && (text[i + 1] === ' ' || text[i + 1] === '\n'));
      if (!end) continue;
      const sentence = text.slice(start, ch === '\n' || i === text.length ? i : i + 1).trim();
      start = i + 1;
      const words = sentence.split(' ').filter(Boolean).length;
      if (words >= 8 && words <= 40 && !hasQuoteMark(sentence)) sentences.push(sentence);
    }
  }
  cachedSentences = sentences;
  return sentences;
}

/** One rendering of `base`, as an outlet might print it. */
export function render(base: string, random: () => number, vocabulary: readonly string[]): string {
  let words = base.replace(/[.?!]$/, '').split(' ').filter(Boolean);
  const roll = random();
  const pick = () => Math.floor(random() * words.length);
  if (roll < 0.3) return words.join(' ');
  if (roll < 0.65) {
    const edits = 1 + Math.floor(random() * 3);
    for (let e = 0; e < edits; e++) {
      const i = pick();
      const word = words[i]!;
      const kind = random();
      if (kind < 0.4 && SYNONYM.has(word.toLowerCase())) words[i] = SYNONYM.get(word.toLowerCase())!;
      else if (kind < 0.7 && words.length > 6) words.splice(i, 1);
      else words[i] = vocabulary[Math.floor(random() * vocabulary.length)]!;
    }
    return words.join(' ');
  }
  if (roll < 0.85) {
    const front = Math.floor(random() * 4);
    const back = Math.floor(random() * 4);
    words = words.slice(front, Math.max(front + 5, words.length - back));
    return words.join(' ');
  }
  const length = 3 + Math.floor(random() * 4);
  const from = Math.floor(random() * Math.max(1, words.length - length));
  return words.slice(from, from + length).join(' ');
}

/** The lower-case words of three letters or more of {@link newsSentences}, repeats kept (so drawn by frequency): what `render` swaps words for. */
export function newsVocabulary(): string[] {
  return newsSentences()
    .flatMap((s) => s.split(' '))
    .filter((w) => /^[a-z]{3,}$/.test(w));
}

/** A synthetic corpus of `count` articles with planted quote families. */
export function syntheticCorpus(count: number, seed: number, fillerSentences = 20): SyntheticCorpus {
  const random = seededRandom(seed);
  const sentences = newsSentences();
  const vocabulary = newsVocabulary();
  const planted: { family: number; text: string; speaker: string }[][] = Array.from({ length: count }, () => []);
  const quotesWanted = count * 3;
  let placed = 0;
  let family = 0;
  while (placed < quotesWanted) {
    const base = sentences[Math.floor(random() * sentences.length)]!;
    const renderings = random() < 0.25 ? 1 : 2 + Math.floor(random() * 5);
    const speaker = SPEAKERS[family % SPEAKERS.length]!;
    for (let r = 0; r < renderings; r++) {
      planted[Math.floor(random() * count)]!.push({ family, text: render(base, random, vocabulary), speaker });
      placed++;
    }
    family++;
  }
  const truth = new Map<string, number>();
  let characters = 0;
  const articles = planted.map((quotes, a) => {
    const id = `syn-${String(a).padStart(7, '0')}`;
    let text = '';
    const paragraphs = fillerSentences + quotes.length;
    let q = 0;
    for (let p = 0; p < paragraphs; p++) {
      const quoteHere = q < quotes.length && random() < quotes.length / paragraphs + 0.1;
      if (quoteHere) {
        const { family: f, text: words, speaker } = quotes[q++]!;
        if (text.length > 0 && !text.endsWith('\n\n')) text += '\n\n';
        text += '\u201C';
        truth.set(`${id}:${text.length}`, f);
        text += `${words},\u201D ${speaker} said.\n\n`;
      } else {
        text += `${sentences[Math.floor(random() * sentences.length)]!} `;
        if (random() < 0.3) text += '\n\n';
      }
    }
    while (q < quotes.length) {
      const { family: f, text: words, speaker } = quotes[q++]!;
      text += '\n\n\u201C';
      truth.set(`${id}:${text.length}`, f);
      text += `${words},\u201D ${speaker} said.`;
    }
    characters += text.length;
    return { id, text, source: `outlet-${a % 17}` };
  });
  return { articles, truth, characters };
}

/** `count` articles of real news: the PolNeAR train articles replicated, with words inside their quotes perturbed. */
export function replicatedNews(count: number, seed: number): SyntheticCorpus {
  const random = seededRandom(seed);
  const texts = polnearTexts();
  const vocabulary = newsVocabulary();
  let characters = 0;
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const original = texts[i % texts.length]!;
    const text = i < texts.length ? original : asRead(perturbQuotes(original, random, vocabulary));
    characters += text.length;
    articles.push({ id: `news-${String(i).padStart(7, '0')}`, text, source: `outlet-${i % 23}` });
  }
  return { articles, truth: new Map(), characters };
}

/**
 * `text` as a corpus read from files holds it: one flat string. Built by concatenation, it is a rope of
 * slices of the original article, a fraction of its flat size, and the library flattens it on first
 * use (a search, or the copy posted to a worker): memory that the scale benchmark, which measures the
 * peak beyond the input, would count as the library's: at 100,000 articles, 2 workers, 3.71 KB per quote
 * measured on ropes against 3.13 on flat texts, same build.
 */
function asRead(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * Replaces, in half of the quotations (“…”, and ''…'' in the New York Times articles), one word by a word
 * of the vocabulary.
 */
function perturbQuotes(text: string, random: () => number, vocabulary: readonly string[]): string {
  let out = '';
  let from = 0;
  for (;;) {
    const curly = text.indexOf('\u201C', from);
    const straight = text.indexOf(DOUBLED_APOSTROPHE, from);
    const open = curly < 0 ? straight : straight < 0 ? curly : Math.min(curly, straight);
    const width = open === straight ? DOUBLED_APOSTROPHE.length : 1;
    const close = open < 0 ? -1 : text.indexOf(open === straight ? DOUBLED_APOSTROPHE : '\u201D', open + width);
    if (open < 0 || close < 0) break;
    const inner = text.slice(open + width, close);
    let replaced = inner;
    if (random() < 0.5) {
      const words = inner.split(' ');
      const i = Math.floor(random() * words.length);
      if (/^[a-z]+$/.test(words[i] ?? '')) words[i] = vocabulary[Math.floor(random() * vocabulary.length)]!;
      replaced = words.join(' ');
    }
    out += text.slice(from, open + width) + replaced;
    from = close;
  }
  return out + text.slice(from);
}
