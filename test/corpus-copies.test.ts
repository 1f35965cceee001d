import { describe, expect, it } from 'vitest';
import { alignCorpus, QuoteIndex } from '../src/index.js';

const quoted = '“Never underestimate Russia,” Peskov said on Monday.';
const unquoted = 'Peskov said that Russia should never be underestimated by anyone. He left early.';

describe('exact copies of an article', () => {
  it('get their own quotes, ids and echoes, as if each had been extracted', () => {
    const report = alignCorpus([
      { id: 'a', text: quoted },
      { id: 'b', text: unquoted },
      { id: 'c', text: unquoted },
      { id: 'd', text: quoted },
    ]);
    expect(report.quotes.map((quote) => [quote.id, quote.articleId, quote.text, quote.speaker?.name])).toEqual([
      ['a:1', 'a', 'Never underestimate Russia,', 'Peskov'],
      ['d:1', 'd', 'Never underestimate Russia,', 'Peskov'],
    ]);
    // each copy of the unquoted article echoes the quote in its first sentence, which names its speaker
    expect(report.echoes.map((echo) => [echo.quote.id, echo.match.articleId, echo.match.start, echo.match.end])).toEqual([
      ['a:1', 'b', 0, 65],
      ['a:1', 'c', 0, 65],
    ]);
    expect(report.echoes[0]!.match.text).toBe(unquoted.slice(0, 65));
  });

  it('give the same report added one by one as all at once', () => {
    const articles = [
      { id: 'a', text: quoted },
      { id: 'b', text: unquoted },
      { id: 'c', text: unquoted },
      { id: 'd', text: quoted },
    ];
    const index = new QuoteIndex();
    for (const article of articles) index.add([article]);
    expect(JSON.stringify(index.report())).toBe(JSON.stringify(alignCorpus(articles)));
  });
});
