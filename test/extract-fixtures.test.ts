import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import type { Quote } from '../src/types.js';

interface FixtureArticle {
  id: string;
  file: string;
  outlet: string | null;
  language: string;
}

const fixtures = new URL('../fixtures/', import.meta.url);
const articles = JSON.parse(readFileSync(new URL('articles.json', fixtures), 'utf8')) as FixtureArticle[];

describe('extractQuotes on the seed articles (hand-checked expectations)', () => {
  it('lists the five seeds with their outlets', () => {
    expect(articles.map((a) => [a.id, a.outlet])).toEqual([
      ['000_1f671407f6ce829a', 'Tasnim'],
      ['001_e42db7be3a9563e0', null],
      ['002_dc10ca1af9bf5290', null],
      ['003_d0c37f1e680d92ee', 'The Epoch Times'],
      ['004_333a1fc73b71be22', null],
    ]);
  });

  for (const article of articles) {
    it(`extracts every quote of ${article.id}`, () => {
      const text = readFileSync(new URL(article.file, fixtures), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`expected/${article.id}.json`, fixtures), 'utf8')) as Quote[];
      expect(extractQuotes({ id: article.id, text })).toEqual(expected);
    });
  }

  it('credits the Peskov, Stoltenberg, Zelensky, Putin, Lavrov, Ryabkov and Sherman quotes named in the issue', () => {
    const speakerOf = (id: string, words: string): string | null => {
      const article = articles.find((a) => a.id.startsWith(id))!;
      const text = readFileSync(new URL(article.file, fixtures), 'utf8');
      const quote = extractQuotes(text).find((q) => q.text.startsWith(words));
      return quote?.speaker?.name ?? null;
    };
    expect([
      speakerOf('000', 'NATO considers Russia an adversary'),
      speakerOf('001', 'So far, the alliance'),
      speakerOf('002', 'We\u00a0are\u00a0watching'),
      speakerOf('002', 'And\u00a0this was'),
      speakerOf('002', 'is forced to take'),
      speakerOf('002', 'Russian troops'),
      speakerOf('004', 'weapon of confrontation'),
      speakerOf('001', 'never underestimate Russia.'),
      speakerOf('001', 'We are doing this'),
      speakerOf('001', 'not ready'),
      speakerOf('002', 'Guys, for'),
      speakerOf('002', 'swung at'),
      speakerOf('004', 'opposite views'),
      speakerOf('004', 'simply non-starters'),
    ]).toEqual([
      'Dmitry Peskov',
      'Dmitry Peskov',
      'Peskov',
      'Peskov',
      'Peskov',
      'Peskov',
      'Dmitry Peskov',
      'Jens Stoltenberg',
      'Jens Stoltenberg',
      'Vladimir Zelensky',
      'Vladimir Putin',
      'Sergei Lavrov',
      'Sergei Ryabkov',
      'Wendy Sherman',
    ]);
  });
});
