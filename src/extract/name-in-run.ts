/**
 * From a run of capitalised words to the words of a person's name: the run split at sentence ends
 * and possessives, titles and sentence openers dropped, roles collected ("Presidential Spokesman
 * Dmitry Peskov" → Dmitry Peskov, roles president/spokesman), and the runs that only modify a
 * following name ("Arizona governor Jan Brewer") told apart.
 *
 * @module
 */

import { isDemonym, isRoleWord } from './roles.js';
import { isReportingVerb } from './reporting-verbs.js';
import { wordAfter, wordBefore } from './words.js';
import { NOT_NAME_WORDS, isNonPersonWord, isNotNameWord } from './name-stopwords.js';

/** Abbreviations whose dot does not end a run ("Sen. Ted Cruz"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'lt', 'gen', 'col', 'sgt', 'capt', 'rev', 'prof', 'gen', 'adm']);

/** Party words that may stand before a name as a title would. */
const PARTY_WORDS = new Set(['republican', 'democrat', 'democratic', 'gop', 'libertarian', 'independent', 'conservative', 'liberal']);

/** A word of a capitalised run, with offsets into the text. */
export interface RunWord {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits the capitalised run `text.slice(start, end)` at dots that end a sentence and after
 * possessives ("Clinton’s Campaign"), reading the words in place (no copy of the run, no array of parts).
 */
export function splitRun(text: string, start: number, end: number): RunWord[][] {
  const runs: RunWord[][] = [];
  let current: RunWord[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0x20;
    if (code !== 0x20 && code !== 0xa0) continue;
    let to = i;
    let ends = false;
    if (to > from && text.charCodeAt(to - 1) === 0x2e) {
      if (!(to - 1 - from === 1 || ABBREVIATIONS.has(text.slice(from, to - 1).toLowerCase()))) ends = true;
      to--;
    }
    const last = text.charCodeAt(to - 2);
    if (to - from >= 2 && text.charCodeAt(to - 1) === 0x73 && (last === 0x2019 || last === 0x27)) {
      to -= 2;
      ends = true;
    }
    if (to > from) current.push({ text: text.slice(from, to), start: from, end: to });
    if (ends && current.length > 0) {
      runs.push(current);
      current = [];
    }
    from = i + 1;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * Whether each word of the run being read is a role word (1) or not (0): one buffer reused by every
 * call, since the person scan reads tens of thousands of runs per MB and this array never escapes.
 */
let roleScratch = new Uint8Array(16);

const NO_ROLES: readonly string[] = [];

/** The person's name words in a run, after dropping sentence-initial words and titles; null for non-persons. */
export function nameInRun(text: string, run: RunWord[]): { words: RunWord[]; roles: string[] } | null {
  // (a copy only when a word is dropped: the array is only read below)
  let all: readonly RunWord[] = run;
  for (const w of run) {
    if (w.text.endsWith('.') && w.text.length <= 2) {
      all = run.filter((x) => !x.text.endsWith('.') || x.text.length > 2);
      break;
    }
  }
  const n = all.length;
  // the name is all.slice(f): an index instead of repeated slices, role words looked up once each
  let f = 0;
  while (f < n && isNotNameWord(all[f]!.text)) f++;
  // "Stated Stone:", "Added Peskov": a sentence opened by its verb
  if (n - f > 1 && endsLikeVerb(all[f]!.text) && isReportingVerb(all[f]!.text.toLowerCase())) f++;
  if (roleScratch.length < n) roleScratch = new Uint8Array(2 * n);
  const role = roleScratch;
  for (let i = 0; i < n; i++) role[i] = i >= f && isRoleWord(all[i]!.text) ? 1 : 0;
  const roles: string[] = [];
  while (n - f > 1) {
    const head = all[f]!.text;
    const next = all[f + 1]!.text;
    const acronym = head.length > 1 && isUpperCase(head);
    // "House Republican Thomas Massie", "Democratic Sen. Jon Tester": a party before the name
    if (role[f] || acronym || (n - f > 2 && PARTY_WORDS.has(head.toLowerCase())) || ((role[f + 1] || isUpperCase(next)) && isDemonym(head))) {
      if (role[f]) roles.push(head.toLowerCase());
      f++;
    } else break;
  }
  // "Nevada Sen. Harry Reid", "Former Florida Gov. Jeb Bush": the name follows the last title word
  for (let k = n - 2; k >= f; k--) {
    if (!role[k]) continue;
    for (let i = f; i <= k; i++) if (role[i]) roles.push(all[i]!.text.toLowerCase().replace('.', ''));
    f = k + 1;
    break;
  }
  if (n - f === 0 || n - f > 4) return null;
  const words = all.slice(f);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((isUpperCase(w.text) && !isInitial(w, words)) || role[f + i] || (isNonPersonWord(w.text) && !isSurnameWord(w, words))) return null;
  }
  for (const before of rolesBefore(text, words[0]!.start)) roles.push(before);
  return { words, roles };
}

/** `word === word.toUpperCase()`, without building the upper-case copy for ASCII words. */
function isUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x80) return word === word.toUpperCase();
  }
  return true;
}

/** Lower-case role nouns right before a name ("spokesman Dmitry Peskov", "foreign minister, Radoslaw Sikorski"). */
function rolesBefore(text: string, start: number): readonly string[] {
  let roles: string[] | null = null;
  let pos = start;
  for (let k = 0; k < 4; k++) {
    const word = wordBefore(text, pos, k === 0 ? ',' : '');
    // (the role test first: most words are no role, and it needs no lower-case copy)
    if (word === null || !isRoleWord(word.text) || word.text !== word.text.toLowerCase()) break;
    (roles ??= []).unshift(word.text);
    pos = word.start;
  }
  return roles ?? NO_ROLES;
}

/**
 * An initial ("Gregory T. Angelo", "John F. Kennedy", "M. Dane Waters"): one capital letter, not the
 * last word of the name, and first only before two more words.
 */
function isInitial(word: RunWord, words: readonly RunWord[]): boolean {
  return word.text.length === 1 && word !== words[words.length - 1] && (word !== words[0] || words.length >= 3);
}

/**
 * "Arizona governor Jan Brewer", "Minnesota state delegate Mary Susan": after the word ending at
 * `end`, a lower-case role word (and up to two more lower-case words) lead to another name, so the word modifies that name (a place, a
 * party, an employer) and is no mention of a person itself.
 */
export function modifiesName(text: string, end: number): boolean {
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 0x20 || next < 0x61 || next > 0x7a) return false;
  let pos = end;
  for (let k = 0; k < 3; k++) {
    const word = wordAfter(text, pos);
    if (word === null || text.charCodeAt(word.start - 1) !== 0x20 || word.start - pos !== 1) return false;
    const first = word.text.charCodeAt(0);
    if (first >= 0x41 && first <= 0x5a) return k > 0;
    if (k === 0 ? !isRoleWord(word.text) : NOT_NAME_WORDS.has(word.text)) return false;
    pos = word.end;
  }
  const after = wordAfter(text, pos);
  const first = after === null || after.start - pos !== 1 ? 0 : after.text.charCodeAt(0);
  return first >= 0x41 && first <= 0x5a;
}

/** Cheap pre-check for a verb form: ends in "d", "s", "e" or "g" ("Said", "Stated", "Adds", "Note", "Writing"). */
function endsLikeVerb(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return word.length > 3 && (last === 0x64 || last === 0x73 || last === 0x65 || last === 0x67) ;
}

/** Words of places and dates that are also family names ("Marty West", "Oliver North", "Theresa May"). */
const SURNAME_WORDS = new Set(['west', 'north', 'south', 'east', 'may', 'june', 'april', 'august']);

/** The last word of a name of two or more words is such a family name. */
function isSurnameWord(word: RunWord, words: readonly RunWord[]): boolean {
  return words.length > 1 && word === words[words.length - 1] && SURNAME_WORDS.has(word.text.toLowerCase());
}
