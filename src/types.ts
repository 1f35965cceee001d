/**
 * The data that flows through the pipeline: `text → extract → compare → corpus → report`.
 * Every result type here is a plain, JSON-serialisable object.
 *
 * Offsets (`start`, `end`) are always UTF-16 indices (JavaScript string indices)
 * into the caller's original text, never into a normalised copy.
 *
 * @module
 */

// ---------------------------------------------------------------------------
// Input

/**
 * One news article.
 *
 * @example
 * const article: Article = { id: 'tass-1', text: '"We are ready," Peskov said.', source: 'TASS' };
 */
export interface Article {
  /** A non-empty identifier, unique within one call or index. */
  id: string;
  /** The article's full text, as published. */
  text: string;
  /** The outlet's name ("Tasnim", "RT"); used for the source-by-source summary. */
  source?: string;
  url?: string;
  /** An ISO 8601 date or date-time. */
  publishedAt?: string;
  title?: string;
}

/**
 * A range of the caller's text: `text === original.slice(start, end)`.
 *
 * @example
 * const span: Span = { start: 4, end: 9, text: 'quick' };
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------------------
// Problems in the data: reported, never thrown

/**
 * A problem found in the data (an unclosed quote, a stray mark, a skipped line).
 * Problems in the data never throw; they are collected as diagnostics.
 *
 * @example
 * const d: Diagnostic = { rule: 'unclosed-quote', message: 'Quote opened with “ is never closed', severity: 'warning', start: 10, end: 11, line: 2, column: 1 };
 */
export interface Diagnostic {
  /** A stable rule id, e.g. `unclosed-quote`, `stray-mark`, `nested-shared-close`. */
  rule: string;
  message: string;
  severity: 'info' | 'warning' | 'error';
  /** UTF-16 offset range in the text the diagnostic is about. */
  start: number;
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
  /**
   * The article the diagnostic belongs to, when known. A corpus report's `worker-stopped` warning (about the
   * run) and `index-method-version` warning (an index loaded from a file of another method version) belong
   * to none: offsets 0, line and column 1.
   */
  articleId?: string;
}

// ---------------------------------------------------------------------------
// Extraction

/**
 * What sort of quotation this is.
 * - `utterance`: a full quoted statement, usually attributed ("…," Peskov said).
 * - `fragment`: a few quoted words embedded in reported speech (Moscow “can no longer tolerate” …).
 * - `scare`: scare quotes or headline words ("clear signal", a quoted word in a title).
 */
export type QuoteKind = 'utterance' | 'fragment' | 'scare';

/**
 * Repairs and oddities noted on a quote.
 * - `unclosed`: no closing mark was found; the quote was bounded at the end of its paragraph.
 * - `nested`: this quote lies inside another quote.
 * - `shared-close`: the inner and outer quote end at one shared closing mark.
 * - `continued`: the quote runs on across a paragraph break that reopens it without closing it.
 * - `split`: one half of a quote split by its attribution ("…," he said, "…").
 * - `mismatched-marks`: the closing mark is not the usual partner of the opening one.
 */
export type QuoteFlag = 'unclosed' | 'nested' | 'shared-close' | 'continued' | 'split' | 'mismatched-marks';

/**
 * How a speaker was found.
 * - `cue`: a reporting verb next to the quote with a name (`Peskov said`).
 * - `pronoun`: a pronoun (`he said`) resolved to the most recent compatible named speaker.
 * - `role`: a role noun (`the press secretary`) resolved to the person introduced with that role.
 * - `according-to`: "according to X".
 * - `colon`: a colon lead-in (`Putin said: “…”`).
 * - `dash`: a dash attribution (`— said Peskov`).
 */
export type AttributionVia = 'cue' | 'pronoun' | 'role' | 'according-to' | 'colon' | 'dash';

/**
 * The person a quote is credited to, with the evidence.
 *
 * @example
 * const s: Speaker = {
 *   name: 'Dmitry Peskov',
 *   mention: { start: 120, end: 126, text: 'Peskov' },
 *   cue: { start: 127, end: 133, text: 'stressed' },
 *   via: 'cue',
 * };
 */
export interface Speaker {
  /** The fullest form of the person's name in the article ("Dmitry Peskov"). */
  name: string;
  /** The words next to the quote that credit it ("he", "the press secretary", "Peskov"). */
  mention: Span;
  /** The reporting verb or phrase ("said", "according to"), when there is one. */
  cue: Span | null;
  via: AttributionVia;
}

/**
 * A direct quotation found in a text.
 * `text === original.slice(start, end)` always; the marks are reported separately.
 *
 * @example
 * const q: Quote = {
 *   text: 'We are ready',
 *   start: 1, end: 13,
 *   marks: { open: '"', close: '"' },
 *   speaker: null,
 *   kind: 'utterance',
 *   flags: [],
 * };
 */
export interface Quote {
  /** The quoted words exactly as written (marks excluded). */
  text: string;
  /** UTF-16 offsets of the quoted content in the original text. */
  start: number;
  end: number;
  /** The opening mark, and the closing mark (`null` when the quote is unclosed). */
  marks: { open: string; close: string | null };
  speaker: Speaker | null;
  kind: QuoteKind;
  flags: QuoteFlag[];
  /** The article the quote comes from, when it was extracted from an {@link Article}. */
  articleId?: string;
}

/**
 * Options for {@link extractQuotes}.
 */
export interface ExtractOptions {
  /** Called once for every problem found in the data (unclosed quote, stray mark). */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** Leave out quotes of these kinds. Default: keep all. */
  exclude?: readonly QuoteKind[];
}

// ---------------------------------------------------------------------------
// Comparison

/**
 * How two aligned pieces relate, from identical to unrelated.
 * An entry with one side `null` is an `omission` (only in `a`) or an `insertion` (only in `b`).
 */
export type AlignmentKind =
  | 'identical'
  | 'case-punctuation'
  | 'inflection'
  | 'spelling'
  | 'number'
  | 'synonym'
  | 'related'
  | 'function-word'
  | 'substitution'
  | 'phrase-substitution'
  | 'insertion'
  | 'omission';

/**
 * One entry of a word alignment. Every token of both sides appears in exactly one entry,
 * in order on each side. A phrase substitution is one entry whose spans cover several tokens.
 *
 * @example
 * const e: AlignmentEntry = {
 *   a: { start: 40, end: 58, text: 'a sacrificial lamb' },
 *   b: { start: 42, end: 56, text: 'ritual victims' },
 *   kind: 'phrase-substitution',
 *   similarity: 0.42,
 *   moved: false,
 * };
 */
export interface AlignmentEntry {
  a: Span | null;
  b: Span | null;
  kind: AlignmentKind;
  /** Similarity of the two sides in [0, 1] (0 for insertions and omissions). */
  similarity: number;
  /** True when the pair is aligned out of order (part of a moved block). */
  moved: boolean;
}

/** The class of a reader-level edit. */
export type EditClass =
  | 'case-punctuation'
  | 'inflection'
  | 'spelling'
  | 'number'
  | 'synonym'
  | 'related'
  | 'function-word'
  | 'substitution'
  | 'phrase-substitution'
  | 'insertion'
  | 'omission'
  | 'move';

/**
 * A change in sentiment between the two sides of an edit or of a whole comparison.
 * `direction` says where `b` moves relative to `a`.
 */
export interface ToneShift {
  direction: 'negative' | 'positive';
  /** Size of the shift in [0, 1]. */
  magnitude: number;
}

/**
 * A phrase-level change, grouped for a reader.
 *
 * @example
 * const edit: Edit = {
 *   class: 'phrase-substitution',
 *   a: { start: 40, end: 58, text: 'a sacrificial lamb' },
 *   b: { start: 42, end: 56, text: 'ritual victims' },
 *   tone: { direction: 'negative', magnitude: 0.3 },
 * };
 */
export interface Edit {
  class: EditClass;
  a: Span | null;
  b: Span | null;
  /** Present when the edit shifts the tone. */
  tone?: ToneShift;
}

/**
 * The separate, explainable parts of a divergence, each in [0, 1] (0 = no difference).
 */
export interface DivergenceComponents {
  /** Share of weighted tokens in the overlap whose surface forms differ. */
  lexical: number;
  /** Share of meaning lost in the overlap: 1 minus the weighted similarity of aligned tokens. */
  semantic: number;
  /** Weighted share of `a`'s tokens (in the overlap) that `b` leaves out. */
  omission: number;
  /** Weighted share of `b`'s tokens (in the overlap) that `a` does not have. */
  addition: number;
  /** How much the aligned tokens are reordered (normalised count of crossing pairs). */
  order: number;
  /** Difference in sentiment between the two sides. */
  tone: number;
}

/**
 * The region where the two quotes overlap, when one covers only part of the other.
 * Tokens outside it are reported as omissions or insertions, but do not count as disagreement.
 */
export interface Overlap {
  a: Span;
  b: Span;
  /** Which side is covered only in part: `a` when `b` renders a fragment of `a`. */
  partial: 'a' | 'b' | 'both';
}

/**
 * The result of {@link compareQuotes}.
 */
export interface QuoteComparison {
  /** 0 = the same words after normalisation, 1 = unrelated. */
  divergence: number;
  components: DivergenceComponents;
  /** The two texts compared (each side's own string, which the offsets index). */
  a: string;
  b: string;
  alignment: AlignmentEntry[];
  edits: Edit[];
  /** `null` when both quotes are covered whole. */
  overlap: Overlap | null;
  /** Sentiment of each side in [-1, 1], and the shift from `a` to `b`. */
  tone: { a: number; b: number; shift: ToneShift | null };
  /** The method version; divergences are comparable only within one version. */
  methodVersion: string;
}

/**
 * Options for {@link compareQuotes}.
 */
export interface CompareOptions {
  /**
   * Document frequencies for weighting tokens (corpus IDF).
   * A map from lower-cased token to the number of documents containing it, plus the total.
   */
  idf?: { documents: number; frequency: ReadonlyMap<string, number> | Record<string, number> };
  /**
   * Judge a fragment on its overlap with the longer quote (local alignment). Default `true`.
   */
  local?: boolean;
  /** Use WordNet synonymy and relatedness. Default `true`. */
  wordnet?: boolean;
  /**
   * An optional embedding hook for semantic similarity between two tokens or phrases,
   * returning a value in [0, 1]. No model is shipped or downloaded.
   */
  embed?: (a: string, b: string) => number;
}

// ---------------------------------------------------------------------------
// Corpus

/** A quote placed in its article. */
export interface CorpusQuote extends Quote {
  articleId: string;
  /** A stable id of the quote within the corpus: `${articleId}:${start}`. */
  id: string;
  source: string | null;
}

/**
 * One rendering of an utterance within a cluster.
 */
export interface Variant {
  articleId: string;
  source: string | null;
  /** The quote as extracted from its article (offsets into that article). */
  quote: CorpusQuote;
  /**
   * Comparison of the reference reading (`a`) with this variant (`b`).
   *
   * In a report from {@link alignCorpus} or `QuoteIndex`, variants whose texts are equal share one
   * comparison object, and its `alignment` is kept packed and decoded on every read (an own, enumerable
   * getter): each read returns a new array of new entries, equal to what {@link compareQuotes} gives,
   * so JSON, `structuredClone` and deep equality see plain data. Treat it as read-only; to change it,
   * assign the property (that replaces the getter) or work on a copy. A loop over one alignment should
   * read it once into a variable.
   */
  comparison: QuoteComparison;
  divergence: number;
}

/**
 * A multi-witness alignment table, as in collation tools:
 * rows are variants (witnesses), columns are aligned positions, cells are readings.
 */
export interface WitnessTable {
  /** Row labels: the quote id of each variant, in `variants` order. */
  witnesses: string[];
  /**
   * Each column holds one cell per witness: the reading there, or `null` when the witness has none.
   * A cell's offsets index that witness's own quote text (`Variant.quote.text`, the `b` side of its
   * comparison), not the article. `agreement`: `all` = every witness reads the same (after normalisation),
   * `partial` = those present agree but some have nothing, `variant` = readings differ.
   *
   * In a report from {@link alignCorpus} or `QuoteIndex`, the columns are kept packed and decoded on
   * every read (an own, enumerable getter): each read returns new arrays and cells, equal each time, so
   * JSON, `structuredClone` and deep equality see plain data. Read it once into a variable to walk it.
   */
  columns: { cells: (Span | null)[]; agreement: 'all' | 'partial' | 'variant' }[];
}

/**
 * Renderings of one utterance, from two or more quotes.
 */
export interface Cluster {
  id: string;
  variants: Variant[];
  /** The reading the variants are compared with, and how it was chosen. */
  reference: { quoteId: string; text: string; choice: 'medoid' | 'longest' };
  table: WitnessTable;
  /** Distinct speakers credited with this utterance (more than one is a conflict). */
  speakers: string[];
  attributionConflict: boolean;
  /** Mean divergence of the variants from the reference. */
  meanDivergence: number;
}

/**
 * A quote in one article matched by unquoted text in another (reported speech, dropped marks). The
 * text shares at least two of the quote's content words (one word in common is a coincidence of vocabulary),
 * and its sentence names the quote's speaker by surname: a quote credited to no one has no echo.
 */
export interface Echo {
  quote: CorpusQuote;
  /** The unquoted span in the other article (article offsets): the sentence, quotations cut out, holding the echo. */
  match: Span & { articleId: string };
  /**
   * Comparison of the quote (`a`) with `match.text` (`b`); its `overlap` says where in the window the quote is echoed.
   * Echoes of one quote in the same window text share one comparison object, whose `alignment` is decoded
   * on every read as in {@link Variant.comparison}; treat it as read-only.
   */
  comparison: QuoteComparison;
}

/** Divergence summary for one source. */
export interface SourceSummary {
  source: string;
  /** Number of variants from this source in clusters. */
  count: number;
  /** Mean divergence of this source's variants from their cluster's reference. */
  meanDivergence: number;
}

/**
 * The result of {@link alignCorpus}.
 *
 * Objects in a report may be shared (a quote is both in `quotes` and in its variants and echoes; equal
 * comparisons are one object) and some properties are getters that decode a packed form on every read
 * (`Variant.comparison.alignment`, `Echo.comparison.alignment`, `WitnessTable.columns`): treat the report
 * as read-only. `JSON.stringify` and `structuredClone` give plain data with the same values.
 */
export interface CorpusReport {
  quotes: CorpusQuote[];
  clusters: Cluster[];
  echoes: Echo[];
  sources: SourceSummary[];
  diagnostics: Diagnostic[];
  /** The method version ({@link METHOD_VERSION}): extraction, comparison and the corpus rules; reports are comparable only within one. */
  methodVersion: string;
}

/**
 * Options for {@link alignCorpus} and {@link QuoteIndex}.
 */
export interface CorpusOptions {
  /** Minimum similarity (1 - divergence) for two quotes to join one cluster. Default 0.35. */
  minSimilarity?: number;
  /** Find echoes of quotes in unquoted text. Default `true`. */
  echoes?: boolean;
  /**
   * Number of threads that share extraction and verification, the calling thread included: `1`
   * (the default) runs everything in-process, `2` adds one `worker_threads` worker, and so on.
   * Results do not depend on it.
   */
  workers?: number;
  /** Options passed to every comparison. */
  compare?: CompareOptions;
  /** Minimum number of word tokens for a quote to be clustered. Default 2. */
  minTokens?: number;
  /**
   * Called with the progress of each stage, so that a long run can show a bar: `extract` counts distinct article texts (exact copies are extracted once),
   * `cluster` the candidate pairs verified, `echoes` the (quote, unquoted window) pairs verified, and
   * `report` the comparisons of each cluster's variants with its reference (in this order; no `echoes`
   * with `echoes: false`). Each stage is reported first with `done: 0`, then at most once per step
   * (8 articles, 256 pairs or 64 comparisons per thread), and last with `done === total`. Called
   * synchronously on the calling thread (never in a worker), never required: the results are identical
   * with or without it. {@link QuoteIndex.toJSON} does not write it (a function is not JSON).
   */
  onProgress?: (progress: { stage: 'extract' | 'cluster' | 'echoes' | 'report'; done: number; total: number }) => void;
}

/** A match returned by {@link QuoteIndex.query}. */
export interface QueryMatch {
  quote: CorpusQuote;
  comparison: QuoteComparison;
  similarity: number;
}
