/**
 * Mentions of a speaker inside a cue window: a name ("Russian Deputy Foreign Minister Sergei
 * Ryabkov" → "Sergei Ryabkov"), a pronoun ("he") or a definite role phrase ("the press secretary"),
 * found before a verb, after it, or as the subject that opens a sentence.
 *
 * @module
 */

import { isRoleHead, isRoleWord } from './roles.js';
import { reportsAt } from './reporting-verbs.js';
import type { Word } from './words.js';

/** Words between a subject and its reporting verb ("Peskov has also said"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  'also has had have is was later then again previously repeatedly once further recently publicly reportedly first earlier would will subsequently today yesterday himself herself privately openly simply just even kept keeps'.split(' '),
);

export const SUBJECT_PRONOUNS = new Set(['he', 'she']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'he', 'she']);
/** Lower-case words that may open a noun phrase ending in a name ("his friend Mahamat Saleh Oumar"). */
export const LEADS_A_NAME = new Set(
  'his her their its a an another the one our my your reporter journalist writer friend scientist expert columnist commentator pollster author historian'.split(' '),
);
/** Adjectives that open a descriptive phrase before a name ("retired Army Lt. Gen. Mick Bednarek"). */
export const LEADING_ADJECTIVES = new Set(['retired', 'former', 'then', 'veteran', 'longtime', 'senior', 'top', 'chief', 'fellow']);
export const PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'for', 'on', 'with', 'near', 'to', 'by', 'about', 'against']);
export const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'than', 'that', 'who', 'which', 'nor', 'vs']);

/** Lower-case words that start a clause, not a description of the person named after them ("said when Boyle asked"). */
export const NOT_DESCRIPTIVE = new Set(
  'when while after before because if since though although where whether so then also still now only just even not never once until unless he she they it we you i there here this these those'.split(' '),
);

/** Words that open a subordinate clause ("after she did, …"). */
export const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'if', 'since', 'though', 'although', 'as', 'until', 'unless', 'once', 'whether', 'like']);

/** How a mention names its person. */
export type MentionKind = 'name' | 'pronoun' | 'role';

/**
 * Tells whether capitalised words name a known person (`loose`: or may name one, as a name in a
 * cue position does).
 */
export type IsPerson = (words: readonly Word[], loose?: boolean) => boolean;

const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which', 'whom']);
const OPENS_DESCRIPTION = new Set(['the', 'a', 'an', 'who']);

/** After a name, ", founder of the Media Research Center," up to the closing comma: returns the index after it. */
export function skipAppositive(text: string, words: readonly Word[], k: number): number {
  const name = words[k - 1];
  if (name === undefined || text[name.end] !== ',') return k;
  let first = -1;
  for (let j = k; j < words.length && j - k < 24; j++) {
    const end = words[j]!.end;
    // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": the comma before the verb
    const comma = text[end] === ',' || (text[end] === '.' && text[end + 1] === ',');
    if (comma && j + 1 < words.length && reportsAt(words, j + 1)) return j + 1;
    if (comma && first < 0) first = j + 1;
    // "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted", "Katie Packer, who is
    // chairman of … said": a description (opened by an article or "who") with no closing comma ends at
    // the first verb of saying that no relative pronoun governs
    if (first < 0 && j > k && OPENS_DESCRIPTION.has(words[k]!.lower) && reportsAt(words, j) && !RELATIVE_PRONOUNS.has(words[j - 1]!.lower) && gapIs(text, words[j - 1]!, words[j]!)) return j;
    if (/* a sentence ends */ '.!?'.includes(text[end] ?? '') && text[end + 1] !== ',') break;
  }
  return first >= 0 ? first : k;
}

/** Lower-case words inside an affiliation ("of the James Martin Center for Nonproliferation Studies"). */
const AFFILIATION_WORDS = new Set(['of', 'the', 'for', 'and', 'at', 'from', 'in', 'on']);

/**
 * "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": after a name, an
 * "of"/"at"/"from" phrase of capitalised words, up to a reporting verb; returns the verb's index
 * (or `k` when there is no such phrase).
 */
export function skipAffiliation(text: string, words: readonly Word[], k: number): number {
  const lead = words[k]?.lower;
  if (lead !== 'of' && lead !== 'at' && lead !== 'from') return k;
  for (let j = k + 1; j < words.length && j - k < 12; j++) {
    // ("of Washington's Institute for Science …": a possessive inside the affiliation)
    if (!gapIs(text, words[j - 1]!, words[j]!) && !(isCapitalised(words[j - 1]!) && gapIs(text, words[j - 1]!, words[j]!, "'\u2019s"))) return k;
    if (isCapitalised(words[j]!)) continue;
    if (reportsAt(words, j)) return isCapitalised(words[j - 1]!) ? j : k;
    if (!AFFILIATION_WORDS.has(words[j]!.lower)) return k;
  }
  return k;
}

/** The word starts with a capital letter. */
export function isCapitalised(word: Word): boolean {
  // (asked of nearly every word near a quote: ASCII answered from the code, the rest by lower-casing)
  const code = word.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = word.text[0]!;
  return first !== first.toLowerCase();
}

/** The gap between two words holds only spaces (and, if given, the allowed punctuation). */
export function gapIs(text: string, a: Word, b: Word, allowed = ''): boolean {
  for (let i = a.end; i < b.start; i++) {
    if (text.charCodeAt(i) === 0x20) continue; // the usual gap, one space
    const ch = text[i]!;
    if (ch.trim() !== '' && !allowed.includes(ch)) return false;
  }
  return true;
}

/** A mention starting at `words[0]`: pronoun, "the <role…>", or a capitalised run (titles included). */
export function mentionAtStart(text: string, words: readonly Word[]): { mention: Word[]; kind: MentionKind; next: number } | null {
  const w0 = words[0]!;
  if (SUBJECT_PRONOUNS.has(w0.lower)) return { mention: [w0], kind: 'pronoun', next: 1 };
  if (w0.lower === 'the') {
    let k = 1;
    while (k < words.length && gapIs(text, words[k - 1]!, words[k]!) && (isRoleWord(words[k]!.text) || isCapitalised(words[k]!))) k++;
    if (k > 1 && isRoleHead(words[k - 1]!.text)) return { mention: words.slice(0, k), kind: 'role', next: k };
    return null;
  }
  if (!isCapitalised(w0)) return null;
  let k = 1;
  for (;;) {
    while (k < words.length && nameGap(text, words[k - 1]!, words[k]!) && (isCapitalised(words[k]!) || isRoleWord(words[k]!.text))) k++;
    // "the Zionist Union Party’s Nachman Shai": a possessor before the name
    const possessor = words[k - 1]!;
    if (k < words.length && "'\u2019".includes(text[possessor.end] ?? '') && isCapitalised(words[k]!) && text.slice(possessor.end, words[k]!.start).trim().length <= 2) {
      k++;
      continue;
    }
    // "Cruz constituent Dan Golvach", "Clinton’s top foreign policy aide Jake Sullivan": lower-case
    // nouns between capitalised stretches
    let j = k;
    // ("Trump assured Jones": a past-tense verb right after a name is no such noun)
    while (j < words.length && j - k < 4 && !isCapitalised(words[j]!) && !FUNCTION_WORDS.has(words[j]!.lower) && !NOT_DESCRIPTIVE.has(words[j]!.lower) && !reportsAt(words, j) && !(j === k && words[j]!.lower.endsWith('ed')) && nameGap(text, words[j - 1]!, words[j]!) || (j < words.length && j === k && "'\u2019".includes(text[words[j - 1]!.end] ?? '') && !isCapitalised(words[j]!) && !FUNCTION_WORDS.has(words[j]!.lower))) j++;
    const after = words[j];
    if (j > k && k < 8 && after && isCapitalised(after) && (gapIs(text, words[j - 1]!, after) || nameGap(text, words[j - 1]!, after))) k = j + 1;
    else break;
  }
  // the name is the last capitalised stretch of the phrase: "Kremlin spokesman Dmitry Peskov"
  let s = k - 1;
  while (s >= 0 && !isCapitalised(words[s]!)) s--;
  if (s < 0) return null;
  let f = s;
  while (f > 0 && isCapitalised(words[f - 1]!) && !isRoleWord(words[f - 1]!.text)) f--;
  return { mention: words.slice(f, s + 1), kind: 'name', next: k };
}

/** A mention starting at `words[k]` (after a verb or "according to"). */
export function mentionAfter(text: string, words: readonly Word[], k: number): { mention: Word[]; kind: MentionKind; last: number } | null {
  const w = words[k];
  if (w === undefined || (k > 0 && !gapIs(text, words[k - 1]!, w))) return null;
  if (OBJECT_PRONOUNS.has(w.lower)) return { mention: [w], kind: 'pronoun', last: k };
  // "by host Bill Maher", "said spokesman Brian Fallon", "added his campaign manager Jeff Weaver",
  // "said retired Army Lt. Gen. Mick Bednarek"
  // "said undecided Republican voter Stephanie Hooton", "said former secretary of state Hillary
  // Clinton": any descriptive lower-case words, "of" only between two of them
  const leads =
    LEADS_A_NAME.has(w.lower) || isRoleWord(w.text) || LEADING_ADJECTIVES.has(w.lower) ||
    (!isCapitalised(w) && !FUNCTION_WORDS.has(w.lower) && !NOT_DESCRIPTIVE.has(w.lower) && !reportsAt(words, k));
  let r = leads ? k + 1 : k;
  while (leads && r < words.length && r - k < 5 && !isCapitalised(words[r]!) && (!reportsAt(words, r) || words[r - 1]!.lower === 'of') && (!FUNCTION_WORDS.has(words[r]!.lower) || innerOf(words, r) || knownAs(words, r))) r++;
  if (leads && r < words.length && words[k]!.lower === 'the' && r === k) r = k;
  if (r > k && r < words.length && isCapitalised(words[r]!) && gapIs(text, words[r - 1]!, words[r]!, ',')) k = r;
  const found = mentionAtStart(text, words.slice(k));
  if (found === null) return null;
  return { mention: found.mention, kind: found.kind, last: k + found.next - 1 };
}

/** The subject right before the verb at `v`, skipping "has", "also" and the like. */
export function mentionBefore(text: string, words: readonly Word[], v: number): { mention: Word[]; kind: MentionKind } | null {
  let j = v - 1;
  while (j >= 0 && BETWEEN_SUBJECT_AND_VERB.has(words[j]!.lower) && gapIs(text, words[j]!, words[j + 1]!, ',')) j--;
  // "Gov. John Kasich (R-OH), said": step over a parenthesis
  if (j >= 0 && text.slice(words[j]!.end, words[j + 1]!.start).includes(')')) {
    const open = text.lastIndexOf('(', words[j]!.start);
    while (j >= 0 && words[j]!.start > open) j--;
    if (j < 0 || !gapIs(text, words[j]!, { ...words[j]!, start: open }, ',')) return null;
  } else if (j < 0 || !gapIs(text, words[j]!, words[j + 1]!, ',')) return null;
  const w = words[j]!;
  if (SUBJECT_PRONOUNS.has(w.lower)) return { mention: [w], kind: 'pronoun' };
  if (isCapitalised(w) && !isRoleWord(w.text)) {
    let f = j;
    while (f > 0 && isCapitalised(words[f - 1]!) && !isRoleWord(words[f - 1]!.text) && nameGap(text, words[f - 1]!, words[f]!)) f--;
    // "Trump, in Kentucky, said": a place after a preposition is not the subject, nor is a titled
    // person after one ("a letter to Attorney General Loretta E. Lynch asking")
    let g = f;
    while (g > 0 && g > f - 4 && isRoleWord(words[g - 1]!.text) && gapIs(text, words[g - 1]!, words[g]!, '.')) g--;
    // ("…, with Gorka noting …": the subject of an absolute clause)
    const absolute = words[g - 1]?.lower === 'with' && g === f && words[v]!.lower.endsWith('ing');
    if (g > 0 && PREPOSITIONS.has(words[g - 1]!.lower) && !absolute) {
      return g > 1 ? mentionBefore(text, words, g - 1) : null;
    }
    // "Archbishop Aris Shirvanian of the Armenian Patriarchate told": an affiliation after the subject
    if (f > 1 && words[f - 1]!.lower === 'the' && PREPOSITIONS.has(words[f - 2]!.lower) && gapIs(text, words[f - 2]!, words[f - 1]!)) return mentionBefore(text, words, f - 2);
    return { mention: words.slice(f, j + 1), kind: 'name' };
  }
  if (isRoleHead(w.text)) {
    let f = j;
    while (f > 0 && (isRoleWord(words[f - 1]!.text) || isCapitalised(words[f - 1]!)) && gapIs(text, words[f - 1]!, words[f]!)) f--;
    if (f > 0 && words[f - 1]!.lower === 'the') return { mention: words.slice(f - 1, j + 1), kind: 'role' };
  }
  return null;
}

/** The gap inside a name: spaces, or the dot of an initial or a title ("Dr. Harold", "John F. Kennedy"). */
export function nameGap(text: string, a: Word, b: Word): boolean {
  return gapIs(text, a, b) || ((a.text.length <= 3 || isRoleWord(a.text)) && gapIs(text, a, b, '.'));
}

/** The subject of the nearest reporting verb before `v` that has one ("Spicer said, adding" → Spicer). */
export function subjectOfVerbBefore(text: string, words: readonly Word[], v: number, isPerson: IsPerson): { mention: Word[]; kind: MentionKind } | null {
  for (let u = v - 1; u > 0; u--) {
    if (!reportsAt(words, u)) continue;
    const subject = mentionBefore(text, words, u);
    if (subject && (subject.kind !== 'name' || isPerson(subject.mention, true))) return subject;
  }
  return null;
}

/** "the base chief known as Bob": the description names the person after "known as". */
function knownAs(words: readonly Word[], j: number): boolean {
  return words[j]!.lower === 'as' && words[j - 1]!.lower === 'known';
}

/** "of" between two lower-case words ("secretary of state"). */
function innerOf(words: readonly Word[], j: number): boolean {
  return words[j]!.lower === 'of' && !isCapitalised(words[j - 1]!) && words[j + 1] !== undefined && !isCapitalised(words[j + 1]!);
}

/**
 * "Rep. Steve Israel said Clinton called on members to be “…”": the subject of a reporting verb that
 * governs the clause starting at `f` ("X said [that] Y …"), or null.
 */
export function reportedBy(text: string, words: readonly Word[], f: number, isPerson: IsPerson): { mention: Word[]; kind: MentionKind } | null {
  let u = f - 1;
  // ("she claimed that FBI Director James B. Comey had characterized …": past the title)
  while (u > 0 && f - u < 4 && (isCapitalised(words[u]!) || isRoleWord(words[u]!.text)) && gapIs(text, words[u]!, words[u + 1]!, '.')) u--;
  if (words[u]?.lower === 'that') u--;
  if (u < 1 || !reportsAt(words, u) || !gapIs(text, words[u]!, words[u + 1]!)) return null;
  const subject = mentionBefore(text, words, u);
  return subject && ((subject.kind === 'name' && isPerson(subject.mention, true)) || subject.kind === 'pronoun') ? subject : null;
}

/** The text starts with an opening double quote mark and a capital letter ("“You look cute"). */
export function opensCapitalisedQuote(text: string): boolean {
  const width = text.startsWith("''") ? 2 : '\u201C"\u00AB'.includes(text[0] ?? 'x') ? 1 : 0;
  if (width === 0) return false;
  const first = text.slice(width).trimStart()[0] ?? '';
  return first !== first.toLowerCase();
}
