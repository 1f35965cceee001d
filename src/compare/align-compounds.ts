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
 * The open and hyphenated forms of a side, joined: "shot gun" and "shot-gun" both → "shotgun",
 * each with where it starts and its length in tokens (2 or 3), in token order. Found once per
 * text, so a closed compound is matched by one look-up instead of a scan of the other side.
 * A form qualifies when its parts are words of at least {@link MIN_PART_LENGTH} letters written
 * next to each other (one character between two words, or a hyphen with no white space).
 */
function openForms(side: Side): Map<string, number[]> {
  if (side.openForms !== undefined) return side.openForms;
  const forms = new Map<string, number[]>();
  const tokens = side.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const first = tokens[k]!;
    if (!first.isWord || first.norm.length < MIN_PART_LENGTH) continue;
    const next = tokens[k + 1]!;
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
  }
  side.openForms = forms;
  return forms;
}

/** Links every closed compound of one side to its open or hyphenated form on the other. */
export function alignCompounds(state: AlignmentState): void {
  linkCompounds(state, 'a');
  linkCompounds(state, 'b');
}

function linkCompounds(state: AlignmentState, closedSide: 'a' | 'b'): void {
  const { here: closed, there: open, linkOfHere: linkOfClosed, linkOfThere: linkOfOpen } = facing(state, closedSide);
  let forms: Map<string, number[]> | undefined;
  for (const k of compoundHeads(closed)) {
    if (linkOfClosed[k] !== -1) continue;
    forms ??= openForms(open);
    if (forms.size === 0) return;
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

/** The words of a side long enough to be closed compounds (once per side). */
function compoundHeads(side: Side): number[] {
  if (side.compoundHeads === undefined) {
    const heads: number[] = [];
    side.tokens.forEach((token, k) => {
      if (token.isWord && token.norm.length >= MIN_COMPOUND_LENGTH) heads.push(k);
    });
    side.compoundHeads = heads;
  }
  return side.compoundHeads;
}
