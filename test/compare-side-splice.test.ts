import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSide, type Side } from '../src/compare/alignment-state.js';
import { compareQuotes } from '../src/compare/compare-quotes.js';
import { computeWeights, tokenWeights } from '../src/compare/divergence.js';
import { cachedSide, cachedSideCount, clearSides, sideOf, SIDES_PER_GENERATION } from '../src/compare/side-cache.js';
import { spliceSide } from '../src/compare/side-splice.js';
import { tokenize, type Token } from '../src/text/tokens.js';

// A near-identical text's side spliced from its sibling's (side-splice.ts) must be exactly the side
// a full build gives, and a comparison through it exactly the comparison through a full build.

/** Words and marks that exercise the tokenizer's joins (', ., :, digits with , and ;), typography, and characters outside its plain text path. */
const PLAIN = [
  'the', 'alliance', 'does', 'not', 'abandon', 'its', 'plans', 'U.S.', 'don’t', "isn't", 'NATO', 'shotgun', 'shot', 'gun', 'shot-gun',
  '5', '3.5', '2,000', '10:30', 'a:b', '%', '$', '&', ',', '.', ';', ':', '“', '”', '–', '—', '(', ')', "'", '’', 'Kyiv', 'percent',
  'per', 'cent', 'e.g.', 'well-known', 'pre', '-', 'co', 'operate', 'New', 'York',
];
const OUTSIDE = ['café', 'naïve', 'x_y', '…', 'Président', '\u00a0'];
const piece = fc.oneof({ arbitrary: fc.constantFrom(...PLAIN), weight: 19 }, { arbitrary: fc.constantFrom(...OUTSIDE), weight: 1 });
const gap = fc.constantFrom(' ', ' ', ' ', ' ', ' ', ' ', '', '  ', '\n', '\t');

/** A text of pieces joined by spaces (mostly) or nothing, a tab, a line break. */
const text = fc.array(fc.tuple(piece, gap), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([word, space]) => word + space).join(''));

/** An edit of one text into a near one: a piece replaced, dropped or inserted, at a character position. */
const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.oneof(piece, piece.map((word) => ` ${word} `), fc.constant('')) });

function edited(source: string, change: { at: number; cut: number; insert: string }): string {
  const at = change.at % (source.length + 1);
  return source.slice(0, at) + change.insert + source.slice(at + change.cut);
}

const near = fc.tuple(text, fc.array(edit, { minLength: 1, maxLength: 2 })).map(([a, changes]) => ({ a, b: changes.reduce(edited, a) }));

/** A text to compare a sibling with first, so that its lazily filled data (weights, collocation look-ups) is there. */
const OTHER = 'Shotgun weddings and death penalty cases: the U.S. well-known plans of New York, 5 percent.';

function fullSide(text: string): Side {
  return makeSide(text, tokenize(text));
}

/** A side's tokens read back from its arrays (texts, offsets, and the features' form and word flag). */
function tokensOf(side: Side): Token[] {
  return side.texts.map((text, k) => ({ text, start: side.bounds[2 * k]!, end: side.bounds[2 * k + 1]!, norm: side.features[k]!.norm, isWord: side.features[k]!.isWord }));
}

/** The fields a full build fills (the lazily filled ones are compared through comparisons below). */
function built(side: Side) {
  const { text, texts, size, wordCount, bounds, features, capitalised, ids } = side;
  return { text, tokens: tokensOf(side), texts, size, wordCount, bounds: [...bounds], features, capitalised: [...capitalised], ids };
}

describe('spliceSide', () => {
  it('gives the side a full build gives, for near-identical texts (property)', () => {
    let spliced = 0;
    fc.assert(
      fc.property(near, ({ a, b }) => {
        const full = fullSide(b);
        const side = spliceSide(b, fullSide(a));
        if (side === undefined) return;
        spliced++;
        expect(built(side)).toEqual(built(full));
        expect(tokensOf(side)).toEqual(tokenize(b));
        // the very feature objects (and so ids) the feature cache hands out
        side.features.forEach((features, k) => expect(features).toBe(full.features[k]));
      }),
      { numRuns: 3000, seed: 20_261_122 },
    );
    expect(spliced).toBeGreaterThan(1000);
  });

  it('copies the sibling\'s weights and computes the new tokens\' (property)', () => {
    fc.assert(
      fc.property(near, ({ a, b }) => {
        const sibling = fullSide(a);
        tokenWeights(sibling, undefined);
        const side = spliceSide(b, sibling);
        if (side === undefined) return;
        expect(side.plainWeights).toEqual(computeWeights(fullSide(b), undefined));
      }),
      { numRuns: 1000, seed: 20_261_124 },
    );
  });

  it('splices the middle of a one-word substitution and keeps the rest', () => {
    const a = 'The clear winner of the debate was the Fox Business Network, which ran two lively sessions.';
    const b = 'The clear winner of the debate was the Fox Business percent, which ran two lively sessions.';
    const side = spliceSide(b, fullSide(a))!;
    expect(side.texts).toEqual(['The', 'clear', 'winner', 'of', 'the', 'debate', 'was', 'the', 'Fox', 'Business', 'percent', ',', 'which', 'ran', 'two', 'lively', 'sessions', '.']);
    expect([...side.bounds.slice(20, 24)]).toEqual([b.indexOf('percent'), b.indexOf('percent') + 7, b.indexOf(','), b.indexOf(',') + 1]);
    expect(built(side)).toEqual(built(fullSide(b)));
  });

  it('declines texts outside the plain text path and texts sharing too little', () => {
    expect(spliceSide('Le président a dit non', fullSide('Le président a dit oui'))).toBeUndefined();
    expect(spliceSide('We are ready to go', fullSide('We are ready to gö'))).toBeUndefined();
    expect(spliceSide('Nothing alike here at all', fullSide('We are ready to go now'))).toBeUndefined();
  });
});

describe('compareQuotes through spliced sides', () => {
  it('gives the comparison a full build of both sides gives (property)', () => {
    fc.assert(
      fc.property(near, ({ a, b }) => {
        // full builds of both sides, cached, so compareQuotes reads them
        clearSides();
        sideOf(a);
        sideOf(b);
        const full = compareQuotes(a, b);
        // only `a` known: `b` is spliced from it; then neither known: the second is spliced from the first
        clearSides();
        sideOf(a);
        expect(compareQuotes(a, b)).toEqual(full);
        // `a` known with its weights and collocation look-ups filled by an earlier comparison: `b` gets copies
        clearSides();
        compareQuotes(a, OTHER);
        expect(compareQuotes(a, b)).toEqual(full);
        clearSides();
        expect(compareQuotes(a, b)).toEqual(full);
        // the other orientation, and `a` spliced from `b`
        clearSides();
        sideOf(a);
        sideOf(b);
        const back = compareQuotes(b, a);
        clearSides();
        sideOf(b);
        expect(compareQuotes(b, a)).toEqual(back);
      }),
      { numRuns: 600, seed: 20_261_123 },
    );
  });
});

describe('the side cache', () => {
  it('keeps two generations: a side in use survives a turnover, and no more than two generations are held', () => {
    clearSides();
    const inUse = sideOf('kept in use');
    const first = sideOf('met once');
    for (let i = 0; i < SIDES_PER_GENERATION + 10; i++) {
      sideOf(`filler ${i}`);
      // read now and then, as a quote compared with many others is
      if (i % 1000 === 0) expect(sideOf('kept in use')).toBe(inUse);
    }
    // 'met once' went to the old generation at the turnover and is still found there, once
    expect(cachedSide('met once')).toBe(first);
    for (let i = 0; i < 2 * SIDES_PER_GENERATION; i++) sideOf(`more ${i}`);
    expect(cachedSideCount()).toBeLessThanOrEqual(2 * SIDES_PER_GENERATION);
    expect(cachedSide('filler 0')).toBeUndefined();
    expect(sideOf('kept in use')).not.toBe(inUse); // not read for two generations: made again
    clearSides();
    expect(cachedSideCount()).toBe(0);
  });
});
