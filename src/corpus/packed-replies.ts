/**
 * A worker's reply as it crosses to the calling thread: extractions and verdicts packed into numbers and
 * a table of strings, and unpacked there into the very objects the worker built.
 *
 * Why: the structured clone copies an object property by property, key names included, and every string
 * again wherever it occurs. At 100,000 news articles the extraction replies came to 305 MB and the
 * verification replies to 95 MB (about 233 bytes a verdict), and reading them took the calling thread
 * about 3 s, while it also stores what it reads. Packed, a quote's text and its speaker's mention and cue
 * travel as offsets into the article (which the calling thread holds), the small strings of a chunk
 * (marks, kinds, names, content keys) once each, and a verdict as seven numbers.
 *
 * Anything not of the exact shape the extraction or the verification builds (keys, key order, a quote
 * stamped with another article's id) is posted as it is, so unpacking gives back the same values in the
 * same key order either way (property-tested).
 *
 * @module
 */

import { hasKeys, MARKS_KEYS, PROFILE_KEYS, QUOTE_KEYS, SPAN_KEYS, SPEAKER_KEYS, STAMPED_QUOTE_KEYS, VERIFIED_PAIR_KEYS } from './exact-keys.js';
import { NumberedStrings } from './numbered-strings.js';
import { packVerdict, VERDICT_NUMBERS, verdictAt } from './packed-verdict.js';
import type { TextProfile } from './content-keys.js';
import type { ExtractedArticle, Task, VerifiedPair } from './corpus-tasks.js';
import type { PackedComparison } from './report-comparison.js';
import type { Article, Diagnostic, Quote, Span, Speaker } from '../types.js';

/** A chunk's extractions, packed: see {@link packedReply}. */
export interface PackedExtractions {
  packed: 'extract';
  /** Per article its number of quotes, then per quote its record (see `packQuote`). */
  numbers: Int32Array;
  /** The strings the records refer to, each once. */
  strings: string[];
  /** Per article, its diagnostics as they are. */
  diagnostics: Diagnostic[][];
}

/** A chunk's verdicts, packed: see {@link packedReply}. */
export interface PackedVerdicts {
  packed: 'verify';
  /** Per pair, seven numbers (see `packVerdict`). */
  numbers: Float64Array;
  /** Per pair, its comparison, or `null` when no pair of the chunk has one. */
  comparisons: (PackedComparison | null)[] | null;
}

/** What a worker posts for a chunk: its results as they are, or packed. */
export type PostedReply = readonly unknown[] | PackedExtractions | PackedVerdicts;

/** A string reference meaning: the article's text between the two offsets before it. */
const SLICE = -1;
/** A reference meaning `null`. */
const NONE = -2;

/**
 * The reply a worker posts for `results`, the results of `task` (the task as the worker received it):
 * extractions and verdicts packed, comparisons (packed already) as they are.
 *
 * @example
 * const task = { op: 'extract', items: [article] };
 * unpackedReply(task, packedReply(task, runTask(task))); // deep-equal to runTask(task), key order included
 */
export function packedReply(task: Task, results: readonly unknown[]): PostedReply {
  if (task.op === 'extract') return packExtractions(task.items, results as readonly ExtractedArticle[]) ?? results;
  if (task.op === 'verify') return packVerdicts(results as readonly VerifiedPair[]) ?? results;
  return results;
}

/**
 * The results a worker packed with {@link packedReply} for `task` (the same chunk, on the calling thread,
 * which holds the chunk's articles: quote texts are sliced from them). A reply posted as it is is returned as it is.
 *
 * @throws {Error} when the reply was packed for a task of another kind (a bug, not bad data).
 *
 * @example
 * const task = { op: 'verify', items: [['we are ready', 'we are not ready']], keepAccepted: false, settings };
 * unpackedReply(task, packedReply(task, runTask(task)))[0].verdict; // the verdict, as `runTask` gave it
 */
export function unpackedReply(task: Task, reply: PostedReply): unknown[] {
  if (Array.isArray(reply)) return reply as unknown[];
  const packed = reply as PackedExtractions | PackedVerdicts;
  if (packed.packed === 'extract' && task.op === 'extract') return unpackExtractions(task.items, packed);
  if (packed.packed === 'verify' && task.op === 'verify') return unpackVerdicts(packed);
  throw new Error(`a packed ${packed.packed} reply to a ${task.op} task`);
}

/** Strings of one chunk, each numbered once. */
class StringTable extends NumberedStrings {
  /** {@link SLICE} when `value` is `text` from `start` to `end`, else the number of `value`. */
  textRef(value: string, text: string, start: number, end: number): number {
    return value.length === end - start && text.startsWith(value, start) ? SLICE : this.numberOf(value);
  }
}

function packExtractions(articles: readonly Article[], results: readonly ExtractedArticle[]): PackedExtractions | null {
  const table = new StringTable();
  const numbers: number[] = [];
  const diagnostics: Diagnostic[][] = [];
  for (let a = 0; a < results.length; a++) {
    const { quotes, profiles } = results[a]!;
    const article = articles[a]!;
    if (profiles.length !== quotes.length) return null;
    numbers.push(quotes.length);
    for (let q = 0; q < quotes.length; q++) if (!packQuote(quotes[q]!, profiles[q]!, article, numbers, table)) return null;
    diagnostics.push(results[a]!.diagnostics);
  }
  return { packed: 'extract', numbers: Int32Array.from(numbers), strings: table.strings, diagnostics };
}

/**
 * Appends the record of `quote` and its profile to `out`: stamped (1) or not (0), start, end, text, open
 * and close marks, kind, the number of flags and each flag, the speaker (`NONE`, or name, mention, cue,
 * via), then the profile (normalised text, words, the number of keys and each key, the number of pair places and each place).
 * Strings are numbers in `table` ({@link SLICE} for a span of the article). False, with `out` left
 * part-written, when the quote is not of the shape extraction builds.
 */
function packQuote(quote: Quote, profile: TextProfile, article: Article, out: number[], table: StringTable): boolean {
  const stamped = hasKeys(quote, STAMPED_QUOTE_KEYS);
  if (stamped ? quote.articleId !== article.id : !hasKeys(quote, QUOTE_KEYS)) return false;
  const { text, start, end, marks, speaker, kind, flags } = quote;
  if (!hasKeys(marks, MARKS_KEYS) || !hasKeys(profile, PROFILE_KEYS)) return false;
  out.push(stamped ? 1 : 0, start, end, table.textRef(text, article.text, start, end), table.numberOf(marks.open), marks.close === null ? NONE : table.numberOf(marks.close), table.numberOf(kind), flags.length);
  for (const flag of flags) out.push(table.numberOf(flag));
  if (speaker === null) out.push(NONE);
  else {
    if (!hasKeys(speaker, SPEAKER_KEYS)) return false;
    out.push(table.numberOf(speaker.name));
    if (!packSpan(speaker.mention, article, out, table)) return false;
    if (speaker.cue === null) out.push(NONE);
    else if (!packSpan(speaker.cue, article, out, table)) return false;
    out.push(table.numberOf(speaker.via));
  }
  out.push(table.numberOf(profile.normalised), profile.words, profile.keys.length);
  for (const key of profile.keys) out.push(table.numberOf(key));
  // the pairs are places in the keys: numbers already
  out.push(profile.pairs.length);
  for (const place of profile.pairs) out.push(place);
  return true;
}

/** Appends the span's start, end and text reference; false when the span is not `{ start, end, text }`. */
function packSpan(span: Span, article: Article, out: number[], table: StringTable): boolean {
  if (!hasKeys(span, SPAN_KEYS)) return false;
  out.push(span.start, span.end, table.textRef(span.text, article.text, span.start, span.end));
  return true;
}

/** Reads {@link PackedExtractions} back (see `packQuote` for the order of a record). */
function unpackExtractions(articles: readonly Article[], packed: PackedExtractions): ExtractedArticle[] {
  const { numbers, strings } = packed;
  let i = 0;
  const results = new Array<ExtractedArticle>(articles.length);
  for (let a = 0; a < articles.length; a++) {
    const article = articles[a]!;
    const count = numbers[i++]!;
    const quotes = new Array<Quote>(count);
    const profiles = new Array<TextProfile>(count);
    const text = (ref: number, start: number, end: number) => (ref === SLICE ? article.text.slice(start, end) : strings[ref]!);
    const span = (): Span => {
      const start = numbers[i++]!;
      const end = numbers[i++]!;
      return { start, end, text: text(numbers[i++]!, start, end) };
    };
    for (let q = 0; q < count; q++) {
      const stamped = numbers[i++] === 1;
      const start = numbers[i++]!;
      const end = numbers[i++]!;
      const quoteText = text(numbers[i++]!, start, end);
      const open = strings[numbers[i++]!]!;
      const close = numbers[i++]!;
      const marks = { open, close: close === NONE ? null : strings[close]! };
      const kind = strings[numbers[i++]!]! as Quote['kind'];
      const flags = new Array<Quote['flags'][number]>(numbers[i++]!);
      for (let f = 0; f < flags.length; f++) flags[f] = strings[numbers[i++]!]! as Quote['flags'][number];
      let speaker: Speaker | null = null;
      const name = numbers[i++]!;
      if (name !== NONE) {
        const mention = span();
        let cue: Span | null = null;
        if (numbers[i] === NONE) i++;
        else cue = span();
        speaker = { name: strings[name]!, mention, cue, via: strings[numbers[i++]!]! as Speaker['via'] };
      }
      quotes[q] = stamped
        ? { text: quoteText, start, end, marks, speaker, kind, flags, articleId: article.id }
        : { text: quoteText, start, end, marks, speaker, kind, flags };
      const normalised = strings[numbers[i++]!]!;
      const words = numbers[i++]!;
      const keys = new Array<string>(numbers[i++]!);
      for (let k = 0; k < keys.length; k++) keys[k] = strings[numbers[i++]!]!;
      const pairs = new Array<number>(numbers[i++]!);
      for (let k = 0; k < pairs.length; k++) pairs[k] = numbers[i++]!;
      profiles[q] = { normalised, keys, words, pairs };
    }
    results[a] = { quotes, diagnostics: packed.diagnostics[a]!, profiles };
  }
  return results;
}

function packVerdicts(results: readonly VerifiedPair[]): PackedVerdicts | null {
  const numbers = new Float64Array(VERDICT_NUMBERS * results.length);
  let comparisons: (PackedComparison | null)[] | null = null;
  for (let p = 0; p < results.length; p++) {
    const result = results[p]!;
    if (!hasKeys(result, VERIFIED_PAIR_KEYS) || !packVerdict(result.verdict, numbers, VERDICT_NUMBERS * p)) return null;
    if (result.comparison !== null) {
      comparisons ??= new Array<PackedComparison | null>(results.length).fill(null);
      comparisons[p] = result.comparison;
    }
  }
  return { packed: 'verify', numbers, comparisons };
}

function unpackVerdicts({ numbers, comparisons }: PackedVerdicts): VerifiedPair[] {
  const results = new Array<VerifiedPair>(numbers.length / VERDICT_NUMBERS);
  for (let p = 0; p < results.length; p++) results[p] = { verdict: verdictAt(numbers, VERDICT_NUMBERS * p), comparison: comparisons?.[p] ?? null };
  return results;
}
