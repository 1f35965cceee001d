/**
 * Reads PolNeAR (brat standoff) into gold direct quotes with their Source spans.
 *
 * Gold quotes: the parts of each Content span delimited by double quote marks (straight, curly, two apostrophes,
 * guillemets), paired in order within the span (1st with 2nd, 3rd with 4th); an odd last mark is
 * dropped. The Source span of the same attribution is the gold speaker. One `.ann` per article:
 * the first by name (the dataset README: several annotators for a few articles).
 */
import { readdir, readFile } from 'node:fs/promises';
import { EVAL_DATA } from './figure.js';

export interface GoldQuote {
  start: number;
  end: number;
  /** The Source span's text, or null when the attribution has none. */
  source: { start: number; end: number; text: string } | null;
}

export interface GoldArticle {
  name: string;
  text: string;
  quotes: GoldQuote[];
  /** Every Source span of the article, in order (to find the referent of a pronoun source). */
  sources: { start: number; end: number; text: string }[];
}

const DOUBLE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);

interface Span {
  type: string;
  parts: [number, number][];
}

/** All articles of a split (`train` or `dev`), in file-name order. */
export async function readPolnear(split: 'train' | 'dev'): Promise<GoldArticle[]> {
  const base = new URL(`attribution/polnear/${split}/`, EVAL_DATA);
  const texts = (await readdir(new URL('text/', base))).filter((f) => f.endsWith('.txt')).sort();
  const anns = (await readdir(new URL('attributions/', base))).filter((f) => f.endsWith('.ann')).sort();
  const articles: GoldArticle[] = [];
  for (const file of texts) {
    const name = file.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${name}_`));
    if (ann === undefined) continue;
    const text = await readFile(new URL(`text/${file}`, base), 'utf8');
    const standoff = await readFile(new URL(`attributions/${ann}`, base), 'utf8');
    articles.push(parseArticle(name, text, standoff));
  }
  return articles;
}

function parseArticle(name: string, text: string, standoff: string): GoldArticle {
  const spans = new Map<string, Span>();
  const events: Map<string, string[]>[] = [];
  for (const line of standoff.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      const type = body.slice(0, space);
      const parts = body
        .slice(space + 1)
        .split(';')
        .map((p) => p.trim().split(' ').map(Number) as [number, number]);
      spans.set(id, { type, parts });
    } else if (id.startsWith('E')) {
      const roles = new Map<string, string[]>();
      for (const arg of body.trim().split(' ')) {
        const [role, ref] = arg.split(':');
        if (!role || !ref) continue;
        const key = role.replace(/\d+$/, '');
        roles.set(key, [...(roles.get(key) ?? []), ref]);
      }
      events.push(roles);
    }
  }
  const quotes: GoldQuote[] = [];
  const sources: GoldArticle['sources'] = [];
  for (const roles of events) {
    const sourceSpan = (roles.get('Source') ?? []).map((ref) => spans.get(ref)).find((s) => s !== undefined);
    const source = sourceSpan ? spanText(text, sourceSpan) : null;
    if (source) sources.push(source);
    for (const ref of roles.get('Content') ?? []) {
      const content = spans.get(ref);
      if (!content) continue;
      for (const [start, end] of content.parts) quotes.push(...quotesIn(text, start, end).map((q) => ({ ...q, source })));
    }
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  sources.sort((a, b) => a.start - b.start);
  return { name, text, quotes, sources };
}

function spanText(text: string, span: Span): { start: number; end: number; text: string } {
  const start = span.parts[0]![0];
  const end = span.parts[span.parts.length - 1]![1];
  return { start, end, text: text.slice(start, end) };
}

/**
 * Quote-mark-delimited parts of `text.slice(start, end)`, widened by one character (two for `''`) to catch
 * marks on the edge. Two apostrophes (`''`) are a double mark too: the New York Times articles print every quote so
 * (`''We finally may be seeing …,'' the economist … wrote`). In a run of three, one is a single mark
 * inside: the double mark is the first two when the run opens a quote (`'''Sir, …`), the last two when it
 * closes one (`… 'You weren't in line,''' Ms. Compton recalled`).
 */
function quotesIn(text: string, start: number, end: number): { start: number; end: number }[] {
  const marks: { at: number; width: number }[] = [];
  const from = Math.max(0, start - 2);
  const to = Math.min(text.length, end + 2);
  for (let i = from; i < to; i++) {
    if (DOUBLE_MARKS.has(text[i]!)) {
      if (i >= start - 1 && i <= end) marks.push({ at: i, width: 1 });
      continue;
    }
    if (text[i] !== "'") continue;
    let run = i;
    while (run < text.length && text[run] === "'") run++;
    const length = run - i;
    if (length === 2 || length === 3) {
      const opens = length === 3 && run < text.length && text[run]!.trim() !== '';
      const at = length === 3 && !opens ? i + 1 : i;
      if (at + 2 <= to) marks.push({ at, width: 2 });
    }
    i = run - 1;
  }
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < marks.length; k += 2) {
    let s = marks[k]!.at + marks[k]!.width;
    let e = marks[k + 1]!.at;
    while (s < e && text[s]!.trim() === '') s++;
    while (e > s && text[e - 1]!.trim() === '') e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
