/**
 * Monotone pairing by dynamic programming: the pairs `(x, y)` of two sequences, in order on both,
 * that maximise a summed value. The gap phase (align-gaps.ts) pairs the tokens of a gap, and the
 * chunks of a gap, with it.
 *
 * @module
 */

/**
 * Monotone pairing of `xs` and `ys` maximising the summed `value(context, x, y)`; pairs with
 * value ≤ 0 are never made. `value` is read once per cell while filling the table and again on
 * the way back. Module functions with a context object, not closures: this runs several times
 * per comparison.
 */
export function bestPairs<C>(xs: number, ys: number, value: (context: C, x: number, y: number) => number, context: C): [number, number][] {
  const width = ys + 1;
  const cells = (xs + 1) * width;
  // one table per nesting depth (chunk pairing scores token pairings; an `embed` hook may compare)
  let total = totalsByDepth[depth];
  if (total === undefined || total.length < cells) {
    total = new Float64Array(Math.max(cells, 256));
    totalsByDepth[depth] = total;
  }
  // only the first row and column are read before they are written
  for (let y = 0; y < width; y++) total[y] = 0;
  for (let x = 1; x <= xs; x++) total[x * width] = 0;
  depth++;
  try {
    return bestPairsIn(total, xs, ys, value, context);
  } finally {
    depth--;
  }
}

/** The score tables of {@link bestPairs}, reused: a fresh typed array per gap cost more than filling one. */
const totalsByDepth: Float64Array[] = [];
let depth = 0;

function bestPairsIn<C>(total: Float64Array, xs: number, ys: number, value: (context: C, x: number, y: number) => number, context: C): [number, number][] {
  const width = ys + 1;
  for (let x = 1; x <= xs; x++) {
    for (let y = 1; y <= ys; y++) {
      const pair = value(context, x - 1, y - 1);
      const paired = pair > 0 ? total[(x - 1) * width + y - 1]! + pair : Number.NEGATIVE_INFINITY;
      total[x * width + y] = Math.max(total[(x - 1) * width + y]!, total[x * width + y - 1]!, paired);
    }
  }
  const pairs: [number, number][] = [];
  let x = xs;
  let y = ys;
  while (x > 0 && y > 0) {
    const here = total[x * width + y]!;
    const pair = value(context, x - 1, y - 1);
    if (pair > 0 && here === total[(x - 1) * width + y - 1]! + pair) {
      pairs.push([x - 1, y - 1]);
      x--;
      y--;
    } else if (here === total[(x - 1) * width + y]!) x--;
    else y--;
  }
  return pairs.reverse();
}

/** Pairs of positions in `xs` and `ys` → pairs of the tokens there. */
export function tokensAt(pairs: [number, number][], xs: number[], ys: number[]): [number, number][] {
  for (const pair of pairs) {
    pair[0] = xs[pair[0]]!;
    pair[1] = ys[pair[1]]!;
  }
  return pairs;
}
