/**
 * The extraction of one corpus article, shared by exact copies of its text within a batch.
 *
 * Why: news corpora carry the same article many times over (agency copy run unchanged by many
 * outlets, pages crawled twice); in the replicated news corpus half the articles are exact copies.
 * What `extractQuotes` finds depends on the text alone (the id is only stamped on each quote and
 * diagnostic), so a caller extracts each distinct text of a batch once ({@link distinctArticles})
 * and gives each copy the extraction with its own id stamped on fresh copies of the quotes and
 * diagnostics ({@link copyForArticle}): byte for byte what extracting it again gives.
 *
 * A per-thread memo of recent extractions (two generations of 4 M characters), which also caught
 * copies across batches, was dropped: within one batch it never hit (the texts are distinct), and
 * its copies and the extractions it kept alive cost 4.7–14 s of wall time at 100,000 articles
 * (alternated runs; the calling thread allocated 1.1 GB more at 20,000 articles).
 *
 * @module
 */

import { extractQuotes } from '../extract/extract-quotes.js';
import { profileQuote } from './profile-memo.js';
import { extractionFailed } from './extraction-failed.js';
import { QuoteDivergenceError } from '../errors.js';
import { DIAGNOSTIC_KEYS, hasKeys, MARKS_KEYS, SPAN_KEYS, SPEAKER_KEYS, STAMPED_QUOTE_KEYS } from './exact-keys.js';
import type { ExtractedArticle } from './corpus-tasks.js';
import type { Article, Diagnostic, Quote, Span } from '../types.js';

/**
 * The quotes, diagnostics (with the article id) and quote profiles of one article. When extraction fails inside
 * the library (a bug), the article has no quotes and one `extraction-failed` error instead (`extraction-failed.ts`).
 *
 * @example
 * const a = extractArticle({ id: 'a', text: '“We are ready,” Peskov said.' });
 * [a.quotes[0]?.articleId, a.quotes[0]?.speaker?.name, a.profiles[0]?.keys]
 * //=> ['a', 'Peskov', ['ready']]
 */
export function extractArticle(article: Article): ExtractedArticle {
  const diagnostics: Diagnostic[] = [];
  try {
    const quotes = extractQuotes(article, {
      onDiagnostic: (diagnostic: Diagnostic) => diagnostics.push({ ...diagnostic, articleId: article.id }),
    });
    return { quotes, diagnostics, profiles: quotes.map((quote) => profileQuote(quote.text)) };
  } catch (error) {
    // misuse (an article without a string id or text) is the caller's to see
    if (error instanceof QuoteDivergenceError) throw error;
    // a bug on one article costs that article's quotes, not the corpus run (`extraction-failed.ts`)
    return { quotes: [], diagnostics: [extractionFailed(article.id, error)], profiles: [] };
  }
}

/**
 * The articles with distinct texts, in order of first appearance, and for each article the number of its
 * text among them: a caller extracts each distinct text once and gives the copies {@link copyForArticle}.
 *
 * @example
 * distinctArticles([{ id: 'a', text: 'x' }, { id: 'b', text: 'x' }, { id: 'c', text: 'y' }]).copyOf;
 * //=> [0, 0, 1]
 */
export function distinctArticles(articles: readonly Article[]): { distinct: Article[]; copyOf: number[] } {
  const firstOf = new Map<string, number>();
  const distinct: Article[] = [];
  const copyOf = articles.map((article) => {
    let first = firstOf.get(article.text);
    if (first === undefined) {
      first = distinct.length;
      firstOf.set(article.text, first);
      distinct.push(article);
    }
    return first;
  });
  return { distinct, copyOf };
}

/**
 * The extraction of an exact copy of an article, given the article's extraction: fresh quotes and
 * diagnostics carrying the copy's id `id`, the profiles shared; JSON-identical to extracting the copy.
 * For a caller that extracts each distinct text once (before sending articles to worker threads,
 * say, so that copies are neither sent nor extracted) and hands each copy this.
 *
 * @example
 * const text = '“We are ready,” Peskov said.';
 * copyForArticle(extractArticle({ id: 'a', text }), 'b').quotes[0]?.articleId
 * //=> 'b'
 */
export function copyForArticle(extracted: ExtractedArticle, id: string): ExtractedArticle {
  if (copiesExactly(extracted)) return stamped(extracted, id);
  const withId = <T extends { articleId?: string }>(value: T): T => Object.assign(structuredClone(value), { articleId: id });
  return { quotes: extracted.quotes.map(withId), diagnostics: extracted.diagnostics.map(withId), profiles: [...extracted.profiles] };
}

/**
 * Fresh copies of the quotes and diagnostics with `id` as their article id, the original's objects
 * left untouched whatever the caller does with the copies. The profile objects are shared: they are
 * read only (see `profile-memo.ts`).
 */
function stamped(extracted: ExtractedArticle, id: string): ExtractedArticle {
  return {
    quotes: extracted.quotes.map((quote) => quoteCopy(quote, id)),
    diagnostics: extracted.diagnostics.map((diagnostic) => diagnosticCopy(diagnostic, id)),
    profiles: [...extracted.profiles],
  };
}

/**
 * Whether every object of an extraction has exactly the keys the copies build (always, from
 * `extractQuotes` as it is): one that has not is copied deeply, so a copy never loses a key.
 */
function copiesExactly(extracted: ExtractedArticle): boolean {
  const isSpan = (span: Span | null): boolean => span === null || hasKeys(span, SPAN_KEYS);
  return (
    extracted.quotes.every(
      (q) =>
        hasKeys(q, STAMPED_QUOTE_KEYS) &&
        hasKeys(q.marks, MARKS_KEYS) &&
        (q.speaker === null || (hasKeys(q.speaker, SPEAKER_KEYS) && isSpan(q.speaker.mention) && isSpan(q.speaker.cue))),
    ) && extracted.diagnostics.every((d) => hasKeys(d, DIAGNOSTIC_KEYS))
  );
}

function quoteCopy(q: Quote, articleId: string): Quote {
  const { speaker } = q;
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    marks: { open: q.marks.open, close: q.marks.close },
    speaker: speaker === null ? null : { name: speaker.name, mention: spanCopy(speaker.mention), cue: speaker.cue === null ? null : spanCopy(speaker.cue), via: speaker.via },
    kind: q.kind,
    flags: [...q.flags],
    articleId,
  };
}

function spanCopy(span: Span): Span {
  return { start: span.start, end: span.end, text: span.text };
}

function diagnosticCopy(d: Diagnostic, articleId: string): Diagnostic {
  return { rule: d.rule, message: d.message, severity: d.severity, start: d.start, end: d.end, line: d.line, column: d.column, articleId };
}
