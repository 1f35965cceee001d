/**
 * Person-name mentions, and the fullest form of each name in the article.
 *
 * A run of capitalised words is a person when it carries evidence: a title or role in front
 * ("Presidential Spokesman Dmitry Peskov", "his counterpart Wendy Sherman"), or two to four
 * name-like words with no word of an organisation or place ("Donald Trump", not "Fox News").
 * A single word ("Peskov") is a mention of a person already named in full with that last word;
 * elsewhere it counts as a name only in a cue position (checked in `attribute-speaker.ts`).
 * The name reported for a speaker is the fullest compatible form: same last word, same first word
 * when the mention has two or more words, most words, ties to the form mentioned last before.
 *
 * @module
 */

import { nextCapitalisedRun, type CapitalisedRun } from './capitalised-runs.js';
import { genderOfRole, roleHead } from './roles.js';
import { wordAfter, wordBefore } from './words.js';
import { isNotNameWord, mayBeName } from './name-stopwords.js';
import { genderOfGivenName } from './given-names.js';
import { modifiesName, nameInRun, splitRun, type RunWord } from './name-in-run.js';
import { isReportingVerb } from './reporting-verbs.js';

/** One person named in the article. */
export interface Person {
  /** The fullest form seen so far ("Dmitry Peskov"). */
  name: string;
  words: string[];
  /** Role heads the person was introduced with ("spokesman", "general"). */
  roles: string[];
  gender: 'male' | 'female' | null;
}

/** One place where a person is named. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  person: Person;
  /** Inside a quotation (not a narrative mention; pronouns do not resolve to it). */
  inQuote: boolean;
}

/** Everyone named in one article, with their mentions in text order. */
export interface PersonRegistry {
  persons: Person[];
  mentions: NameMention[];
  /**
   * Persons by the last word of their name, exactly as written (fullest-form look-ups without a
   * scan; both look-ups compare last words exactly, so no lower-casing is needed).
   */
  byLastWord: Map<string, Person[]>;
  /** Start offsets of each person's mentions, ascending. */
  mentionStarts: Map<Person, number[]>;
}


/**
 * Finds the people named in `text`. `inQuote(offset)` tells whether an offset lies inside a quotation.
 * @example
 * findPersons('Kremlin spokesman Dmitry Peskov said. Peskov added.', () => false).mentions.map((m) => m.person.name)
 * //=> ['Dmitry Peskov', 'Dmitry Peskov']
 */
export function findPersons(text: string, inQuote: (offset: number) => boolean): PersonRegistry {
  const registry: PersonRegistry = { persons: [], mentions: [], byLastWord: new Map(), mentionStarts: new Map() };
  // single words kept as text and start offset (their end is start + length): an object is built
  // only for the few that become mentions
  const singleTexts: string[] = [];
  const singleStarts: number[] = [];
  const run: CapitalisedRun = { start: 0, end: 0, spaced: false, marked: false };
  for (let from = 0; nextCapitalisedRun(text, from, run); from = run.end) {
    // fast path for the commonest run, one plain word ("The", "Moscow", "Peskov")
    if (run.end - run.start > 1 && !run.spaced && !run.marked) {
      const raw = text.slice(run.start, run.end);
      if (!isNotNameWord(raw)) {
        singleTexts.push(raw);
        singleStarts.push(run.start);
      }
      continue;
    }
    for (const words of splitRun(text, run.start, run.end)) {
      const named = nameInRun(text, words);
      if (named === null) continue;
      if (named.words.length === 1 && named.words[0]!.end === run.end && modifiesName(text, run.end)) continue;
      if (named.words.length === 1 && named.roles.length === 0) {
        singleTexts.push(named.words[0]!.text);
        singleStarts.push(named.words[0]!.start);
        continue;
      }
      addMention(registry, text, named.words, named.roles, inQuote);
    }
  }
  // a single word is known exactly when some person's last word is it (fullestForm compares exact
  // forms, and byLastWord is keyed by them)
  for (let k = 0; k < singleTexts.length; k++) {
    const single = singleTexts[k]!;
    const start = singleStarts[k]!;
    const end = start + single.length;
    const known = registry.byLastWord.has(single);
    // ("Arizona governor Jan Brewer": a word that only modifies the next name is no mention)
    if ((known || (nextToVerb(text, start, end) && inCuePosition(text, start, end) && mayBeName(single))) && !modifiesName(text, end)) {
      addMention(registry, text, [{ text: single, start, end }], [], inQuote);
    }
  }
  registry.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return registry;
}

/**
 * The fullest form of a name mentioned at `offset` ("Peskov" → "Dmitry Peskov"), or null when no
 * person with that name is known.
 */
export function fullestForm(registry: PersonRegistry, words: readonly string[], offset: number): Person | null {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  let best: Person | null = null;
  let bestAt = -Infinity;
  for (const person of registry.byLastWord.get(last) ?? []) {
    if (words.length > 1 && person.words[0] !== first) continue;
    if (person.words.length < words.length) continue;
    const at = lastMentionBefore(registry, person, offset);
    if (best === null || person.words.length > best.words.length || (person.words.length === best.words.length && at > bestAt)) {
      best = person;
      bestAt = at;
    }
  }
  return best;
}

/**
 * True when {@link fullestForm} finds a person for these words: the same filters, without ranking
 * the candidates by their last mention (asked for many word spans around each quote).
 */
export function knowsName(registry: PersonRegistry, words: readonly { text: string }[]): boolean {
  const first = words[0]!.text;
  for (const person of registry.byLastWord.get(words[words.length - 1]!.text) ?? []) {
    if (words.length > 1 && person.words[0] !== first) continue;
    if (person.words.length >= words.length) return true;
  }
  return false;
}

/** Cheap pre-check for {@link inCuePosition}: a lower-case letter starts the next or ends the previous word. */
function nextToVerb(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end + 1);
  const before = text.charCodeAt(start - 2);
  return (after >= 0x61 && after <= 0x7a) || (before >= 0x61 && before <= 0x7a);
}

function inCuePosition(text: string, start: number, end: number): boolean {
  let after = wordAfter(text, end);
  if (after && ADVERBS.has(after.text)) after = wordAfter(text, after.end);
  if (after && isReportingVerb(after.text)) return true;
  const before = wordBefore(text, start);
  return before !== null && isReportingVerb(before.text);
}

/** Words between a name and its reporting verb ("Peskov also said"); a Set, since a keyed look-up of a sliced string in an object must first intern the string. */
const ADVERBS: ReadonlySet<string> = new Set(['also', 'has', 'had', 'previously', 'later', 'again', 'repeatedly', 'then']);

/** Offset of the person's last mention starting before `offset` (binary search), or -Infinity. */
export function lastMentionBefore(registry: PersonRegistry, person: Person, offset: number): number {
  const starts = registry.mentionStarts.get(person) ?? [];
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1]! : -Infinity;
}

/**
 * Adds a person to the registry's indexes (also for persons first met in a cue position).
 * @example
 * const registry = findPersons('', () => false);
 * registerPerson(registry, { name: 'Peskov', words: ['Peskov'], roles: [], gender: null });
 * fullestForm(registry, ['Peskov'], 0)?.name
 * //=> 'Peskov'
 */
export function registerPerson(registry: PersonRegistry, person: Person): void {
  registry.persons.push(person);
  const key = person.words[person.words.length - 1]!;
  const list = registry.byLastWord.get(key);
  if (list) list.push(person);
  else registry.byLastWord.set(key, [person]);
}

function addMention(registry: PersonRegistry, text: string, words: readonly RunWord[], roles: readonly string[], inQuote: (o: number) => boolean): void {
  const forms: string[] = [];
  for (const w of words) forms.push(w.text);
  const start = words[0]!.start;
  const joined = forms.length === 1 ? forms[0]! : forms.join(' ');
  let person: Person | null = null;
  for (const candidate of registry.byLastWord.get(forms[forms.length - 1]!) ?? []) if (candidate.name === joined) person = candidate;
  if (person === null && forms.length === 1) person = fullestForm(registry, forms, start);
  if (person === null) {
    person = { name: joined, words: forms, roles: [], gender: forms.length > 1 ? genderOfGivenName(forms[0]!) : null };
    registerPerson(registry, person);
  }
  if (roles.length > 0) {
    const head = roleHead(roles);
    if (head !== null && !person.roles.includes(head)) person.roles.push(head);
    person.gender ??= genderOfRole(roles);
  }
  const end = words[words.length - 1]!.end;
  registry.mentions.push({ start, end, text: text.slice(start, end), person, inQuote: inQuote(start) });
  const starts = registry.mentionStarts.get(person);
  if (starts) starts.push(start);
  else registry.mentionStarts.set(person, [start]);
}
