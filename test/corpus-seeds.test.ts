/**
 * The SPEC's five cross-source families on the seed articles, found end to end
 * (extraction → blocking → compareQuotes → clusters and echoes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { QuoteIndex } from '../src/corpus/quote-index.js';
import { seedArticles } from './corpus-fixtures.js';
import type { Cluster, CorpusReport } from '../src/types.js';

const articles = seedArticles();
let report: CorpusReport;

beforeAll(() => {
  report = alignCorpus(articles);
});

/** The text with non-breaking spaces as plain spaces (article 002 has them between words). */
function plain(text: string): string {
  return text.split('\u00a0').join(' ');
}

/** The cluster holding a quote of `articleId` whose text includes `words`. */
function clusterWith(articleId: string, words: string): Cluster | undefined {
  return report.clusters.find((cluster) => cluster.variants.some((v) => v.articleId === articleId && plain(v.quote.text).includes(words)));
}

function holds(cluster: Cluster | undefined, articleId: string, words: string, exact = false): boolean {
  return cluster?.variants.some((v) => v.articleId === articleId && (exact ? plain(v.quote.text) === words : plain(v.quote.text).includes(words))) ?? false;
}

describe('alignCorpus on the seed articles', () => {
  it('lists every quote with its id and source', () => {
    expect(report.quotes.length).toBeGreaterThan(10);
    for (const quote of report.quotes) {
      expect(quote.id).toBe(`${quote.articleId}:${quote.start}`);
      const article = articles.find((a) => a.id === quote.articleId)!;
      expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.source).toBe(article.source ?? null);
    }
    expect(report.methodVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('finds "sacrificial lamb" (000) and "ritual victims" (001) as one utterance', () => {
    const cluster = clusterWith('000_1f671407f6ce829a', 'sacrificial lamb');
    expect(holds(cluster, '001_e42db7be3a9563e0', 'slaughter the Ukrainian people as ritual victims')).toBe(true);
    expect(cluster!.reference.choice).toBe('medoid');
    expect(cluster!.table.witnesses).toEqual(cluster!.variants.map((v) => v.quote.id));
  });

  it('finds the gradual invasion family with both headline fragments', () => {
    const cluster = clusterWith('002_dc10ca1af9bf5290', 'gradual incursion of NATO');
    expect(holds(cluster, '004_333a1fc73b71be22', 'we have seen the gradual invasion of NATO')).toBe(true);
    expect(holds(cluster, '002_dc10ca1af9bf5290', 'gradual invasion', true)).toBe(true);
    expect(holds(cluster, '004_333a1fc73b71be22', 'gradual invasion', true)).toBe(true);
  });

  it('finds the instrument of confrontation renderings of 000, 001 and 002', () => {
    const cluster = clusterWith('000_1f671407f6ce829a', 'an instrument of containment of our country');
    expect(holds(cluster, '001_e42db7be3a9563e0', 'an instrument of confrontation with Russia')).toBe(true);
    expect(holds(cluster, '002_dc10ca1af9bf5290', 'an organization that was created for confrontation')).toBe(true);
    // the SPEC's fourth rendering: a synonym for the only content word it does not share
    expect(holds(cluster, '004_333a1fc73b71be22', 'weapon of confrontation,', true)).toBe(true);
  });

  it('finds "can no longer tolerate" (002) inside 004\'s long quote', () => {
    const cluster = clusterWith('002_dc10ca1af9bf5290', 'can no longer tolerate');
    expect(holds(cluster, '004_333a1fc73b71be22', 'couldn’t tolerate it anymore')).toBe(true);
  });

  it('finds the echo of 001\'s "never underestimate Russia." in 000\'s unquoted text', () => {
    const echo = report.echoes.find((e) => e.quote.articleId === '001_e42db7be3a9563e0' && e.quote.text.includes('never underestimate Russia'));
    expect(echo?.match.articleId).toBe('000_1f671407f6ce829a');
    expect(echo?.match.text).toContain('Russia should not be underestimated');
    const article = articles.find((a) => a.id === echo!.match.articleId)!;
    expect(article.text.slice(echo!.match.start, echo!.match.end)).toBe(echo!.match.text);
  });

  it('joins nothing unrelated', () => {
    // another statement on the same topic (NATO, military infrastructure) stays out of the gradual invasion family
    expect(holds(clusterWith('004_333a1fc73b71be22', 'gradual invasion of NATO'), '004_333a1fc73b71be22', 'NATO would never expand')).toBe(false);
    for (const words of ['open secret', 'dove of peace', 'clear signal']) {
      expect(report.clusters.filter((cluster) => cluster.variants.some((v) => v.quote.text.includes(words)))).toEqual([]);
    }
    for (const cluster of report.clusters) expect(new Set(cluster.variants.map((v) => v.articleId)).size).toBeGreaterThanOrEqual(2);
  });

  it('summarises the named sources, and reports the extraction diagnostics with their article', () => {
    expect(report.sources.map((s) => s.source)).toEqual([...new Set(report.sources.map((s) => s.source))].sort());
    for (const summary of report.sources) expect(['Tasnim', 'The Epoch Times']).toContain(summary.source);
    for (const diagnostic of report.diagnostics) expect(articles.map((a) => a.id)).toContain(diagnostic.articleId);
  });

  it('gives the same clusters whatever the order of the articles', () => {
    const expected = JSON.stringify(report.clusters);
    // the whole report, echoes and quotes included, not only the clusters
    expect(JSON.stringify(alignCorpus([...articles].reverse()))).toBe(JSON.stringify(report));
    fc.assert(
      fc.property(fc.shuffledSubarray(articles, { minLength: articles.length, maxLength: articles.length }), (shuffled) => {
        expect(JSON.stringify(alignCorpus(shuffled, { echoes: false }).clusters)).toBe(expected);
      }),
      { seed: 11, numRuns: 5 },
    );
  });
});

describe('QuoteIndex on the seed articles', () => {
  it('answers queries identically after a JSON round trip', () => {
    const index = new QuoteIndex();
    index.add(articles.slice(0, 3));
    index.add(articles.slice(3));
    const restored = QuoteIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    const queries = ['the gradual invasion of NATO into Ukraine', 'never underestimate Russia', 'an instrument of confrontation', 'use the Ukrainian people as a sacrificial lamb'];
    for (const query of queries) expect(restored.query(query)).toEqual(index.query(query));
    const ids = index.query('the gradual invasion of NATO into Ukraine').map((match) => match.quote.articleId);
    expect(ids).toContain('002_dc10ca1af9bf5290');
    expect(ids).toContain('004_333a1fc73b71be22');
    expect(JSON.stringify(restored.clusters())).toBe(JSON.stringify(report.clusters));
    // the report's echoes, found again when asked: by the index, by its JSON copy, by an index built with echoes off
    const echoes = JSON.stringify(report.echoes);
    expect(report.echoes.some((echo) => echo.quote.text.includes('never underestimate Russia'))).toBe(true);
    expect(JSON.stringify(index.echoes())).toBe(echoes);
    expect(JSON.stringify(restored.echoes())).toBe(echoes);
    const withoutEchoes = new QuoteIndex({ echoes: false });
    withoutEchoes.add(articles);
    expect(withoutEchoes.report().echoes).toEqual([]);
    expect(JSON.stringify(withoutEchoes.echoes())).toBe(echoes);
  });
});
