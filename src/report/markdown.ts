/**
 * The report for documentation: Markdown with one section per cluster (a table of renderings with
 * their divergence and an inline diff against the reference), then echoes and sources. All text is
 * escaped (`|`, `*`, `<` …) and line breaks are folded, so quotes never break a table or inject markup.
 *
 * @module
 */

import type { Cluster, CorpusReport, QuoteComparison } from '../types.js';
import { assertCorpusReport } from './check-report.js';
import { articleCount, count, editLine, otherVariants, score, sourceLabel, speakerLabel } from './describe.js';
import { diffSegments } from './diff-segments.js';
import { escapeMarkdown as md } from './escape-markdown.js';

/** Inline diff in Markdown: deletions struck through, insertions in bold. */
function markdownDiff(comparison: QuoteComparison): string {
  return diffSegments(comparison)
    .map((segment) => {
      const a = md(segment.a);
      const b = md(segment.b);
      switch (segment.op) {
        case 'equal':
          return segment.gap + b;
        case 'outside':
          return `${segment.gap}*\\[\u2026 ${segment.words} words only in ${segment.side === 'a' ? 'the reference' : 'this rendering'} \u2026\\]*`;
        case 'delete':
          return `${segment.gap}~~${a}~~`;
        case 'insert':
          return `${segment.gap}**${b}**`;
        case 'replace':
          return `${segment.gap}~~${a}~~ **${b}**`;
        case 'move':
          return `${segment.gap}${segment.a === segment.b ? '' : `~~${a}~~ `}*${b}* (moved)`;
      }
    })
    .join('');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function clusterSection(cluster: Cluster): string[] {
  const lines = [
    `## Cluster ${md(cluster.id)}`,
    '',
    `${cluster.variants.length} renderings, mean divergence ${score(cluster.meanDivergence)}; speakers: ${cluster.speakers.length === 0 ? 'unattributed' : cluster.speakers.map(md).join(', ')}${cluster.attributionConflict ? ' (**attribution conflict**)' : ''}.`,
    '',
    `Reference (${cluster.reference.choice}): \u201c${md(cluster.reference.text)}\u201d`,
    '',
    row(['article', 'source', 'speaker', 'divergence', 'rendering against the reference']),
    row(['---', '---', '---', '---:', '---']),
  ];
  for (const variant of cluster.variants) {
    const isReference = variant.quote.id === cluster.reference.quoteId;
    lines.push(
      row([
        md(variant.articleId),
        md(sourceLabel(variant.source, variant.articleId)),
        md(speakerLabel(variant.quote)),
        isReference ? 'reference' : score(variant.divergence),
        isReference ? md(variant.quote.text) : markdownDiff(variant.comparison),
      ]),
    );
  }
  const edits = otherVariants(cluster).flatMap((variant) =>
    variant.comparison.edits.map((edit) => `- ${md(variant.articleId)}: ${editLine(edit, (text) => `\u201c${md(text)}\u201d`)}`),
  );
  if (edits.length > 0) lines.push('', 'Edits:', '', ...edits);
  return lines;
}

/**
 * Formats a corpus report as Markdown (GitHub-flavoured tables).
 *
 * @example
 * formatMarkdown(report).split('\n')[0];
 * //=> '# Quote divergence report'
 */
export function formatMarkdown(report: CorpusReport): string {
  assertCorpusReport(report, 'formatMarkdown');
  const lines = [
    '# Quote divergence report',
    '',
    `${count(report.quotes.length, 'quote')} from ${count(articleCount(report), 'article')}, ${count(report.clusters.length, 'cluster')}, ${count(report.echoes.length, 'echo', 'echoes')} (method ${md(report.methodVersion)}).`,
  ];
  for (const cluster of report.clusters) lines.push('', ...clusterSection(cluster));
  if (report.echoes.length > 0) {
    lines.push('', '## Echoes', '', row(['quoted in', 'speaker', 'quote', 'unquoted in', 'unquoted text', 'divergence']), row(['---', '---', '---', '---', '---', '---:']));
    for (const echo of report.echoes) {
      lines.push(row([md(echo.quote.articleId), md(speakerLabel(echo.quote)), md(echo.quote.text), md(echo.match.articleId), md(echo.match.text), score(echo.comparison.divergence)]));
    }
  }
  if (report.sources.length > 0) {
    lines.push('', '## Sources', '', row(['source', 'renderings', 'mean divergence']), row(['---', '---:', '---:']));
    for (const source of report.sources) lines.push(row([md(source.source), String(source.count), score(source.meanDivergence)]));
  }
  return `${lines.join('\n')}\n`;
}
