/**
 * The extraction of one corpus article, shared by exact copies of its text.
 *
 * Why: news corpora carry the same article many times over (agency copy run unchanged by many
 * outlets, pages crawled twice); in the replicated news corpus half the articles are exact copies
 * of one seen less than a thousand articles earlier. What `extractQuotes` finds depends on the text
 * alone (the id is only stamped on each quote and diagnostic), so a copy gets the earlier
 * extraction with its own id stamped on fresh copies of the quotes and diagnostics: byte for byte
 * what extracting it again gives, for a small fraction of the cost.
 *
 * The memo is per thread (each worker has its own) and bounded by characters: two generations of at
 * most {@link GENERATION_CHARS} characters of article text each; when the young one is full it
 * becomes the old one and the old one is dropped. It keeps those texts alive (in a worker, its own
 * copies of them), at most 16 MB per thread.
 *
 * @module
 */

import { extractQuotes } from '../extract/extract-quotes.js';
import { profileQuote } from './profile-memo.js';
import type { ExtractedArticle } from './corpus-tasks.js';
import type { Article, Diagnostic } from '../types.js';

/**
 * Characters of article text per generation: the memo holds 4–8 M characters (8–16 MB at most).
 * In the replicated news corpus copies recur every 840 articles (3.8 M characters): with 2 M per
 * generation 9% of the copies were found, with 4 M 94% (10,000 articles, one thread).
 */
const GENERATION_CHARS = 4_000_000;

let young = new Map<string, ExtractedArticle>();
let youngChars = 0;
let old = new Map<string, ExtractedArticle>();

/**
 * The quotes, diagnostics (with the article id) and quote profiles of one article; an article
 * whose text was extracted recently in this thread reuses that extraction.
 *
 * @example
 * const a = extractArticle({ id: 'a', text: '“We are ready,” Peskov said.' });
 * const b = extractArticle({ id: 'b', text: '“We are ready,” Peskov said.' });
 * [a.quotes[0]?.articleId, b.quotes[0]?.articleId, b.quotes[0]?.speaker?.name]
 * //=> ['a', 'b', 'Peskov']
 */
export function extractArticle(article: Article): ExtractedArticle {
  // only a well-formed article may skip extractQuotes, which reports misuse by throwing
  if (typeof article !== 'object' || article === null) return extract(article);
  const { id, text } = article;
  if (typeof id !== 'string' || id === '' || typeof text !== 'string') return extract(article);
  let found = young.get(text);
  if (found === undefined) {
    found = old.get(text) ?? extract(article);
    if (youngChars + text.length > GENERATION_CHARS && young.size > 0) {
      old = young;
      young = new Map();
      youngChars = 0;
    }
    young.set(text, found);
    youngChars += text.length;
  }
  return stamped(found, id);
}

function extract(article: Article): ExtractedArticle {
  const diagnostics: Diagnostic[] = [];
  const quotes = extractQuotes(article, {
    onDiagnostic: (diagnostic: Diagnostic) => diagnostics.push({ ...diagnostic, articleId: article.id }),
  });
  return { quotes, diagnostics, profiles: quotes.map((quote) => profileQuote(quote.text)) };
}

/**
 * Fresh copies of the quotes and diagnostics with `id` as their article id (a key they all carry
 * already, so the order of keys is unchanged), the memo's own objects left untouched whatever the
 * caller does with the copies. The profile objects are shared: they are read only (see `profile-memo.ts`).
 */
function stamped(extracted: ExtractedArticle, id: string): ExtractedArticle {
  return {
    quotes: extracted.quotes.map((quote) => withArticleId(plainCopy(quote), id)),
    diagnostics: extracted.diagnostics.map((diagnostic) => withArticleId({ ...diagnostic }, id)),
    profiles: [...extracted.profiles],
  };
}

/** Sets the article id on a fresh copy (an assignment to a key it has: a spread with an override makes a slower, larger object). */
function withArticleId<T extends { articleId?: string }>(copy: T, id: string): T {
  copy.articleId = id;
  return copy;
}

/** A deep copy of plain JSON-like data (objects, arrays, primitives), keys in the same order. */
function plainCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = plainCopy((value as Record<string, unknown>)[key]);
  return copy as T;
}
