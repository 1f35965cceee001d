/**
 * Where the small anchor phases can act on a side, found once per text: the words long enough to
 * be closed compounds and the open or hyphenated forms (align-compounds.ts), acronyms
 * (align-acronyms.ts), symbols that stand for words (align-symbols.ts) and the starts of two words
 * that may be a WordNet collocation (align-collocations.ts), and the content words
 * (align-anchors.ts pairs the free ones). The phases then read only these
 * candidates instead of every token on every comparison, and skip outright when a side has none.
 *
 * Why one array for all four: a comparison over many texts meets each side's data cold, and each
 * separate list (its header, its elements, an object around two of them) was at least one cache
 * miss per side per comparison, even when empty; one plain array of small integers is read in a
 * few adjacent lines. Plain, not typed: a side is built for every new text, and a typed array of
 * more than 64 bytes has its own off-heap buffer, costly to make and to collect.
 *
 * Layout, by index: the ends of the six lists ({@link HEADS_END} … {@link CONTENT_END}); two
 * 256-bit filters of hashes (8 words each: {@link FORMS_FILTER}, {@link HEADS_FILTER}); then from
 * {@link HEADER} the lists one after the other: heads as `[position, hash of the word]` pairs, forms
 * as `[hash of the joined form, start, length in tokens (2 or 3)]` triples, in token order, acronym
 * positions, symbol positions, collocation starts, content-word positions. The collocation starts
 * shrink (a start found to be no WordNet lemma is dropped), so the content words begin at the
 * starts' first end, kept apart ({@link STARTS_BUILT}).
 *
 * @module
 */

import { CONTENT_BIT, type Side } from './alignment-state.js';

/** Index of the end (exclusive) of the heads; they start at {@link HEADER}. */
export const HEADS_END = 0;
/** Index of the end of the forms; they start at the end of the heads. */
export const FORMS_END = 1;
/** Index of the end of the acronym positions; they start at the end of the forms. */
export const ACRONYMS_END = 2;
/** Index of the end of the symbol positions; they start at the end of the acronyms. */
export const SYMBOLS_END = 3;
/** Index of the end of the collocation starts; they start at the end of the symbols. */
export const STARTS_END = 4;
/** Index of the end of the collocation starts as built, where the content-word positions start (the starts may shrink). */
export const STARTS_BUILT = 5;
/** Index of the end of the content-word positions (in token order). */
export const CONTENT_END = 6;
/** First of the 8 words of the filter of the forms' hashes ("shot gun" and "shot-gun" hash as "shotgun"). */
export const FORMS_FILTER = 7;
/** First of the 8 words of the filter of the heads' hashes. */
export const HEADS_FILTER = 15;
/** Start of the first list (the heads). */
export const HEADER = 23;

/** Shortest closed compound considered (shorter words are rarely compounds: "into", "cannot"). */
const MIN_COMPOUND_LENGTH = 6;
/** Shortest part of a compound ("a" + "while" is not a compound of interest). */
const MIN_PART_LENGTH = 2;
const MIN_ACRONYM_LETTERS = 2;
/** Longest acronym, in letters. */
export const MAX_ACRONYM_LETTERS = 5;

/** Words each symbol is written as (align-symbols.ts links a symbol to one of them). */
export const SYMBOL_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['%', ['percent', 'pct', 'per']],
  ['$', ['dollar', 'dollars', 'usd']],
  ['€', ['euro', 'euros', 'eur']],
  ['£', ['pound', 'pounds', 'gbp']],
  ['&', ['and']],
  ['+', ['plus']],
  ['@', ['at']],
]);

const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a over the UTF-16 code units of a word, continuing from `hash`. */
function hashOn(hash: number, word: string): number {
  for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), 16_777_619);
  return hash;
}

/** Whether `hash` may be in the filter of 8 words starting at `index[at]`. */
export function inFilter(index: number[], at: number, hash: number): boolean {
  return (index[at + ((hash >>> 5) & 7)]! & (1 << (hash & 31))) !== 0;
}

function addToFilter(index: number[], at: number, hash: number): void {
  const word = at + ((hash >>> 5) & 7);
  index[word] = index[word]! | (1 << (hash & 31));
}

/**
 * Whether `text` has a letter a–z: then it is not written in capitals. Why: most words have one,
 * and this answers without making the upper-case copy of every word of every new text.
 */
function hasLowerAscii(text: string): boolean {
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

/** The letters of an acronym token ("U.S" → "us", "NATO" → "nato"), or null when it is not one. */
function acronymLetters(side: Side, k: number): string | null {
  const { isWord, norm } = side.features[k]!;
  const text = side.texts[k]!;
  if (!isWord || hasLowerAscii(text) || text !== text.toUpperCase()) return null;
  const letters = norm.replaceAll('.', '');
  if (letters.length < MIN_ACRONYM_LETTERS || letters.length > MAX_ACRONYM_LETTERS) return null;
  for (let c = 0; c < letters.length; c++) {
    const code = letters.charCodeAt(c);
    if (code < 0x61 || code > 0x7a) return null;
  }
  return letters;
}

/** The anchor index of `side` (built on first need and kept on the side). */
export function anchorIndex(side: Side): number[] {
  return (side.anchors ??= buildIndex(side));
}

function buildIndex(side: Side): number[] {
  const { features, bounds } = side;
  const start = (k: number) => bounds[2 * k]!;
  const end = (k: number) => bounds[2 * k + 1]!;
  // a literal, so the array holds small integers without holes from the start
  const index = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let k = 0; k < features.length; k++) {
    const token = features[k]!;
    if (!token.isWord || token.norm.length < MIN_COMPOUND_LENGTH) continue;
    const hash = hashOn(FNV_OFFSET, token.norm);
    addToFilter(index, HEADS_FILTER, hash);
    index.push(k, hash);
  }
  index[HEADS_END] = index.length;
  // an open form's parts are words of at least MIN_PART_LENGTH letters written next to each
  // other: one character between two words, or a hyphen with no white space
  for (let k = 0; k + 1 < features.length; k++) {
    const first = features[k]!;
    if (!first.isWord || first.norm.length < MIN_PART_LENGTH) continue;
    const next = features[k + 1]!;
    let rest: string;
    let length: number;
    if (next.isWord) {
      if (start(k + 1) !== end(k) + 1) continue;
      rest = next.norm;
      length = 2;
    } else {
      const tail = features[k + 2];
      if (next.norm !== '-' || tail === undefined || !tail.isWord || start(k + 1) !== end(k) || start(k + 2) !== end(k + 1)) continue;
      rest = tail.norm;
      length = 3;
    }
    if (rest.length < MIN_PART_LENGTH || first.norm.length + rest.length < MIN_COMPOUND_LENGTH) continue;
    const hash = hashOn(hashOn(FNV_OFFSET, first.norm), rest);
    addToFilter(index, FORMS_FILTER, hash);
    index.push(hash, k, length);
  }
  index[FORMS_END] = index.length;
  for (let k = 0; k < features.length; k++) if (acronymLetters(side, k) !== null) index.push(k);
  index[ACRONYMS_END] = index.length;
  for (let k = 0; k < features.length; k++) if (!features[k]!.isWord && SYMBOL_WORDS.has(features[k]!.norm)) index.push(k);
  index[SYMBOLS_END] = index.length;
  // a content word and a word written after it with one space between
  for (let k = 0; k + 1 < features.length; k++) {
    const second = features[k + 1]!;
    if ((side.ids[k]! & CONTENT_BIT) !== 0 && second.isWord && start(k + 1) === end(k) + 1) index.push(k);
  }
  index[STARTS_END] = index.length;
  index[STARTS_BUILT] = index.length;
  for (let k = 0; k < features.length; k++) if ((side.ids[k]! & CONTENT_BIT) !== 0) index.push(k);
  index[CONTENT_END] = index.length;
  return index;
}
