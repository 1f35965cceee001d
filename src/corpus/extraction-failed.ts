/**
 * An article whose extraction failed inside the library. Extraction is not meant to throw on any text
 * (property-tested on arbitrary text: `test/extract-properties.test.ts`), but a bug that makes it throw
 * on one article of a corpus should not cost the caller the other 99,999: the article is added without
 * quotes, with an `extraction-failed` error naming the failure, and is left out of the echo search (its
 * quotations, unknown, would read as unquoted text). The run's other results are those of the corpus
 * without that article's quotes.
 *
 * @module
 */

import { unplacedDiagnostic } from './unplaced-diagnostic.js';
import type { Diagnostic } from '../types.js';

/** Rule id of the diagnostic of an article whose extraction failed with an internal error. */
export const EXTRACTION_FAILED = 'extraction-failed';

/**
 * The `extraction-failed` diagnostic of article `articleId`, whose extraction threw `error` (offsets 0,
 * line and column 1: it is about the whole article).
 *
 * @example
 * extractionFailed('a', new TypeError('x is undefined')).message;
 * //=> 'extraction failed with an internal error (TypeError: x is undefined): the article was added without quotes, and left out of the echo search; please report it'
 */
export function extractionFailed(articleId: string, error: unknown): Diagnostic {
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return unplacedDiagnostic(
    EXTRACTION_FAILED,
    'error',
    `extraction failed with an internal error (${cause}): the article was added without quotes, and left out of the echo search; please report it`,
    articleId,
  );
}
