/**
 * A runtime check that a value parsed from the CLI's JSON has the shape of the exported types
 * (CorpusReport, QuoteComparison …): every field present with the right type, numbers in range,
 * spans that slice their text. Returns the list of violations (empty when the shape is right).
 */
import type { CorpusReport, QuoteComparison } from '../src/types.js';

type Problems = string[];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function expectType(problems: Problems, path: string, value: unknown, type: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'string|null'): void {
  const ok =
    type === 'array' ? Array.isArray(value)
      : type === 'object' ? isObject(value)
        : type === 'string|null' ? value === null || typeof value === 'string'
          : typeof value === type;
  if (!ok) problems.push(`${path}: expected ${type}, got ${JSON.stringify(value)?.slice(0, 60)}`);
}

function unit(problems: Problems, path: string, value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) problems.push(`${path}: expected a number in [0, 1], got ${String(value)}`);
}

function span(problems: Problems, path: string, value: unknown, text?: string): void {
  if (value === null) return;
  if (!isObject(value)) return void problems.push(`${path}: expected a span or null`);
  expectType(problems, `${path}.start`, value.start, 'number');
  expectType(problems, `${path}.end`, value.end, 'number');
  expectType(problems, `${path}.text`, value.text, 'string');
  if (text !== undefined && text.slice(value.start as number, value.end as number) !== value.text) problems.push(`${path}: text does not match its offsets`);
}

export function comparisonProblems(value: unknown, path = 'comparison'): Problems {
  const problems: Problems = [];
  if (!isObject(value)) return [`${path}: expected an object`];
  unit(problems, `${path}.divergence`, value.divergence);
  expectType(problems, `${path}.components`, value.components, 'object');
  for (const name of ['lexical', 'semantic', 'omission', 'addition', 'order', 'tone']) unit(problems, `${path}.components.${name}`, (value.components as Record<string, unknown>)?.[name]);
  expectType(problems, `${path}.a`, value.a, 'string');
  expectType(problems, `${path}.b`, value.b, 'string');
  expectType(problems, `${path}.alignment`, value.alignment, 'array');
  expectType(problems, `${path}.edits`, value.edits, 'array');
  expectType(problems, `${path}.methodVersion`, value.methodVersion, 'string');
  const c = value as unknown as QuoteComparison;
  (Array.isArray(c.alignment) ? c.alignment : []).forEach((entry, i) => {
    span(problems, `${path}.alignment[${i}].a`, entry.a, c.a);
    span(problems, `${path}.alignment[${i}].b`, entry.b, c.b);
    expectType(problems, `${path}.alignment[${i}].kind`, entry.kind, 'string');
  });
  (Array.isArray(c.edits) ? c.edits : []).forEach((edit, i) => {
    expectType(problems, `${path}.edits[${i}].class`, edit.class, 'string');
    span(problems, `${path}.edits[${i}].a`, edit.a, c.a);
    span(problems, `${path}.edits[${i}].b`, edit.b, c.b);
  });
  if (!isObject(value.tone)) problems.push(`${path}.tone: expected an object`);
  if (value.overlap !== null && !isObject(value.overlap)) problems.push(`${path}.overlap: expected an object or null`);
  return problems;
}

/** Violations of the CorpusReport shape; `texts` (article id → text) lets quote offsets be checked. */
export function corpusReportProblems(value: unknown, texts: ReadonlyMap<string, string> = new Map()): Problems {
  const problems: Problems = [];
  if (!isObject(value)) return ['report: expected an object'];
  for (const field of ['quotes', 'clusters', 'echoes', 'sources', 'diagnostics'] as const) expectType(problems, `report.${field}`, value[field], 'array');
  expectType(problems, 'report.methodVersion', value.methodVersion, 'string');
  if (problems.length > 0) return problems;
  const report = value as unknown as CorpusReport;
  report.quotes.forEach((quote, i) => {
    const path = `quotes[${i}]`;
    expectType(problems, `${path}.id`, quote.id, 'string');
    expectType(problems, `${path}.articleId`, quote.articleId, 'string');
    expectType(problems, `${path}.source`, quote.source, 'string|null');
    expectType(problems, `${path}.kind`, quote.kind, 'string');
    expectType(problems, `${path}.flags`, quote.flags, 'array');
    expectType(problems, `${path}.marks`, quote.marks, 'object');
    const text = texts.get(quote.articleId);
    span(problems, path, quote, text);
    if (quote.speaker !== null) {
      expectType(problems, `${path}.speaker.name`, quote.speaker?.name, 'string');
      span(problems, `${path}.speaker.mention`, quote.speaker?.mention, text);
    }
  });
  const quoteIds = new Set(report.quotes.map((quote) => quote.id));
  report.clusters.forEach((cluster, i) => {
    const path = `clusters[${i}]`;
    expectType(problems, `${path}.id`, cluster.id, 'string');
    unit(problems, `${path}.meanDivergence`, cluster.meanDivergence);
    expectType(problems, `${path}.speakers`, cluster.speakers, 'array');
    expectType(problems, `${path}.attributionConflict`, cluster.attributionConflict, 'boolean');
    if (!quoteIds.has(cluster.reference?.quoteId)) problems.push(`${path}.reference.quoteId: not a quote of the report`);
    if (!Array.isArray(cluster.variants) || cluster.variants.length < 2) problems.push(`${path}.variants: expected two or more`);
    (cluster.variants ?? []).forEach((variant, v) => {
      unit(problems, `${path}.variants[${v}].divergence`, variant.divergence);
      if (!quoteIds.has(variant.quote?.id)) problems.push(`${path}.variants[${v}].quote: not a quote of the report`);
      problems.push(...comparisonProblems(variant.comparison, `${path}.variants[${v}].comparison`));
    });
    expectType(problems, `${path}.table.witnesses`, cluster.table?.witnesses, 'array');
    expectType(problems, `${path}.table.columns`, cluster.table?.columns, 'array');
  });
  report.echoes.forEach((echo, i) => {
    expectType(problems, `echoes[${i}].match.articleId`, echo.match?.articleId, 'string');
    span(problems, `echoes[${i}].match`, echo.match, texts.get(echo.match?.articleId));
    problems.push(...comparisonProblems(echo.comparison, `echoes[${i}].comparison`));
  });
  report.sources.forEach((source, i) => {
    expectType(problems, `sources[${i}].source`, source.source, 'string');
    expectType(problems, `sources[${i}].count`, source.count, 'number');
    unit(problems, `sources[${i}].meanDivergence`, source.meanDivergence);
  });
  return problems;
}
