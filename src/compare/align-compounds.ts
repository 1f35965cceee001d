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
import { addLink, facing, SPELLING, rangesFrom, type AlignmentState } from './alignment-state.js';
import { anchorIndex, FORMS_END, FORMS_FILTER, HEADER, HEADS_END, HEADS_FILTER, inFilter } from './anchor-index.js';

/** Links every closed compound of one side to its open or hyphenated form on the other. */
export function alignCompounds(state: AlignmentState): void {
  linkCompounds(state, 'a');
  linkCompounds(state, 'b');
}

/**
 * Heads and forms are found once per text (anchor-index.ts), with their hashes: most heads match no
 * form, and the two sides' filters say so without reading a head (when no filter word shares a
 * bit, no head can match), or the form filter without reading the token or its word (which, over
 * many texts, are rarely in cache); a matching hash is then checked on the words themselves.
 */
function linkCompounds(state: AlignmentState, closedSide: 'a' | 'b'): void {
  const { here: closed, there: open, linkOfHere: linkOfClosed, linkOfThere: linkOfOpen } = facing(state, closedSide);
  const heads = anchorIndex(closed);
  const headsEnd = heads[HEADS_END]!;
  if (headsEnd === HEADER) return;
  const forms = anchorIndex(open);
  const formsStart = forms[HEADS_END]!;
  const formsEnd = forms[FORMS_END]!;
  if (formsEnd === formsStart) return;
  let shared = 0;
  for (let w = 0; w < 8; w++) shared |= heads[HEADS_FILTER + w]! & forms[FORMS_FILTER + w]!;
  if (shared === 0) return;
  for (let h = HEADER; h < headsEnd; h += 2) {
    const k = heads[h]!;
    const hash = heads[h + 1]!;
    if (linkOfClosed[k] !== -1 || !inFilter(forms, FORMS_FILTER, hash)) continue;
    // the first open form spelling the word whose tokens are all still free; the word is read only
    // for a form with its very hash (the filter's hits are mostly other words)
    for (let f = formsStart; f < formsEnd; f += 3) {
      if (forms[f] !== hash) continue;
      const l = forms[f + 1]!;
      const length = forms[f + 2]!;
      if (linkOfOpen[l] !== -1 || linkOfOpen[l + 1] !== -1 || (length === 3 && linkOfOpen[l + 2] !== -1)) continue;
      const word = closed.features[k]!.norm;
      const head = open.features[l]!.norm;
      const rest = open.features[l + length - 1]!.norm;
      if (word.length !== head.length + rest.length || !word.startsWith(head) || !word.endsWith(rest)) continue;
      const [a0, a1, b0, b1] = rangesFrom(closedSide, k, k + 1, l, l + length);
      addLink(state, a0, a1, b0, b1, SPELLING, LAYER_SCORES.compound);
      break;
    }
  }
}
