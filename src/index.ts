/**
 * quote-divergence: find the same statement rendered differently across news sources,
 * align the renderings word by word, and score how far they diverge.
 *
 * The public API, and nothing else. Every export is named; types are exported with `export type`.
 * The pipeline reads top-down: `text → extract → compare → corpus → report`.
 *
 * @packageDocumentation
 */

// Extraction
export { extractQuotes } from './extract/extract-quotes.js';

// Comparison
export { compareQuotes } from './compare/compare-quotes.js';
export { METHOD_VERSION } from './compare/method-version.js';

// Corpus
export { alignCorpus } from './corpus/align-corpus.js';
export { QuoteIndex } from './corpus/quote-index.js';

// Reports (JSON is `JSON.stringify(report)`: every result is a plain object)
export { formatCsv } from './report/csv.js';
export { formatMarkdown } from './report/markdown.js';
export { formatHtml } from './report/html.js';
export { formatText } from './report/text.js';

// Errors
export { QuoteDivergenceError, isQuoteDivergenceError } from './errors.js';

// Types
export type { QuoteDivergenceErrorCode } from './errors.js';
export type {
  AlignmentEntry,
  AlignmentKind,
  Article,
  AttributionVia,
  Cluster,
  CompareOptions,
  CorpusOptions,
  CorpusQuote,
  CorpusReport,
  Diagnostic,
  DivergenceComponents,
  Echo,
  Edit,
  EditClass,
  ExtractOptions,
  Overlap,
  QueryMatch,
  Quote,
  QuoteComparison,
  QuoteFlag,
  QuoteKind,
  SourceSummary,
  Span,
  Speaker,
  ToneShift,
  Variant,
  WitnessTable,
} from './types.js';
export type { QueryOptions } from './corpus/quote-index.js';
export type { QuoteIndexJSON } from './corpus/index-json.js';
export type { CsvOptions } from './report/csv.js';
export type { HtmlOptions } from './report/html.js';
export type { TextOptions } from './report/text.js';
