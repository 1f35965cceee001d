/**
 * A new text's side built from a side of a text it shares most characters with (its sibling):
 * only the stretch between the last space of their common start and the first space of their
 * common end is tokenised; the tokens around it, with their features, keys and capital flags,
 * are the sibling's (those after it moved by the difference in length).
 *
 * Why: at corpus scale most comparisons are between renderings one or two words apart (a wire
 * copy edited), and every edited rendering is a text never seen before; building its side
 * (tokenising it, looking up every token's features) was most of such a comparison's time,
 * though all but a word or two of it is the sibling's.
 *
 * Why it gives exactly the side a full build gives: both texts go through the tokenizer's plain
 * text path (`isFastAscii`), which splits at every space and decides a token's end from the
 * characters up to one past it, so a text's tokens are those of the text before any of its
 * spaces followed by those of the text from that space on. The stretch's tokens are then those
 * of the new text's middle; the features of the sibling's tokens are the very objects the
 * feature cache would hand out (cached sides are dropped whenever that cache is emptied), and
 * the new tokens' features are looked up in text order, so new words get the ids a full build
 * gives them. test/compare-side-splice.test.ts checks it against full builds.
 *
 * @module
 */

import { isFastAscii } from '../text/ascii-words.js';
import { tokenize } from '../text/tokens.js';
import { type Side } from './alignment-state.js';
import { plainWeight } from './divergence.js';
import { tokenKey } from './token-keys.js';
import { wordFeatures, type WordFeatures } from './token-features.js';

/** The shortest shared stretch worth splicing, as a share of the new text (below it a full build is as cheap). */
const MIN_SHARED = 0.5;

const SPACE = 0x20;

/** Whether `side`'s text takes the tokenizer's plain text path (computed once per side). */
function plainText(side: Side): boolean {
  return (side.plain ??= isFastAscii(side.text));
}

/**
 * The side of `text` made from `sibling`'s, or undefined when they share too little (or a text
 * is outside the plain text path): the caller then builds it in full.
 */
export function spliceSide(text: string, sibling: Side): Side | undefined {
  const other = sibling.text;
  const n = text.length;
  const m = other.length;
  const shortest = Math.min(n, m);
  let prefix = 0;
  while (prefix < shortest && text.charCodeAt(prefix) === other.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && text.charCodeAt(n - 1 - suffix) === other.charCodeAt(m - 1 - suffix)) suffix++;
  if (prefix + suffix < MIN_SHARED * n || !plainText(sibling)) return undefined;
  // cut at a space of the common start (or at 0) and at one of the common end (or at the end)
  let left = prefix - 1;
  while (left > 0 && text.charCodeAt(left) !== SPACE) left--;
  if (left < 0) left = 0;
  let right = n - suffix;
  while (right < n && text.charCodeAt(right) !== SPACE) right++;
  const middle = text.slice(left, right);
  if (!isFastAscii(middle)) return undefined;
  const shift = n - m;
  const bounds = sibling.bounds;
  const size = sibling.size;
  // the sibling's tokens ending by `left`, and those starting after its own cut `right - shift`
  let head = 0;
  while (head < size && bounds[2 * head + 1]! <= left) head++;
  let tail = size;
  while (tail > head && bounds[2 * (tail - 1)]! > right - shift) tail--;
  const fresh = tokenize(middle);
  const count = head + fresh.length + (size - tail);
  const texts = new Array<string>(count);
  const features = new Array<WordFeatures>(count);
  const capitalised = new Uint8Array(count);
  const ids: number[] = [];
  const out = new Int32Array(2 * count);
  let wordCount = 0;
  for (let k = 0; k < head; k++) {
    texts[k] = sibling.texts[k]!;
    features[k] = sibling.features[k]!;
    capitalised[k] = sibling.capitalised[k]!;
    ids.push(sibling.ids[k]!);
    out[2 * k] = bounds[2 * k]!;
    out[2 * k + 1] = bounds[2 * k + 1]!;
    if (features[k]!.isWord) wordCount++;
  }
  for (let f = 0; f < fresh.length; f++) {
    const k = head + f;
    const token = fresh[f]!;
    const feature = wordFeatures(token.norm, token.isWord);
    texts[k] = token.text;
    features[k] = feature;
    capitalised[k] = token.isWord && token.text.charAt(0) !== token.text.charAt(0).toLowerCase() ? 1 : 0;
    ids.push(tokenKey(feature));
    out[2 * k] = token.start + left;
    out[2 * k + 1] = token.end + left;
    if (token.isWord) wordCount++;
  }
  for (let s = tail, k = head + fresh.length; s < size; s++, k++) {
    texts[k] = sibling.texts[s]!;
    features[k] = sibling.features[s]!;
    capitalised[k] = sibling.capitalised[s]!;
    ids.push(sibling.ids[s]!);
    out[2 * k] = bounds[2 * s]! + shift;
    out[2 * k + 1] = bounds[2 * s + 1]! + shift;
    if (features[k]!.isWord) wordCount++;
  }
  const reused = { head, from: tail, to: head + fresh.length };
  return {
    text,
    texts,
    size: count,
    wordCount,
    bounds: out,
    features,
    capitalised,
    ids,
    plainWeights: sibling.plainWeights === undefined ? undefined : splicedWeights(sibling.plainWeights, features, reused),
    collocations: sibling.collocations === undefined ? undefined : splicedPairs(sibling.collocations, new Array<WordFeatures>(count), reused),
    collocationKnown: sibling.collocationKnown === undefined ? undefined : splicedPairs(sibling.collocationKnown, new Array<number>(count).fill(0), reused),
    anchors: undefined,
    tone: undefined,
    valences: undefined,
    plain: true,
  };
}

/** Where a spliced side's tokens come from: `0…head-1` are the sibling's own, and from `to` on the sibling's from `from` on. */
interface Reused {
  head: number;
  from: number;
  to: number;
}

/**
 * The spliced side's weights without a corpus (divergence.ts): a token's weight is a function of its
 * features alone, so the sibling's are copied and the new tokens' computed.
 */
function splicedWeights(weights: Float64Array, features: WordFeatures[], { head, from, to }: Reused): Float64Array {
  const out = new Float64Array(features.length);
  out.set(weights.subarray(0, head));
  for (let k = head; k < to; k++) out[k] = plainWeight(features[k]!);
  out.set(weights.subarray(from), to);
  return out;
}

/**
 * What the sibling found about its token pairs `k`, `k + 1` read as one word (align-collocations.ts:
 * a function of the two words alone), for the pairs of the spliced side whose two tokens are both
 * the sibling's and next to each other there too; the others are left to be looked up (`out` comes filled with "not yet").
 */
function splicedPairs<T>(known: T[], out: T[], { head, from, to }: Reused): T[] {
  for (let k = 0; k + 1 < head; k++) out[k] = known[k]!;
  for (let s = from, k = to; s + 1 < known.length; s++, k++) out[k] = known[s]!;
  return out;
}
