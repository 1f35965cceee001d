/**
 * A diagnostic about no place in a text: about the run (`worker-stopped`), an index file
 * (`index-method-version`) or a whole article (`extraction-failed`). It has offsets 0 and line and
 * column 1, as {@link Diagnostic} asks of one, and the key order of every other diagnostic
 * (`exact-keys.ts`), so that copying and packing treat it alike.
 *
 * @module
 */

import type { Diagnostic } from '../types.js';

/**
 * The diagnostic `rule` with `message`, about the whole article `articleId`, or about no article when
 * it is left out.
 *
 * @example
 * unplacedDiagnostic('worker-stopped', 'warning', '1 worker thread stopped');
 * //=> { rule: 'worker-stopped', message: '1 worker thread stopped', severity: 'warning', start: 0, end: 0, line: 1, column: 1 }
 */
export function unplacedDiagnostic(rule: string, severity: Diagnostic['severity'], message: string, articleId?: string): Diagnostic {
  const diagnostic: Diagnostic = { rule, message, severity, start: 0, end: 0, line: 1, column: 1 };
  if (articleId !== undefined) diagnostic.articleId = articleId;
  return diagnostic;
}
