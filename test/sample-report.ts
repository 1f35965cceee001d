/**
 * A realistic, hand-built CorpusReport for the report and CLI tests, so they do not depend on the
 * extraction and alignment stages: the seed "sacrificial lamb" cluster (articles 000 and 001) and the
 * "gradual invasion" cluster (002, 004), with every offset computed from the fixture texts.
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../src/text/tokens.js';
import type {
  AlignmentEntry, AlignmentKind, Cluster, CorpusQuote, CorpusReport, Edit, EditClass, QuoteComparison, Span, ToneShift, Variant,
} from '../src/types.js';

export const FIXTURE_ARTICLES = new URL('../fixtures/articles/', import.meta.url);

export function articleText(id: string): string {
  const names: Record<string, string> = {
    '000': '000_1f671407f6ce829a.txt', '001': '001_e42db7be3a9563e0.txt', '002': '002_dc10ca1af9bf5290.txt', '004': '004_333a1fc73b71be22.txt',
  };
  return readFileSync(new URL(names[id]!, FIXTURE_ARTICLES), 'utf8');
}

/** The span of `phrase` in `text`, searching from `from`. Throws when absent, so fixtures cannot drift. */
export function spanOf(text: string, phrase: string, from = 0): Span {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(phrase)} not found in ${JSON.stringify(text.slice(0, 40))}…`);
  return { start, end: start + phrase.length, text: phrase };
}

/** One step of a hand-written alignment: identical runs are split into one entry per token. */
type Step = [a: string | null, b: string | null, kind: AlignmentKind, moved?: boolean];

export function alignment(a: string, b: string, steps: Step[]): AlignmentEntry[] {
  const entries: AlignmentEntry[] = [];
  let atA = 0;
  let atB = 0;
  for (const [pa, pb, kind, moved = false] of steps) {
    const sa = pa === null ? null : spanOf(a, pa, atA);
    const sb = pb === null ? null : spanOf(b, pb, atB);
    if (sa !== null) atA = sa.end;
    if (sb !== null) atB = sb.end;
    if (kind === 'identical' || (kind === 'omission' && sa !== null && pa!.includes(' ')) || (kind === 'insertion' && sb !== null && pb!.includes(' '))) {
      const ta = sa === null ? [] : tokenize(sa.text);
      const tb = sb === null ? [] : tokenize(sb.text);
      const n = Math.max(ta.length, tb.length);
      for (let i = 0; i < n; i++) {
        const x = ta[i];
        const y = tb[i];
        entries.push({
          a: x === undefined ? null : { start: sa!.start + x.start, end: sa!.start + x.end, text: x.text },
          b: y === undefined ? null : { start: sb!.start + y.start, end: sb!.start + y.end, text: y.text },
          kind, similarity: kind === 'identical' ? 1 : 0, moved,
        });
      }
      continue;
    }
    entries.push({ a: sa, b: sb, kind, similarity: kind === 'omission' || kind === 'insertion' ? 0 : 0.5, moved });
  }
  return entries;
}

function edit(a: string, b: string, editClass: EditClass, pa: string | null, pb: string | null, tone?: ToneShift): Edit {
  const result: Edit = { class: editClass, a: pa === null ? null : spanOf(a, pa), b: pb === null ? null : spanOf(b, pb) };
  if (tone !== undefined) result.tone = tone;
  return result;
}

export function corpusQuote(articleId: string, source: string | null, text: string, speaker: { name: string; mention: string; cue: string } | null): CorpusQuote {
  const article = articleText(articleId);
  const span = spanOf(article, text);
  return {
    text, start: span.start, end: span.end,
    marks: { open: article[span.start - 1]!, close: article[span.end]! },
    speaker: speaker === null ? null : {
      name: speaker.name,
      mention: spanOf(article, speaker.mention, span.end),
      cue: spanOf(article, speaker.cue, span.end),
      via: 'cue',
    },
    kind: 'utterance', flags: [], articleId, id: `${articleId}:${span.start}`, source,
  };
}

function comparison(a: string, b: string, divergence: number, entries: AlignmentEntry[], edits: Edit[], overlap: QuoteComparison['overlap'], tone: number): QuoteComparison {
  return {
    divergence,
    components: { lexical: 0.4, semantic: 0.3, omission: 0.1, addition: 0.05, order: 0, tone },
    a, b, alignment: entries, edits, overlap,
    tone: { a: -0.1, b: -0.1 - tone, shift: tone > 0 ? { direction: 'negative', magnitude: tone } : null },
    methodVersion: '1.0.0',
  };
}

function selfComparison(text: string): QuoteComparison {
  return {
    divergence: 0, components: { lexical: 0, semantic: 0, omission: 0, addition: 0, order: 0, tone: 0 }, a: text, b: text,
    alignment: alignment(text, text, [[text, text, 'identical']]), edits: [], overlap: null, tone: { a: 0, b: 0, shift: null }, methodVersion: '1.0.0',
  };
}

function variant(quote: CorpusQuote, c: QuoteComparison): Variant {
  return { articleId: quote.articleId, source: quote.source, quote, comparison: c, divergence: c.divergence };
}

export const LAMB_A = 'Naturally, the alliance is analyzing the situation. The alliance sees the real state of affairs. For now, the alliance does not abandon its plans to contain Russia and, in fact, to use the Ukrainian people as a sacrificial lamb in the fight against Russia';
export const LAMB_B = 'So far, the alliance has not abandoned its plans to contain Russia and slaughter the Ukrainian people as ritual victims in the fight against Russia';

export function lambComparison(): QuoteComparison {
  const a = LAMB_A;
  const b = LAMB_B;
  const entries = alignment(a, b, [
    ['Naturally, the alliance is analyzing the situation. The alliance sees the real state of affairs.', null, 'omission'],
    ['For now', 'So far', 'related'],
    [', the alliance', ', the alliance', 'identical'],
    ['does', 'has', 'function-word'],
    ['not', 'not', 'identical'],
    ['abandon', 'abandoned', 'inflection'],
    ['its plans to contain Russia and', 'its plans to contain Russia and', 'identical'],
    [', in fact,', null, 'omission'],
    ['to use', 'slaughter', 'phrase-substitution'],
    ['the Ukrainian people as', 'the Ukrainian people as', 'identical'],
    ['a sacrificial lamb', 'ritual victims', 'phrase-substitution'],
    ['in the fight against Russia', 'in the fight against Russia', 'identical'],
  ]);
  const edits = [
    edit(a, b, 'related', 'For now', 'So far'),
    edit(a, b, 'function-word', 'does', 'has'),
    edit(a, b, 'inflection', 'abandon', 'abandoned'),
    edit(a, b, 'omission', ', in fact,', null),
    edit(a, b, 'phrase-substitution', 'to use', 'slaughter', { direction: 'negative', magnitude: 0.5 }),
    edit(a, b, 'phrase-substitution', 'a sacrificial lamb', 'ritual victims', { direction: 'negative', magnitude: 0.3 }),
  ];
  const overlap = { a: spanOf(a, 'For now, the alliance does not abandon its plans to contain Russia and, in fact, to use the Ukrainian people as a sacrificial lamb in the fight against Russia'), b: spanOf(b, b), partial: 'a' as const };
  return comparison(a, b, 0.42, entries, edits, overlap, 0.3);
}

/** As written in 002, with its no-break spaces. */
export const INVASION_A = 'We\u00a0are\u00a0watching a gradual incursion of\u00a0NATO into\u00a0the territory of Ukraine with\u00a0its infrastructure';
export const INVASION_B = 'we have seen the gradual invasion of NATO into the Ukrainian territory with its infrastructure';

function invasionComparison(): QuoteComparison {
  const a = INVASION_A;
  const b = INVASION_B;
  const entries = alignment(a, b, [
    ['We', 'we', 'case-punctuation'],
    ['are\u00a0watching a', 'have seen the', 'phrase-substitution'],
    ['gradual', 'gradual', 'identical'],
    ['incursion', 'invasion', 'synonym'],
    ['of\u00a0NATO into\u00a0the', 'of NATO into the', 'identical'],
    ['territory of Ukraine', 'Ukrainian territory', 'phrase-substitution'],
    ['with\u00a0its infrastructure', 'with its infrastructure', 'identical'],
  ]);
  const edits = [
    edit(a, b, 'case-punctuation', 'We', 'we'),
    edit(a, b, 'phrase-substitution', 'are\u00a0watching a', 'have seen the'),
    edit(a, b, 'synonym', 'incursion', 'invasion', { direction: 'negative', magnitude: 0.1 }),
    edit(a, b, 'phrase-substitution', 'territory of Ukraine', 'Ukrainian territory'),
  ];
  return comparison(a, b, 0.27, entries, edits, null, 0.1);
}

/** The sample report: two clusters, one echo, sources, one diagnostic. */
export function sampleReport(): CorpusReport {
  const peskov = { name: 'Dmitry Peskov', mention: 'Peskov', cue: 'stressed' };
  const lambA = corpusQuote('000', 'Tasnim', LAMB_A, peskov);
  const lambB = corpusQuote('001', null, LAMB_B, { name: 'Peskov', mention: 'Peskov', cue: 'said' });
  const invA = corpusQuote('002', null, INVASION_A, null);
  const invB = corpusQuote('004', null, INVASION_B, null);
  const echoQuote = corpusQuote('001', null, 'never underestimate Russia.', null);
  const lamb: Cluster = {
    id: 'c1',
    variants: [variant(lambA, selfComparison(LAMB_A)), variant(lambB, lambComparison())],
    reference: { quoteId: lambA.id, text: LAMB_A, choice: 'longest' },
    table: {
      witnesses: [lambA.id, lambB.id],
      columns: [
        { cells: [spanOf(LAMB_A, 'For now'), spanOf(LAMB_B, 'So far')], agreement: 'variant' },
        { cells: [spanOf(LAMB_A, 'the alliance', 100), spanOf(LAMB_B, 'the alliance')], agreement: 'all' },
        { cells: [spanOf(LAMB_A, ', in fact,'), null], agreement: 'partial' },
        { cells: [spanOf(LAMB_A, 'a sacrificial lamb'), spanOf(LAMB_B, 'ritual victims')], agreement: 'variant' },
      ],
    },
    speakers: ['Dmitry Peskov'],
    attributionConflict: false,
    meanDivergence: 0.42,
  };
  const invasion: Cluster = {
    id: 'c2',
    variants: [variant(invA, selfComparison(INVASION_A)), variant(invB, invasionComparison())],
    reference: { quoteId: invA.id, text: INVASION_A, choice: 'medoid' },
    table: { witnesses: [invA.id, invB.id], columns: [{ cells: [spanOf(INVASION_A, 'incursion'), spanOf(INVASION_B, 'invasion')], agreement: 'variant' }] },
    speakers: [],
    attributionConflict: false,
    meanDivergence: 0.27,
  };
  const article000 = articleText('000');
  const unquoted = spanOf(article000, 'Russia should not be underestimated');
  return {
    quotes: [lambA, lambB, echoQuote, invA, invB].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    clusters: [lamb, invasion],
    echoes: [{
      quote: echoQuote,
      match: { ...unquoted, articleId: '000' },
      comparison: { ...selfComparison('never underestimate Russia.'), b: unquoted.text, alignment: [], divergence: 0.38 },
    }],
    sources: [
      { source: '001', count: 1, meanDivergence: 0.42 },
      { source: '004', count: 1, meanDivergence: 0.27 },
    ],
    diagnostics: [{ rule: 'stray-mark', message: 'Unpaired quote mark', severity: 'warning', start: 10, end: 11, line: 1, column: 11, articleId: '002' }],
    methodVersion: '1.0.0',
  };
}
