import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLinked, compareQuotes, linkedOf, type LinkedComparison } from '../src/compare/compare-quotes.js';
import { tokenize } from '../src/text/tokens.js';
import type { AlignmentEntry, QuoteComparison, Span } from '../src/types.js';

const WORDS = [
  'the', 'a', 'of', 'to', 'and', 'not', 'has', 'does', 'we', 'We', 'THE',
  'alliance', 'Alliance', 'abandon', 'abandoned', 'plans', 'use', 'slaughter', 'sacrificial', 'lamb', 'ritual', 'victims',
  'invasion', 'incursion', 'watching', 'seen', 'training', 'teaching', 'Kiev', 'Kyiv', 'Russia', 'Ukrainian', 'Ukraine',
  'for', 'now', 'so', 'far', 'like', 'forth', '1,000', '1000', 'two', '2', 'couldn’t', "couldn't", 'naïve', 'naïve',
  'Москва', 'Киев', '北京', '😀', 'e\u0301', 'é',
];
const PUNCTUATION = [',', '.', ';', ':', '—', '-', '«', '»', '“', '”', '"', '(', ')', '!', '?', '…'];
const SEPARATORS = [' ', ' ', ' ', '\u00a0', '\u202f', '  ', '\n'];

const token = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) });
const text = fc
  .array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { maxLength: 24 })
  .map((parts) => parts.map(([t, s]) => t + s).join('').trimEnd());
/** A text and a variant of it made by small edits, so that pairs share words often. */
const pair = fc.oneof(
  fc.tuple(text, text),
  text.chain((a) =>
    fc
      .array(fc.tuple(fc.nat(30), fc.constantFrom('drop', 'upper', 'swap', 'insert'), token), { maxLength: 4 })
      .map((edits) => {
        const parts = a.split(' ');
        for (const [at, op, t] of edits) {
          const k = parts.length === 0 ? 0 : at % parts.length;
          if (op === 'drop') parts.splice(k, 1);
          else if (op === 'upper') parts[k] = (parts[k] ?? '').toUpperCase();
          else if (op === 'swap' && parts.length > 1) parts.push(...parts.splice(k, 1));
          else parts.splice(k, 0, t);
        }
        return [a, parts.join(' ')] as [string, string];
      }),
  ),
);

const norms = (s: string) => tokenize(s).map((t) => t.norm).join('\u0000');

function checkSide(source: string, entries: AlignmentEntry[], side: 'a' | 'b'): void {
  const tokens = tokenize(source);
  const covered = new Array<number>(tokens.length).fill(0);
  const spans: Span[] = [];
  for (const entry of entries) {
    const span = entry[side];
    if (span === null) continue;
    expect(source.slice(span.start, span.end)).toBe(span.text);
    const first = tokens.findIndex((t) => t.start === span.start);
    const last = tokens.findIndex((t) => t.end === span.end);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThanOrEqual(first);
    for (let k = first; k <= last; k++) covered[k]!++;
    if (side === 'a' || !entry.moved) spans.push(span);
  }
  expect(covered.every((count) => count === 1)).toBe(true);
  for (let k = 1; k < spans.length; k++) expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
}

const swapped = (result: QuoteComparison) =>
  result.alignment
    .map((e) => JSON.stringify([e.b, e.a, e.kind === 'omission' ? 'insertion' : e.kind === 'insertion' ? 'omission' : e.kind, e.similarity, e.moved]))
    .sort();
const plainEntries = (result: QuoteComparison) => result.alignment.map((e) => JSON.stringify([e.a, e.b, e.kind, e.similarity, e.moved])).sort();

describe('compareQuotes properties', () => {
  it('keeps divergence and components in [0, 1], 0 exactly for equal normalised tokens', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const result = compareQuotes(a, b);
        expect(result.divergence).toBeGreaterThanOrEqual(0);
        expect(result.divergence).toBeLessThanOrEqual(1);
        for (const value of Object.values(result.components)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(result.divergence === 0).toBe(norms(a) === norms(b));
      }),
      { numRuns: 2500, seed: 20261122 },
    );
  });

  it('covers every token of both sides exactly once, in order, with exact offsets', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const result = compareQuotes(a, b);
        checkSide(a, result.alignment, 'a');
        checkSide(b, result.alignment, 'b');
        for (const edit of result.edits) {
          if (edit.a) expect(a.slice(edit.a.start, edit.a.end)).toBe(edit.a.text);
          if (edit.b) expect(b.slice(edit.b.start, edit.b.end)).toBe(edit.b.text);
        }
      }),
      { numRuns: 2500, seed: 7 },
    );
  });

  it('is symmetric: swapping the sides mirrors the result', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const forward = compareQuotes(a, b);
        const backward = compareQuotes(b, a);
        expect(backward.divergence).toBe(forward.divergence);
        expect(backward.components.omission).toBe(forward.components.addition);
        expect(backward.components.addition).toBe(forward.components.omission);
        expect(plainEntries(backward)).toEqual(swapped(forward));
        expect(backward.overlap?.a ?? null).toEqual(forward.overlap?.b ?? null);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('compareLinked gives what compareQuotes gives, read through linkedOf (links in any order)', () => {
    const sortedLinks = (linked: LinkedComparison) => {
      const rows: number[][] = [];
      for (let k = 0; k < linked.links.length; k += 4) rows.push([...linked.links.subarray(k, k + 4)]);
      return rows.sort((x, y) => x[0]! - y[0]! || x[2]! - y[2]!);
    };
    let withLinks = 0;
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const lean = compareLinked(a, b);
        const full = linkedOf(compareQuotes(a, b));
        expect({ ...lean, links: sortedLinks(lean) }).toEqual({ ...full, links: sortedLinks(full) });
        if (full.links.length > 0) withLinks++;
      }),
      { numRuns: 1000, seed: 12 },
    );
    expect(withLinks).toBeGreaterThan(500);
  });

  it('gives each merged omission, insertion or move a span holding only its own entries', () => {
    // entries are ordered by `a`: insertions consecutive in that order may have other tokens of `b`
    // between them, which a merged span must not swallow
    const inside = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const result = compareQuotes(a, b);
        for (const edit of result.edits) {
          if (edit.class !== 'omission' && edit.class !== 'insertion' && edit.class !== 'move') continue;
          for (const entry of result.alignment) {
            const inA = edit.a !== null && entry.a !== null && inside(edit.a, entry.a);
            const inB = edit.b !== null && entry.b !== null && inside(edit.b, entry.b);
            if (!inA && !inB) continue;
            if (edit.class === 'move') expect(entry.moved).toBe(true);
            else expect(entry.kind).toBe(edit.class);
          }
        }
      }),
      { numRuns: 2500, seed: 23 },
    );
  });

  it('never throws on any strings and gives the same JSON twice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), (a, b) => {
        const first = JSON.stringify(compareQuotes(a, b));
        expect(JSON.stringify(compareQuotes(a, b))).toBe(first);
        expect(JSON.parse(first).methodVersion).toBe('1.0.0');
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('gives the same result when the embed hook runs comparisons of its own (the reused matrix is not shared)', () => {
    const a = 'The minister rejected the proposal on Tuesday after a long debate';
    const b = 'On Tuesday the official turned down the plan following lengthy talks';
    const nested = (x: string, y: string) => {
      compareQuotes(`${x} and more`, `${y} or less`);
      return 0;
    };
    expect(compareQuotes(a, b, { embed: nested })).toEqual(compareQuotes(a, b));
    expect(compareQuotes(b, a, { embed: nested })).toEqual(compareQuotes(b, a));
  });
});
