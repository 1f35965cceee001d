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
 * What a side offers this phase, found once per text, as two arrays of small integers (no strings,
 * no Map, no typed arrays: a side is built for every new text, and per-text Maps of joined strings
 * or typed arrays with off-heap buffers made unseen texts ≈ 15–25 % slower to compare): `heads`, its words long enough to be closed compounds,
 * as `[position, hash of the word]` pairs; `forms`, a 256-bit filter of the hashes of its open and
 * hyphenated forms joined ("shot gun" and "shot-gun" both hash as "shotgun"; 8 words), then each
 * form as `[hash, start, length in tokens (2 or 3)]`, in token order. Why hashes: most heads match
 * no form, and the filter says so without reading the token or its word (which, over many texts,
 * are rarely in cache); a matching hash is then checked on the words themselves.
 */
export interface CompoundIndex {
  heads: number[];
  forms: number[];
}

const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a over the UTF-16 code units of a word, continuing from `hash`. */
function hashOn(hash: number, word: string): number {
  for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), 16_777_619);
  return hash;
}

/** Words of the filter at the start of `forms`. */
const FILTER_WORDS = 8;

function inFilter(forms: number[], hash: number): boolean {
  return (forms[(hash >>> 5) & 7]! & (1 << (hash & 31))) !== 0;
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
  const forms: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let k = 0; k < tokens.length; k++) {
    const first = tokens[k]!;
    if (!first.isWord) continue;
    if (first.norm.length >= MIN_COMPOUND_LENGTH) heads.push(k, hashOn(FNV_OFFSET, first.norm));
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
    const hash = hashOn(hashOn(FNV_OFFSET, first.norm), rest);
    forms[(hash >>> 5) & 7] = forms[(hash >>> 5) & 7]! | (1 << (hash & 31));
    forms.push(hash, k, length);
  }
  side.compounds = { heads, forms };
  return side.compounds;
}

/** Links every closed compound of one side to its open or hyphenated form on the other. */
export function alignCompounds(state: AlignmentState): void {
  linkCompounds(state, 'a');
  linkCompounds(state, 'b');
}

function linkCompounds(state: AlignmentState, closedSide: 'a' | 'b'): void {
  const { here: closed, there: open, linkOfHere: linkOfClosed, linkOfThere: linkOfOpen } = facing(state, closedSide);
  const { heads } = compoundIndex(closed);
  if (heads.length === 0) return;
  const { forms } = compoundIndex(open);
  if (forms.length === FILTER_WORDS) return;
  for (let h = 0; h < heads.length; h += 2) {
    const k = heads[h]!;
    const hash = heads[h + 1]!;
    if (linkOfClosed[k] !== -1 || !inFilter(forms, hash)) continue;
    const word = closed.tokens[k]!.norm;
    // the first open form spelling the word whose tokens are all still free
    for (let f = FILTER_WORDS; f < forms.length; f += 3) {
      if (forms[f] !== hash) continue;
      const l = forms[f + 1]!;
      const length = forms[f + 2]!;
      if (linkOfOpen[l] !== -1 || linkOfOpen[l + 1] !== -1 || (length === 3 && linkOfOpen[l + 2] !== -1)) continue;
      const head = open.tokens[l]!.norm;
      const rest = open.tokens[l + length - 1]!.norm;
      if (word.length !== head.length + rest.length || !word.startsWith(head) || !word.endsWith(rest)) continue;
      const [a0, a1, b0, b1] = rangesFrom(closedSide, k, k + 1, l, l + length);
      addLink(state, a0, a1, b0, b1, SPELLING, LAYER_SCORES.compound);
      break;
    }
  }
}
