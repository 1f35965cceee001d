/**
 * Credits each quote to a speaker, with the mention and cue as evidence.
 *
 * Order of evidence for a quote (a scare quote takes a speaker only from a cue of its own sentence,
 * steps 1–3: it is the writer's label unless the sentence credits someone with the word):
 * 1. a cue right before the opening mark (`Putin said: “…”`, `Peskov said “…”`);
 * 2. a cue right after the closing mark (`,” Peskov said`, `— added the press secretary`);
 * 3. a cue earlier in the sentence (`Stoltenberg said … “…”`, `According to him, … “…”`);
 * 4. the speaker of another quote: the first half of a split quote (`“…,” he said, “…”`), a quote in
 *    the same sentence, the last part of a quote continued across paragraphs, an earlier quote in
 *    the same paragraph, or, for a paragraph that opens with a quote, the previous paragraph's.
 * A nested quote looks for cues only inside its enclosing quote.
 * Pronouns resolve to the most recent compatible person named outside quotes or credited with a
 * quote; role phrases resolve through `roles.ts`; names to their fullest form (`names.ts`).
 * `via` tells how the person was found: `pronoun` and `role` win over the cue's form.
 *
 * @module
 */

import type { AttributionVia, Speaker } from '../types.js';
import { pastClose, type PairedQuote } from './pair-quote-marks.js';
import type { Paragraph } from './paragraphs.js';
import { fullestForm, knowsName, lastMentionBefore, registerPerson, type Person, type PersonRegistry } from './names.js';
import { mayBeName } from './name-stopwords.js';
import { namesOneOffice, roleHead, genderOfRole } from './roles.js';
import { colonLeadIn, cueBefore, type CueMatch } from './speaker-cues.js';
import { cueAfter, passiveAgentAfter } from './cue-after.js';
import { headingSubject, namesNobody, sentenceSubject, subjectAfterFronted } from './sentence-subject.js';
import { sentenceStart } from './sentences.js';
import { inheritSpeakers } from './inherit-speakers.js';
import { endsInQuote, findNextSibling, findPreviousSibling, lastVisible, lastVisibleBefore, narrativeAfterQuotes, opensParagraph, opensSentence, quotedBetween } from './quote-neighbours.js';
import { sentenceFinalCue } from './sentence-final-cue.js';
import { possessorAround } from './possessor-cue.js';
import { bylineAfter } from './byline.js';
import { wordBefore, type Word } from './words.js';
import { genderOfGivenName } from './given-names.js';
import { SUBORDINATORS } from './cue-mentions.js';
import { isAffiliation, mostRecent, speakingEvents, upperBound, type Antecedents, type Event } from './antecedents.js';

/** A paired quote with its kind, as attribution sees it. */
export interface QuoteToAttribute extends PairedQuote {
  kind: 'utterance' | 'fragment' | 'scare';
  speaker: Speaker | null;
}

/** How many words into its sentence the last-resort subject may stand (tuned on PolNeAR train). */
const SUBJECT_REACH = 40;

/** How far after a quote a trailing cue is looked for. */
const LOOK_AHEAD = 160;

/**
 * Sets `speaker` (and the `split` flag) on every quote. `quotes` must be sorted by start.
 * @example
 * // see extractQuotes: '“Yes,” Peskov said.' → speaker { name: 'Peskov', via: 'cue', … }
 */
export function attributeSpeakers(text: string, paragraphs: readonly Paragraph[], quotes: QuoteToAttribute[], registry: PersonRegistry): void {
  const narrative = registry.mentions.filter((m) => !m.inQuote && !isAffiliation(text, m)).map((m) => ({ at: m.start, person: m.person }));
  // reporting subjects are looked up only when a pronoun or role needs an antecedent
  let speaking: Event[] | null = null;
  const antecedents = (): Antecedents => ({ narrative, credited, speaking: (speaking ??= speakingEvents(text, registry.mentions)) });
  const credited: Event[] = [];
  const anonymous = new Set<QuoteToAttribute>();
  const isPerson = (words: readonly Word[], loose = false): boolean =>
    knowsName(registry, words) ||
    (loose && words.some((w) => w.text.length > 1) && words.every((w) => w.text.length === 1 || mayBeName(w.text)));

  // "Bush went after Trump at the debate, when he called …": a pronoun later in a sentence whose
  // subject is a person of its gender stands for that subject
  const subjectBefore = (at: number, gender: 'male' | 'female' | null): Person | null => {
    const from = sentenceStart(text, at, 0);
    const before = wordBefore(text, at, ',');
    if (before === null || !SUBORDINATORS.has(before.text.toLowerCase()) || hasQuoteMark(text, from, at)) return null;
    const subject = sentenceSubject(text, from, at, isPerson, 'cue', SUBJECT_REACH);
    if (subject === null || subject.kind !== 'name' || !isPerson(subject.mention)) return null;
    const person = personNamed(registry, subject.mention, subject.mention[0]!.start);
    return person !== null && (gender === null || person.gender === null || person.gender === gender) ? person : null;
  };

  const resolve = (match: CueMatch): Speaker | null => {
    const first = match.mention[0]!;
    const last = match.mention[match.mention.length - 1]!;
    const at = first.start;
    let person: Person | null = null;
    if (match.kind === 'name') person = personNamed(registry, match.mention, at);
    else if (match.kind === 'pronoun') person = subjectBefore(at, pronounGender(first.lower)) ?? mostRecent(antecedents(), at, pronounGender(first.lower));
    else {
      const head = roleHead(match.mention.map((w) => w.text));
      if (head !== null) person = withRole(registry, head, at) ?? (namesOneOffice(head) ? mostRecent(antecedents(), at, genderOfRole([head])) : null);
    }
    if (person === null) return null;
    const via: AttributionVia = match.kind === 'pronoun' ? 'pronoun' : match.kind === 'role' ? 'role' : match.form;
    return {
      name: person.name,
      mention: { start: at, end: last.end, text: text.slice(at, last.end) },
      cue: match.cue && { start: match.cue.start, end: match.cue.end, text: text.slice(match.cue.start, match.cue.end) },
      via,
    };
  };

  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    const para = paragraphs[q.paragraph]!;
    const parent = q.parent;
    const previousSibling = findPreviousSibling(quotes, k);
    let floor = parent ? parent.start : para.start;
    if (previousSibling && previousSibling.paragraph === q.paragraph) floor = Math.max(floor, pastClose(previousSibling));
    floor = sentenceStart(text, q.open, floor);
    const nextSibling = findNextSibling(quotes, k);
    let limit = parent ? parent.end : para.end;
    if (nextSibling && nextSibling.paragraph === q.paragraph) limit = Math.min(limit, nextSibling.open);
    const afterFrom = pastClose(q);
    limit = Math.min(limit, afterFrom + LOOK_AHEAD);

    let before = cueBefore(text, floor, q.open, isPerson);
    if (before === null && parent === null && q.paragraph > 0 && opensParagraph(text, q)) {
      const previous = paragraphs[q.paragraph - 1]!;
      const colonAt = lastVisible(text, previous);
      if (text[colonAt] === ':') before = colonLeadIn(text, sentenceStart(text, colonAt, previous.start), colonAt, isPerson);
    }
    const beforeAdjacent = before !== null && (before.form === 'colon' || isBlankOrPunct(text.slice(Math.max(before.cue?.end ?? 0, lastEnd(before)), q.open)));
    // an adjacent cue before the quote that resolves settles the speaker: the cue after it is then
    // not looked for (`after` is read below only for quotes still without a speaker)
    const noAfter = q.flags.includes('continued') && q.close < 0;
    if (beforeAdjacent) q.speaker = resolve(before!);
    const after = q.speaker !== null || noAfter ? null : cueAfter(text, afterFrom, limit);
    if (after !== null) q.speaker = resolve(after);
    if (!beforeAdjacent && q.speaker === null && before !== null) q.speaker = resolve(before);
    // "Mitt Romney’s “47 percent” comment": the possessor before the quote owns the noun after it
    if (q.speaker === null && parent === null) {
      const owned = possessorAround(text, q.open, afterFrom, isPerson);
      if (owned !== null) q.speaker = resolve(owned);
    }
    // "“…”" and on the next line "— Bernie Sanders.": a byline paragraph
    if (q.speaker === null && parent === null) {
      const byline = bylineAfter(text, afterFrom, para, paragraphs[q.paragraph + 1]);
      if (byline !== null) q.speaker = resolve(byline);
    }
    // "has been called “strategic ambiguity” by Joshua Hendrick": the agent of a passive naming verb
    if (q.speaker === null && after === null && parent === null) {
      const agent = passiveAgentAfter(text, q.open, afterFrom);
      if (agent !== null) q.speaker = resolve(agent);
    }
    // "…“take our country back” appeals to …, said Alan Abramowitz, a demographer …": an attribution
    // closing the quote's sentence credits every quotation in it
    const closing = q.speaker === null && after === null && parent === null ? sentenceFinalCue(text, afterFrom, nextSibling && nextSibling.paragraph === q.paragraph ? nextSibling.open : para.end) : null;
    if (closing !== null) q.speaker = resolve(closing);
    // "…,” said a New Hampshire Democrat": the quote is credited, to someone who is not a named person
    if (q.speaker === null && after !== null && after.kind === 'name') anonymous.add(q);
    if (q.speaker && parent === null && q.speaker.via !== 'according-to') {
      const person = personNamed(registry, [{ text: q.speaker.name, lower: '', start: q.speaker.mention.start, end: q.speaker.mention.end }], q.speaker.mention.start);
      if (person) credited.splice(upperBound(credited, q.speaker.mention.start + 1), 0, { at: q.speaker.mention.start, person });
    }
  }
  const namesOwnSubject = (q: QuoteToAttribute): boolean => sentenceSubject(text, sentenceStart(text, q.open, paragraphs[q.paragraph]!.start), q.open, isPerson, 'cue', SUBJECT_REACH) !== null;
  inheritSpeakers(text, quotes, anonymous, namesOwnSubject);

  // 5. last resort: the person opening the quote's sentence, or, for a quote opening its
  // paragraph, the person opening the previous paragraph's last sentence
  let changed = false;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    const para = paragraphs[q.paragraph]!;
    if (q.speaker !== null || q.parent !== null || para.title || anonymous.has(q)) continue;
    const ownStart = sentenceStart(text, q.open, para.start);
    let match = sentenceSubject(text, ownStart, q.open, isPerson, 'cue', SUBJECT_REACH) ?? subjectAfterFronted(text, ownStart, q.end, para.end, isPerson, SUBJECT_REACH);
    if (match === null && q.kind === 'utterance' && q.paragraph > 0 && opensParagraph(text, q)) {
      const previous = paragraphs[q.paragraph - 1]!;
      const end = lastVisible(text, previous) + 1;
      // a paragraph that ends inside a quotation has no narrative subject to offer
      if (!endsInQuote(quotes, k, end)) {
        const last = sentenceStart(text, end - 1, previous.start);
        match = sentenceSubject(text, last, end, isPerson, 'cue', SUBJECT_REACH);
        // "Richards also spoke about the case … (The laws require …)": else the paragraph's first sentence
        if (match === null && last > previous.start && !quotedBetween(quotes, k, previous.start)) match = sentenceSubject(text, previous.start, last, isPerson, 'cue', SUBJECT_REACH);
      }
    } else if (match === null && q.kind === 'utterance' && opensSentence(text, q, para.start) && text[lastVisibleBefore(text, q.end)] !== ',') {
      // "Lynch announced the lawsuit on Monday. “We are seeking …”": a quote opening a sentence
      // inside its paragraph goes on from the subject of the sentence before (a quote ending in a
      // comma awaits an attribution after it instead)
      const end = lastVisibleBefore(text, q.open) + 1;
      // in a sentence holding a quotation, the narrative is what follows it ("“…,” Nate Silver tweeted.")
      const from = narrativeAfterQuotes(quotes, k, sentenceStart(text, end - 1, para.start));
      if (end > from) match = sentenceSubject(text, from, end, isPerson, 'cue', SUBJECT_REACH);
    } else if (match === null && q.kind === 'fragment') {
      // "Hennessey added. But that’s not the same thing as “…”": a fragment in a sentence that names
      // nobody goes on from the subject of the sentence before
      const own = sentenceStart(text, q.open, para.start);
      const end = lastVisibleBefore(text, own) + 1;
      const from = narrativeAfterQuotes(quotes, k, sentenceStart(text, end - 1, para.start));
      if (own > para.start && end > from && namesNobody(text, own, q.open)) match = sentenceSubject(text, from, end, isPerson, 'cue', SUBJECT_REACH);
    }
    if (match === null) match = headingSubject(text, para.start, para.end, isPerson);
    if (match) q.speaker = resolve(match);
    changed ||= q.speaker !== null;
  }
  if (changed) inheritSpeakers(text, quotes, anonymous, namesOwnSubject);
}

function lastEnd(match: CueMatch): number {
  return match.mention[match.mention.length - 1]!.end;
}

function pronounGender(lower: string): 'male' | 'female' | null {
  if (lower === 'he' || lower === 'him' || lower === 'his') return 'male';
  if (lower === 'she' || lower === 'her' || lower === 'hers') return 'female';
  return null;
}

/** The person a name mention refers to: its fullest form, or a new person named in a cue position. */
function personNamed(registry: PersonRegistry, words: readonly Word[], at: number): Person | null {
  let forms = nameForms(words);
  const known = fullestForm(registry, forms, at);
  if (known) return known;
  // "New York City Public Advocate Trish James": drop leading words until a name is left
  while (forms.length > 1 && !forms.every(mayBeName)) {
    forms = forms.slice(1);
    const shorter = fullestForm(registry, forms, at);
    if (shorter) return shorter;
  }
  if (!forms.every(mayBeName)) return null;
  const person: Person = { name: forms.join(' '), words: forms, roles: [], gender: forms.length > 1 ? genderOfGivenName(forms[0]!) : null };
  registerPerson(registry, person);
  return person;
}

/** The words of a mention split on spaces, one-letter forms (initials) dropped except the last. */
function nameForms(words: readonly Word[]): string[] {
  const all: string[] = [];
  for (const w of words) {
    if (!w.text.includes(' ')) all.push(w.text);
    else for (const form of w.text.split(' ')) all.push(form);
  }
  const forms: string[] = [];
  for (let k = 0; k < all.length; k++) if (all[k]!.length > 1 || k === all.length - 1) forms.push(all[k]!);
  return forms;
}

/** The person introduced with a role whose head is `head`, preferring the latest mention before `at`. */
function withRole(registry: PersonRegistry, head: string, at: number): Person | null {
  let best: Person | null = null;
  let bestAt = -Infinity;
  for (const person of registry.persons) {
    if (!person.roles.includes(head)) continue;
    const before = lastMentionBefore(registry, person, at);
    if (best === null || before > bestAt) {
      best = person;
      bestAt = before;
    }
  }
  return best;
}

/** Only spaces and one comma or colon ("said, “…”", "told reporters: “…”"). */
function isBlankOrPunct(gap: string): boolean {
  const t = gap.trim();
  return t === '' || t === ',' || t === ':';
}

/** A double quote mark between two offsets (the narrative is interrupted by a quotation). */
function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb) return true;
  }
  return false;
}
