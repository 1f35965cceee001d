import { describe, expect, it } from 'vitest';
import { diagnosticsForCopy, distinctArticles, extractArticle } from '../src/corpus/article-copies.js';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { SharedQuoteParts } from '../src/corpus/shared-quote-parts.js';
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

describe('extractArticle, and exact copies of an article (one extraction shared)', () => {
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

  it('gives an exact copy of an article, in a corpus, exactly what extracting the copy alone gives', () => {
    const copyOnly = alignCorpus([{ id: 'b-2', text: TEXT, source: 'Wire' }], { echoes: false });
    const both = alignCorpus([{ id: 'a-1', text: TEXT, source: 'Daily' }, { id: 'b-2', text: TEXT, source: 'Wire' }], { echoes: false });
    const ofCopy = <T extends { articleId?: string }>(items: T[]) => items.filter((item) => item.articleId === 'b-2');
    expect(copyOnly.quotes.map((q) => q.id)).toEqual(['b-2:14', 'b-2:35', 'b-2:53']);
    expect(JSON.stringify(ofCopy(both.quotes))).toBe(JSON.stringify(copyOnly.quotes));
    expect(JSON.stringify(ofCopy(both.diagnostics))).toBe(JSON.stringify(copyOnly.diagnostics));
    expect(both.quotes.map((q) => [q.id, q.source])).toEqual([
      ['a-1:14', 'Daily'],
      ['a-1:35', 'Daily'],
      ['a-1:53', 'Daily'],
      ['b-2:14', 'Wire'],
      ['b-2:35', 'Wire'],
      ['b-2:53', 'Wire'],
    ]);
    // the copy's quotes hold the original's parts
    expect(both.quotes[5]!.speaker).toBe(both.quotes[2]!.speaker);
    expect(both.quotes[5]!.text).toBe(both.quotes[2]!.text);
  });

  it("copies a corpus quote for a copy of its article (copyFor), whole when it has an unusual shape, and the diagnostics with the copy's id", () => {
    const parts = new SharedQuoteParts();
    const extracted = extractArticle({ id: 'a-1', text: TEXT });
    const quote = parts.corpusQuote(extracted.quotes[2]!, TEXT, { articleId: 'a-1', id: 'a-1:53', source: null });
    const place = { articleId: 'c-3', id: 'c-3:53', source: 'Wire' };
    const copy = parts.copyFor(quote, place);
    expect(JSON.stringify(copy)).toBe(JSON.stringify({ ...quote, ...place }));
    expect(copy.speaker).toBe(quote.speaker);
    const odd = Object.assign({ ...quote }, { note: 'kept' });
    expect(JSON.stringify(parts.copyFor(odd, place))).toBe(JSON.stringify({ ...odd, ...place }));
    const diagnostics = diagnosticsForCopy(extracted.diagnostics, 'c-3');
    expect(diagnostics).toEqual([{ ...extracted.diagnostics[0]!, articleId: 'c-3' }]);
    expect(extracted.diagnostics[0]!.articleId).toBe('a-1');
    const oddDiagnostic = { ...extracted.diagnostics[0]!, hint: 'kept' };
    expect(diagnosticsForCopy([oddDiagnostic], 'd-4')).toEqual([{ ...oddDiagnostic, articleId: 'd-4' }]);
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
