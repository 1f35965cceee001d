/**
 * The attribution cue right after a quote's closing mark: `…,” Peskov said`, `…,” said Peskov`,
 * `…” — he said`, `— added the press secretary`, `…,” the NATO secretary general claimed`,
 * `…,” he told CNN`, `…,” according to X`, `…,” as Cruz said`; with an appositive, a parenthesis
 * or an affiliation between name and verb (`,” Murphy, the head of Right to Rise USA, said`).
 *
 * @module
 */

import { isDash } from './quote-marks.js';
import { describedSubject, nameAfterPossessed } from './described-subject.js';
import { wordsIn, type Word } from './words.js';
import { reportsAt, verbEnd } from './reporting-verbs.js';
import {
  BETWEEN_SUBJECT_AND_VERB,
  FUNCTION_WORDS,
  LEADS_A_NAME,
  LEADING_ADJECTIVES,
  NOT_DESCRIPTIVE,
  OBJECT_PRONOUNS,
  SUBJECT_PRONOUNS,
  gapIs,
  isCapitalised,
  mentionAfter,
  mentionAtStart,
  opensCapitalisedQuote,
  skipAffiliation,
  skipAppositive,
} from './cue-mentions.js';
import type { CueMatch } from './speaker-cues.js';

/** Words that join a second clause ("…” until Haley said": no description of a name). */
const COORDINATORS = new Set(['but', 'and', 'yet', 'or', 'then']);

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
  // ("…, retired Sen. Judd Gregg": an adjective of a description, no verb)
  const pastTenseBeforeName = w0.text.endsWith('ed') && w0.text === w0.lower && !LEADING_ADJECTIVES.has(w0.lower) && words[1] !== undefined && isCapitalised(words[1]) && gapIs(text, w0, words[1]);
  if (reportsAt(words, 0) || pastTenseBeforeName) {
    const cueEnd = verbEnd(words, 0);
    const mention = nameAfterPossessed(text, words, mentionAfter(text, words, cueEnd.index + 1));
    return mention ? { ...mention, cue: { start: w0.start, end: cueEnd.end }, form } : null;
  }
  // "…,” as Cruz said on Monday", "… – as described by FBI Director James Comey"
  if (w0.lower === 'as' && words[1] !== undefined) {
    if (reportsAt(words, 1) && words[2]?.lower === 'by') {
      const agent = mentionAfter(text, words, 3);
      return agent && agent.kind === 'name' ? { ...agent, cue: { start: words[1].start, end: words[1].end }, form: 'cue' } : null;
    }
    const clause = cueAfter(text, words[1].start, limit);
    return clause && clause.kind !== 'role' && clause.cue !== null ? clause : null;
  }
  if (w0.lower === 'according' && words[1]?.lower === 'to') {
    const mention = mentionAfter(text, words, 2) ?? authorAfter(text, words, 2);
    return mention ? { ...mention, cue: { start: w0.start, end: words[1].end }, form: 'according-to' } : null;
  }
  let subject = mentionAtStart(text, words);
  // (any past tense counts only for a subject right after the quote or after a description's
  // opener: "…,” Trump barked", "…,” an angry Hollande retaliated", not "…” feel, leaving
  // Cleveland excited")
  const adjacent = subject !== null || LEADS_A_NAME.has(w0.lower);
  if (subject === null) {
    // "his friend Mahamat Saleh Oumar told", "another friend, Mariam Emara told", "an angry Hollande
    // retaliated", "the Zionist Union Party’s Nachman Shai told": a name after a few lower-case words
    const lead = words[0]!;
    // ("…” until Haley said": a clause opener starts a sentence of its own, not a description)
    if (FUNCTION_WORDS.has(lead.lower) || NOT_DESCRIPTIVE.has(lead.lower) || COORDINATORS.has(lead.lower) || reportsAt(words, 0) || OBJECT_PRONOUNS.has(lead.lower) || BETWEEN_SUBJECT_AND_VERB.has(lead.lower)) {
      if (!LEADS_A_NAME.has(lead.lower)) return null;
    }
    let k = lead.lower === 'the' ? 1 : 0; // ("The Washington Post’s Ed O’Keefe explained")
    while (k < 4 && k < words.length && !isCapitalised(words[k]!) && !reportsAt(words, k) && !SUBJECT_PRONOUNS.has(words[k]!.lower)) k++;
    const later = k === 0 || k >= words.length || k === 4 || !isCapitalised(words[k]!) || !gapIs(text, words[k - 1]!, words[k]!, ',') ? null : mentionAtStart(text, words.slice(k));
    // ("the presumptive GOP presidential nominee, Donald Trump, tweeted": the name in commas, not "GOP")
    subject = describedSubject(text, words) ?? (later !== null && later.kind === 'name' ? { ...later, next: later.next + k } : null);
    if (subject === null) return null;
  } else if (subject.kind === 'name' && "'\u2019".includes(text[words[subject.next - 1]!.end] ?? '')) subject = describedSubject(text, words) ?? subject; // "Rep. Hunter’s chief of staff, Joe Kasper, told"
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
  // "David Albright and Serena Kelleher-Vergantini of … wrote": a second name joined to the first
  if (subject.kind === 'name' && words[v]?.lower === 'and' && words[v + 1] !== undefined && isCapitalised(words[v + 1]!)) {
    const second = mentionAtStart(text, words.slice(v + 1));
    if (second !== null && second.kind === 'name') v += 1 + second.next;
  }
  if (subject.kind === 'name') v = skipAffiliation(text, words, v);
  const appositive = subject.kind === 'name' ? skipAppositive(text, words, v) : v;
  if (appositive !== v) v = appositive;
  while (v < words.length && BETWEEN_SUBJECT_AND_VERB.has(words[v]!.lower) && gapIs(text, words[v - 1]!, words[v]!, ',')) v++;
  const verb = words[v];
  if (verb === undefined) return null;
  const gapFrom = afterParenthesis > words[v - 1]!.end ? afterParenthesis : words[v - 1]!.end;
  const gap = text.slice(gapFrom, verb.start);
  // "McConnell, R-Ky., said": the dot of an abbreviation before the comma
  if ((gap.startsWith('.,') ? gap.slice(2) : gap.replace(',', '')).trim() !== '') return null;
  // `,” Trump barked`: right after a quote, a name and a past-tense verb are an attribution
  const lowered = { ...verb, text: verb.lower };
  const verbWords = [...words.slice(0, v), lowered, ...words.slice(v + 1, v + 2)];
  if (!reportsAt(verbWords, v) && !(adjacent && verb.text.endsWith('ed') && verb.text === verb.lower && !LEADING_ADJECTIVES.has(verb.text))) return null;
  const cueEnd = verbEnd(words, v);
  // after a sentence-final quote, "Peskov said." credits it; "Rubio called the statement …" starts anew
  const rest = text.slice(cueEnd.end, cueEnd.end + 40).trim();
  if (newSentence && !',.;'.includes(rest[0] ?? '.')) return null;
  // "…?” Mills then writes back, “You look cute.”": the new sentence introduces a quotation of its own
  // (also after "?" or "!": "“Why now?” Mills then writes back, “You look cute.”")
  const sentenceEnd = newSentence || (!dash && isCapitalised(w0) && '?!'.includes(text[lastVisibleBefore(text, from)] ?? ''));
  const tail = rest.startsWith('back,') ? rest.slice(4) : rest; // ("writes back, “…”")
  if (sentenceEnd && tail[0] === ',' && opensCapitalisedQuote(tail.slice(1).trimStart())) return null;
  // "…at “less advanced schools,” Trump said: “I don't like …”": a colon hands the cue to the next quotation
  if (rest[0] === ':' && opensCapitalisedQuote(rest.slice(1).trimStart())) return null;
  return { mention: subject.mention, kind: subject.kind, cue: { start: verb.start, end: cueEnd.end }, form };
}

/** The last non-space character before the closing mark at `from - 1`. */
function lastVisibleBefore(text: string, from: number): number {
  let p = from - 2;
  while (p >= 0 && text[p]!.trim() === '') p--;
  return p;
}

/**
 * "according to a court document filed by state attorney Dave Aronberg", "according to
 * calculations by Amy Glasmeier": the author after "by" closing a short lower-case phrase.
 */
function authorAfter(text: string, words: readonly Word[], k: number): ReturnType<typeof mentionAfter> {
  for (let j = k; j < words.length && j - k < 6; j++) {
    const w = words[j]!;
    if (isCapitalised(w) || (j > k && !gapIs(text, words[j - 1]!, w))) return null;
    if (w.lower === 'by') {
      const author = mentionAfter(text, words, j + 1);
      return author !== null && author.kind === 'name' ? author : null;
    }
  }
  return null;
}

/** Verbs that name something, whose passive puts the namer after the quoted name ("called “…” by X"). */
const NAMING_VERBS = new Set(['called', 'dubbed', 'labeled', 'labelled', 'termed', 'described', 'branded', 'deemed']);
const PASSIVE_AUXILIARIES = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being']);

/**
 * "This has been called “strategic ambiguity” by Joshua Hendrick, a professor at …": the agent of a
 * passive naming verb before the quote (`open` is the opening mark, `from` just past the closing one).
 * @example
 * const text = 'It has been called “a sham” by Ann Lee.';
 * passiveAgentAfter(text, 19, 27)?.mention.map((w) => w.text)
 * //=> ['Ann', 'Lee']
 */
export function passiveAgentAfter(text: string, open: number, from: number): CueMatch | null {
  const before = wordsIn(text, Math.max(0, open - 40), open);
  let v = before.length - 1;
  if (before[v]?.lower === 'as') v--;
  const verb = before[v];
  if (verb === undefined || !NAMING_VERBS.has(verb.lower) || !PASSIVE_AUXILIARIES.has(before[v - 1]?.lower ?? '')) return null;
  const words = wordsIn(text, from, Math.min(text.length, from + 120));
  if (words[0]?.lower !== 'by' || text.slice(from, words[0].start).trim() !== '') return null;
  const agent = mentionAfter(text, words, 1);
  return agent !== null && agent.kind === 'name' ? { mention: agent.mention, kind: 'name', cue: { start: verb.start, end: verb.end }, form: 'cue' } : null;
}
