import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../src/compare/compare-quotes.js';

// compareQuotes reuses its working arrays from call to call (workspace.ts, best-pairs.ts,
// align-identical-runs.ts) and keeps per-text data on cached sides: none of it may leak from one
// comparison into another, including a comparison run inside an `embed` hook of another.

const A = 'For now, the alliance does not abandon its plans to contain Russia and to use the Ukrainian people as a sacrificial lamb.';
const B = 'So far, the alliance has not abandoned its plans to contain Russia and slaughter the Ukrainian people as ritual victims,';
const C = 'We are watching a gradual incursion of NATO into the territory of Ukraine with its instructors and weapons.';
const D = 'we have seen the gradual invasion of NATO into the Ukrainian territory with its instructors, with supplies of weapons.';

/** A deterministic word relatedness in [0, 1] from the two words' lengths and first letters. */
function relatedness(x: string, y: string): number {
  return x.charCodeAt(0) === y.charCodeAt(0) ? 0.6 : Math.min(x.length, y.length) / (4 * Math.max(x.length, y.length));
}

describe('compareQuotes with reused working arrays', () => {
  it('gives the same result for a pair before and after other comparisons', () => {
    const first = JSON.stringify(compareQuotes(A, B));
    compareQuotes(C, D);
    compareQuotes(D, A);
    compareQuotes('A much longer text '.repeat(40), 'and another, much longer again '.repeat(45));
    compareQuotes('', 'x');
    expect(JSON.stringify(compareQuotes(A, B))).toBe(first);
  });

  it('gives each orientation the mirror of the other', () => {
    const forward = compareQuotes(C, D);
    const backward = compareQuotes(D, C);
    expect(backward.a).toBe(D);
    expect(backward.divergence).toBe(forward.divergence);
    expect(backward.components.omission).toBe(forward.components.addition);
    expect(backward.components.addition).toBe(forward.components.omission);
    const swapped = forward.alignment.map((entry) => `${entry.b?.text ?? '∅'}|${entry.a?.text ?? '∅'}|${entry.similarity}|${entry.moved}`);
    const mirrored = backward.alignment.map((entry) => `${entry.a?.text ?? '∅'}|${entry.b?.text ?? '∅'}|${entry.similarity}|${entry.moved}`);
    expect([...mirrored].sort()).toEqual([...swapped].sort());
  });

  it('is not disturbed by a comparison nested in an embed hook', () => {
    const plain = compareQuotes(A, B, { embed: relatedness });
    let nested = 0;
    const comparing = (x: string, y: string): number => {
      // the inner comparison runs while the outer one holds the reused arrays
      nested += compareQuotes(C, D).alignment.length;
      return relatedness(x, y);
    };
    const withNesting = compareQuotes(A, B, { embed: comparing });
    expect(nested).toBeGreaterThan(0);
    expect(withNesting).toEqual(plain);
  });

  it('pairs the chunks of a gap while each chunk pair pairs its tokens (nested pairing tables)', () => {
    // the gap "said that" ↔ "rounds, Lisbon," is cut into chunks at the commas; scoring each chunk
    // pair runs a token pairing inside the chunk pairing, each with its own table
    const x = 'Voting runs from 9 to 5 p.m. Oct. 3. The plan covered 2,000 staff, retirees and families. She said that it would be hard to prove.';
    const y = 'Voting runs from 9 to p.m. 5 3. Oct. The plan covered 2,000 staff, retirees and families. She rounds, Lisbon, it would be hard to prove.';
    const linked = compareQuotes(x, y).alignment.find((entry) => entry.a?.text === 'said');
    expect(linked?.b?.text).toBe('rounds');
  });
});
