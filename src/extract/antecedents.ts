/**
 * The antecedent of a pronoun cue ("…,” he said): the most salient compatible person before it.
 *
 * Salience, in order: a person credited with a quote, named as the subject of a reporting verb
 * ("Zeynep Akar told CNN that …", "Woods said she …") or opening a sentence with a verb ("Trump
 * pressed …"), within the last 600 characters — the most
 * recent of those; else the person most recently named outside quotes or credited.
 * Why reporting subjects count: a pronoun after reported speech nearly always continues its speaker,
 * while names merely mentioned since (objects, places of the story) are no speakers (PolNeAR train).
 *
 * @module
 */

import type { NameMention, Person } from './names.js';
import { isReportingVerb } from './reporting-verbs.js';
import { wordAfter, wordBefore } from './words.js';

/** A person at an offset of the text. */
export interface Event {
  at: number;
  person: Person;
}

/** The three event lists, each sorted by offset. */
export interface Antecedents {
  /** Names mentioned outside quotes. */
  narrative: readonly Event[];
  /** Speakers credited with a quote, at their mention. */
  credited: readonly Event[];
  /** Names right before a reporting verb ("Akar told", "Gingrich also noted"). */
  speaking: readonly Event[];
}

/** Words before a name that make it an affiliation or a place, not a speaker. */
const AFFILIATION_LEADS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from', 'in', 'the', 'under', 'with', 'to', 'by']);

/** How long (in characters) a speaker stays the first antecedent for a pronoun. */
const SALIENCE = 600;

/** Words between a subject and its verb that the look-up steps over. */
const BETWEEN: ReadonlySet<string> = new Set(['also', 'has', 'had', 'have', 'then', 'later', 'previously', 'again', 'once', 'repeatedly', 'further']);

/**
 * Narrative mentions that stand as the subject of a reporting verb, in text order.
 * @example
 * const person = { name: 'Ann Lee', words: ['Ann', 'Lee'], roles: [], gender: null };
 * speakingEvents('Ann Lee also noted that.', [{ start: 0, end: 7, text: 'Ann Lee', person, inQuote: false }]).map((e) => e.at)
 * //=> [0]
 */
export function speakingEvents(text: string, mentions: readonly NameMention[]): Event[] {
  const events: Event[] = [];
  for (const m of mentions) {
    if (m.inQuote) continue;
    if (isAffiliation(text, m)) continue;
    // "Charles Geyh, a professor at Indiana University, said": the verb after the appositive
    if (text.charCodeAt(m.end) === 0x2c ? verbAfterAppositive(text, m.end + 1) : verbAt(text, m.end) || opensSentenceWithVerb(text, m)) events.push({ at: m.start, person: m.person });
  }
  return events;
}

/**
 * "director of the Texas Politics Project …, said", "Lewis of the James Martin Center for
 * Nonproliferation Studies wrote": a name after a preposition or an article is an affiliation or a
 * place, no antecedent for a pronoun.
 * @example
 * isAffiliation('director of the Texas Project', { start: 16, end: 29 })
 * //=> true
 */
export function isAffiliation(text: string, m: { start: number; end: number }): boolean {
  const before = wordBefore(text, m.start);
  return before !== null && AFFILIATION_LEADS.has(before.text);
}

/**
 * The person most salient before `at` with a gender compatible with `gender` (null: any).
 * @example
 * const ann = { name: 'Ann Lee', words: ['Ann', 'Lee'], roles: [], gender: 'female' as const };
 * mostRecent({ narrative: [{ at: 0, person: ann }], credited: [], speaking: [] }, 50, 'female')?.name
 * //=> 'Ann Lee'
 */
export function mostRecent(events: Antecedents, at: number, gender: 'male' | 'female' | null): Person | null {
  const { narrative, credited, speaking } = events;
  // a speaker shortly before is more salient than a name merely mentioned since
  let j = upperBound(credited, at) - 1;
  let s = upperBound(speaking, at) - 1;
  for (let steps = 0; steps < 50 && (j >= 0 || s >= 0); steps++) {
    const c = credited[j];
    const v = speaking[s];
    const event = c && (!v || c.at >= v.at) ? c : v!;
    if (at - event.at >= SALIENCE) break;
    if (event === c) j--;
    else s--;
    if (fits(event.person, gender)) return event.person;
  }
  let i = upperBound(narrative, at) - 1;
  j = upperBound(credited, at) - 1;
  for (let steps = 0; steps < 50 && (i >= 0 || j >= 0); steps++) {
    const a = narrative[i];
    const b = credited[j];
    const event = a && (!b || a.at >= b.at) ? a : b!;
    if (event === a) i--;
    else j--;
    if (fits(event.person, gender)) return event.person;
  }
  return null;
}

/** A reporting verb (after "also", "has" and the like) follows the spaces at `pos`. */
function verbAt(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 0x20) return false;
  let word = wordAfter(text, pos);
  if (word !== null && BETWEEN.has(word.text)) word = wordAfter(text, word.end);
  return word !== null && isReportingVerb(word.text);
}

/** One of the commas of an appositive starting at `from` ("39, a Lebanese man visiting Nice, told") is followed by a reporting verb (within 150 characters, no sentence end). */
function verbAfterAppositive(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + 150);
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c && verbAt(text, i + 1)) return true;
    if (code === 0x2e && text.charCodeAt(i + 1) === 0x20 && text.charCodeAt(i - 2) !== 0x20) return false;
    if (code === 0x0a || code === 0x201c || code === 0x22) return false;
  }
  return false;
}

/** "Trump pressed the delegates …": a name opening its sentence, followed by a verb ending in -ed or -s. */
function opensSentenceWithVerb(text: string, m: NameMention): boolean {
  let p = m.start - 1;
  while (p >= 0 && text.charCodeAt(p) === 0x20) p--;
  const before = p < 0 ? 0x0a : text.charCodeAt(p);
  if (before !== 0x0a && before !== 0x2e) return false;
  let word = text.charCodeAt(m.end) === 0x20 ? wordAfter(text, m.end) : null;
  // ("Cruz openly admitted …": an adverb between)
  if (word !== null && word.text.endsWith('ly')) word = wordAfter(text, word.end);
  if (word === null) return false;
  const first = word.text.charCodeAt(0);
  return first >= 0x61 && first <= 0x7a && (word.text.endsWith('ed') || word.text.endsWith('s')) && word.text !== 'is' && word.text !== 'was' && word.text !== 'has';
}

function fits(person: Person, gender: 'male' | 'female' | null): boolean {
  return gender === null || person.gender === null || person.gender === gender;
}

/**
 * The number of events before `at` (binary search over offsets).
 * @example
 * upperBound([{ at: 1, person: { name: 'A', words: ['A'], roles: [], gender: null } }], 5)
 * //=> 1
 */
export function upperBound(events: readonly Event[], at: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
