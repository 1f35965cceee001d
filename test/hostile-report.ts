/**
 * A report whose every text field carries a payload from fixtures/hostile/articles.jsonl: script
 * tags, attribute breakouts, closing tags, `javascript:` URLs and markup in source names. The HTML
 * report must show all of it as text and run none of it.
 */
import { readFileSync } from 'node:fs';
import type { Article, CorpusReport } from '../src/types.js';
import { alignment, sampleReport, spanOf } from './sample-report.js';

export const HOSTILE_ARTICLES: Article[] = readFileSync(new URL('../fixtures/hostile/articles.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Article);

/** The quoted words of a hostile article (between its first pair of ASCII double quotes). */
export function hostileQuote(article: Article): string {
  const open = article.text.indexOf('"');
  return article.text.slice(open + 1, article.text.indexOf('."', open) + 1);
}

export function hostileReport(): CorpusReport {
  const [evil1, evil2] = HOSTILE_ARTICLES as [Article, Article];
  const a = hostileQuote(evil1);
  const b = hostileQuote(evil2);
  const report = sampleReport();
  const cluster = report.clusters[0]!;
  const [reference, variant] = cluster.variants as [typeof cluster.variants[0], typeof cluster.variants[0]];
  const comparison = variant.comparison;
  comparison.a = a;
  comparison.b = b;
  comparison.overlap = null;
  const tail = a.slice(a.indexOf('the people'));
  comparison.alignment = alignment(a, b, [
    ['For now we use', 'So far we slaughter', 'phrase-substitution'],
    [tail.slice(0, tail.indexOf(' as a sacrificial')), b.slice(b.indexOf('the people'), b.indexOf(' as ritual')), 'identical'],
    ['as', 'as', 'identical'],
    ['a sacrificial lamb', 'ritual victims', 'phrase-substitution'],
  ]);
  comparison.edits = [
    { class: 'phrase-substitution', a: spanOf(a, 'For now we use'), b: spanOf(b, 'So far we slaughter') },
    { class: 'phrase-substitution', a: spanOf(a, 'a sacrificial lamb'), b: spanOf(b, 'ritual victims'), tone: { direction: 'negative', magnitude: 0.3 } },
  ];
  reference.articleId = evil1.id;
  reference.source = evil1.source ?? null;
  reference.quote.text = a;
  reference.quote.speaker!.name = '<i>the minister</i><script>window.__pwned=5</script>';
  variant.articleId = evil2.id;
  variant.source = evil2.source ?? null;
  cluster.id = 'c1"><script>window.__pwned=6</script>';
  cluster.reference = { ...cluster.reference, text: a, choice: 'longest' };
  cluster.speakers = [reference.quote.speaker!.name];
  cluster.table.columns[0]!.cells[0] = { start: 0, end: 10, text: '<img src=x onerror=alert(9)>' };
  report.echoes[0]!.match.text = evil1.title!;
  report.sources.push({ source: evil1.source!, count: 1, meanDivergence: 0.5 });
  report.methodVersion = '1.0.0<script>alert(10)</script>';
  return report;
}
