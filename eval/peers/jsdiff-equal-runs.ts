/**
 * Peer: jsdiff (`diff`) equal runs. A plain diff over word tokens links the tokens of each run
 * the two sides share and nothing else, so it can only ever find identical words in order:
 * the floor any aligner or similarity measure has to beat.
 *
 * Tokens are compared lower-cased (`comparator`), so "The"/"the" is one run, as in a
 * case-insensitive diff.
 *
 * @module
 */

import { diffArrays } from 'diff';

function sameFolded(left: string, right: string): boolean {
  return left.toLowerCase() === right.toLowerCase();
}

/** Links `[i, j]` between the tokens of the runs `diffArrays` reports as common. */
export function equalRunLinks(source: readonly string[], target: readonly string[]): [number, number][] {
  const links: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays([...source], [...target], { comparator: sameFolded })) {
    const count = change.count;
    if (change.added) j += count;
    else if (change.removed) i += count;
    else {
      for (let k = 0; k < count; k++) links.push([i + k, j + k]);
      i += count;
      j += count;
    }
  }
  return links;
}

/** Whitespace tokens of a raw sentence ("dancing." keeps its full stop, as a diff would see it). */
function words(sentence: string): string[] {
  return sentence.split(' ').filter((token) => token !== '');
}

/**
 * Dice coefficient of the tokens in equal runs: `2 × linked / (|a| + |b|)`, in [0, 1]
 * (1 when both sentences are empty).
 */
export function equalRunDice(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  return (2 * equalRunLinks(left, right).length) / (left.length + right.length);
}
