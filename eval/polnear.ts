/**
 * Reads PolNeAR (brat standoff) into gold direct quotes with their Source spans.
 *
 * Gold quotes: the parts of each Content span delimited by double quote marks (straight, curly,
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

/** Quote-mark-delimited parts of `text.slice(start, end)`, widened by one character to catch marks on the edge. */
function quotesIn(text: string, start: number, end: number): { start: number; end: number }[] {
  const marks: number[] = [];
  for (let i = Math.max(0, start - 1); i < Math.min(text.length, end + 1); i++) if (DOUBLE_MARKS.has(text[i]!)) marks.push(i);
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < marks.length; k += 2) {
    let s = marks[k]! + 1;
    let e = marks[k + 1]!;
    while (s < e && text[s]!.trim() === '') s++;
    while (e > s && text[e - 1]!.trim() === '') e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
