/**
 * Acronyms and the names they stand for: "UN" ↔ "United Nations", "U.S" ↔ "United States",
 * "VOA" ↔ "Voice of America". An upper-case token of two to five letters (dots dropped) is linked
 * to a run of free words on the other side, each written with a capital letter except small
 * function words inside the run, whose initials spell it — with or without those function words.
 * One `synonym` entry. Runs after identical runs, before single content words.
 *
 * @module
 */

import { LAYER_SCORES } from './token-similarity.js';
import { addLink, facing, SYNONYM, rangesFrom, type AlignmentState, type Side } from './alignment-state.js';

const MIN_LETTERS = 2;
const MAX_LETTERS = 5;

/** The letters of an acronym token ("U.S" → "us", "NATO" → "nato"), or null when it is not one. */
function acronymLetters(side: Side, k: number): string | null {
  const token = side.tokens[k]!;
  if (!token.isWord || token.text !== token.text.toUpperCase()) return null;
  const letters = token.norm.replaceAll('.', '');
  if (letters.length < MIN_LETTERS || letters.length > MAX_LETTERS) return null;
  for (let c = 0; c < letters.length; c++) {
    const code = letters.charCodeAt(c);
    if (code < 0x61 || code > 0x7a) return null;
  }
  return letters;
}

/**
 * Length in tokens of the free run starting at `k` whose initials spell `letters` (counting every
 * word, or only the capitalised ones); 0 when there is none. The run starts and ends with a
 * capitalised word and has at least two words.
 */
function expansion(side: Side, linkOf: Int32Array, k: number, letters: string): number {
  if (!side.capitalised[k] || linkOf[k] !== -1) return 0;
  let all = '';
  let capitals = '';
  for (let end = k; end < side.tokens.length && end - k < 2 * MAX_LETTERS; end++) {
    const token = side.tokens[end]!;
    if (!token.isWord || linkOf[end] !== -1) return 0;
    const capital = side.capitalised[end]!;
    if (!capital && !side.features[end]!.isFunction) return 0;
    all += token.norm.charAt(0);
    if (capital) capitals += token.norm.charAt(0);
    if (capital && end > k && (all === letters || capitals === letters)) return end - k + 1;
    if (all.length > letters.length && capitals.length > letters.length) return 0;
  }
  return 0;
}

/** Links every acronym of either side to its spelled-out name on the other. */
export function alignAcronyms(state: AlignmentState): void {
  linkAcronyms(state, 'a');
  linkAcronyms(state, 'b');
}

function linkAcronyms(state: AlignmentState, shortSide: 'a' | 'b'): void {
  const { here: short, there: long, linkOfHere: linkOfShort, linkOfThere: linkOfLong } = facing(state, shortSide);
  for (const { k, letters } of acronymsOf(short)) {
    if (linkOfShort[k] !== -1) continue;
    for (let l = 0; l < long.tokens.length; l++) {
      const length = expansion(long, linkOfLong, l, letters);
      if (length === 0) continue;
      const [a0, a1, b0, b1] = rangesFrom(shortSide, k, k + 1, l, l + length);
      addLink(state, a0, a1, b0, b1, SYNONYM, LAYER_SCORES.synonym);
      break;
    }
  }
}

/** The acronym tokens of a side and their letters (once per side). */
function acronymsOf(side: Side): { k: number; letters: string }[] {
  if (side.acronyms === undefined) {
    const found: { k: number; letters: string }[] = [];
    for (let k = 0; k < side.tokens.length; k++) {
      const letters = acronymLetters(side, k);
      if (letters !== null) found.push({ k, letters });
    }
    side.acronyms = found;
  }
  return side.acronyms;
}
