/**
 * The extraction of one corpus article, shared by exact copies of its text within a batch.
 *
 * Why: news corpora carry the same article many times over (agency copy run unchanged by many
 * outlets, pages crawled twice); in the replicated news corpus half the articles are exact copies.
 * What `extractQuotes` finds depends on the text alone (the id is only stamped on each quote and
 * diagnostic), so a caller extracts each distinct text of a batch once ({@link distinctArticles})
 * and gives each copy the original's quotes with the copy's place (`SharedQuoteParts.copyFor`) and fresh
 * copies of its diagnostics ({@link diagnosticsForCopy}): byte for byte what extracting it again gives.
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
import { DIAGNOSTIC_KEYS, hasKeys } from './exact-keys.js';
import type { ExtractedArticle } from './corpus-tasks.js';
import type { Article, Diagnostic } from '../types.js';

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
 * text among them: a caller extracts each distinct text once and gives its copies that extraction (see the module's notes).
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
 * The diagnostics of an exact copy of an article, given the article's: fresh objects carrying the copy's id
 * `id` (one of an unusual shape is copied whole, so no key is lost). The copy's quotes are the original's
 * corpus quotes with the copy's place (`SharedQuoteParts.copyFor`): together, JSON-identical to extracting the copy.
 *
 * @example
 * const text = '“We are ready.” Then “an unclosed one';
 * diagnosticsForCopy(extractArticle({ id: 'a', text }).diagnostics, 'b').map((d) => [d.rule, d.articleId]);
 * //=> [['unclosed-quote', 'b']]
 */
export function diagnosticsForCopy(diagnostics: readonly Diagnostic[], id: string): Diagnostic[] {
  return diagnostics.map((d) => (hasKeys(d, DIAGNOSTIC_KEYS) ? diagnosticCopy(d, id) : Object.assign(structuredClone(d), { articleId: id })));
}

function diagnosticCopy(d: Diagnostic, articleId: string): Diagnostic {
  return { rule: d.rule, message: d.message, severity: d.severity, start: d.start, end: d.end, line: d.line, column: d.column, articleId };
}
