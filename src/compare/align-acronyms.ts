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
import { ACRONYMS_END, anchorIndex, FORMS_END, MAX_ACRONYM_LETTERS } from './anchor-index.js';

/**
 * Length in tokens of the free run starting at `k` whose initials spell `letters` (counting every
 * word, or only the capitalised ones); 0 when there is none. The run starts and ends with a
 * capitalised word and has at least two words.
 */
function expansion(side: Side, linkOf: Int32Array, k: number, letters: string): number {
  if (!side.capitalised[k] || linkOf[k] !== -1) return 0;
  let all = '';
  let capitals = '';
  for (let end = k; end < side.size && end - k < 2 * MAX_ACRONYM_LETTERS; end++) {
    const features = side.features[end]!;
    if (!features.isWord || linkOf[end] !== -1) return 0;
    const capital = side.capitalised[end] === 1;
    if (!capital && !features.isFunction) return 0;
    all += features.norm.charAt(0);
    if (capital) capitals += features.norm.charAt(0);
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
  // the acronyms of a side were found once per text (anchor-index.ts); most sides have none
  const index = anchorIndex(short);
  const end = index[ACRONYMS_END]!;
  for (let a = index[FORMS_END]!; a < end; a++) {
    const k = index[a]!;
    if (linkOfShort[k] !== -1) continue;
    // an indexed acronym's letters are its word without dots (anchor-index.ts checked the rest)
    const norm = short.features[k]!.norm;
    const letters = norm.includes('.') ? norm.replaceAll('.', '') : norm;
    for (let l = 0; l < long.size; l++) {
      const length = expansion(long, linkOfLong, l, letters);
      if (length === 0) continue;
      const [a0, a1, b0, b1] = rangesFrom(shortSide, k, k + 1, l, l + length);
      addLink(state, a0, a1, b0, b1, SYNONYM, LAYER_SCORES.synonym);
      break;
    }
  }
}
