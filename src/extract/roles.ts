/**
 * Titles and role nouns: the words that introduce a person ("Kremlin spokesman Dmitry Peskov",
 * "NATO Secretary-General Jens Stoltenberg") and later stand for them ("the spokesman",
 * "the NATO secretary general").
 *
 * A role mention resolves to the person introduced with the same head noun; when nobody was
 * introduced with it, a definite role noun that names one office ("the press secretary") falls back
 * to the most recent person, as a pronoun would (seed 002 never gives Peskov a title).
 *
 * @module
 */

import { isPlainWord } from './words.js';

/** Occupations that stand before a name as a role ("comedian Sarah Silverman") and head a role phrase ("the pastor"). */
const OCCUPATIONS = [
  'pastor', 'actor', 'actress', 'comedian', 'comedienne', 'singer', 'rapper', 'author', 'novelist', 'columnist', 'commentator',
  'journalist', 'reporter', 'filmmaker', 'producer',
];

/** Words that form titles and roles, in lower case; "secretary-general" is split on the hyphen. */
const ROLE_WORDS = new Set([
  'president', 'presidential', 'vice', 'prime', 'minister', 'foreign', 'defense', 'defence', 'deputy', 'secretary',
  'general', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'chancellor', 'senator', 'sen', 'rep', 'representative',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'director', 'ambassador', 'king',
  'queen', 'pope', 'leader', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'speaker', 'counterpart', 'adviser',
  'advisor', 'aide', 'candidate', 'nominee', 'chief', 'head', 'commander', 'official', 'lawyer', 'attorney', 'manager',
  'strategist', 'congressman', 'congresswoman', 'lawmaker', 'councillor', 'councilman', 'councilwoman', 'executive',
  'founder', 'host', 'anchor', 'correspondent', 'analyst', 'professor', 'economist', 'envoy', 'diplomat', 'officer',
  'colonel', 'col', 'lt', 'gen', 'sgt', 'capt', 'captain', 'marshal', 'admiral', 'sheriff', 'rev', 'reverend', 'father',
  'patriarch', 'archbishop', 'rabbi', 'imam', 'cardinal', 'bishop', 'mufti', 'sheikh', 'prince', 'princess', 'emir', 'dame', 'state',
  'national', 'security', 'campaign', 'communications', 'policy', 'political', 'senior', 'former', 'top', 'interior',
  'finance', 'economy', 'trade', 'health', 'attorney-general', 'majority', 'minority', 'whip', 'house', 'senate',
  'first', 'lady', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'activist', 'speechwriter', 'pollster', 'consultant',
  'staffer', 'operative', 'organizer', 'member', ...OCCUPATIONS,
]);

/** Role heads that name one office, so "the <head>" is one person even when nobody was introduced with it. */
const SINGLE_PERSON_HEADS = new Set([
  'president', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'minister', 'chancellor', 'senator',
  'governor', 'mayor', 'chairman', 'chairwoman', 'director', 'ambassador', 'leader', 'general', 'candidate',
  'nominee', 'congressman', 'congresswoman', 'speaker', 'premier', 'king', 'queen', 'pope', 'chief',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'envoy', 'diplomat', 'commander', 'counterpart',
]);

/** Nouns that can end a role phrase standing for a person ("the spokesman", "the top aide"). */
const ROLE_HEADS = new Set([
  ...SINGLE_PERSON_HEADS, 'official', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney', 'manager', 'strategist', 'analyst',
  'professor', 'economist', 'correspondent', 'host', 'anchor', 'officer', 'spokesperson', 'representative', 'judge', 'justice',
  'chancellor', 'premier', 'envoy', 'deputy', 'executive', 'founder', 'activist', 'lawmaker', 'colonel', 'admiral', 'sheriff',
  'speechwriter', 'pollster', 'consultant', 'staffer', 'operative', 'organizer', ...OCCUPATIONS,
]);

/**
 * True for a noun that can head a role phrase ("the press secretary", not "the campaign").
 * @example
 * isRoleHead('secretary')
 * //=> true
 */
export function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(word.toLowerCase());
}

/** Heads that are interchangeable names of one office. */
const SAME_OFFICE: Readonly<Record<string, string>> = {
  spokeswoman: 'spokesman',
  spokesperson: 'spokesman',
  secretary: 'secretary', // "press secretary" is read with its modifier, see roleHead
};

/** Titles that tell a person's gender. */
const MALE_TITLES = new Set(['mr', 'spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'king', 'prince', 'sir', 'lord', 'father']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'queen', 'princess', 'lady', 'dame']);

/** Nationality and demonym endings ("Russian", "Ukrainian", "Chinese", "Polish") for words before a title. */
const DEMONYM_ENDINGS = ['ian', 'ean', 'ese', 'ish', 'ic', 'an', 'i'];

/**
 * True for a word (any case) that can be part of a title or role.
 * @example
 * isRoleWord('Secretary-General')
 * //=> true
 */
export function isRoleWord(word: string): boolean {
  // every role word starts with a lower-case ASCII letter: one of the two sets can hold the word
  const first = word.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a ? ROLE_WORDS.has(word) : first >= 0x41 && first <= 0x5a && ROLE_WORDS_CAPITALISED.has(word)) return true;
  if (isPlainWord(word)) return false; // neither form matched, and the word has no other case form
  const lower = word.toLowerCase();
  if (ROLE_WORDS.has(lower)) return true;
  if (!lower.includes('-') && !lower.includes('.')) return false;
  const bare = lower.replace('.', '');
  if (ROLE_WORDS.has(bare)) return true;
  const parts = bare.split('-');
  return parts.length > 1 && parts.every((p) => ROLE_WORDS.has(p));
}



/** ROLE_WORDS with a capital first letter ("President"), looked up without lower-casing (a hot path of the name scan). */
const ROLE_WORDS_CAPITALISED = new Set([...ROLE_WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)));

/** A capitalised word that may stand before a title as a nationality ("Russian Foreign Minister"). */
export function isDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 3 && DEMONYM_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** 'male' / 'female' when a title word tells, else null. */
export function genderOfRole(words: readonly string[]): 'male' | 'female' | null {
  for (const word of words) {
    const lower = word.toLowerCase().replace('.', '');
    if (MALE_TITLES.has(lower)) return 'male';
    if (FEMALE_TITLES.has(lower)) return 'female';
  }
  return null;
}

/**
 * The head of a role phrase: its last role word, with "press secretary" kept whole and synonyms folded.
 * @example
 * roleHead(['the', 'NATO', 'secretary', 'general'])
 * //=> 'general'
 */
export function roleHead(words: readonly string[]): string | null {
  const roles: string[] = [];
  for (const w of words) {
    const bare = w.toLowerCase().replace('.', '');
    if (!bare.includes('-')) {
      if (ROLE_WORDS.has(bare)) roles.push(bare);
    } else for (const part of bare.split('-')) if (ROLE_WORDS.has(part)) roles.push(part);
  }
  const last = roles[roles.length - 1];
  if (last === undefined) return null;
  if (last === 'secretary' && roles[roles.length - 2] === 'press') return 'spokesman';
  return SAME_OFFICE[last] ?? last;
}

/** True when "the <head>" names one person (so it may resolve without an introduction). */
export function namesOneOffice(head: string): boolean {
  return SINGLE_PERSON_HEADS.has(head);
}
