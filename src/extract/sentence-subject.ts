/**
 * The last-resort speaker of a quote no cue credits: the person who opens its sentence ("Clinton
 * decried the GOP for “…”"), or the person a role noun after a name introduces ("Obama spokesman
 * Robert Gibbs derided …").
 *
 * @module
 */

import { NON_PERSON_WORDS } from './name-stopwords.js';
import { reportsAt } from './reporting-verbs.js';
import { isRoleWord } from './roles.js';
import { wordsIn, type Word } from './words.js';
import { mainClauseStart } from './fronted-clause.js';
import { hasSentenceEnd } from './sentences.js';
import { earliestPersonBefore } from './earliest-person.js';
import { FUNCTION_WORDS, gapIs, isCapitalised, mentionAtStart, skipAppositive, type IsPerson } from './cue-mentions.js';
import type { CueMatch } from './speaker-cues.js';

/**
 * Last resort, for a quote no cue credits: the person who opens the sentence from `from` to `to`
 * (within its first three words, not a possessive), with the lower-case word after it as the cue
 * ("Clinton decried the GOP for “…”", "Valastro praised Christie’s leadership." before a quote paragraph).
 * @example
 * const text = 'Clinton decried the GOP for “turning its back”';
 * sentenceSubject(text, 0, 28, () => true)?.cue
 * //=> { start: 8, end: 15 }
 */
export function sentenceSubject(text: string, from: number, to: number, isPerson: IsPerson, form: CueMatch['form'] = 'cue', reach = 4): CueMatch | null {
  // only the first 40 words are read: 800 characters hold them in any real sentence
  const all = wordsIn(text, from, Math.min(to, from + 800), 40);
  const words = all.slice(mainClauseStart(text, all, all.length));
  // a known person anywhere within `reach` words, else a name-like word opening the sentence ("Lynch announced")
  const known = earliestPersonBefore(text, words, Math.min(words.length, reach), isPerson);
  const subject = known ?? earliestPersonBefore(text, words, Math.min(words.length, 2), (candidate) => isPerson(candidate, true));
  if (subject === null) return null;
  const end = subject.mention[subject.mention.length - 1]!;
  // "Mitch McConnell, R-Ky., delivered", "Susan Collins (Maine) joined": the verb follows the
  // appositive or parenthesis after the name
  let next = words.indexOf(end) + 1;
  if (text[end.end] === '(' || text.startsWith(' (', end.end)) {
    const close = text.indexOf(')', end.end);
    if (close > 0 && close - end.end < 40) while (next < words.length && words[next]!.start < close) next++;
  } else if (subject.kind === 'name') {
    const verb = skipAppositive(text, words, next);
    if (verb < words.length && !isCapitalised(words[verb]!)) next = verb;
  }
  const after = words[next];
  if (after === undefined || isCapitalised(after)) return null;
  // "Obama spokesman Robert Gibbs derided …", "the Clinton campaign called …": a name followed by a
  // role or institution noun modifies it; the sentence's subject is someone else
  if (isRoleWord(after.text) || NON_PERSON_WORDS.has(after.lower)) return namedAfterModifier(text, words, next, isPerson, form);
  // a merely name-like opener needs a verb after it: "Lynch announced", not "Unemployment had"
  if (known === null && !(reportsAt(words, next) || after.text.endsWith('ed') || (after.text.endsWith('s') && !FUNCTION_WORDS.has(after.text) && after.text !== 'is' && after.text !== 'has' && after.text !== 'was'))) return null;
  if ("'\u2019".includes(text[end.end] ?? '')) return null;
  return { ...subject, cue: { start: after.start, end: after.end }, form };
}

/** The longest line read as a heading of a list article. */
const MAX_HEADING = 150;

/**
 * "Gina Rodriguez Questioned What It Means To Be “Latino Enough.”": in a heading line of a list
 * article (a short line in title case), the person whose name opens the line (two or three
 * name-like words, a known person first), with the word after the name as cue.
 * @example
 * const text = 'Zoe Saldana Asked Men Everywhere To “Redefine Masculinity.”';
 * headingSubject(text, 0, 36, (words) => words.length === 2)?.mention.map((w) => w.text)
 * //=> ['Zoe', 'Saldana']
 */
export function headingSubject(text: string, from: number, to: number, isPerson: IsPerson): CueMatch | null {
  if (to - from > MAX_HEADING) return null;
  const words = wordsIn(text, from, to);
  let long = 0;
  let capitalised = 0;
  for (const w of words) {
    if (w.text.length < 4) continue;
    long++;
    if (isCapitalised(w)) capitalised++;
  }
  if (long < 3 || capitalised < long) return null;
  for (const n of [3, 2]) {
    const name = words.slice(0, n);
    const after = words[n];
    if (name.length < n || after === undefined || !name.every((w) => nameGapOnly(text, w, name))) continue;
    if (isPerson(name)) return { mention: name, kind: 'name', cue: { start: after.start, end: after.end }, form: 'cue' };
  }
  const two = words.slice(0, 2);
  const after = words[2];
  if (two.length === 2 && after !== undefined && nameGapOnly(text, two[1]!, two) && isPerson(two, true)) {
    return { mention: two, kind: 'name', cue: { start: after.start, end: after.end }, form: 'cue' };
  }
  return null;
}

/** The words of a name are separated by single spaces only. */
function nameGapOnly(text: string, w: Word, name: readonly Word[]): boolean {
  const k = name.indexOf(w);
  return k === 0 || gapIs(text, name[k - 1]!, w);
}

/** No capitalised word but the first stands between `from` and `to` (the sentence names nobody). */
export function namesNobody(text: string, from: number, to: number): boolean {
  const words = wordsIn(text, from, to);
  for (let k = 1; k < words.length; k++) if (isCapitalised(words[k]!)) return false;
  return true;
}

/**
 * "Obama spokesman Robert Gibbs derided …", "Clinton campaign manager Robby Mook released …": the
 * person named after the lower-case role words at `k`, with the word after the name as cue.
 */
function namedAfterModifier(text: string, words: readonly Word[], k: number, isPerson: IsPerson, form: CueMatch['form']): CueMatch | null {
  let j = k;
  while (j < words.length && j - k < 4 && !isCapitalised(words[j]!) && !FUNCTION_WORDS.has(words[j]!.lower) && gapIs(text, words[j - 1]!, words[j]!)) j++;
  if (j === k || j >= words.length || !isCapitalised(words[j]!) || !gapIs(text, words[j - 1]!, words[j]!)) return null;
  const found = mentionAtStart(text, words.slice(j));
  if (found === null || found.kind !== 'name' || !isPerson(found.mention, true)) return null;
  const after = words[j + found.next];
  if (after === undefined || isCapitalised(after) || FUNCTION_WORDS.has(after.lower)) return null;
  return { mention: found.mention, kind: 'name', cue: { start: after.start, end: after.end }, form };
}

/**
 * "After spending the week bickering over whether the other is “qualified,” Clinton on Monday ripped
 * into Sanders": a quote inside a phrase fronted before the sentence's subject belongs to that subject.
 * `from` is the sentence start, `quoteEnd` the end of the quote, `limit` the paragraph end.
 */
export function subjectAfterFronted(text: string, from: number, quoteEnd: number, limit: number, isPerson: IsPerson, reach: number): CueMatch | null {
  const words = wordsIn(text, from, Math.min(limit, from + 800), 60);
  const k = mainClauseStart(text, words, words.length);
  const main = words[k];
  if (k === 0 || main === undefined || main.start < quoteEnd || hasSentenceEnd(text, quoteEnd, main.start)) return null;
  return sentenceSubject(text, main.start, Math.min(limit, main.start + 400), isPerson, 'cue', reach);
}
