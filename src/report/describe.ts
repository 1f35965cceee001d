/**
 * Small readings shared by the reports: how a variant, a quote's speaker, a number or an edit is
 * named for a reader. Keeping them in one place makes the text, Markdown and HTML reports agree.
 *
 * @module
 */

import type { Cluster, CorpusQuote, CorpusReport, DivergenceComponents, Edit, Variant } from '../types.js';

/** A number in [0, 1] with two decimals ("0.42"); non-finite values read as "–". */
export function score(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '–';
}

/** The outlet's name, or the article id when the article does not name its outlet. */
export function sourceLabel(source: string | null, articleId: string): string {
  return source ?? articleId;
}

/** The speaker's name, or "unattributed". */
export function speakerLabel(quote: CorpusQuote): string {
  return quote.speaker?.name ?? 'unattributed';
}

/** "phrase-substitution" → "phrase substitution". */
export function className(editClass: string): string {
  return editClass.split('-').join(' ');
}

/** A tone shift as a reader sees it: "tone −0.30" (more negative) or "tone +0.10". */
export function toneLabel(edit: Pick<Edit, 'tone'>): string {
  if (edit.tone === undefined) return '';
  const sign = edit.tone.direction === 'negative' ? '\u2212' : '+';
  return `tone ${sign}${edit.tone.magnitude.toFixed(2)}`;
}

/** "1 echo", "2 echoes". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Number of distinct articles the report's quotes come from. */
export function articleCount(report: CorpusReport): number {
  return new Set(report.quotes.map((quote) => quote.articleId)).size;
}

/** "lexical 0.40 · semantic 0.30 · omission 0.10 · addition 0.05 · order 0.00 · tone 0.30". */
export function componentsLine(c: DivergenceComponents): string {
  return `lexical ${score(c.lexical)} \u00b7 semantic ${score(c.semantic)} \u00b7 omission ${score(c.omission)} \u00b7 addition ${score(c.addition)} \u00b7 order ${score(c.order)} \u00b7 tone ${score(c.tone)}`;
}

/** "phrase substitution: “a sacrificial lamb” → “ritual victims” (tone −0.30)"; `quoted` wraps each side's words. */
export function editLine(edit: Edit, quoted: (text: string) => string = (text) => `\u201c${text}\u201d`): string {
  const tone = toneLabel(edit);
  return `${className(edit.class)}: ${edit.a === null ? '\u2205' : quoted(edit.a.text)} \u2192 ${edit.b === null ? '\u2205' : quoted(edit.b.text)}${tone === '' ? '' : ` (${tone})`}`;
}

/** The variant holding the cluster's reference reading (every divergence is measured from it). */
export function referenceVariant(cluster: Cluster): Variant | undefined {
  return cluster.variants.find((variant) => variant.quote.id === cluster.reference.quoteId);
}

/** The variants other than the reference, in the cluster's order. */
export function otherVariants(cluster: Cluster): Variant[] {
  return cluster.variants.filter((variant) => variant.quote.id !== cluster.reference.quoteId);
}
