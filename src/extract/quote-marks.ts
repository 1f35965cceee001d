/**
 * The one table of quote marks the extractor knows, and the character classes the pairing scan
 * looks at around each mark.
 *
 * Why a table and not a regex: a mark's role (opening, closing, apostrophe) depends on its
 * neighbours and on which quotes are open, so the scan in `pair-quote-marks.ts` reads each mark's
 * row here and decides with its context. Straight single quotes (') are not in the table: in
 * English news they are far more often apostrophes (NATO's, '90s) than quote marks. Two of them
 * together are: `''` is a straight double mark, the one mark of the New York Times' archive text
 * (`''It is going to take a lot more …,'' he said.`), 116 of PolNeAR's 840 training articles.
 *
 * @module
 */

import { isSpace } from '../text/tokens.js';
import { LETTER_OR_DIGIT } from '../patterns.js';

/** Double marks pair with double marks, single with single; nesting alternates freely. */
export type MarkFamily = 'double' | 'single';

/** One row of the table. */
export interface QuoteMark {
  family: MarkFamily;
  /** The mark can open a quote (given an opening context). */
  opens: boolean;
  /** The usual closing partners when this mark opens a quote; any other same-family closer is a mismatch. */
  partners: string;
  /** The mark can close a quote. */
  closes: boolean;
  /** The mark doubles as an apostrophe (’) and closes only a quote opened with a single mark. */
  apostrophe: boolean;
}

/** Two apostrophes, read as one straight double mark (the only mark of two characters). */
export const DOUBLED_APOSTROPHE = "''";

/**
 * Every quote mark, with the pairs in use: "…", ''…'', “…”, „…“, „…”, ”…”, «…», »…«, ‹…›, ›…‹, ‚…‘, ‘…’.
 * @example
 * QUOTE_MARKS['„']?.partners
 * //=> '“”'
 */
export const QUOTE_MARKS: Readonly<Record<string, QuoteMark>> = {
  '"': { family: 'double', opens: true, partners: '"', closes: true, apostrophe: false },
  [DOUBLED_APOSTROPHE]: { family: 'double', opens: true, partners: DOUBLED_APOSTROPHE, closes: true, apostrophe: false },
  '\u201C': { family: 'double', opens: true, partners: '\u201D', closes: true, apostrophe: false }, // “ (also closes „)
  '\u201D': { family: 'double', opens: true, partners: '\u201D', closes: true, apostrophe: false }, // ” (opens only in ”…” style)
  '\u201E': { family: 'double', opens: true, partners: '\u201C\u201D', closes: false, apostrophe: false }, // „
  '\u201F': { family: 'double', opens: true, partners: '\u201D', closes: false, apostrophe: false }, // ‟
  '\u00AB': { family: 'double', opens: true, partners: '\u00BB', closes: true, apostrophe: false }, // « (closes »…«)
  '\u00BB': { family: 'double', opens: true, partners: '\u00AB', closes: true, apostrophe: false }, // » (opens »…«)
  '\u2039': { family: 'single', opens: true, partners: '\u203A', closes: true, apostrophe: false }, // ‹
  '\u203A': { family: 'single', opens: true, partners: '\u2039', closes: true, apostrophe: false }, // ›
  '\u201A': { family: 'single', opens: true, partners: '\u2018\u2019', closes: false, apostrophe: false }, // ‚
  '\u2018': { family: 'single', opens: true, partners: '\u2019', closes: true, apostrophe: false }, // ‘ (also closes ‚)
  '\u2019': { family: 'single', opens: false, partners: '', closes: true, apostrophe: true }, // ’
  '\u300C': { family: 'double', opens: true, partners: '\u300D', closes: false, apostrophe: false }, // 「
  '\u300D': { family: 'double', opens: false, partners: '', closes: true, apostrophe: false }, // 」
};

/** Dashes that introduce attributions ("— said Peskov") and count as a boundary before an opening mark. */
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

/** True when `ch` is one of the dashes. */
export function isDash(ch: string | undefined): boolean {
  return ch !== undefined && DASHES.has(ch);
}

/** True when `ch` is a letter, a combining mark or a digit. */
export function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(ch);
}

/** True for white space of any kind, or for no character at all (the edge of a paragraph). */
export function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch.charCodeAt(0));
}

const OPENING_CONTEXT = new Set(['(', '[', '{', '/', ':']);
const CLOSING_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2026']);

/** A character after which a mark reads as opening: space, edge, bracket, dash or another mark. */
export function isOpeningContext(ch: string | undefined): boolean {
  return isSpaceOrEdge(ch) || OPENING_CONTEXT.has(ch!) || isDash(ch) || QUOTE_MARKS[ch!] !== undefined;
}

/** A character before which a mark reads as closing: space, edge, punctuation, dash or another mark. */
export function isClosingContext(ch: string | undefined): boolean {
  return isSpaceOrEdge(ch) || CLOSING_CONTEXT.has(ch!) || isDash(ch) || QUOTE_MARKS[ch!] !== undefined;
}
