/**
 * The formatters take a {@link CorpusReport} as `alignCorpus` returns it, possibly read back from
 * JSON. A value that is not one is misuse of the API and throws, rather than printing half a report.
 *
 * @module
 */

import { QuoteDivergenceError } from '../errors.js';
import type { CorpusReport } from '../types.js';

const ARRAY_FIELDS = ['quotes', 'clusters', 'echoes', 'sources', 'diagnostics'] as const;

/** Throws `INVALID_ARGUMENT` unless `report` has the arrays of a corpus report. */
export function assertCorpusReport(report: unknown, caller: string): asserts report is CorpusReport {
  if (typeof report !== 'object' || report === null) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', `${caller}: expected a CorpusReport object, got ${report === null ? 'null' : typeof report}`);
  }
  for (const field of ARRAY_FIELDS) {
    if (!Array.isArray((report as Record<string, unknown>)[field])) {
      throw new QuoteDivergenceError('INVALID_ARGUMENT', `${caller}: report.${field} must be an array`);
    }
  }
}
