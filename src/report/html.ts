/**
 * The report for people: ONE self-contained HTML page that works offline and runs nothing.
 * A Content-Security-Policy (`default-src 'none'`) forbids scripts and every request; all text is
 * escaped; only `http:`/`https:` article links become links. The page holds a legend of edit classes,
 * each cluster side by side with its edits highlighted, the multi-witness tables, the echoes, and a
 * source-by-source heatmap in inline SVG.
 *
 * @module
 */

import type { Article, CorpusReport } from '../types.js';
import { QuoteDivergenceError } from '../errors.js';
import { assertCorpusReport } from './check-report.js';
import { articleCount, count, score, sourceLabel, speakerLabel } from './describe.js';
import { escapeHtml as h, safeHttpUrl } from './escape-html.js';
import { clusterSection } from './html-cluster.js';
import { heatmapSvg } from './html-heatmap.js';
import { legend, styleSheet } from './html-styles.js';

/** The policy in the page's `<meta>`: no script, no request; inline styles and data: images only. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Options for {@link formatHtml}.
 *
 * @example
 * const options: HtmlOptions = { title: 'Peskov on NATO', articles: [{ id: '000', source: 'Tasnim', url: 'https://www.tasnimnews.com/' }] };
 * formatHtml(report, options).includes('<a href="https://www.tasnimnews.com/"');
 * //=> true
 */
export interface HtmlOptions {
  /** The page title. Default "Quote divergence report". */
  title?: string;
  /**
   * The articles analysed, for a list with their titles, dates and links (their `text` is not used).
   * Only absolute `http:`/`https:` URLs become links; any other URL is shown as text.
   */
  articles?: readonly Omit<Article, 'text'>[];
}

function articlesSection(articles: readonly Omit<Article, 'text'>[]): string {
  if (articles.length === 0) return '';
  const rows = articles.map((article) => {
    const href = article.url === undefined ? null : safeHttpUrl(article.url);
    const link = article.url === undefined ? '' : href === null ? `<span class="url">${h(article.url)}</span>` : `<a href="${h(href)}" rel="noopener noreferrer">${h(article.url)}</a>`;
    return `<tr><td>${h(article.id)}</td><td>${h(article.source ?? '')}</td><td>${h(article.title ?? '')}</td><td>${h(article.publishedAt ?? '')}</td><td>${link}</td></tr>`;
  });
  return `<section id="articles"><h2>Articles</h2><div class="scroll"><table><tr><th>id</th><th>source</th><th>title</th><th>published</th><th>link</th></tr>${rows.join('')}</table></div></section>`;
}

function echoesSection(report: CorpusReport): string {
  if (report.echoes.length === 0) return '';
  const rows = report.echoes.map(
    (echo) =>
      `<tr><td>${h(echo.quote.articleId)} \u00b7 ${h(sourceLabel(echo.quote.source, echo.quote.articleId))}</td><td>${h(speakerLabel(echo.quote))}</td><td>\u201c${h(echo.quote.text)}\u201d</td><td>${h(echo.match.articleId)}</td><td>${h(echo.match.text)}</td><td class="num">${score(echo.comparison.divergence)}</td></tr>`,
  );
  return `<section id="echoes"><h2>Echoes</h2><p class="summary">A quote in one article matched by unquoted text (reported speech) in another.</p><div class="scroll"><table><tr><th>quoted in</th><th>speaker</th><th>quote</th><th>unquoted in</th><th>unquoted text</th><th>divergence</th></tr>${rows.join('')}</table></div></section>`;
}

function sourcesSection(report: CorpusReport): string {
  const rows = report.sources.map((source) => `<tr><td>${h(source.source)}</td><td class="num">${source.count}</td><td class="num">${score(source.meanDivergence)}</td></tr>`);
  const table = rows.length === 0 ? '' : `<table><tr><th>source</th><th>renderings</th><th>mean divergence</th></tr>${rows.join('')}</table>`;
  return `<section id="sources"><h2>Sources</h2><p class="summary">Rows: the source of a cluster's reference reading; columns: the source of another rendering; cells: mean divergence from the reference.</p><div class="scroll">${heatmapSvg(report)}</div>${table}</section>`;
}

/**
 * Formats a corpus report as one self-contained HTML page (no scripts, no requests).
 *
 * @example
 * const html = formatHtml(report, { title: 'Peskov on NATO' });
 * html.startsWith('<!doctype html>');
 * //=> true
 * html.includes('<script');
 * //=> false
 */
export function formatHtml(report: CorpusReport, options: HtmlOptions = {}): string {
  assertCorpusReport(report, 'formatHtml');
  if (options.articles !== undefined && !Array.isArray(options.articles)) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'formatHtml: options.articles must be an array');
  }
  const title = options.title ?? 'Quote divergence report';
  const clusters = report.clusters.map((cluster, index) => clusterSection(cluster, index)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<style>${styleSheet()}</style>
</head>
<body>
<header>
<h1>${h(title)}</h1>
<p class="summary">${count(report.quotes.length, 'quote')} from ${count(articleCount(report), 'article')} \u00b7 ${count(report.clusters.length, 'cluster')} \u00b7 ${count(report.echoes.length, 'echo', 'echoes')} \u00b7 ${count(report.diagnostics.length, 'diagnostic')} \u00b7 method ${h(report.methodVersion)}</p>
${legend()}
</header>
<main>
${clusters === '' ? '<p class="summary">No quote was rendered by more than one article.</p>' : clusters}
${echoesSection(report)}
${sourcesSection(report)}
${articlesSection(options.articles ?? [])}
</main>
</body>
</html>
`;
}
