/**
 * One comparison for a terminal (`quote-divergence compare`): the divergence and its components,
 * the word diff `a` → `b`, and the named edits.
 *
 * @module
 */

import type { QuoteComparison } from '../types.js';
import { componentsLine, editLine, score } from './describe.js';
import { terminalSafe } from './terminal-safe.js';
import { formatWordDiff, type TextOptions } from './text.js';

/** Formats a comparison as a few readable lines. */
export function formatComparisonText(comparison: QuoteComparison, options: TextOptions = {}): string {
  const lines = [
    `divergence ${score(comparison.divergence)} (method ${comparison.methodVersion})`,
    componentsLine(comparison.components),
    '',
    formatWordDiff(comparison, options),
  ];
  if (comparison.overlap !== null) {
    lines.push('', `shared part: a \u201c${terminalSafe(comparison.overlap.a.text)}\u201d \u00b7 b \u201c${terminalSafe(comparison.overlap.b.text)}\u201d`);
  }
  if (comparison.edits.length > 0) lines.push('');
  for (const edit of comparison.edits) lines.push(editLine(edit, (text) => `\u201c${terminalSafe(text)}\u201d`));
  return `${lines.join('\n')}\n`;
}
