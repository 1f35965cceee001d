/**
 * Attribution cues next to a quote: who is said to have said it, and with which words.
 *
 * Forms recognised (PolNeAR and the seeds):
 * - after the quote: `…,” Peskov said`, `…,” said Peskov`, `…” — he said`, `— added the press
 *   secretary`, `…,” the NATO secretary general claimed`, `…,” he told CNN`, `…,” according to X`;
 * - before it: `Peskov said “…”`, `Putin said: “…”`, `According to him, … “…”`, `In his view, “…”`,
 *   and a reporting verb earlier in the sentence whose subject is named (`Stoltenberg said the goals
 *   … could lead to “…”`), or, when the verb has no subject of its own (`… but claimed that “…”`),
 *   the nearest person named before it in the sentence.
 * Mentions are names, pronouns or definite role phrases; `attribute-speaker.ts` resolves them.
 *
 * @module
 */

import { isDash } from './quote-marks.js';
import { isRoleHead, isRoleWord } from './roles.js';
import { wordsIn, type Word } from './words.js';

/** Reporting verbs, every form ("pointed" counts only with "out"). */
const REPORTING_VERBS = new Set(
  (
    'say says said saying tell tells told telling add adds added adding stress stresses stressed stressing ' +
    'note notes noted noting claim claims claimed claiming warn warns warned warning argue argues argued arguing ' +
    'insist insists insisted insisting explain explains explained explaining announce announces announced announcing ' +
    'state states stated declare declares declared declaring assert asserts asserted asserting suggest suggests suggested ' +
    'write writes wrote tweet tweets tweeted tweeting ask asks asked asking reply replies replied respond responds responded ' +
    'answer answered acknowledge acknowledges acknowledged admit admits admitted recall recalls recalled remark remarks remarked ' +
    'comment comments commented observe observes observed emphasize emphasizes emphasized emphasise emphasised underline underlined ' +
    'conclude concluded predict predicted promise promised vow vows vowed urge urges urged believe believes believed ' +
    'charge charges charged accuse accused complain complained boast boasted joke joked quip quipped concede conceded contend contends ' +
    'contended maintain maintains maintained mention mentions mentioned indicate indicates indicated confirm confirmed deny denies denied ' +
    'point points pointed reiterate reiterated recount recounted yell yelled shout shouted ' +
    'thunder thundered scoff scoffed muse mused called calling calls labeled labelled labeling labelling dubbed ' +
    'describe described describes describing echoed echoing thanked pledged praised praising slammed slamming blasted blasting ' +
    'criticized criticised criticizing attacked mocked mocking posted writing urging vowing warning countered counters ' +
    'agreed agrees disagreed proclaimed proclaims lamented lamenting praise told recalled testified retorted chimed'
  ).split(' '),
);

/** Words between a subject and its reporting verb ("Peskov has also said"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(
  'also has had have is was later then again previously repeatedly once further recently publicly reportedly first earlier would will subsequently today yesterday himself herself privately openly simply just even'.split(' '),
);

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'he', 'she']);
/** A verb form after one of these is a noun or adjective ("the continued support"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'my', 'your']);
/** Verbs that report speech only with a particle: "shot back", "fired back", "went on". */
const PHRASE_VERBS = new Set(['shot', 'fired', 'hit', 'hits', 'fires', 'shoots', 'went', 'goes']);
/** Lower-case words that may open a noun phrase ending in a name ("his friend Mahamat Saleh Oumar"). */
const LEADS_A_NAME = new Set(
  'his her their its a an another the one our my your reporter journalist writer friend scientist expert columnist commentator pollster author historian'.split(' '),
);
/** Adjectives that open a descriptive phrase before a name ("retired Army Lt. Gen. Mick Bednarek"). */
const LEADING_ADJECTIVES = new Set(['retired', 'former', 'then', 'veteran', 'longtime', 'senior', 'top', 'chief', 'fellow']);
/** Verbs that put their subject after them ("said Peskov", "added the spokesman"). */
const INVERTING_VERBS = new Set(
  'said says say added adds asked asks wrote writes replied replies explained explains continued recalled noted notes insisted argued warned declared stated tweeted concluded concludes countered answered responded remarked observed quipped joked'.split(' '),
);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
const PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'for', 'on', 'with', 'near', 'to', 'by']);
const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'than', 'that', 'who', 'which', 'nor', 'vs']);
const COORDINATORS = new Set(['but', 'and', 'yet', 'or', 'then']);

const VIEW_NOUNS = new Set(['view', 'opinion', 'words', 'estimation']);

/** How a mention names its person. */
export type MentionKind = 'name' | 'pronoun' | 'role';

/** A cue and the words that name the speaker. */
export interface CueMatch {
  mention: Word[];
  kind: MentionKind;
  /** The reporting verb or phrase ("said", "pointed out", "according to", "in his view"); null for "Name: “…”". */
  cue: { start: number; end: number } | null;
  form: 'cue' | 'dash' | 'colon' | 'according-to';
}

/**
 * Tells whether capitalised words name a known person (`loose`: or may name one, as a name in a
 * cue position does).
 */
export type IsPerson = (words: readonly Word[], loose?: boolean) => boolean;

/**
 * True for a reporting verb form.
 * @example
 * isReportingVerb('stressed')
 * //=> true
 */
export function isReportingVerb(word: string): boolean {
  return REPORTING_VERBS.has(word);
}

/** A reporting verb at `words[v]`, including the particle verbs ("shot back", "pointed out"). */
function reportsAt(words: readonly Word[], v: number): boolean {
  const word = words[v]!;
  const next = words[v + 1]?.lower;
  if (PHRASE_VERBS.has(word.text)) return next === 'back' || (next === 'on' && word.text.startsWith('w')) || (next === 'on' && word.text.startsWith('g'));
  if (word.text === 'point' || word.text === 'points' || word.text === 'pointed') return next === 'out';
  return REPORTING_VERBS.has(word.text);
}

/**
 * The cue right after a quote: from `from` (just past the closing mark) to `limit`.
 * @example
 * const text = '“Yes,” Peskov said.';
 * cueAfter(text, 6, text.length)?.mention.map((w) => w.text)
 * //=> ['Peskov']
 */
export function cueAfter(text: string, from: number, limit: number): CueMatch | null {
  let p = from;
  let dash = false;
  for (; p < limit; p++) {
    const ch = text[p]!;
    if (isDash(ch)) dash = true;
    else if (ch !== ',' && ch.trim() !== '') break;
  }
  if (p >= limit || '.!?;:'.includes(text[p]!)) return null;
  const words = wordsIn(text, p, Math.min(limit, p + 160));
  const w0 = words[0];
  if (w0 === undefined || w0.start !== p) return null;
  // `…act.” Lavrov warned that …`: after a quote that ends its sentence, a name and a verb with
  // content of its own start the next sentence
  const newSentence = !dash && isCapitalised(w0) && text[lastVisibleBefore(text, from)] === '.';
  const form = dash ? 'dash' : 'cue';
  const pastTenseBeforeName = w0.text.endsWith('ed') && w0.text === w0.lower && words[1] !== undefined && isCapitalised(words[1]) && gapIs(text, w0, words[1]);
  if (reportsAt(words, 0) || pastTenseBeforeName) {
    const cueEnd = verbEnd(words, 0);
    const mention = mentionAfter(text, words, cueEnd.index + 1);
    return mention ? { ...mention, cue: { start: w0.start, end: cueEnd.end }, form } : null;
  }
  if (w0.lower === 'according' && words[1]?.lower === 'to') {
    const mention = mentionAfter(text, words, 2);
    return mention ? { ...mention, cue: { start: w0.start, end: words[1].end }, form: 'according-to' } : null;
  }
  let subject = mentionAtStart(text, words);
  if (subject === null) {
    // "his friend Mahamat Saleh Oumar told", "another friend, Mariam Emara told", "an angry Hollande
    // retaliated", "the Zionist Union Party’s Nachman Shai told": a name after a few lower-case words
    const lead = words[0]!;
    if (FUNCTION_WORDS.has(lead.lower) || COORDINATORS.has(lead.lower) || reportsAt(words, 0) || OBJECT_PRONOUNS.has(lead.lower) || BETWEEN_SUBJECT_AND_VERB.has(lead.lower)) {
      if (!LEADS_A_NAME.has(lead.lower)) return null;
    }
    let k = 0;
    while (k < 4 && k < words.length && !isCapitalised(words[k]!) && !reportsAt(words, k) && !SUBJECT_PRONOUNS.has(words[k]!.lower)) k++;
    if (k === 0 || k >= words.length || k === 4 || !isCapitalised(words[k]!) || !gapIs(text, words[k - 1]!, words[k]!, ',')) return null;
    const later = mentionAtStart(text, words.slice(k));
    if (later === null || later.kind !== 'name') return null;
    subject = { ...later, next: later.next + k };
  }
  let v = subject.next;
  // "Sen. Chuck Schumer (D-N.Y.) said": step over a parenthesis after the name
  const nameEnd = words[v - 1]!.end;
  let afterParenthesis = -1;
  if (subject.kind === 'name' && text.slice(nameEnd, nameEnd + 3).trim().startsWith('(')) {
    const close = text.indexOf(')', nameEnd);
    if (close > 0 && close - nameEnd < 40) {
      while (v < words.length && words[v]!.start < close) v++;
      afterParenthesis = close + 1;
    }
  }
  const appositive = subject.kind === 'name' ? skipAppositive(text, words, v) : v;
  if (appositive !== v) v = appositive;
  while (v < words.length && BETWEEN_SUBJECT_AND_VERB.has(words[v]!.lower) && gapIs(text, words[v - 1]!, words[v]!, ',')) v++;
  const verb = words[v];
  if (verb === undefined) return null;
  const gapFrom = afterParenthesis > words[v - 1]!.end ? afterParenthesis : words[v - 1]!.end;
  if (text.slice(gapFrom, verb.start).replace(',', '').trim() !== '') return null;
  // `,” Trump barked`: right after a quote, a name and a past-tense verb are an attribution
  const lowered = { ...verb, text: verb.lower };
  const verbWords = [...words.slice(0, v), lowered, ...words.slice(v + 1, v + 2)];
  if (!reportsAt(verbWords, v) && !(verb.text.endsWith('ed') && verb.text === verb.lower)) return null;
  const cueEnd = verbEnd(words, v);
  // after a sentence-final quote, "Peskov said." credits it; "Rubio called the statement …" starts anew
  if (newSentence && !',.;'.includes(text.slice(cueEnd.end, cueEnd.end + 40).trim()[0] ?? '.')) return null;
  return { mention: subject.mention, kind: subject.kind, cue: { start: verb.start, end: cueEnd.end }, form };
}

/**
 * The cue before a quote, in the sentence from `from` up to the opening mark at `open`:
 * the rightmost reporting verb or "according to" whose speaker can be found.
 * @example
 * const text = 'Putin said: “Guys”';
 * cueBefore(text, 0, 12, () => false)?.form
 * //=> 'colon'
 */
export function cueBefore(text: string, from: number, open: number, isPerson: IsPerson): CueMatch | null {
  const words = wordsIn(text, from, open);
  let colon = false;
  for (let p = open - 1; p >= from; p--) {
    const ch = text[p]!;
    if (ch === ':') colon = true;
    if (ch.trim() !== '') break;
  }
  // "Republican pollster Daron Shaw: “…”": a name right before the colon
  const last = words[words.length - 1];
  if (colon && last && isCapitalised(last)) {
    let f = words.length - 1;
    while (f > 0 && isCapitalised(words[f - 1]!) && !isRoleWord(words[f - 1]!.text) && nameGap(text, words[f - 1]!, words[f]!)) f--;
    const name = words.slice(f);
    if (!isRoleWord(name[0]!.text) && isPerson(name, true)) return { mention: name, kind: 'name', cue: null, form: 'colon' };
  }
  for (const fallback of [false, true]) {
    const match = rightmostCue(text, words, colon, isPerson, fallback);
    if (match) return match;
  }
  return null;
}

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
  const words = wordsIn(text, from, to).slice(0, 40);
  // a known person anywhere within `reach` words, else a name-like word opening the sentence ("Lynch announced")
  const known = earliestPersonBefore(text, words, Math.min(words.length, reach), isPerson);
  const subject = known ?? earliestPersonBefore(text, words, Math.min(words.length, 2), (candidate) => isPerson(candidate, true));
  if (subject === null) return null;
  const end = subject.mention[subject.mention.length - 1]!;
  const after = words[words.indexOf(end) + 1];
  if (after === undefined || isCapitalised(after)) return null;
  // a merely name-like opener needs a verb after it: "Lynch announced", not "Unemployment had"
  if (known === null && !(reportsAt(words, words.indexOf(after)) || after.text.endsWith('ed') || (after.text.endsWith('s') && !FUNCTION_WORDS.has(after.text) && after.text !== 'is' && after.text !== 'has' && after.text !== 'was'))) return null;
  if ("'\u2019".includes(text[end.end] ?? '')) return null;
  return { ...subject, cue: { start: after.start, end: after.end }, form };
}

/**
 * A colon lead-in ending the paragraph before a quote ("Cruz continued:", "Reporter Jomana Karadsheh
 * says:"): a cue as in {@link cueBefore}, else the sentence's first person and the word after it.
 * @example
 * const text = 'Jared Potts echoed:';
 * colonLeadIn(text, 0, text.length, () => true)?.cue
 * //=> { start: 12, end: 18 }
 */
export function colonLeadIn(text: string, from: number, colonAt: number, isPerson: IsPerson): CueMatch | null {
  const words = wordsIn(text, from, colonAt);
  for (const fallback of [false, true]) {
    const match = rightmostCue(text, words, true, isPerson, fallback);
    if (match) return { ...match, form: 'colon' };
  }
  return sentenceSubject(text, from, colonAt, isPerson, 'colon');
}

/** One pass of {@link cueBefore}; the nearest-person fallback only on the second pass. */
function rightmostCue(text: string, words: readonly Word[], colon: boolean, isPerson: IsPerson, fallback: boolean): CueMatch | null {
  let coordinated: { start: number; end: number } | null = null;
  for (let v = words.length - 1; v >= 0; v--) {
    const word = words[v]!;
    if (fallback && !reportsAt(words, v)) continue;
    if (word.lower === 'according' && words[v + 1]?.lower === 'to') {
      const mention = mentionAfter(text, words, v + 2);
      if (mention && (mention.kind !== 'name' || isPerson(mention.mention, true))) return { ...mention, cue: { start: word.start, end: words[v + 1]!.end }, form: 'according-to' };
    }
    if (word.lower === 'in' && VIEW_NOUNS.has(words[v + 2]?.lower ?? '')) {
      const owner = words[v + 1]!;
      const kind: MentionKind | null = owner.lower === 'his' || owner.lower === 'her' ? 'pronoun' : isCapitalised(owner) ? 'name' : null;
      if (kind && (kind === 'pronoun' || isPerson([owner], true))) return { mention: [owner], kind, cue: { start: word.start, end: words[v + 2]!.end }, form: 'according-to' };
    }
    if (!reportsAt(words, v) || DETERMINERS.has(words[v - 1]?.lower ?? '')) continue;
    // "Sanders was asked by host Bill Maher": the speaker follows "by"
    if (PASSIVE.has(words[v - 1]?.lower ?? '') && words[v + 1]?.lower === 'by') {
      const agent = mentionAfter(text, words, v + 2);
      if (agent && (agent.kind !== 'name' || isPerson(agent.mention, true))) return { mention: agent.mention, kind: agent.kind, cue: { start: word.start, end: word.end }, form: 'cue' };
    }
    const cueEnd = verbEnd(words, v);
    const adjacent = cueEnd.index === words.length - 1;
    const form = colon && adjacent ? 'colon' : 'cue';
    const cue = { start: word.start, end: cueEnd.end };
    // ", saying …", ", telling them …": a participle after a comma takes the subject of the sentence
    const afterComma = text.slice(words[v - 1]?.end ?? word.start, word.start).includes(',');
    if (!fallback && afterComma && word.lower.endsWith('ing')) {
      const subjectOfSentence = earliestPersonBefore(text, words, v, isPerson);
      if (subjectOfSentence) return { ...subjectOfSentence, cue, form };
    }
    const subject = mentionBefore(text, words, v);
    if (subject && (subject.kind !== 'name' || isPerson(subject.mention, true))) {
      // "Parker Eaton, a Republican who voted for Bill Clinton, said": the subject precedes the appositive
      const head = afterComma && subject.kind === 'name' ? earliestPersonBefore(text, words, words.indexOf(subject.mention[0]!), isPerson) : null;
      return { ...(head ?? subject), cue: coordinated ?? cue, form };
    }
    // "Zelensky has suggested …, but claimed that “…”": the verb shares the subject of an earlier one
    if (!fallback && coordinated === null && COORDINATORS.has(words[v - 1]?.lower ?? '')) {
      coordinated = cue;
      continue;
    }
    // "said Peskov:", but not "calls Cruz “…”": only verbs of saying invert with their subject
    const object = INVERTING_VERBS.has(word.lower) ? mentionAfter(text, words, cueEnd.index + 1) : null;
    if (object && (object.kind !== 'name' || isPerson(object.mention, true)) && (object.last === words.length - 1 || ',:'.includes(text[words[object.last]!.end] ?? ''))) return { mention: object.mention, kind: object.kind, cue, form };
    const subjectOfSentence = fallback ? earliestPersonBefore(text, words, v, isPerson) : null;
    if (subjectOfSentence) return { ...subjectOfSentence, cue, form };
  }
  return null;
}

/** The last non-space character before the closing mark at `from - 1`. */
function lastVisibleBefore(text: string, from: number): number {
  let p = from - 2;
  while (p >= 0 && text[p]!.trim() === '') p--;
  return p;
}

/** After a name, ", founder of the Media Research Center," up to the closing comma: returns the index after it. */
function skipAppositive(text: string, words: readonly Word[], k: number): number {
  const name = words[k - 1];
  if (name === undefined || text[name.end] !== ',') return k;
  for (let j = k; j < words.length && j - k < 24; j++) {
    if (text[words[j]!.end] === ',') return j + 1;
    if (/* a sentence ends */ '.!?'.includes(text[words[j]!.end] ?? '')) return k;
  }
  return k;
}

function verbEnd(words: readonly Word[], v: number): { index: number; end: number } {
  const next = words[v + 1];
  if (next && next.lower === 'out' && words[v]!.lower.startsWith('point')) return { index: v + 1, end: next.end };
  if (next && (next.lower === 'back' || next.lower === 'on') && PHRASE_VERBS.has(words[v]!.lower)) return { index: v + 1, end: next.end };
  return { index: v, end: words[v]!.end };
}

function isCapitalised(word: Word): boolean {
  const first = word.text[0]!;
  return first !== first.toLowerCase();
}

/** The gap between two words holds only spaces (and, if given, the allowed punctuation). */
function gapIs(text: string, a: Word, b: Word, allowed = ''): boolean {
  for (let i = a.end; i < b.start; i++) {
    const ch = text[i]!;
    if (ch.trim() !== '' && !allowed.includes(ch)) return false;
  }
  return true;
}

/** A mention starting at `words[0]`: pronoun, "the <role…>", or a capitalised run (titles included). */
function mentionAtStart(text: string, words: readonly Word[]): { mention: Word[]; kind: MentionKind; next: number } | null {
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
    while (j < words.length && j - k < 4 && !isCapitalised(words[j]!) && !FUNCTION_WORDS.has(words[j]!.lower) && !reportsAt(words, j) && nameGap(text, words[j - 1]!, words[j]!) || (j < words.length && j === k && "'\u2019".includes(text[words[j - 1]!.end] ?? '') && !isCapitalised(words[j]!) && !FUNCTION_WORDS.has(words[j]!.lower))) j++;
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
function mentionAfter(text: string, words: readonly Word[], k: number): { mention: Word[]; kind: MentionKind; last: number } | null {
  const w = words[k];
  if (w === undefined || (k > 0 && !gapIs(text, words[k - 1]!, w))) return null;
  if (OBJECT_PRONOUNS.has(w.lower)) return { mention: [w], kind: 'pronoun', last: k };
  // "by host Bill Maher", "said spokesman Brian Fallon", "added his campaign manager Jeff Weaver",
  // "said retired Army Lt. Gen. Mick Bednarek"
  const leads = LEADS_A_NAME.has(w.lower) || isRoleWord(w.text) || LEADING_ADJECTIVES.has(w.lower);
  let r = leads ? k + 1 : k;
  while (leads && r < words.length && r - k < 4 && !isCapitalised(words[r]!) && !reportsAt(words, r) && !FUNCTION_WORDS.has(words[r]!.lower)) r++;
  if (leads && r < words.length && words[k]!.lower === 'the' && r === k) r = k;
  if (r > k && r < words.length && isCapitalised(words[r]!) && gapIs(text, words[r - 1]!, words[r]!, ',')) k = r;
  const found = mentionAtStart(text, words.slice(k));
  if (found === null) return null;
  return { mention: found.mention, kind: found.kind, last: k + found.next - 1 };
}

/** The subject right before the verb at `v`, skipping "has", "also" and the like. */
function mentionBefore(text: string, words: readonly Word[], v: number): { mention: Word[]; kind: MentionKind } | null {
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
    // "Trump, in Kentucky, said": a place after a preposition is not the subject
    if (f > 0 && PREPOSITIONS.has(words[f - 1]!.lower)) {
      return f > 1 ? mentionBefore(text, words, f - 1) : null;
    }
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
function nameGap(text: string, a: Word, b: Word): boolean {
  return gapIs(text, a, b) || ((a.text.length <= 3 || isRoleWord(a.text)) && gapIs(text, a, b, '.'));
}

/** The first known person named before the verb at `v` (the sentence's subject), else "he"/"she". */
function earliestPersonBefore(text: string, words: readonly Word[], v: number, isPerson: IsPerson): { mention: Word[]; kind: MentionKind } | null {
  let pronoun: Word | null = null;
  for (let j = 0; j < v; j++) {
    const w = words[j]!;
    if (SUBJECT_PRONOUNS.has(w.lower)) {
      pronoun ??= w;
      continue;
    }
    if (!isCapitalised(w)) continue;
    let e = j;
    while (e + 1 < v && e - j < 6 && isCapitalised(words[e + 1]!)) e++;
    // the longest person inside the stretch, earliest first ("Sen Bernie Sanders I-Vt" → "Bernie Sanders")
    for (let s = j; s <= e; s++) {
      for (let t = e; t >= s; t--) {
        if ("'\u2019".includes(text[words[t]!.end] ?? '')) continue; // "Trump’s “excesses”": a possessor is no subject
        const candidate = words.slice(s, t + 1);
        if (isPerson(candidate)) return pronoun ? { mention: [pronoun], kind: 'pronoun' } : { mention: candidate, kind: 'name' };
      }
    }
    j = e;
  }
  return pronoun ? { mention: [pronoun], kind: 'pronoun' } : null;
}
