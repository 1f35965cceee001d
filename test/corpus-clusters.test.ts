/**
 * Clustering, reference choice and witness tables, with a stand-in for compareQuotes
 * (word-identity LCS alignment) so these tests do not depend on the compare stage.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildClusters } from '../src/corpus/build-clusters.js';
import { collectedPairs, inPairOrder } from '../src/corpus/corpus-tasks.js';
import { clusterGroups, looksLikeTitle, verifiedDivergence } from '../src/corpus/cluster-graph.js';
import { pairKey, pairOf } from '../src/corpus/pair-keys.js';
import { VerdictBook } from '../src/corpus/verdict-book.js';
import { QuoteGroups } from '../src/corpus/quote-groups.js';
import { judgeComparison } from '../src/corpus/verify-pair.js';
import { buildWitnessTable } from '../src/corpus/witness-table.js';
import { wordTokens } from '../src/text/tokens.js';
import type { AlignmentEntry, CorpusQuote, QuoteComparison } from '../src/types.js';
import { corpusQuoteAt } from './corpus-quote.js';
import { alignCorpus, QuoteIndex } from '../src/index.js';

/** A stand-in comparison: longest common subsequence of word forms; local overlap = first to last match. */
function lcsComparison(a: string, b: string): QuoteComparison {
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  const table = Array.from({ length: ta.length + 1 }, () => new Array<number>(tb.length + 1).fill(0));
  for (let i = ta.length - 1; i >= 0; i--)
    for (let j = tb.length - 1; j >= 0; j--)
      table[i]![j] = ta[i]!.norm === tb[j]!.norm ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const alignment: AlignmentEntry[] = [];
  const span = (t: { start: number; end: number; text: string }) => ({ start: t.start, end: t.end, text: t.text });
  let i = 0;
  let j = 0;
  const matched: [number, number][] = [];
  while (i < ta.length || j < tb.length) {
    if (i < ta.length && j < tb.length && ta[i]!.norm === tb[j]!.norm) {
      alignment.push({ a: span(ta[i]!), b: span(tb[j]!), kind: 'identical', similarity: 1, moved: false });
      matched.push([i, j]);
      i++;
      j++;
    } else if (j >= tb.length || (i < ta.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      alignment.push({ a: span(ta[i]!), b: null, kind: 'omission', similarity: 0, moved: false });
      i++;
    } else {
      alignment.push({ a: null, b: span(tb[j]!), kind: 'insertion', similarity: 0, moved: false });
      j++;
    }
  }
  const first = matched[0];
  const last = matched[matched.length - 1];
  let overlap: QuoteComparison['overlap'] = null;
  let divergence = 1;
  if (first && last) {
    const wholeA = first[0] === 0 && last[0] === ta.length - 1;
    const wholeB = first[1] === 0 && last[1] === tb.length - 1;
    const inA = last[0] - first[0] + 1;
    const inB = last[1] - first[1] + 1;
    divergence = 1 - (2 * matched.length) / (inA + inB);
    if (!wholeA || !wholeB) {
      const sa = { start: ta[first[0]]!.start, end: ta[last[0]]!.end, text: '' };
      const sb = { start: tb[first[1]]!.start, end: tb[last[1]]!.end, text: '' };
      sa.text = a.slice(sa.start, sa.end);
      sb.text = b.slice(sb.start, sb.end);
      overlap = { a: sa, b: sb, partial: !wholeA && !wholeB ? 'both' : !wholeA ? 'a' : 'b' };
    }
  }
  const components = { lexical: divergence, semantic: divergence, omission: 0, addition: 0, order: 0, tone: 0 };
  return { divergence, components, a, b, alignment, edits: [], overlap, tone: { a: 0, b: 0, shift: null }, methodVersion: 'test' };
}

const quote = (articleId: string, start: number, text: string, speaker: string | null = null) => corpusQuoteAt(articleId, start, text, speaker, articleId.toUpperCase());

const corpus: CorpusQuote[] = [
  quote('a', 10, 'the alliance does not abandon its plans to contain Russia in the fight against Russia', 'Dmitry Peskov'),
  quote('b', 20, 'the alliance has not abandoned its plans to contain Russia in the fight against Russia', 'Peskov'),
  quote('c', 5, 'plans to contain Russia', 'Peskov'),
  quote('d', 7, 'we are watching a gradual incursion of NATO into the territory of Ukraine', 'Stoltenberg'),
  quote('e', 3, 'gradual incursion of NATO into the territory of Ukraine with instructors', 'Jens Stoltenberg'),
  quote('e', 90, 'open secret of the Western troops'),
  quote('e', 200, 'open secret of the Western troops'),
  quote('f', 1, 'the alliance has not abandoned its plans to contain Russia in the fight against Russia'),
];

function run(quotes: readonly CorpusQuote[]) {
  const store = new QuoteGroups(2);
  for (const q of quotes) store.add(q);
  const reps = store.representatives();
  const cache = new VerdictBook();
  const verify = (pairs: [string, string][]) => pairs.map(([x, y]) => judgeComparison(lcsComparison(x, y), 0.35, 2));
  const components = clusterGroups(store, reps, cache, collectedPairs(inPairOrder(verify)), 0.35, 2);
  return { store, reps, components, clusters: buildClusters(store, reps, components, collectedPairs(inPairOrder((pairs) => pairs.map(([x, y]) => lcsComparison(x, y))))) };
}

describe('pair keys', () => {
  it('give back their pair, and sort by first group, then second', () => {
    const group = fc.integer({ min: 0, max: 2 ** 26 - 1 });
    fc.assert(
      fc.property(group, group, group, group, (x, y, u, v) => {
        expect(pairOf(pairKey(x, y))).toEqual([x, y]);
        expect(Math.sign(pairKey(x, y) - pairKey(u, v))).toBe(Math.sign(x - u || y - v));
      }),
    );
  });
});

describe('representatives', () => {
  it('are the smallest quote id of each group, computed again only once a quote is added', () => {
    const store = new QuoteGroups(2);
    store.add(quote('e', 200, 'open secret of the Western troops'));
    store.add(quote('d', 7, 'we are watching a gradual incursion of NATO'));
    const first = store.representatives();
    expect(first).toEqual([0, 1]);
    expect(store.representatives()).toBe(first);
    // a copy with a smaller id (article 'a' < 'e') becomes its group's representative
    store.add(quote('a', 3, 'open secret of the Western troops'));
    expect(store.representatives()).toEqual([2, 1]);
    expect(first).toEqual([0, 1]);
    // so does a quote added straight to its group (an exact copy's, `addTo`), and only with a smaller id
    store.addTo(1, quote('c', 7, 'we are watching a gradual incursion of NATO'));
    store.addTo(1, quote('f', 7, 'we are watching a gradual incursion of NATO'));
    expect(store.representatives()).toEqual([2, 3]);
    expect(store.groups.map((group) => group.members)).toEqual([[0, 2], [1, 3, 4]]);
  });
});

describe('letting go of the candidate index (as alignCorpus does once blocking is done)', () => {
  it('leaves the clusters unchanged, and makes any later probe or addition an error that adds nothing', () => {
    const kept = run(corpus);
    const store = new QuoteGroups(2);
    for (const q of corpus) store.add(q);
    const reps = store.representatives();
    const verify = (pairs: [string, string][]) => pairs.map(([x, y]) => judgeComparison(lcsComparison(x, y), 0.35, 2));
    const components = clusterGroups(store, reps, new VerdictBook(), collectedPairs(inPairOrder(verify)), 0.35, 2);
    store.releaseCandidates();
    const clusters = buildClusters(store, reps, components, collectedPairs(inPairOrder((pairs) => pairs.map(([x, y]) => lcsComparison(x, y)))));
    expect(clusters.map((cluster) => cluster.variants.map((variant) => variant.quote.id))).toEqual([
      ['a:10', 'b:20', 'c:5', 'f:1'],
      ['d:7', 'e:3'],
    ]);
    expect(clusters).toEqual(kept.clusters);
    expect(() => store.index).toThrow('internal: the candidate index of these quotes was let go');
    expect(() => store.add(quote('g', 1, 'plans to contain Russia'))).toThrow('let go');
    expect(store.quotes).toHaveLength(corpus.length);
  });
});

describe('pairs the rules reject whatever their verdict (not verified)', () => {
  it('are verified and linked once added articles give them a speaker in common, as in one run over all the articles', () => {
    const a = { id: 'a', text: 'Critics called the build-up “a gradual invasion” of the region.' };
    const b = { id: 'b', text: '“We have seen the gradual invasion of NATO into the territory of Ukraine for years,” Peskov said.' };
    const c = { id: 'c', text: '“A gradual invasion,” Peskov said of the alliance on Tuesday.' };
    const index = new QuoteIndex();
    index.add([a, b]);
    // a phrase credited to no one and Peskov's sentence: no speaker in common, so not linked (and not verified)
    expect(index.clusters()).toEqual([]);
    index.add([c]);
    // the phrase's group now has a copy credited to Peskov: the pair is verified and linked
    const clusters = index.clusters();
    expect(clusters.map((cluster) => cluster.variants.map((variant) => variant.quote.id))).toEqual([['a:29', 'b:1', 'c:1']]);
    expect(JSON.stringify(clusters)).toBe(JSON.stringify(alignCorpus([a, b, c]).clusters));
  });
});

describe('clusters', () => {
  it('groups renderings across articles, fragments with their parent, and drops single-article groups', () => {
    const { clusters } = run(corpus);
    expect(clusters.map((cluster) => [cluster.id, cluster.variants.map((v) => v.quote.id)])).toEqual([
      ['cluster:a:10', ['a:10', 'b:20', 'c:5', 'f:1']],
      ['cluster:d:7', ['d:7', 'e:3']],
    ]);
    const [lamb, incursion] = clusters;
    expect(lamb!.reference).toEqual({ quoteId: 'b:20', text: corpus[1]!.text, choice: 'medoid' });
    expect(lamb!.speakers).toEqual(['Dmitry Peskov', 'Peskov']);
    expect(lamb!.attributionConflict).toBe(false);
    expect(lamb!.variants.map((v) => Number(v.divergence.toFixed(3)))).toEqual([0.133, 0, 0, 0]);
    expect(lamb!.meanDivergence).toBeCloseTo(2 / 15 / 3, 10);
    expect(incursion!.speakers).toEqual(['Jens Stoltenberg', 'Stoltenberg']);
  });

  it('flags one utterance credited to two people', () => {
    const quotes = [quote('x', 0, 'never underestimate Russia at all', 'Jens Stoltenberg'), quote('y', 0, 'never underestimate Russia at all', 'Peskov')];
    const [cluster] = run(quotes).clusters;
    expect(cluster!.speakers).toEqual(['Jens Stoltenberg', 'Peskov']);
    expect(cluster!.attributionConflict).toBe(true);
    expect(cluster!.reference.choice).toBe('medoid');
  });

  it('links a fragment to one parent only, so it cannot chain two statements', () => {
    const quotes = [
      quote('a', 0, 'NATO wants to contain Russia with new bases in Poland and the Baltic states', 'Stoltenberg'),
      quote('b', 0, 'Europe must contain Russia by cutting gas imports and freezing reserves', 'Stoltenberg'),
      quote('c', 0, 'contain Russia', 'Stoltenberg'),
    ];
    const { clusters } = run(quotes);
    expect(clusters.map((cluster) => cluster.variants.map((v) => v.quote.id))).toEqual([['a:0', 'c:0']]);
  });

  it('joins a phrase to a longer quote only when some outlet credits both to one speaker', () => {
    const long = 'I think the American government should tighten its gun control and ban assault weapons';
    const joined = (phrase: string | null, whole: string | null, more: CorpusQuote[] = []) =>
      run([quote('a', 0, long, whole), quote('b', 0, 'tighten its gun control', phrase), ...more]).clusters.map((cluster) => cluster.variants.map((v) => v.quote.id));
    expect(joined('Farook Syed', 'Gao')).toEqual([]);
    expect(joined('Gao', 'Mr. Gao')).toEqual([['a:0', 'b:0']]);
    // a phrase credited to no one (scare quotes) is anyone's term, and a quote credited to no one shares no speaker
    expect(joined(null, 'Gao')).toEqual([]);
    expect(joined('Farook Syed', null)).toEqual([]);
    // ... unless its own article credits the words to someone: a headline repeating the article's quote
    const body = 'I think the American government should tighten its gun control and ban all assault weapons';
    expect(joined(null, 'Gao', [quote('b', 90, body, 'Jimmy Gao')])).toEqual([['a:0', 'b:0', 'b:90']]);
    expect(joined(null, 'Gao', [quote('b', 90, body.replace('its gun control', 'its gun laws'), 'Jimmy Gao')])).toEqual([['a:0', 'b:90']]);
    // one copy of the phrase credited to the long quote's speaker is enough
    expect(joined('Farook Syed', 'Gao', [quote('c', 0, 'tighten its gun control', 'Gao')])).toEqual([['a:0', 'b:0', 'c:0']]);
  });

  it('joins whole renderings credited to different people (or to no one) only when their words are close', () => {
    const long = 'I think the American government should tighten its gun control and ban assault weapons';
    const ids = (quotes: CorpusQuote[]) => run(quotes).clusters.map((cluster) => cluster.variants.map((v) => v.quote.id));
    // one word changed: an attribution conflict, shown as such
    const conflict = run([quote('x', 0, long, 'Gao'), quote('y', 0, long.replace('ban', 'outlaw'), 'Farook Syed')]).clusters;
    expect(conflict.map((cluster) => cluster.attributionConflict)).toEqual([true]);
    // half the words changed: two statements on one topic, unless one speaker is credited with both
    const loose = 'I think the American government should perhaps tighten some of the rules about gun control and about assault weapons';
    expect(ids([quote('x', 0, long, 'Gao'), quote('y', 0, loose, 'Farook Syed')])).toEqual([]);
    expect(ids([quote('x', 0, long, 'Gao'), quote('y', 0, loose)])).toEqual([]);
    expect(ids([quote('x', 0, long, 'Gao'), quote('y', 0, loose, 'Gao')])).toEqual([['x:0', 'y:0']]);
  });

  it('does not depend on the order quotes were added in', () => {
    const expected = JSON.stringify(run(corpus).clusters);
    fc.assert(
      fc.property(fc.shuffledSubarray(corpus, { minLength: corpus.length, maxLength: corpus.length }), (shuffled) => {
        expect(JSON.stringify(run(shuffled).clusters)).toBe(expected);
      }),
      { seed: 3, numRuns: 40 },
    );
  });
});

describe('reference search', () => {
  // Renderings of one statement, three of them long enough to be reference candidates.
  const renderings = [
    quote('a', 0, 'the alliance does not abandon its plans to contain Russia', 'Peskov'),
    quote('b', 0, 'the alliance has not abandoned its plans to contain Russia', 'Peskov'),
    quote('c', 0, 'the alliance never abandoned its plans to contain Russia', 'Peskov'),
    quote('d', 0, 'plans to contain Russia', 'Peskov'),
  ];

  function clustersWith(known: boolean) {
    const store = new QuoteGroups(2);
    for (const q of renderings) store.add(q);
    const reps = store.representatives();
    const cache = new VerdictBook();
    const verify = (pairs: [string, string][]) => pairs.map(([x, y]) => judgeComparison(lcsComparison(x, y), 0.35, 2));
    const components = clusterGroups(store, reps, cache, collectedPairs(inPairOrder(verify)), 0.35, 2);
    const asked: [string, string][][] = [];
    const compare = (pairs: [string, string][]) => {
      asked.push(pairs);
      return pairs.map(([x, y]) => lcsComparison(x, y));
    };
    const clusters = buildClusters(store, reps, components, collectedPairs(inPairOrder(compare)), known ? verifiedDivergence(cache, store, reps) : undefined);
    return { clusters, asked, cache };
  }

  it('reads the divergences verification has, compares two candidates once, and a reading with itself only as the reference', () => {
    const plain = clustersWith(false);
    const reusing = clustersWith(true);
    expect(JSON.stringify(reusing.clusters)).toBe(JSON.stringify(plain.clusters));
    expect(plain.clusters.map((cluster) => [cluster.reference.quoteId, cluster.reference.choice])).toEqual([['b:0', 'medoid']]);
    // every pair of the four readings was verified whole, so the medoid search itself asks for nothing (no batch
    // is opened for it): the one batch is the reference against each reading
    expect([...reusing.cache.entries()].every(({ verdict }) => verdict.wholeDivergence !== null)).toBe(true);
    const texts = renderings.map((q) => q.text);
    expect(reusing.asked).toEqual([texts.map((text) => [texts[1], text])]);
    // without them: the three candidates (d is too short to be one) pairwise in one orientation, and each against d
    expect(plain.asked[0]!.length).toBe(3 + 3);
    expect(plain.asked[0]!.some(([x, y]) => x === y)).toBe(false);
  });
});

describe('witness table', () => {
  it('hangs each variant on the reference, with a column for added words', () => {
    const reference = 'we saw the invasion';
    const table = buildWitnessTable([
      { id: 'r', comparison: lcsComparison(reference, reference) },
      { id: 'v', comparison: lcsComparison(reference, 'we have the invasion now') },
      { id: 'w', comparison: lcsComparison(reference, 'the invasion') },
    ]);
    const cells = (i: number) => table.columns[i]!.cells.map((cell) => cell?.text ?? null);
    expect(table.witnesses).toEqual(['r', 'v', 'w']);
    expect(table.columns.map((column) => column.agreement)).toEqual(['partial', 'partial', 'partial', 'all', 'all', 'partial']);
    expect([0, 1, 2, 3, 4, 5].map(cells)).toEqual([
      ['we', 'we', null],
      ['saw', null, null],
      [null, 'have', null],
      ['the', 'the', 'the'],
      ['invasion', 'invasion', 'invasion'],
      [null, 'now', null],
    ]);
  });
});

describe('source summary', () => {
  it('averages each named source over its non-reference variants, sorted by name', async () => {
    const { summariseSources } = await import('../src/corpus/source-summary.js');
    const { clusters } = run(corpus);
    // sources are the upper-cased article ids (quote() above); the reference of the first cluster is b:20
    expect(summariseSources(clusters).map((s) => [s.source, s.count, Number(s.meanDivergence.toFixed(3))])).toEqual([
      ['A', 1, 0.133],
      ['C', 1, 0],
      ['E', 1, Number(clusters[1]!.variants.find((v) => v.quote.id === 'e:3')!.divergence.toFixed(3))],
      ['F', 1, 0],
    ]);
  });
});

describe('names and titles', () => {
  it('reads short capitalised phrases as names or titles, not as words someone said', () => {
    expect(['This Week,', 'Meet the Press', 'Fox & Friends,', 'The Facts on Where the Race Stands.', 'SUPER TUESDAY', 'Donald Trump.'].map(looksLikeTitle)).toEqual([true, true, true, true, true, true]);
    expect(['ISIS’ best recruiter.', 'the Apprentice', 'Lock her up!', 'One Two Three Four Five Six Seven Eight Nine', ''].map(looksLikeTitle)).toEqual([false, false, false, false, false]);
  });

  it('keeps copies of a title in several stories out of the clusters unless one speaker is credited with all of them', () => {
    const ids = (quotes: CorpusQuote[]) => run(quotes).clusters.map((cluster) => cluster.variants.map((v) => v.quote.id));
    expect(ids([quote('x', 0, 'Face the Nation,', 'Ben Carson'), quote('y', 0, 'Face the Nation,', 'Bernie Sanders')])).toEqual([]);
    expect(ids([quote('x', 0, 'Face the Nation,', 'Ben Carson'), quote('y', 0, 'Face the Nation,')])).toEqual([]);
    expect(ids([quote('x', 0, 'Make America Great Again', 'Donald Trump'), quote('y', 0, 'Make America Great Again', 'Trump')])).toEqual([['x:0', 'y:0']]);
    expect(ids([quote('x', 0, 'Make America Great Again', 'Donald Trump'), quote('y', 0, 'Make America Great Again', 'Elizabeth Warren')])).toEqual([]);
    // the same words in lower case in one story are someone's words: the copies are not a title
    expect(ids([quote('x', 0, 'Make America Great Again', 'Donald Trump'), quote('y', 0, 'make America great again', 'Elizabeth Warren')])).toEqual([['x:0', 'y:0']]);
  });

  it('treats a phrase of three words or fewer like a name: one utterance only through its speakers', () => {
    const ids = (quotes: CorpusQuote[]) => run(quotes).clusters.map((cluster) => cluster.variants.map((v) => v.quote.id));
    expect(ids([quote('x', 0, 'gross negligence', 'Trey Gowdy'), quote('y', 0, 'gross negligence')])).toEqual([]);
    expect(ids([quote('x', 0, 'gross negligence', 'Trey Gowdy'), quote('y', 0, 'gross negligence', 'James Comey')])).toEqual([]);
    expect(ids([quote('x', 0, 'Washington cartel', 'Ted Cruz'), quote('y', 0, 'Washington cartel', 'Cruz')])).toEqual([['x:0', 'y:0']]);
    // four words are a quotation, whoever is credited: an attribution conflict
    expect(ids([quote('x', 0, 'ISIS best recruiter ever', 'Hillary Clinton'), quote('y', 0, 'ISIS best recruiter ever', 'Donald Trump')])).toEqual([['x:0', 'y:0']]);
  });

  it('links a title to another quote only when the two share a speaker, however close their words', () => {
    const ids = (quotes: CorpusQuote[]) => run(quotes).clusters.map((cluster) => cluster.variants.map((v) => v.quote.id));
    expect(ids([quote('x', 0, 'Fox & Friends,', 'Michael McCaul'), quote('y', 0, 'Fox and Friends,', 'Carly Fiorina')])).toEqual([]);
    expect(ids([quote('x', 0, 'Fox & Friends,', 'Michael McCaul'), quote('y', 0, 'Fox and Friends,', 'McCaul')])).toEqual([['x:0', 'y:0']]);
  });
});
