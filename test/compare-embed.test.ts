import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../src/index.js';
import type { AlignmentEntry } from '../src/types.js';

// How compareQuotes uses its `embed` hook (src/compare/embed-similarity.ts), with a tiny
// hand-written vector table standing in for real word vectors: the hook maps the cosine of two
// words' vectors to a value as the eval's hook does (eval/word-vectors.ts): 0 below 0.6, then
// 0.5 + 0.5 · (cosine − 0.6), capped at 0.79.

const VECTORS: Record<string, readonly number[]> = {
  journalists: [1, 0.2, 0],
  reporters: [0.9, 0.3, 0],
  forum: [0, 1, 0.1],
  conference: [0.1, 0.95, 0.2],
  officials: [0.3, 0.3, 0.9],
};

function cosine(x: readonly number[], y: readonly number[]): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  x.forEach((value, d) => {
    dot += value * y[d]!;
    nx += value * value;
    ny += y[d]! * y[d]!;
  });
  return dot / Math.sqrt(nx * ny);
}

function tableHook(x: string, y: string): number {
  const vx = VECTORS[x.toLowerCase()];
  const vy = VECTORS[y.toLowerCase()];
  if (vx === undefined || vy === undefined) return 0;
  const c = cosine(vx, vy);
  return c < 0.6 ? 0 : Math.min(0.79, 0.5 + 0.5 * (c - 0.6));
}

const changed = (entries: readonly AlignmentEntry[]) =>
  entries.filter((entry) => entry.kind !== 'identical').map((entry) => `${entry.a?.text ?? '∅'}|${entry.b?.text ?? '∅'}|${entry.kind}|${entry.similarity}`);

const A = 'Officials told journalists at a forum that the talks failed.';
const B = 'Officials told reporters during the conference that the talks failed.';

describe('compareQuotes with an embed hook', () => {
  it('pairs the content words a bounded gap leaves unlinked, by the hook, as related words', () => {
    expect(changed(compareQuotes(A, B).alignment)).toEqual([
      'journalists|∅|omission|0',
      'at|∅|omission|0',
      'a|∅|omission|0',
      'forum|∅|omission|0',
      '∅|reporters|insertion|0',
      '∅|during|insertion|0',
      '∅|the|insertion|0',
      '∅|conference|insertion|0',
    ]);
    const embedded = compareQuotes(A, B, { embed: tableHook });
    expect(changed(embedded.alignment)).toEqual([
      'journalists|reporters|related|0.6961',
      'at|∅|omission|0',
      'a|∅|omission|0',
      '∅|during|insertion|0',
      '∅|the|insertion|0',
      'forum|conference|related|0.6945',
    ]);
    expect(embedded.alignment.find((entry) => entry.a?.text === 'journalists')).toEqual({
      a: { start: 15, end: 26, text: 'journalists' },
      b: { start: 15, end: 24, text: 'reporters' },
      kind: 'related',
      similarity: 0.6961,
      moved: false,
    });
    expect(embedded.divergence).toBeLessThan(compareQuotes(A, B).divergence);
  });

  it('is symmetric with a symmetric hook', () => {
    const forward = compareQuotes(A, B, { embed: tableHook });
    const backward = compareQuotes(B, A, { embed: tableHook });
    expect(backward.divergence).toBe(forward.divergence);
    const flip: Record<string, string> = { omission: 'insertion', insertion: 'omission' };
    const mirrored = forward.alignment.map((entry) => `${entry.b?.text ?? '∅'}|${entry.a?.text ?? '∅'}|${flip[entry.kind] ?? entry.kind}|${entry.similarity}`);
    expect(changed(backward.alignment).sort()).toEqual(mirrored.filter((line) => !line.includes('|identical|')).sort());
  });

  it('leaves the stretches before the first and after the last link unpaired', () => {
    // "Journalists" precedes every link: it stays an omission however related the hook says it is
    const result = compareQuotes('Journalists and diplomats praised the plan.', 'Reporters and envoys praised the plan.', { embed: () => 0.7 });
    expect(changed(result.alignment)).toEqual(['Journalists|∅|omission|0', '∅|Reporters|insertion|0', 'diplomats|envoys|related|0.65']);
  });

  it('keeps numbers and WordNet opposites apart', () => {
    const numbers = compareQuotes('Officials told 5 people at a forum that the talks failed.', 'Officials told 7 reporters during the conference that the talks failed.', {
      embed: () => 0.7,
    });
    expect(changed(numbers.alignment)).toEqual([
      '5|7|substitution|0',
      'people|reporters|related|0.5',
      'at|∅|omission|0',
      'a|∅|omission|0',
      '∅|during|insertion|0',
      '∅|the|insertion|0',
      'forum|conference|related|0.7',
    ]);
    const opposites = compareQuotes('Officials said prices rose in March and the talks failed.', 'Officials said costs fell during April and the talks failed.', {
      embed: () => 0.7,
    });
    expect(changed(opposites.alignment)).toEqual([
      'prices|costs|synonym|0.85',
      'rose|∅|omission|0',
      'in|∅|omission|0',
      '∅|fell|insertion|0',
      '∅|during|insertion|0',
      'March|April|related|0.7',
    ]);
  });

  it('makes a content-word substitution related only when the hook is strong (≥ 0.8)', () => {
    const a = 'Journalists attended the forum.';
    const b = 'Reporters went to the conference.';
    expect(changed(compareQuotes(a, b, { embed: tableHook }).alignment)).toEqual([
      'Journalists|Reporters|substitution|0',
      'attended|went to|synonym|0.85',
      'forum|conference|substitution|0',
    ]);
    expect(changed(compareQuotes(a, b, { embed: (x, y) => (tableHook(x, y) > 0 ? 0.9 : 0) }).alignment)).toEqual([
      'Journalists|Reporters|related|0.9',
      'attended|went to|synonym|0.85',
      'forum|conference|related|0.9',
    ]);
  });

  it('changes nothing when the hook never reaches 0.5', () => {
    const pairs: [string, string][] = [
      [A, B],
      ['Journalists attended the forum.', 'Reporters went to the conference.'],
      ['We do not abandon our plans', 'We have not abandoned our plans'],
      ['', 'Something said.'],
    ];
    for (const [a, b] of pairs) {
      expect(compareQuotes(a, b, { embed: () => 0.49 })).toEqual(compareQuotes(a, b));
      expect(compareQuotes(b, a, { embed: () => 0 })).toEqual(compareQuotes(b, a));
    }
  });
});
