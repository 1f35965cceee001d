/**
 * Every regular expression of the library lives in this file, each with a comment saying what it matches.
 * Each one is checked as safe from super-linear backtracking by `recheck` in test/patterns.test.ts.
 * Sections by pipeline stage; add new patterns to your stage's section.
 *
 * @module
 */

// --- text -------------------------------------------------------------------

// --- extract ----------------------------------------------------------------

/**
 * A word in a cue window (extract/words.ts): letters, marks and digits, with inner apostrophes,
 * hyphens and dots ("don't", "Secretary-General", "U.S"). Separators are disjoint from the
 * letter class, so every match is found in one pass.
 */
export const CUE_WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC.\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * A run of capitalised words separated by single spaces or no-break spaces
 * ("Kremlin", "Presidential Spokesman Dmitry Peskov"), the raw material of person-name mentions
 * (extract/names.ts). Inner apostrophes and hyphens are allowed; a word may end in one dot (initials, "Sen.").
 */
export const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{M}]*(?:['\u2019\-\u2010\u2011][\p{L}\p{M}]+)*\.?(?:[ \u00A0]\p{Lu}[\p{L}\p{M}]*(?:['\u2019\-\u2010\u2011][\p{L}\p{M}]+)*\.?)*/gu;

/** One line break of any kind (paragraph ends in extract/paragraphs.ts; used with `test` and `lastIndex` to jump between them). */
export const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/g;

/** A mark of the quote-mark table (", «, », U+2018–U+201F, ‹, ›, 「, 」, or two apostrophes) (jumps between marks in extract/pair-quote-marks.ts). */
export const QUOTE_MARK = /["\u00AB\u00BB\u2018-\u201F\u2039\u203A\u300C\u300D]|''/g;

/** An ASCII capital or any non-ASCII code unit: where a capitalised run may start (jumps in extract/capitalised-runs.ts). */
export const CAPITAL_OR_NON_ASCII = /[A-Z\u0080-\uFFFF]/g;

/** One upper-case letter (non-ASCII starts of capitalised runs in extract/capitalised-runs.ts). */
export const UPPERCASE_LETTER = /^\p{Lu}$/u;

/** One letter or combining mark (non-ASCII letters inside capitalised runs in extract/capitalised-runs.ts). */
export const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** One letter, combining mark or digit (context tests around quote marks in extract/pair-quote-marks.ts). */
export const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

// --- compare ----------------------------------------------------------------

// --- corpus -----------------------------------------------------------------

/**
 * Where a sentence of an article's unquoted text stops (echo windows, corpus/unquoted-windows.ts): a line
 * break, or `.`, `!`, `?` followed by a space (`isSpace` of text/tokens.ts: `\s` and U+200B) or by the end
 * of the text. Used with `test` and `lastIndex`: scanned natively, about four times faster than a loop over
 * the characters (4 s on the calling thread for 100,000 articles).
 */
export const SENTENCE_STOP = /[\n\r\u2029]|[.!?](?=[\s\u200b]|$)/g;

/** A word that starts with a capital (upper or title case) or a digit: a word of a name or title (corpus/cluster-graph.ts, `looksLikeTitle`). */
export const CAPITALISED_START = /^[\p{Lu}\p{Lt}\p{N}]/u;

// --- report / cli -----------------------------------------------------------
