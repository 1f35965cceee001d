/**
 * The report for a terminal: clusters as a reader scans them, each variant's words diffed against
 * the cluster's reference reading. Colour is opt-in (`color: true`); without it, changes are marked
 * as `[-deleted-]{+inserted+}` like `git diff --word-diff` (and moved words as `{~moved~}`), so the
 * output stays readable in a pipe. Text from the articles passes through {@link terminalSafe}: no escape
 * sequence in an article reaches the terminal.
 *
 * @module
 */

import { styleText } from 'node:util';
import type { Cluster, CorpusReport, Echo, QuoteComparison, Variant } from '../types.js';
import { assertCorpusReport } from './check-report.js';
import { articleCount, className, componentsLine, count, editLine, otherVariants, referenceVariant, score, speakerLabel } from './describe.js';
import { diffSegments, type DiffSegment } from './diff-segments.js';
import { terminalSafe } from './terminal-safe.js';

/**
 * Options for {@link formatText}.
 *
 * @example
 * const options: TextOptions = { color: process.stdout.isTTY === true && !process.env.NO_COLOR };
 * formatText(report, options);
 */
export interface TextOptions {
  /**
   * Colour the word diff with ANSI escapes (deleted red and struck through, inserted green).
   * Default `false`: plain `[-…-]{+…+}` markers. The CLI turns it on for a terminal unless `NO_COLOR` is set.
   */
  color?: boolean;
}

type StyleFormat = Parameters<typeof styleText>[0];
type Paint = (format: StyleFormat, text: string) => string;

// `validateStream: false`: the caller decided about colour; do not second-guess it from process.stdout.
const colour: Paint = (format, text) => (text === '' ? '' : styleText(format, text, { validateStream: false }));
const plain: Paint = (_format, text) => text;

function renderSegment(raw: DiffSegment, paint: Paint, coloured: boolean): string {
  const segment = { ...raw, a: terminalSafe(raw.a), b: terminalSafe(raw.b) };
  switch (segment.op) {
    case 'equal':
      return segment.b;
    case 'outside': {
      const where = segment.side === 'a' ? 'only in the reference' : 'only in this rendering';
      return paint('dim', `[\u2026 ${segment.words} words ${where} \u2026]`);
    }
    case 'delete':
      return coloured ? paint(['red', 'strikethrough'], segment.a) : `[-${segment.a}-]`;
    case 'insert':
      return coloured ? paint(['green', 'underline'], segment.b) : `{+${segment.b}+}`;
    case 'replace':
      return coloured
        ? `${paint(['red', 'strikethrough'], segment.a)} ${paint(['green', 'underline'], segment.b)}`
        : `[-${segment.a}-]{+${segment.b}+}`;    case 'move': {
      // A moved word, shown where side `a` has it; its new wording when it changed on the way.
      const from = segment.a === segment.b ? '' : coloured ? `${paint(['red', 'strikethrough'], segment.a)} ` : `[-${segment.a}-]`;
      return coloured ? `${from}${paint(['yellow', 'underline'], segment.b)}` : `${from}{~${segment.b}~}`;
    }
  }
}

/**
 * The inline word diff of a comparison, `a` → `b`, on one line.
 *
 * @example
 * formatWordDiff(compareQuotes('the Ukrainian people as a sacrificial lamb in the fight', 'the Ukrainian people as ritual victims in the fight'));
 * //=> 'the Ukrainian people as [-a sacrificial lamb-]{+ritual victims+} in the fight'
 */
export function formatWordDiff(comparison: QuoteComparison, options: TextOptions = {}): string {
  const coloured = options.color === true;
  const paint = coloured ? colour : plain;
  return diffSegments(comparison)
    .map((segment) => segment.gap + renderSegment(segment, paint, coloured))
    .join('');
}

function editLines(comparison: QuoteComparison, paint: Paint): string[] {
  return comparison.edits.map((edit) => {
    const line = editLine(edit, (text) => `\u201c${terminalSafe(text)}\u201d`);
    const name = className(edit.class);
    return `      ${paint('cyan', name)}${line.slice(name.length)}`;
  });
}

/** "001 (Tasnim) — Peskov"; an article without a named outlet goes by its id alone. */
function variantHeading(variant: Variant): string {
  return `${articleLabel(variant.articleId, variant.source)} \u2014 ${terminalSafe(speakerLabel(variant.quote))}`;
}

function articleLabel(articleId: string, source: string | null): string {
  return terminalSafe(source === null ? articleId : `${articleId} (${source})`);
}

function formatCluster(cluster: Cluster, options: TextOptions, paint: Paint): string[] {
  const lines: string[] = [];
  const speakers = terminalSafe(cluster.speakers.length === 0 ? 'unattributed' : cluster.speakers.join(', '));
  lines.push(
    paint('bold', `\u2501\u2501 Cluster ${terminalSafe(cluster.id)} \u00b7 ${cluster.variants.length} renderings \u00b7 mean divergence ${score(cluster.meanDivergence)} \u00b7 ${speakers}`),
  );
  if (cluster.attributionConflict) lines.push(paint('yellow', `   attribution conflict: ${terminalSafe(cluster.speakers.join(' vs '))}`));
  const reference = referenceVariant(cluster);
  lines.push(`   reference (${cluster.reference.choice}) ${reference === undefined ? terminalSafe(cluster.reference.quoteId) : variantHeading(reference)}`);
  lines.push(`     \u201c${terminalSafe(cluster.reference.text)}\u201d`);
  for (const variant of otherVariants(cluster)) {
    lines.push(`   ${paint('bold', score(variant.divergence))}  ${variantHeading(variant)}`);
    lines.push(`     ${formatWordDiff(variant.comparison, options)}`);
    lines.push(`     ${paint('dim', componentsLine(variant.comparison.components))}`);
    lines.push(...editLines(variant.comparison, paint));
  }
  return lines;
}

function formatEcho(echo: Echo): string[] {
  return [
    `   ${score(echo.comparison.divergence)}  ${articleLabel(echo.quote.articleId, echo.quote.source)} quotes ${terminalSafe(speakerLabel(echo.quote))}: \u201c${terminalSafe(echo.quote.text)}\u201d`,
    `         ${terminalSafe(echo.match.articleId)} says without quote marks: \u201c${terminalSafe(echo.match.text)}\u201d`,
  ];
}

/**
 * Formats a corpus report for reading in a terminal: a summary line, each cluster with its reference
 * reading and every other rendering diffed against it (divergence, components, named edits), then the
 * echoes, the source-by-source summary and a count of diagnostics.
 *
 * @example
 * const report = alignCorpus(seedArticles); // the five articles of fixtures/articles
 * formatText(report).split('\n')[0];
 * //=> '37 quotes from 5 articles · 3 clusters · 3 echoes · method 1.0.0'
 */
export function formatText(report: CorpusReport, options: TextOptions = {}): string {
  assertCorpusReport(report, 'formatText');
  const paint = options.color === true ? colour : plain;
  const lines: string[] = [
    `${count(report.quotes.length, 'quote')} from ${count(articleCount(report), 'article')} \u00b7 ${count(report.clusters.length, 'cluster')} \u00b7 ${count(report.echoes.length, 'echo', 'echoes')} \u00b7 method ${report.methodVersion}`,
  ];
  for (const cluster of report.clusters) lines.push('', ...formatCluster(cluster, options, paint));
  if (report.echoes.length > 0) {
    lines.push('', paint('bold', 'Echoes (a quote repeated without quote marks elsewhere)'));
    for (const echo of report.echoes) lines.push(...formatEcho(echo));
  }
  if (report.sources.length > 0) {
    lines.push('', paint('bold', 'Sources (mean divergence of their renderings from the cluster reference)'));
    const names = report.sources.map((source) => terminalSafe(source.source));
    const width = Math.max(...names.map((name) => name.length));
    for (const [i, source] of report.sources.entries()) {
      lines.push(`   ${names[i]!.padEnd(width)}  ${String(source.count).padStart(4)}  ${score(source.meanDivergence)}`);
    }
  }
  if (report.diagnostics.length > 0) {
    const byRule = new Map<string, number>();
    for (const diagnostic of report.diagnostics) byRule.set(diagnostic.rule, (byRule.get(diagnostic.rule) ?? 0) + 1);
    const rules = [...byRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([rule, n]) => `${terminalSafe(rule)} \u00d7${n}`);
    lines.push('', paint('dim', `${count(report.diagnostics.length, 'diagnostic')}: ${rules.join(', ')}`));
  }
  return `${lines.join('\n')}\n`;
}
