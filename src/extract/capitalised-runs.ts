/**
 * Runs of capitalised words, found by one pass over character codes: the same runs as
 * {@link CAPITALISED_RUN} in `patterns.ts` (a capitalised word, inner apostrophes and hyphens,
 * an optional final dot, further capitalised words after single spaces or no-break spaces).
 *
 * Why not the regular expression: a global Unicode-property search tests every position of the
 * article, and `findPersons` reads every capitalised word; the character-code scan below skips
 * lower-case ASCII with two comparisons and calls the Unicode tests only on non-ASCII letters,
 * which made the person scan about twice as fast on PolNeAR text (a one-class regular expression
 * only jumps to the next capital or non-ASCII character). Equivalence with the regular
 * expression is property-tested (`test/extract-properties.test.ts`).
 *
 * @module
 */

import { CAPITAL_OR_NON_ASCII, LETTER_OR_MARK, UPPERCASE_LETTER } from '../patterns.js';
import { isMojibakeSign } from './words.js';

/** One run: its offsets and what the fast path of `findPersons` needs to know about it. */
export interface CapitalisedRun {
  start: number;
  end: number;
  /** More than one word. */
  spaced: boolean;
  /** Holds an apostrophe or ends with a dot (possessives, initials, titles). */
  marked: boolean;
}

function isUpper(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 1 : 0;
  if (i >= text.length) return 0;
  const cp = text.codePointAt(i)!;
  if (!UPPERCASE_LETTER.test(String.fromCodePoint(cp))) return 0;
  return cp > 0xffff ? 2 : 1;
}

/** Width (1 or 2 code units) of the letter or mark at `i`, or 0. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (i >= text.length) return 0;
  const cp = text.codePointAt(i)!;
  if (cp < 0xc0 && isMojibakeSign(text, i)) return 1;
  if (!LETTER_OR_MARK.test(String.fromCodePoint(cp))) return 0;
  return cp > 0xffff ? 2 : 1;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** End of the capitalised word at `i` (which starts with an upper-case letter of width `w`), and whether it holds an apostrophe or dot. */
function wordEnd(text: string, i: number, w: number, run: CapitalisedRun): number {
  let p = i + w;
  for (let k = letterAt(text, p); k > 0; k = letterAt(text, p)) p += k;
  for (;;) {
    const code = text.charCodeAt(p);
    if (!isJoiner(code)) break;
    const k0 = letterAt(text, p + 1);
    if (k0 === 0) break;
    if (code === 0x27 || code === 0x2019) run.marked = true;
    p += 1 + k0;
    for (let k = letterAt(text, p); k > 0; k = letterAt(text, p)) p += k;
  }
  if (text.charCodeAt(p) === 0x2e) {
    run.marked = true;
    p++;
  }
  return p;
}

/**
 * The first capitalised run starting at or after `from`, written into `run`; false when none is left.
 * @example
 * const run = { start: 0, end: 0, spaced: false, marked: false };
 * nextCapitalisedRun('said Dmitry Peskov.', 0, run) && [run.start, run.end, run.spaced]
 * //=> [5, 19, true]
 */
export function nextCapitalisedRun(text: string, from: number, run: CapitalisedRun): boolean {
  // the regular expression skips lower-case ASCII, digits and punctuation in native code
  CAPITAL_OR_NON_ASCII.lastIndex = from;
  while (CAPITAL_OR_NON_ASCII.test(text)) {
    const i = CAPITAL_OR_NON_ASCII.lastIndex - 1;
    const w = isUpper(text, i);
    if (w === 0) continue;
    run.start = i;
    run.spaced = false;
    run.marked = false;
    let end = wordEnd(text, i, w, run);
    for (;;) {
      const space = text.charCodeAt(end);
      if (space !== 0x20 && space !== 0xa0) break;
      const next = isUpper(text, end + 1);
      if (next === 0) break;
      run.spaced = true;
      end = wordEnd(text, end + 1, next, run);
    }
    run.end = end;
    return true;
  }
  CAPITAL_OR_NON_ASCII.lastIndex = 0;
  return false;
}
