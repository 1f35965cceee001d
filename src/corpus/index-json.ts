/**
 * The JSON form of a {@link QuoteIndex}: a format tag and version, the options, the articles and
 * their extracted quotes. Comparisons are not stored (they are recomputed, and cached, on use), so
 * the file stays close to the size of the input, and loading it never re-runs extraction.
 *
 * @module
 */

import { METHOD_VERSION } from '../compare/method-version.js';
import { QuoteDivergenceError } from '../errors.js';
import type { ResolvedCorpusOptions } from './corpus-options.js';
import type { IndexedArticle } from './quote-index.js';
import { quoteIdOf } from './quote-groups.js';
import { unplacedDiagnostic } from './unplaced-diagnostic.js';
import type { CompareOptions, CorpusOptions, CorpusQuote, Diagnostic } from '../types.js';

/** The format tag written in every index file. */
export const INDEX_FORMAT = 'quote-divergence/quote-index';
/** The version of the index format; files of other versions are rejected. */
export const INDEX_FORMAT_VERSION = 1;

/** Rule id of the warning of an index loaded from a file written with another method version (it belongs to no article). */
export const INDEX_METHOD_VERSION = 'index-method-version';

/** What {@link QuoteIndex.toJSON} returns. */
export interface QuoteIndexJSON {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_FORMAT_VERSION;
  /**
   * The method version of the library that wrote the file: its quotes were extracted with that method. Loaded
   * by a library of another version, the index's diagnostics gain an `index-method-version` warning.
   */
  methodVersion: string;
  options: { minSimilarity: number; echoes: boolean; minTokens: number; compare: CompareOptions };
  articles: { id: string; text: string; source: string | null }[];
  quotes: CorpusQuote[];
  diagnostics: Diagnostic[];
}

/** The plain JSON of an index. Compare options that cannot be written (an `embed` function) are left out. */
export function indexToJSON(
  options: ResolvedCorpusOptions,
  articles: readonly IndexedArticle[],
  quotes: readonly CorpusQuote[],
  diagnostics: readonly Diagnostic[],
): QuoteIndexJSON {
  const compare: CompareOptions = {};
  if (options.compare.local !== undefined) compare.local = options.compare.local;
  if (options.compare.wordnet !== undefined) compare.wordnet = options.compare.wordnet;
  if (options.compare.idf !== undefined) {
    const { documents, frequency } = options.compare.idf;
    compare.idf = { documents, frequency: frequency instanceof Map ? Object.fromEntries(frequency) : { ...frequency } };
  }
  return {
    format: INDEX_FORMAT,
    version: INDEX_FORMAT_VERSION,
    methodVersion: METHOD_VERSION,
    options: { minSimilarity: options.minSimilarity, echoes: options.echoes, minTokens: options.minTokens, compare },
    articles: articles.map((article) => ({ ...article })),
    quotes: structuredClone([...quotes]),
    diagnostics: structuredClone([...diagnostics]),
  };
}

/** Checks and reads an index file; anything it did not write throws `INVALID_JSON`. */
export function indexFromJSON(json: unknown): {
  options: CorpusOptions;
  articles: IndexedArticle[];
  quotes: CorpusQuote[];
  diagnostics: Diagnostic[];
} {
  const value = typeof json === 'string' ? parse(json) : json;
  if (!isObject(value) || value.format !== INDEX_FORMAT) fail('not a quote-divergence index (format tag missing)');
  if (value.version !== INDEX_FORMAT_VERSION) fail(`unsupported index format version ${String(value.version)}`);
  const { options, articles, quotes, diagnostics } = value;
  if (!isObject(options) || !Array.isArray(articles) || !Array.isArray(quotes) || !Array.isArray(diagnostics)) {
    fail('options, articles, quotes and diagnostics are required');
  }
  const texts = new Map<string, string>();
  const checkedArticles = articles.map((article, i): IndexedArticle => {
    if (!isObject(article) || typeof article.id !== 'string' || article.id === '' || typeof article.text !== 'string') {
      fail(`articles[${i}] needs a non-empty string id and a string text`);
    }
    if (article.source !== null && typeof article.source !== 'string') fail(`articles[${i}].source must be a string or null`);
    if (texts.has(article.id)) fail(`article id "${article.id}" appears twice`);
    texts.set(article.id, article.text);
    return { id: article.id, text: article.text, source: article.source };
  });
  const ids = new Set<string>();
  quotes.forEach((quote, i) => {
    if (!isObject(quote) || typeof quote.articleId !== 'string' || typeof quote.text !== 'string') fail(`quotes[${i}] is not a quote`);
    const text = texts.get(quote.articleId);
    const { start, end } = quote;
    if (text === undefined || !Number.isInteger(start) || !Number.isInteger(end) || text.slice(start as number, end as number) !== quote.text) {
      fail(`quotes[${i}] does not match its article's text`);
    }
    if (quote.id !== quoteIdOf(quote.articleId, start as number) || ids.has(quote.id)) fail(`quotes[${i}] has a wrong or repeated id`);
    if (!isObject(quote.marks) || !Array.isArray(quote.flags) || typeof quote.kind !== 'string') fail(`quotes[${i}] lacks marks, flags or kind`);
    ids.add(quote.id);
  });
  diagnostics.forEach((diagnostic, i) => {
    if (!isObject(diagnostic) || typeof diagnostic.rule !== 'string') fail(`diagnostics[${i}] is not a diagnostic`);
  });
  if (typeof value.methodVersion !== 'string') fail('methodVersion must be a string');
  // saved again, the index is written with this version, and carries the warning in its diagnostics
  const warning = indexMethodVersion(value.methodVersion);
  const { minSimilarity, echoes, minTokens, compare } = options;
  const restored: CorpusOptions = {};
  if (typeof minSimilarity === 'number') restored.minSimilarity = minSimilarity;
  if (typeof echoes === 'boolean') restored.echoes = echoes;
  if (typeof minTokens === 'number') restored.minTokens = minTokens;
  if (isObject(compare)) restored.compare = compare as CompareOptions;
  return { options: restored, articles: checkedArticles, quotes: quotes as CorpusQuote[], diagnostics: [...(warning === null ? [] : [warning]), ...(diagnostics as Diagnostic[])] };
}

/**
 * The warning of an index file written with method version `written`, or `null` when it is this library's
 * ({@link METHOD_VERSION}). Results are comparable only within one method version, and such an index mixes
 * two: its quotes were extracted with `written`, what is computed after loading with this library's. The
 * warning belongs to no article (offsets 0, line and column 1).
 *
 * @example
 * indexMethodVersion(METHOD_VERSION); //=> null
 * indexMethodVersion('0.9.0')?.rule; //=> 'index-method-version'
 */
export function indexMethodVersion(written: string): Diagnostic | null {
  if (written === METHOD_VERSION) return null;
  return unplacedDiagnostic(
    INDEX_METHOD_VERSION,
    'warning',
    `the index was written with method version ${written} and loaded with ${METHOD_VERSION}: its quotes were extracted with ${written}, ` +
      `quotes added since and all clusters, comparisons and echoes with ${METHOD_VERSION}; results are comparable only within one version`,
  );
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fail('not valid JSON');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new QuoteDivergenceError('INVALID_JSON', `QuoteIndex.fromJSON: ${message}`);
}
