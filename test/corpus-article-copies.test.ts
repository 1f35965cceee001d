import { describe, expect, it } from 'vitest';
import { copyForArticle, distinctArticles, extractArticle } from '../src/corpus/article-copies.js';
import { profileText } from '../src/corpus/content-keys.js';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import { QuoteDivergenceError } from '../src/errors.js';
import type { Article, Diagnostic } from '../src/types.js';

/** What extracting the article afresh gives. */
function direct(article: Article) {
  const diagnostics: Diagnostic[] = [];
  const quotes = extractQuotes(article, { onDiagnostic: (d) => diagnostics.push({ ...d, articleId: article.id }) });
  return { quotes, diagnostics, profiles: quotes.map((q) => profileText(q.text)) };
}

const TEXT = 'Peskov said: “We are ready.” Then “an unclosed one\n\n“We are ready,” he added.';

describe('extractArticle and copyForArticle (exact copies share one extraction)', () => {
  it('gives what extracting afresh gives, the article id on every quote and diagnostic', () => {
    const first = extractArticle({ id: 'a-1', text: TEXT });
    expect(first).toEqual(direct({ id: 'a-1', text: TEXT }));
    expect(first.quotes.map((q) => q.articleId)).toEqual(['a-1', 'a-1', 'a-1']);
    expect(first.diagnostics.map((d) => [d.rule, d.articleId])).toEqual([['unclosed-quote', 'a-1']]);
    expect(first.quotes[2]?.speaker?.name).toBe('Peskov');
    expect(first.profiles[0]?.keys).toEqual(['ready']);
  });

  it('throws on misuse', () => {
    expect(() => extractArticle({ id: '', text: TEXT })).toThrow(QuoteDivergenceError);
    expect(() => extractArticle({ id: 7, text: TEXT } as unknown as Article)).toThrow(QuoteDivergenceError);
    expect(() => extractArticle(null as unknown as Article)).toThrow(QuoteDivergenceError);
  });

  it('gives a copy of the article, through copyForArticle, exactly what extracting the copy gives', () => {
    const copy = copyForArticle(extractArticle({ id: 'a-1', text: TEXT }), 'b-2');
    expect(JSON.stringify(copy)).toBe(JSON.stringify(direct({ id: 'b-2', text: TEXT })));
    expect(copy.quotes.map((q) => q.articleId)).toEqual(['b-2', 'b-2', 'b-2']);
  });

  it('copies an extraction for a copy of the article (copyForArticle), exactly or, for an unusual shape, deeply', () => {
    const copy = copyForArticle(direct({ id: 'a-1', text: TEXT }), 'c-3');
    expect(JSON.stringify(copy)).toBe(JSON.stringify(direct({ id: 'c-3', text: TEXT })));
    const odd = direct({ id: 'a-1', text: TEXT });
    const extra = Object.assign(odd.quotes[0]!, { note: 'kept' });
    const oddCopy = copyForArticle(odd, 'd-4');
    expect(oddCopy.quotes[0]).toEqual({ ...extra, articleId: 'd-4' });
    expect(oddCopy.quotes[0]).not.toBe(extra);
    expect(oddCopy.diagnostics.map((d) => d.articleId)).toEqual(['d-4']);
  });
});

describe('distinctArticles', () => {
  it('keeps the first article of each text, in order, and points every article at its text', () => {
    const articles = [
      { id: 'a', text: 'x' },
      { id: 'b', text: 'y' },
      { id: 'c', text: 'x' },
      { id: 'd', text: 'y ' },
    ];
    const { distinct, copyOf } = distinctArticles(articles);
    expect(distinct.map((article) => article.id)).toEqual(['a', 'b', 'd']);
    expect(copyOf).toEqual([0, 1, 0, 2]);
  });
});
