/**
 * A corpus quote built so that what many quotes have in common is held once.
 *
 * Why: once comparisons and witness tables were packed, the quotes were half of a corpus report's heap
 * (about 0.8 KB each at 2,000 news articles). A quote from a worker thread arrives with its own copy of
 * every string — the quote mark, its kind, the speaker's name, "said", "he" — and of its text; a quote
 * extracted in this thread already shares most of them. Here the text becomes a slice of the article's
 * own string (which the index holds anyway), the small strings are taken from one table per `add`
 * call, and equal `marks` objects and empty `flags` arrays are one object each. JSON, deep equality
 * and `structuredClone` see the same values; the report's objects are to be treated as read-only
 * (`types.ts`, `CorpusReport`).
 *
 * @module
 */

import type { CorpusQuote, Quote, Span, Speaker } from '../types.js';
import { CORPUS_QUOTE_KEYS, hasKeys, QUOTE_KEYS, SPAN_KEYS, SPEAKER_KEYS, STAMPED_QUOTE_KEYS } from './exact-keys.js';

/** Strings and objects shared by the quotes of one batch. */
export class SharedQuoteParts {
  private readonly strings = new Map<string, string>();
  private readonly marks = new Map<string, Quote['marks']>();
  private readonly noFlags: Quote['flags'] = [];

  /**
   * The corpus quote of `quote`, extracted from `articleText`, with its parts shared.
   *
   * @example
   * const parts = new SharedQuoteParts();
   * parts.corpusQuote(quote, article.text, { articleId: 'a', id: 'a:14', source: null });
   */
  corpusQuote(quote: Quote, articleText: string, place: Pick<CorpusQuote, 'articleId' | 'id' | 'source'>): CorpusQuote {
    const text = sliceOf(articleText, quote.text, quote.start);
    const marks = this.sharedMarks(quote.marks);
    const speaker = quote.speaker === null ? null : this.speaker(quote.speaker, articleText);
    const kind = this.string(quote.kind);
    const flags = quote.flags.length === 0 ? this.noFlags : quote.flags.map((flag) => this.string(flag));
    const { articleId, id, source } = place;
    // A literal in the extracted key order makes a compact object; a spread with overrides (below) takes a
    // slow path that left each quote about 350 bytes larger. Anything else keeps its keys and order.
    if (hasKeys(quote, QUOTE_KEYS) || hasKeys(quote, STAMPED_QUOTE_KEYS)) {
      return { text, start: quote.start, end: quote.end, marks, speaker, kind, flags, articleId, id, source };
    }
    return { ...quote, text, marks, speaker, kind, flags, articleId, id, source };
  }

  /**
   * The corpus quote of an exact copy of `quote`'s article (the same text under another id): `quote` with the
   * copy's place, every other part `quote`'s own objects. Why: in the replicated news corpus 43 % of the
   * articles are exact copies; each of their quotes was rebuilt from a fresh copy of the original's
   * extraction, its speaker, spans and marks made again (nine objects and a dozen look-ups a quote), and the
   * report kept one speaker and two spans per copy.
   *
   * @example
   * const copy = parts.copyFor(quote, { articleId: 'b', id: 'b:14', source: 'Reuters' });
   * copy.speaker === quote.speaker; //=> true
   */
  copyFor(quote: CorpusQuote, place: Pick<CorpusQuote, 'articleId' | 'id' | 'source'>): CorpusQuote {
    const { articleId, id, source } = place;
    if (hasKeys(quote, CORPUS_QUOTE_KEYS)) {
      return { text: quote.text, start: quote.start, end: quote.end, marks: quote.marks, speaker: quote.speaker, kind: quote.kind, flags: quote.flags, articleId, id, source };
    }
    return { ...quote, articleId, id, source };
  }

  private speaker(speaker: Speaker, articleText: string): Speaker {
    const { name, mention, cue, via } = speaker;
    const shared = { name: this.string(name), mention: this.span(mention, articleText), cue: cue === null ? null : this.span(cue, articleText), via: this.string(via) };
    return hasKeys(speaker, SPEAKER_KEYS) ? shared : { ...speaker, ...shared };
  }

  /** A span of the article with its text shared (a short word from the table, a long one sliced from the article). */
  private span(span: Span, articleText: string): Span {
    const text = span.text.length < 13 ? this.string(span.text) : sliceOf(articleText, span.text, span.start);
    return hasKeys(span, SPAN_KEYS) ? { start: span.start, end: span.end, text } : { ...span, text };
  }

  private sharedMarks(marks: Quote['marks']): Quote['marks'] {
    const key = `${marks.open}\u0000${marks.close ?? ''}\u0000${marks.close === null ? 'n' : 's'}`;
    let shared = this.marks.get(key);
    if (shared === undefined) {
      shared = { ...marks, open: this.string(marks.open), close: marks.close === null ? null : this.string(marks.close) };
      this.marks.set(key, shared);
    }
    return shared;
  }

  private string<T extends string>(value: T): T {
    const shared = this.strings.get(value) as T | undefined;
    if (shared !== undefined) return shared;
    this.strings.set(value, value);
    return value;
  }
}

/**
 * `text` as a slice of `source` when it is one at `start` (V8 keeps a slice of 13 characters or more as a
 * reference into `source`, not a copy), else `text` itself.
 */
function sliceOf(source: string, text: string, start: number): string {
  return source.startsWith(text, start) ? source.slice(start, start + text.length) : text;
}
