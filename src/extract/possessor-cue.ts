/**
 * A possessor as speaker: "Peskov’s words", "Trump’s claim that Obama “founded ISIS”", "Clinton’s
 * broadside against “printing money”", "Hillary Clinton’s campaign slogan is “…”".
 *
 * Why a cue of its own: a noun of speech owned by a person credits that person with the words it
 * introduces as surely as a reporting verb does, and such sentences often hold no verb of saying at
 * all (PolNeAR train: about 20 quotes, half of them scare quotes, credited to the possessor).
 * Only nouns that name something said or written count; "Trump’s campaign" or "Clinton’s emails
 * to Mills" leave the quote to the other cues.
 *
 * @module
 */

import { isCapitalised, nameGap, type IsPerson, type MentionKind } from './cue-mentions.js';
import type { CueMatch } from './speaker-cues.js';
import { isRoleWord } from './roles.js';
import { mayBeName } from './name-stopwords.js';
import { wordsIn, type Word } from './words.js';

/** Nouns naming something said or written. */
const SPEECH_NOUNS = new Set(
  ('claim claims words word view views slogan comment comments remark remarks assertion assertions promise pledge ' +
    'dictum phrase catchphrase tweet tweets statement response reply accusation accusations broadside call warning ' +
    'description characterization argument insistence motto mantra vow boast declaration quip retort line message ' +
    'answer question rhetoric refrain complaint charge critique verdict prediction description suggestion insult ' +
    'nickname label post op-ed letter memo speech testimony email').split(' '),
);

/** Lower-case words after which a possessor opens a clause ("But Clinton’s …", "while Sanders’s …"). */
const CLAUSE_OPENERS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'so', 'yet', 'when', 'as', 'because', 'since', 'if', 'then', 'still', 'now']);

/** Lower-case words allowed between the possessor and its noun ("recent evidence-free", "campaign"). */
const MAX_MODIFIERS = 3;

/** Words that cannot modify the speech noun: they end the noun phrase. */
const PHRASE_BREAKS = new Set(['and', 'or', 'but', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'that', 'who', 'which', 'is', 'was', 'has', 'had']);

/**
 * The possessor of the speech noun at `words[v]` ("Trump’s recent assertion" → Trump), as a
 * mention: a name (the capitalised stretch ending in the possessive) or "his"/"her".
 * @example
 * import { wordsIn } from './words.js';
 * const text = 'Trump’s claim that';
 * possessorOf(text, wordsIn(text, 0, text.length), 1, () => true)?.mention.map((w) => w.text)
 * //=> ['Trump']
 */
export function possessorOf(text: string, words: readonly Word[], v: number, isPerson: IsPerson, asObject = false): { mention: Word[]; kind: MentionKind } | null {
  if (!SPEECH_NOUNS.has(words[v]!.lower)) return null;
  let j = v - 1;
  // ("Bush’s Facebook post": a capitalised modifier too)
  while (j >= 0 && v - j <= MAX_MODIFIERS && !isPossessive(text, words[j]!) && !PHRASE_BREAKS.has(words[j]!.lower) && gapIsSpace(text, words[j]!, words[j + 1]!)) j--;
  const owner = words[j];
  if (owner === undefined || !gapIsSpace(text, owner, words[j + 1]!)) return null;
  if (!isCapitalised(owner) || !isPossessive(text, owner) || isRoleWord(owner.text)) return null;
  let f = j;
  while (f > 0 && isCapitalised(words[f - 1]!) && mayBeName(words[f - 1]!.text) && !isRoleWord(words[f - 1]!.text) && nameGap(text, words[f - 1]!, words[f]!)) f--;
  // the possessor opens a clause ("But Clinton’s broadside …", "For example, Trump’s assertion …");
  // after a verb or preposition it is an object ("denounced Trump’s rhetoric", "in response to
  // Trump’s comments"), and the owner of an object is not the speaker
  const before = words[f - 1];
  if (!asObject && before !== undefined && !isCapitalised(before) && !CLAUSE_OPENERS.has(before.lower) && gapIsSpace(text, before, words[f]!)) return null;
  const mention = words.slice(f, j + 1);
  return isPerson(mention, true) ? { mention, kind: 'name' } : null;
}

/** The word is followed by a possessive mark ("Trump’s", "Sanders’", "Bush's"). */
function isPossessive(text: string, word: Word): boolean {
  const mark = text[word.end];
  return mark === '\u2019' || mark === "'";
}

/** Only spaces between two words, or the possessive ending of the first ("Trump’s claim"). */
function gapIsSpace(text: string, a: Word, b: Word): boolean {
  let i = a.end;
  if (text[i] === '\u2019' || text[i] === "'") i += text[i + 1] === 's' ? 2 : 1;
  for (; i < b.start; i++) if (text[i]!.trim() !== '') return false;
  return true;
}

/**
 * "Mitt Romney’s “47 percent” comment", "Trump’s “rigged” remark": a possessor right before the
 * opening mark whose speech noun follows the closing mark (`from` is just past it).
 * @example
 * const text = 'Romney’s “47 percent” comment';
 * possessorAround(text, 9, 21, () => true)?.mention.map((w) => w.text)
 * //=> ['Romney']
 */
export function possessorAround(text: string, open: number, from: number, isPerson: IsPerson): CueMatch | null {
  // cheap pre-check: "’s “" or "s’ “" before the opening mark
  const mark = text[open - 3] === '\u2019' || text[open - 3] === "'" || text[open - 2] === '\u2019' || text[open - 2] === "'";
  if (!mark || text[open - 1] !== ' ') return null;
  const noun = wordsIn(text, from, Math.min(text.length, from + 40))[0];
  if (noun === undefined || !SPEECH_NOUNS.has(noun.lower) || text.slice(from, noun.start).trim() !== '') return null;
  const words = wordsIn(text, Math.max(0, open - 80), open);
  const last = words[words.length - 1];
  if (last === undefined || !isPossessive(text, last) || !gapIsSpace(text, last, { ...last, start: open })) return null;
  // the noun stands in at the opening mark, so that only the possessive lies between them
  // (the quote stands between owner and noun, so it is the owner's words even when the phrase is an
  // object: "the pull of Obama’s “if you like your plan, you can keep it” promise")
  const found = possessorOf(text, [...words, { ...noun, start: open, end: open }], words.length, isPerson, true);
  return found && { ...found, cue: { start: noun.start, end: noun.end }, form: 'cue' };
}

/**
 * True for a noun naming something said or written ("claim", "words", "slogan").
 * @example
 * isSpeechNoun('claim')
 * //=> true
 */
export function isSpeechNoun(lower: string): boolean {
  return SPEECH_NOUNS.has(lower);
}
