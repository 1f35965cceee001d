/**
 * Sentence starts, found by looking back from a quote: cues are searched within one sentence.
 *
 * A sentence ends at `.`, `!` or `?` followed by space, unless the word before the dot is an
 * initial or a common abbreviation ("Sen.", "Mr.", "U.S."). The look-back is bounded, so the cost
 * per quote is constant and extraction stays linear in the input.
 *
 * @module
 */

import { isSpace } from '../text/tokens.js';

/** How far back a sentence start is looked for. */
const LOOK_BACK = 400;

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'lt', 'gen', 'col', 'sgt', 'capt', 'rev', 'prof', 'adm', 'u.s', 'u.k', 'u.n', 'no', 'vs', 'inc', 'corp', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

/**
 * The offset where the sentence holding `pos` starts, no earlier than `floor`.
 * @example
 * sentenceStart('One. Two “x”', 9, 0)
 * //=> 5
 */
export function sentenceStart(text: string, pos: number, floor: number): number {
  const low = Math.max(floor, pos - LOOK_BACK);
  for (let i = pos - 1; i > low; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    // a closing mark may stand between the stop and the space: .” ." .''
    const dot = text[i - 1] === '\u201D' || text[i - 1] === '"' ? i - 2 : text[i - 1] === "'" && text[i - 2] === "'" ? i - 3 : i - 1;
    const end = text[dot];
    // ("veteran D.C. lobbyist close to …": a dot before a lower-case word ends no sentence)
    if ((end === '.' || end === '!' || end === '?') && !isAbbreviation(text, dot) && !(end === '.' && startsLowerCase(text, i + 1))) return i + 1;
  }
  return low;
}

/** True when the text between two offsets holds a sentence end (`. ` and the like). */
export function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const ch = text[i];
    if ((ch === '.' || ch === '!' || ch === '?') && isSpace(text.charCodeAt(i + 1)) && !isAbbreviation(text, i)) return true;
  }
  return false;
}

/** An ASCII lower-case letter at `at`. */
function startsLowerCase(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 97 && code <= 122;
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let s = dot;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1)) && dot - s < 6) s--;
  const word = text.slice(s, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}
