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
import { addLink, facing, rangesFrom, type AlignmentState, type Side } from './alignment-state.js';

/** Shortest closed compound considered (shorter words are rarely compounds: "into", "cannot"). */
const MIN_COMPOUND_LENGTH = 6;
/** Shortest part of a compound ("a" + "while" is not a compound of interest). */
const MIN_PART_LENGTH = 2;

/**
 * Length in tokens (2 or 3) of the free run at `k` of `side` whose parts, joined without their
 * hyphen, spell `word`; 0 when there is none.
 */
function openRun(side: Side, linkOf: Int32Array, k: number, word: string): number {
  const tokens = side.tokens;
  const first = tokens[k];
  if (first === undefined || !first.isWord || linkOf[k] !== -1) return 0;
  const head = first.norm;
  if (head.length < MIN_PART_LENGTH || head.length >= word.length || !word.startsWith(head)) return 0;
  const rest = word.slice(head.length);
  const next = tokens[k + 1];
  if (next === undefined || linkOf[k + 1] !== -1) return 0;
  // the parts must be written next to each other (no white space around a hyphen)
  if (next.isWord) return next.start === first.end + 1 && next.norm === rest && rest.length >= MIN_PART_LENGTH ? 2 : 0;
  const tail = tokens[k + 2];
  if (next.norm !== '-' || tail === undefined || !tail.isWord || linkOf[k + 2] !== -1) return 0;
  if (next.start !== first.end || tail.start !== next.end) return 0;
  return tail.norm === rest && rest.length >= MIN_PART_LENGTH ? 3 : 0;
}

/** Links every closed compound of one side to its open or hyphenated form on the other. */
export function alignCompounds(state: AlignmentState): void {
  linkCompounds(state, 'a');
  linkCompounds(state, 'b');
}

function linkCompounds(state: AlignmentState, closedSide: 'a' | 'b'): void {
  const { here: closed, there: open, linkOfHere: linkOfClosed, linkOfThere: linkOfOpen } = facing(state, closedSide);
  // where an open form can start: a free word followed by a free token (links are only ever
  // added, so a token excluded here stays excluded; openRun checks the rest, links included)
  let starts: number[] | undefined;
  for (const k of compoundHeads(closed)) {
    if (linkOfClosed[k] !== -1) continue;
    if (starts === undefined) {
      starts = [];
      for (let l = 0; l + 1 < open.tokens.length; l++) {
        if (linkOfOpen[l] === -1 && linkOfOpen[l + 1] === -1 && open.tokens[l]!.isWord) starts.push(l);
      }
    }
    if (starts.length === 0) return;
    const word = closed.tokens[k]!.norm;
    for (const l of starts) {
      const length = openRun(open, linkOfOpen, l, word);
      if (length === 0) continue;
      const [a0, a1, b0, b1] = rangesFrom(closedSide, k, k + 1, l, l + length);
      addLink(state, { a0, a1, b0, b1, kind: 'spelling', score: LAYER_SCORES.compound, moved: false });
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
