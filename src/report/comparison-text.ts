/**
 * One comparison for a terminal (`quote-divergence compare`): the divergence and its components,
 * the word diff `a` → `b`, and the named edits.
 *
 * @module
 */

import type { QuoteComparison } from '../types.js';
import { className, score, toneLabel } from './describe.js';
import { formatWordDiff, type TextOptions } from './text.js';

/** Formats a comparison as a few readable lines. */
export function formatComparisonText(comparison: QuoteComparison, options: TextOptions = {}): string {
  const c = comparison.components;
  const lines = [
    `divergence ${score(comparison.divergence)} (method ${comparison.methodVersion})`,
    `lexical ${score(c.lexical)} \u00b7 semantic ${score(c.semantic)} \u00b7 omission ${score(c.omission)} \u00b7 addition ${score(c.addition)} \u00b7 order ${score(c.order)} \u00b7 tone ${score(c.tone)}`,
    '',
    formatWordDiff(comparison, options),
  ];
  if (comparison.overlap !== null) {
    lines.push('', `shared part: a \u201c${comparison.overlap.a.text}\u201d \u00b7 b \u201c${comparison.overlap.b.text}\u201d`);
  }
  if (comparison.edits.length > 0) lines.push('');
  for (const edit of comparison.edits) {
    const tone = toneLabel(edit);
    lines.push(`${className(edit.class)}: ${edit.a === null ? '\u2205' : `\u201c${edit.a.text}\u201d`} \u2192 ${edit.b === null ? '\u2205' : `\u201c${edit.b.text}\u201d`}${tone === '' ? '' : ` (${tone})`}`);
  }
  return `${lines.join('\n')}\n`;
}
