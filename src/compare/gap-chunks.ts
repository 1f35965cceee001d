/**
 * The chunks of a gap (maximal runs of adjacent free words) and what the gap phase
 * (align-gaps.ts) reads from them: the phrase they spell, their content words, the slot a word
 * fills between pairs, a lone punctuation mark.
 *
 * @module
 */

import { phraseGroup } from '../lexicon/phrase-equivalents.js';
import { CONTENT_BIT, PHRASE_BIT, WORD_BIT, type AlignmentState, type Side } from './alignment-state.js';

/** Maximal runs of adjacent word tokens. */
export function chunksOf(tokens: number[], side: Side): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  for (const k of tokens) {
    const isWord = (side.ids[k]! & WORD_BIT) !== 0;
    if (!isWord || (current.length > 0 && current[current.length - 1]! + 1 !== k)) {
      if (current.length > 0) chunks.push(current);
      current = [];
    }
    if (isWord) current.push(k);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The phrase-equivalent group (see lexicon/phrase-equivalents.ts) of the words of a chunk, if any.
 * Most chunks hold a word of no listed phrase: the tokens' packed keys say so, and such a chunk is
 * neither spelled out nor looked up (nor its words' feature objects read).
 */
export function phraseKey(state: AlignmentState, side: 'a' | 'b', chunk: number[]): number | undefined {
  const { ids, features } = state[side];
  for (const k of chunk) if ((ids[k]! & PHRASE_BIT) === 0) return undefined;
  let phrase = features[chunk[0]!]!.norm;
  for (let k = 1; k < chunk.length; k++) phrase += ` ${features[chunk[k]!]!.norm}`;
  return phraseGroup(phrase);
}

/** The first content word of `chunk` (of the side with packed keys `ids`) not on side `at` (0: `a`, 1: `b`) of any pair, or -1. */
export function firstUnpairedContent(ids: number[], chunk: number[], pairs: [number, number][], at: 0 | 1): number {
  for (const k of chunk) {
    if ((ids[k]! & CONTENT_BIT) === 0) continue;
    let paired = false;
    for (const pair of pairs) {
      if (pair[at] === k) {
        paired = true;
        break;
      }
    }
    if (!paired) return k;
  }
  return -1;
}

/** True when every pair lies on the same side of `i` in `a` as of `j` in `b`. */
export function sameSlot(pairs: [number, number][], i: number, j: number): boolean {
  for (const [x, y] of pairs) if (x < i !== y < j) return false;
  return true;
}

/** Number of content words in `chunk`, of the side with packed keys `ids`. */
export function contentCount(ids: number[], chunk: number[]): number {
  let count = 0;
  for (const k of chunk) if ((ids[k]! & CONTENT_BIT) !== 0) count++;
  return count;
}

/** The one free punctuation token among `tokens`, or -1 when there is none or more than one. */
export function loneFreeMark(tokens: number[], linkOf: Int32Array, side: Side): number {
  let found = -1;
  for (const k of tokens) {
    if (linkOf[k] !== -1 || (side.ids[k]! & WORD_BIT) !== 0) continue;
    if (found !== -1) return -1;
    found = k;
  }
  return found;
}
