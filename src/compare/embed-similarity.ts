/**
 * The caller's embedding hook (`CompareOptions.embed`), asked after the gap phase and only there.
 *
 * Word vectors relate words WordNet does not ("forum" / "conference", "journalists" /
 * "reporters"), but they relate at least as many words that merely share a topic or a category
 * ("Sunday" / "days", "billion" / "million", "man" / "woman"). Read into the similarity matrix,
 * such values made anchors and served as evidence for phrase substitutions between unrelated
 * chunks: on Edinburgh++ train most links the hook added were wrong, and STS train Spearman fell
 * (METHODS.md, "with an embedding hook"). So the hook is asked only where the finished alignment
 * leaves two words in the same place:
 * 1. between two consecutive in-order links, the content words left unlinked on both sides are
 *    paired in order (the monotone pairing with the best summed value) by hook values of at least
 *    {@link EMBED_ACCEPT}, as `related` links with that similarity. Numbers are left to the number
 *    layer, and words WordNet calls opposites stay apart. The stretches before the first and after
 *    the last link are not paired: as in the gap phase, the unrelated rest of a longer quote
 *    stays omission or insertion;
 * 2. a single-word substitution between two content words that no layer relates becomes `related`
 *    only when the hook's value is strong ({@link STRONG_MATCH}, the bar for anchoring a content
 *    word): it changes the divergence, not the alignment, and topical relatedness is not sameness.
 * Without a hook nothing here runs, so results without `embed` are unchanged.
 *
 * @module
 */

import { STRONG_MATCH } from './align-anchors.js';
import { addLink, CONTENT_BIT, NUMBER_BIT, RELATED, scoreAt, SUBSTITUTION, type AlignmentState } from './alignment-state.js';
import { bestPairs } from './best-pairs.js';
import { nextInOrderLink } from './in-order-links.js';
import { LAYER_SCORES } from './token-similarity.js';

/** Smallest hook value taken as evidence that two leftover words render each other. */
export const EMBED_ACCEPT = 0.5;

type Embed = (a: string, b: string) => number;

/** Applies the hook of `state` (if any) to the links and leftovers of the finished gap phase. */
export function alignByEmbedding(state: AlignmentState): void {
  const embed = state.embed;
  if (embed === undefined) return;
  // consecutive in-order links; links made in a gap lie behind the walk
  const links = state.links;
  let before = -1;
  for (let index = nextInOrderLink(state, 0); index !== -1; index = nextInOrderLink(state, links.a1[index]!)) {
    if (before !== -1 && links.b0[index]! >= links.b1[before]!) pairLeftovers(state, embed, links.a1[before]!, links.a0[index]!, links.b1[before]!, links.b0[index]!);
    before = index;
  }
  relateSubstitutions(state, embed);
}

/** Step 2: single-word content substitutions the hook calls strongly similar. */
function relateSubstitutions(state: AlignmentState, embed: Embed): void {
  const { a, b } = state;
  const { count, a0, a1, b0, b1, kind, score } = state.links;
  for (let L = 0; L < count; L++) {
    if (kind[L] !== SUBSTITUTION || score[L] !== 0 || a1[L]! - a0[L]! !== 1 || b1[L]! - b0[L]! !== 1) continue;
    if ((a.ids[a0[L]!]! & CONTENT_BIT) === 0 || (b.ids[b0[L]!]! & CONTENT_BIT) === 0) continue;
    const value = embed(a.texts[a0[L]!]!, b.texts[b0[L]!]!);
    if (value >= STRONG_MATCH) {
      kind[L] = RELATED;
      score[L] = value;
    }
  }
}

/** Hook values of one gap's free content words, row-major `x * width + y` (0 below {@link EMBED_ACCEPT}). */
interface GapValues {
  values: Float64Array;
  width: number;
}

function valueAt(context: GapValues, x: number, y: number): number {
  return context.values[x * context.width + y]!;
}

/** Step 1: pairs the free content words of `a0…a1-1` and `b0…b1-1` by hook values. */
function pairLeftovers(state: AlignmentState, embed: Embed, a0: number, a1: number, b0: number, b1: number): void {
  const { a, b } = state;
  const xs = freeContent(state, 'a', a0, a1);
  if (xs.length === 0) return;
  const ys = freeContent(state, 'b', b0, b1);
  if (ys.length === 0) return;
  const width = ys.length;
  const values = new Float64Array(xs.length * width);
  for (let x = 0; x < xs.length; x++) {
    const i = xs[x]!;
    for (let y = 0; y < width; y++) {
      const j = ys[y]!;
      const value = embed(a.texts[i]!, b.texts[j]!);
      if (value < EMBED_ACCEPT) continue;
      // the matrix keeps 32-bit scores
      if (Math.fround(scoreAt(state, i * b.size + j)) === Math.fround(LAYER_SCORES.antonym)) continue;
      values[x * width + y] = value;
    }
  }
  for (const [x, y] of bestPairs(xs.length, width, valueAt, { values, width })) {
    const i = xs[x]!;
    const j = ys[y]!;
    addLink(state, i, i + 1, j, j + 1, RELATED, values[x * width + y]!);
  }
}

/** Unlinked content words of one side in `from…to-1`, numbers excepted. */
function freeContent(state: AlignmentState, side: 'a' | 'b', from: number, to: number): number[] {
  const { ids } = state[side];
  const linkOf = side === 'a' ? state.linkOfA : state.linkOfB;
  const free: number[] = [];
  for (let k = from; k < to; k++) if ((ids[k]! & (CONTENT_BIT | NUMBER_BIT)) === CONTENT_BIT && linkOf[k] === -1) free.push(k);
  return free;
}
