/**
 * Attribution cues next to a quote: who is said to have said it, and with which words.
 *
 * Forms recognised (PolNeAR and the seeds):
 * - after the quote: `…,” Peskov said`, `…,” said Peskov`, `…” — he said` (see `cue-after.ts`);
 * - before it: `Peskov said “…”`, `Putin said: “…”`, `According to him, … “…”`, `In his view, “…”`,
 *   and a reporting verb earlier in the sentence whose subject is named (`Stoltenberg said the goals
 *   … could lead to “…”`), or, when the verb has no subject of its own (`… but claimed that “…”`),
 *   the nearest person named before it in the sentence;
 * - a possessor owning a speech noun (`Trump’s claim that “…”`, see `possessor-cue.ts`).
 * Mentions are names, pronouns or definite role phrases; `attribute-speaker.ts` resolves them.
 *
 * @module
 */

import { isSpeechNoun, possessorOf } from './possessor-cue.js';
import { sentenceSubject } from './sentence-subject.js';
import { appositiveHead } from './described-subject.js';
import { isRoleWord } from './roles.js';
import { wordsIn, type Word } from './words.js';
import { earliestPersonBefore } from './earliest-person.js';
import { INVERTING_VERBS, isReportingVerb, reportingVerbsIn, verbEnd } from './reporting-verbs.js';
import {
  PREPOSITIONS,
  reportedBy,
  subjectOfVerbBefore,
  isCapitalised,
  mentionAfter,
  mentionBefore,
  nameGap,
  type IsPerson,
  type MentionKind,
} from './cue-mentions.js';

export type { IsPerson, MentionKind } from './cue-mentions.js';

/** A verb form after one of these is a noun or adjective ("the continued support"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'my', 'your']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
const COORDINATORS = new Set(['but', 'and', 'yet', 'or', 'then']);

const VIEW_NOUNS = new Set(['view', 'opinion', 'words', 'estimation']);

/** A cue and the words that name the speaker. */
export interface CueMatch {
  mention: Word[];
  kind: MentionKind;
  /** The reporting verb or phrase ("said", "pointed out", "according to", "in his view"); null for "Name: “…”". */
  cue: { start: number; end: number } | null;
  form: 'cue' | 'dash' | 'colon' | 'according-to';
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
  // ("Rep. Trey Gowdy (R-S.C.): “…”": or before a parenthesis closing there)
  let l = words.length - 1;
  const closing = colon ? nearBefore(text, ')', open, 4) : -1;
  const opening = closing > 0 ? nearBefore(text, '(', closing, 20) : -1;
  if (opening > 0 && words[l] !== undefined && words[l]!.end <= closing) while (l >= 0 && words[l]!.start > opening) l--;
  const last = words[l];
  if (colon && last && isCapitalised(last)) {
    let f = l;
    while (f > 0 && isCapitalised(words[f - 1]!) && !isRoleWord(words[f - 1]!.text) && nameGap(text, words[f - 1]!, words[f]!)) f--;
    const name = words.slice(f, l + 1);
    // … but not the object of a preposition ("a blunt message to Trump: “…”", "said of Sanders:")
    const object = f > 0 && PREPOSITIONS.has(words[f - 1]!.lower);
    if (!object && !isRoleWord(name[0]!.text) && isPerson(name, true)) return { mention: name, kind: 'name', cue: null, form: 'colon' };
  }
  const reports = reportingVerbsIn(words);
  for (const fallback of [false, true]) {
    const match = rightmostCue(text, words, reports, colon, isPerson, fallback);
    if (match) return match;
  }
  // "Kasich resisted: “…”": a colon lead-in credits the sentence's subject, whatever its verb
  return colon ? sentenceSubject(text, from, open, isPerson, 'colon') : null;
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
  const reports = reportingVerbsIn(words);
  for (const fallback of [false, true]) {
    const match = rightmostCue(text, words, reports, true, isPerson, fallback);
    if (match) return { ...match, form: 'colon' };
  }
  return sentenceSubject(text, from, colonAt, isPerson, 'colon');
}

/** One pass of {@link cueBefore}; the nearest-person fallback only on the second pass. */
function rightmostCue(text: string, words: readonly Word[], reports: readonly boolean[], colon: boolean, isPerson: IsPerson, fallback: boolean): CueMatch | null {
  let coordinated: { start: number; end: number } | null = null;
  // "Said Comey, “…”", "Stated Stone:": a sentence opened by the verb, its subject after it
  const w0 = words[0];
  if (!fallback && w0 !== undefined && isCapitalised(w0) && isReportingVerb(w0.lower)) {
    const subject = mentionAfter(text, words, 1);
    if (subject && subject.kind === 'name' && isPerson(subject.mention, true) && (subject.last === words.length - 1 || ',:'.includes(text[words[subject.last]!.end] ?? ''))) {
      return { mention: subject.mention, kind: 'name', cue: { start: w0.start, end: w0.end }, form: colon && subject.last === words.length - 1 ? 'colon' : 'cue' };
    }
  }
  for (let v = words.length - 1; v >= 0; v--) {
    const word = words[v]!;
    if (fallback && !reports[v]) continue;
    if (word.lower === 'according' && words[v + 1]?.lower === 'to') {
      const mention = mentionAfter(text, words, v + 2);
      if (mention && (mention.kind !== 'name' || isPerson(mention.mention, true))) return { ...mention, cue: { start: word.start, end: words[v + 1]!.end }, form: 'according-to' };
    }
    if (word.lower === 'in' && VIEW_NOUNS.has(words[v + 2]?.lower ?? '')) {
      const owner = words[v + 1]!;
      const kind: MentionKind | null = owner.lower === 'his' || owner.lower === 'her' ? 'pronoun' : isCapitalised(owner) ? 'name' : null;
      if (kind && (kind === 'pronoun' || isPerson([owner], true))) return { mention: [owner], kind, cue: { start: word.start, end: words[v + 2]!.end }, form: 'according-to' };
    }
    // "Trump’s claim that …", "Clinton’s broadside against “…”": a possessor owns the words
    const owner = fallback || !isSpeechNoun(word.lower) ? null : possessorOf(text, words, v, isPerson);
    // … unless someone named before it in the sentence is its subject ("Ryan said Obama’s words “…”")
    if (owner && earliestPersonBefore(text, words, words.indexOf(owner.mention[0]!), isPerson) === null) return { ...owner, cue: { start: word.start, end: word.end }, form: 'cue' };
    if (!reports[v] || DETERMINERS.has(words[v - 1]?.lower ?? '')) continue;
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
      // "Ryan and Trump will meet, Spicer said, adding, “…”": the subject of the verb it extends
      const subjectOfSentence = subjectOfVerbBefore(text, words, v, isPerson) ?? earliestPersonBefore(text, words, v, isPerson);
      if (subjectOfSentence) return { ...subjectOfSentence, cue, form };
    }
    const subject = mentionBefore(text, words, v);
    if (subject && (subject.kind !== 'name' || isPerson(subject.mention, true))) {
      // "Parker Eaton, a Republican who voted for Bill Clinton, said": the subject precedes the appositive
      // ("Gov. John Kasich (R-OH), said": a parenthesis, not an appositive, before the comma)
      const appositive = afterComma && !text.slice(words[v - 1]!.end, word.start).includes(')');
      const head = appositive && subject.kind === 'name' ? earliestPersonBefore(text, words, words.indexOf(subject.mention[0]!), isPerson) : null;
      // "Trump said he believes Afghanistan was “…”": the pronoun is the subject of the verb it reports after
      const reporter = subject.kind === 'pronoun' ? subjectOfVerbBefore(text, words, words.indexOf(subject.mention[0]!), isPerson) : reportedBy(text, words, words.indexOf(subject.mention[0]!), isPerson);
      return { ...(head ?? (reporter?.kind === 'name' || (reporter !== null && subject.kind === 'name') ? reporter : subject)), cue: coordinated ?? cue, form };
    }
    // "Zelensky has suggested …, but claimed that “…”": the verb shares the subject of an earlier one
    if (!fallback && coordinated === null && COORDINATORS.has(words[v - 1]?.lower ?? '')) {
      coordinated = cue;
      continue;
    }
    // "Steve Huhn, a former HP vice president, said Fiorina “was …”": after an appositive the verb has
    // its subject; the name after it starts the reported clause
    if (afterComma) {
      const head = appositiveHead(text, words, v, isPerson) ?? earliestPersonBefore(text, words, v, isPerson);
      if (head !== null && head.kind === 'name' && text[head.mention[head.mention.length - 1]!.end] === ',') return { ...head, cue, form };
    }
    // "said Peskov:", but not "calls Cruz “…”": only verbs of saying invert with their subject
    const object = INVERTING_VERBS.has(word.lower) ? mentionAfter(text, words, cueEnd.index + 1) : null;
    // ("John McCain, who lost to Obama -- said the president “…”": with a subject before the verb,
    // the mention after it opens the reported clause)
    const inverted = object !== null && (',:'.includes(text[words[object.last]!.end] ?? '') || (object.last === words.length - 1 && earliestPersonBefore(text, words, v, isPerson) === null));
    if (object && inverted && (object.kind !== 'name' || isPerson(object.mention, true))) return { mention: object.mention, kind: object.kind, cue, form };
    const subjectOfSentence = fallback ? earliestPersonBefore(text, words, v, isPerson) : null;
    if (subjectOfSentence) return { ...subjectOfSentence, cue, form };
  }
  return null;
}

/** The offset of `ch` within the `reach` characters before `pos`, or -1 (a bounded look-back). */
function nearBefore(text: string, ch: string, pos: number, reach: number): number {
  for (let p = pos - 1; p >= 0 && p >= pos - reach; p--) if (text[p] === ch) return p;
  return -1;
}
