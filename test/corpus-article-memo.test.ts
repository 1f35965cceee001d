import { describe, expect, it } from 'vitest';
import { copyForArticle, distinctArticles, extractArticle } from '../src/corpus/article-memo.js';
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

describe('extractArticle (exact copies share one extraction)', () => {
  it('gives a copy exactly what extracting it afresh gives, with its own id', () => {
    const first = extractArticle({ id: 'a-1', text: TEXT });
    const copy = extractArticle({ id: 'b-2', text: TEXT.slice(0) + '' });
    expect(first).toEqual(direct({ id: 'a-1', text: TEXT }));
    expect(JSON.stringify(copy)).toBe(JSON.stringify(direct({ id: 'b-2', text: TEXT })));
    expect(copy.quotes.map((q) => q.articleId)).toEqual(['b-2', 'b-2', 'b-2']);
    expect(copy.diagnostics.map((d) => [d.rule, d.articleId])).toEqual([['unclosed-quote', 'b-2']]);
    expect(copy.quotes[2]?.speaker?.name).toBe('Peskov');
  });

  it('keeps its own objects whatever the caller does with what it returned', () => {
    const text = '“Never underestimate Russia,” Peskov said.';
    const first = extractArticle({ id: 'x', text });
    first.quotes[0]!.text = 'changed';
    first.quotes[0]!.marks.open = '«';
    first.quotes[0]!.flags.push('split');
    first.diagnostics.push({ rule: 'r', message: 'm', severity: 'info', start: 0, end: 1, line: 1, column: 1 });
    first.profiles.pop();
    expect(extractArticle({ id: 'y', text })).toEqual(direct({ id: 'y', text }));
  });

  it('still throws on misuse, for a text it has seen', () => {
    extractArticle({ id: 'ok', text: TEXT });
    expect(() => extractArticle({ id: '', text: TEXT })).toThrow(QuoteDivergenceError);
    expect(() => extractArticle({ id: 7, text: TEXT } as unknown as Article)).toThrow(QuoteDivergenceError);
    expect(() => extractArticle(null as unknown as Article)).toThrow(QuoteDivergenceError);
  });

  it('stays exact while generations turn over', () => {
    // 4,000 distinct texts of ~2,000 characters (8 M characters: the memo turns over), each seen twice apart
    const filler = 'The minister spoke at length about the budget and the roads. '.repeat(32);
    const articles = Array.from({ length: 4_000 }, (_, i) => ({ id: `n${i}`, text: `${filler}“Number ${i % 2_000} is ready,” Smith said.` }));
    for (const article of articles) expect(extractArticle(article)).toEqual(direct(article));
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
