/**
 * Checks the arguments of `compareQuotes`: misuse throws {@link QuoteDivergenceError}
 * (`INVALID_ARGUMENT` for wrong types, `OPTION_OUT_OF_RANGE` for values outside their range).
 *
 * @module
 */

import { QuoteDivergenceError } from '../errors.js';
import type { CompareOptions, Quote } from '../types.js';

/** The text of a quote argument (a string, or an object with a string `text`). */
export function quoteText(value: unknown, name: 'a' | 'b'): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Partial<Quote>).text === 'string') return (value as Quote).text;
  throw new QuoteDivergenceError('INVALID_ARGUMENT', `compareQuotes: \`${name}\` must be a string or a Quote with a string \`text\``);
}

/** Validated options with defaults applied. */
export interface ResolvedOptions {
  local: boolean;
  wordnet: boolean;
  idf: CompareOptions['idf'];
  embed: CompareOptions['embed'];
}

/** The options when none are given (shared: resolved options are only read). */
const DEFAULTS: Readonly<ResolvedOptions> = { local: true, wordnet: true, idf: undefined, embed: undefined };

/** Checks `options` and applies the defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'compareQuotes: `options` must be an object');
  }
  const given = options as Record<string, unknown>;
  for (const flag of ['local', 'wordnet'] as const) {
    if (given[flag] !== undefined && typeof given[flag] !== 'boolean') {
      throw new QuoteDivergenceError('INVALID_ARGUMENT', `compareQuotes: \`options.${flag}\` must be a boolean`);
    }
  }
  if (given.embed !== undefined && typeof given.embed !== 'function') {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'compareQuotes: `options.embed` must be a function');
  }
  const idf = given.idf;
  if (idf !== undefined) checkIdf(idf);
  const embed = given.embed as CompareOptions['embed'];
  return {
    local: given.local !== false,
    wordnet: given.wordnet !== false,
    idf: idf as CompareOptions['idf'],
    embed: embed === undefined ? undefined : checkedEmbed(embed),
  };
}

function checkIdf(idf: unknown): void {
  if (typeof idf !== 'object' || idf === null) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'compareQuotes: `options.idf` must be { documents, frequency }');
  }
  const { documents, frequency } = idf as { documents?: unknown; frequency?: unknown };
  if (typeof documents !== 'number' || typeof frequency !== 'object' || frequency === null) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'compareQuotes: `options.idf` must be { documents: number, frequency: Map | object }');
  }
  if (!Number.isInteger(documents) || documents < 1) {
    throw new QuoteDivergenceError('OPTION_OUT_OF_RANGE', 'compareQuotes: `options.idf.documents` must be a positive integer');
  }
}

/** Wraps the embedding hook so that a value outside [0, 1] is reported as misuse. */
function checkedEmbed(embed: (a: string, b: string) => number): (a: string, b: string) => number {
  return (a, b) => {
    const value = embed(a, b);
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new QuoteDivergenceError('OPTION_OUT_OF_RANGE', 'compareQuotes: `options.embed` must return a number in [0, 1]');
    }
    return value;
  };
}
