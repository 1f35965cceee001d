import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packedReply, unpackedReply, type PackedExtractions, type PackedVerdicts } from '../src/corpus/packed-replies.js';
import { runTask, type ExtractedArticle, type Task, type TaskSettings, type VerifiedPair } from '../src/corpus/corpus-tasks.js';
import type { Article } from '../src/types.js';
import { anyVerdict } from './verdict-arbitrary.js';

const settings: TaskSettings = { minSimilarity: 0.35, minTokens: 2, compare: {} };

/** What the calling thread reads of `reply`, posted as a worker posts it (through the structured clone). */
function crossed(task: Task, results: readonly unknown[]): unknown[] {
  return unpackedReply(task, structuredClone(packedReply(task, results)));
}

/** JSON keeps key order: equal JSON and deep equality together mean the same values, keys in the same order. */
function expectSame(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

const articles: Article[] = [
  { id: 'tass', text: 'Peskov said: “We have seen the gradual invasion of NATO into Ukraine.” He told reporters, “it is sad”.' },
  { id: 'ria', text: '“We are watching a gradual incursion of NATO into Ukraine,” the Kremlin spokesman said. Nothing else.' },
  { id: 'empty', text: 'No quotation here at all.' },
  { id: 'odd', text: 'She wrote "unclosed quote and “curly” marks, and the headline: Putin: ‘never underestimate Russia’' },
];

describe('packed replies (extraction and verdicts as a worker posts them)', () => {
  it('give back the extraction of real articles, key order included, and carry quote texts as offsets', () => {
    const task: Task = { op: 'extract', items: articles };
    const results = runTask(task) as ExtractedArticle[];
    expect(results.reduce((sum, result) => sum + result.quotes.length, 0)).toBeGreaterThanOrEqual(4);
    const packed = packedReply(task, results) as PackedExtractions;
    expect(packed.packed).toBe('extract');
    // the quotes' texts are slices of their articles: none is in the table
    expect(packed.strings).not.toContain('We have seen the gradual invasion of NATO into Ukraine.');
    // a string shared by the chunk's quotes (the kind) is in the table once
    expect(packed.strings.filter((s) => s === 'utterance')).toHaveLength(1);
    expectSame(crossed(task, results), results);
  });

  it('give back any article text’s extraction (property)', () => {
    const piece = fc.constantFrom('“', '”', '"', '‘', '’', ' said ', ', he told reporters. ', 'Peskov', 'Ms. Smith', 'NATO', 'never underestimate Russia', '\n', ': ', '. ', 'gradual invasion', '😀', 'é');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 4 }), (texts) => {
        const task: Task = { op: 'extract', items: texts.map((text, i) => ({ id: `a${i}`, text })) };
        const results = runTask(task);
        expectSame(crossed(task, results), results);
      }),
      { numRuns: 150 },
    );
  });

  it('post an extraction of another shape as it is, and it reads back the same', () => {
    const task: Task = { op: 'extract', items: articles.slice(0, 1) };
    const [result] = runTask(task) as ExtractedArticle[];
    const noted = { ...result!, quotes: result!.quotes.map((quote) => ({ ...quote, note: 'extra' })) };
    expect(Array.isArray(packedReply(task, [noted]))).toBe(true);
    expectSame(crossed(task, [noted]), [noted]);
    // stamped with another article's id: the id cannot be read back from the article
    const moved = { ...result!, quotes: result!.quotes.map((quote) => ({ ...quote, articleId: 'elsewhere' })) };
    expectSame(crossed(task, [moved]), [moved]);
  });

  it('give back verdicts (every flag, fragment and null) and the comparisons kept with them', () => {
    const pairs: [string, string][] = [
      ['We have seen the gradual invasion of NATO into Ukraine.', 'We are watching a gradual incursion of NATO into Ukraine'],
      ['gradual invasion', 'We have seen the gradual invasion of NATO into Ukraine, and we said so many times.'],
      ['open secret', 'dove of peace'],
      ['It is an instrument of confrontation', 'an organization that was created for confrontation'],
    ];
    for (const keepAccepted of [false, true]) {
      const task: Task = { op: 'verify', items: pairs, keepAccepted, settings };
      const results = runTask(task) as VerifiedPair[];
      expect(results.some((result) => result.verdict.accepted)).toBe(true);
      // a fragment matched clause by clause, and pairs rejected without a comparison of the whole (clusters' verification)
      if (!keepAccepted) expect(results.some((result) => result.verdict.fragment !== null && result.verdict.wholeDivergence === null)).toBe(true);
      expect(results.some((result) => result.comparison !== null)).toBe(keepAccepted);
      const packed = packedReply(task, results) as PackedVerdicts;
      expect(packed.packed).toBe('verify');
      expect(packed.numbers).toHaveLength(7 * pairs.length);
      expectSame(crossed(task, results), results);
    }
  });

  it('give back any verdict exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(anyVerdict, { maxLength: 20 }), (verdicts) => {
        const task: Task = { op: 'verify', items: verdicts.map(() => ['a', 'b'] as [string, string]), keepAccepted: false, settings };
        const results: VerifiedPair[] = verdicts.map((v) => ({ verdict: v, comparison: null }));
        const back = crossed(task, results) as VerifiedPair[];
        expect(back).toEqual(results);
        // -0 and the key order survive too
        back.forEach((result, i) => {
          expect(Object.is(result.verdict.similarity, results[i]!.verdict.similarity)).toBe(true);
          expect(Object.keys(result.verdict)).toEqual(Object.keys(results[i]!.verdict));
        });
      }),
    );
  });

  it('pass comparisons through as they are', () => {
    const task: Task = { op: 'compare', items: [['we are ready', 'we are not ready']], settings };
    const results = runTask(task);
    expect(packedReply(task, results)).toBe(results);
    expectSame(crossed(task, results), results);
  });

  it('refuse a packed reply to a task of another kind', () => {
    const extract: Task = { op: 'extract', items: articles.slice(0, 1) };
    const verify: Task = { op: 'verify', items: [], keepAccepted: false, settings };
    expect(() => unpackedReply(verify, packedReply(extract, runTask(extract)))).toThrow('a packed extract reply to a verify task');
    const pairs: Task = { op: 'verify', items: [['we are ready', 'we are not ready']], keepAccepted: false, settings };
    expect(() => unpackedReply(extract, packedReply(pairs, runTask(pairs)))).toThrow('a packed verify reply to a extract task');
  });
});
