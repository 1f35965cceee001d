/**
 * Compounds written closed on one side and open or hyphenated on the other: "shotgun" ↔ "shot
 * gun", "backstroke" ↔ "back stroke", "southeast" ↔ "south-east". The shared tokenizer splits the
 * open and hyphenated forms into several tokens, so no single token pair is similar; the whole
 * run is linked as one `spelling` entry. Runs after identical runs, before single content words
 * (which would otherwise take "shot" ↔ "shots" and leave "gun" alone).
 *
 * @module
 */

import { LAYER_SCORES } from './token-similarity.js';
import { addLink, facing, SPELLING, rangesFrom, type AlignmentState, type Side } from './alignment-state.js';

/** Shortest closed compound considered (shorter words are rarely compounds: "into", "cannot"). */
const MIN_COMPOUND_LENGTH = 6;
/** Shortest part of a compound ("a" + "while" is not a compound of interest). */
const MIN_PART_LENGTH = 2;

/**
 * What a side offers this phase, found once per text: its words long enough to be closed
 * compounds (`heads`, with a hash of each word), and its open and hyphenated forms joined
 * ("shot gun" and "shot-gun" both → "shotgun"), each with where it starts and its length in
 * tokens (2 or 3), in token order, plus a 256-bit filter of their hashes. Why the hashes: most
 * heads match no form, and the filter says so from two small arrays, without reading the token
 * or its word (which, over many texts, are rarely in cache).
 */
export interface CompoundIndex {
  heads: Int32Array;
  hashes: Int32Array;
  formBits: Int32Array;
  forms: Map<string, number[]>;
}

/** FNV-1a over the UTF-16 code units of a word. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), 16_777_619);
  return hash;
}

function inFilter(bits: Int32Array, hash: number): boolean {
  return (bits[(hash >>> 5) & 7]! & (1 << (hash & 31))) !== 0;
}

/**
 * The compound index of a side. A form qualifies when its parts are words of at least
 * {@link MIN_PART_LENGTH} letters written next to each other (one character between two words,
 * or a hyphen with no white space).
 */
function compoundIndex(side: Side): CompoundIndex {
  if (side.compounds !== undefined) return side.compounds;
  const tokens = side.tokens;
  const heads: number[] = [];
  const hashes: number[] = [];
  const formBits = new Int32Array(8);
  const forms = new Map<string, number[]>();
  for (let k = 0; k < tokens.length; k++) {
    const first = tokens[k]!;
    if (!first.isWord) continue;
    if (first.norm.length >= MIN_COMPOUND_LENGTH) {
      heads.push(k);
      hashes.push(hashOf(first.norm));
    }
    const next = tokens[k + 1];
    if (next === undefined || first.norm.length < MIN_PART_LENGTH) continue;
    let rest: string;
    let length: number;
    if (next.isWord) {
      if (next.start !== first.end + 1) continue;
      rest = next.norm;
      length = 2;
    } else {
      const tail = tokens[k + 2];
      if (next.norm !== '-' || tail === undefined || !tail.isWord || next.start !== first.end || tail.start !== next.end) continue;
      rest = tail.norm;
      length = 3;
    }
    if (rest.length < MIN_PART_LENGTH || first.norm.length + rest.length < MIN_COMPOUND_LENGTH) continue;
    const joined = first.norm + rest;
    const known = forms.get(joined);
    if (known === undefined) forms.set(joined, [k, length]);
    else known.push(k, length);
    const hash = hashOf(joined);
    const word = (hash >>> 5) & 7;
    formBits[word] = formBits[word]! | (1 << (hash & 31));
  }
  side.compounds = { heads: Int32Array.from(heads), hashes: Int32Array.from(hashes), formBits, forms };
  return side.compounds;
}

/** Links every closed compound of one side to its open or hyphenated form on the other. */
export function alignCompounds(state: AlignmentState): void {
  linkCompounds(state, 'a');
  linkCompounds(state, 'b');
}

function linkCompounds(state: AlignmentState, closedSide: 'a' | 'b'): void {
  const { here: closed, there: open, linkOfHere: linkOfClosed, linkOfThere: linkOfOpen } = facing(state, closedSide);
  const { heads, hashes } = compoundIndex(closed);
  if (heads.length === 0) return;
  const { formBits, forms } = compoundIndex(open);
  if (forms.size === 0) return;
  for (let h = 0; h < heads.length; h++) {
    const k = heads[h]!;
    if (linkOfClosed[k] !== -1 || !inFilter(formBits, hashes[h]!)) continue;
    const found = forms.get(closed.tokens[k]!.norm);
    if (found === undefined) continue;
    // the first open form whose tokens are all still free
    for (let f = 0; f < found.length; f += 2) {
      const l = found[f]!;
      const length = found[f + 1]!;
      if (linkOfOpen[l] !== -1 || linkOfOpen[l + 1] !== -1 || (length === 3 && linkOfOpen[l + 2] !== -1)) continue;
      const [a0, a1, b0, b1] = rangesFrom(closedSide, k, k + 1, l, l + length);
      addLink(state, a0, a1, b0, b1, SPELLING, LAYER_SCORES.compound);
      break;
    }
  }
}
