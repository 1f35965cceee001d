/**
 * A name set off by commas after a longer description, right after a quote: `…,” the presumptive GOP
 * presidential nominee, Donald Trump, tweeted`, `…,” California Rep. Duncan Hunter’s chief of staff,
 * Joe Kasper, told POLITICO`. The description is an appositive of the name, which is the subject of
 * the verb after its closing comma. `speaker-cues.ts` tries this only when the usual readings of the
 * words after the quote (a name, or a few lower-case words and a name) found no subject.
 *
 * @module
 */

import { gapIs, isCapitalised, mentionAfter, mentionAtStart, nameGap, PREPOSITIONS, SUBJECT_PRONOUNS, type IsPerson, type MentionKind } from './cue-mentions.js';
import { reportsAt } from './reporting-verbs.js';
import type { Word } from './words.js';

/** A mention after a verb, with the index of its last word. */
type MentionAfter = { mention: Word[]; kind: MentionKind; last: number };

/** Descriptions longer than this are not read (a clause, not a title, is more likely by then). */
const MAX_DESCRIPTION_WORDS = 12;

/**
 * The name after a description that opens `words`, with the index of the word after the name.
 * Null unless the name is enclosed in commas and no reporting verb or pronoun comes before it.
 * @example
 * import { wordsIn } from './words.js';
 * const text = 'the party’s nominee, Donald Trump, tweeted';
 * describedSubject(text, wordsIn(text, 0, text.length))?.mention.map((w) => w.text)
 * //=> ['Donald', 'Trump']
 */
export function describedSubject(text: string, words: readonly Word[]): { mention: Word[]; kind: MentionKind; next: number } | null {
  const limit = Math.min(words.length - 1, MAX_DESCRIPTION_WORDS);
  for (let k = 1; k <= limit; k++) {
    const prev = words[k - 1]!;
    if (reportsAt(words, k - 1) || SUBJECT_PRONOUNS.has(prev.lower)) return null;
    const gap = text.slice(prev.end, words[k]!.start).trim();
    // inside the description only spaces, a possessive or an abbreviation's dot ("Rep. Duncan Hunter’s")
    if (gap === '' || (gap === '.' && isCapitalised(prev) && prev.text.length <= 4) || gap === "'s" || gap === '\u2019s') continue;
    if (gap !== ',' || !isCapitalised(words[k]!)) return null;
    const name = mentionAtStart(text, words.slice(k));
    if (name === null || name.kind !== 'name') return null;
    const last = name.mention[name.mention.length - 1]!;
    return text[last.end] === ',' ? { ...name, next: name.next + k } : null;
  }
  return null;
}

/**
 * Before a verb at `v` that follows a comma, the person whose description ends at that comma:
 * `while Mike Huckabee, the former Arkansas governor, proposed`, `Mario Vargas Llosa, one of the
 * signatories, told` → the name right before the description's opening comma (not the first person
 * of the sentence, who may be the subject of another clause).
 * @example
 * import { wordsIn } from './words.js';
 * const text = 'Jo Bell spoke, while Ann Carter, the former governor, proposed';
 * const words = wordsIn(text, 0, text.length);
 * appositiveHead(text, words, words.length - 1, (name) => name.length === 2)?.mention.map((w) => w.text)
 * //=> ['Ann', 'Carter']
 */
export function appositiveHead(text: string, words: readonly Word[], v: number, isPerson: IsPerson): { mention: Word[]; kind: MentionKind } | null {
  // the description: back from the verb to the comma that opens it, with no verb of saying inside
  let j = v - 1;
  const floor = Math.max(0, v - MAX_DESCRIPTION_WORDS);
  while (j > floor && !text.slice(words[j - 1]!.end, words[j]!.start).includes(',')) {
    if (reportsAt(words, j)) return null;
    j--;
  }
  if (j <= floor || (j === v - 1 && isCapitalised(words[j]!)) || !gapIs(text, words[j - 1]!, words[j]!, ',')) return null;
  const last = j - 1;
  if (!isCapitalised(words[last]!)) return null;
  let f = last;
  while (f > 0 && last - f < 4 && isCapitalised(words[f - 1]!) && nameGap(text, words[f - 1]!, words[f]!)) f--;
  // ("Mark Holden, chairman of the board of Freedom Partners, the network's arm, said": a name after a
  // preposition ends an earlier description, and is no subject)
  if (f > 0 && PREPOSITIONS.has(words[f - 1]!.lower)) return null;
  // the longest known person ending at the comma ("Nobel-winning Peruvian novelist Mario Vargas Llosa")
  for (let s = f; s <= last; s++) {
    const mention = words.slice(s, last + 1);
    if (isPerson(mention)) return { mention, kind: 'name' };
  }
  return null;
}

/**
 * After an inverted verb, a possessor whose noun a name in apposition follows: `exhorted Clinton's
 * introducer, actress Jamie Lee Curtis` → the name after the comma; any other mention is returned as is.
 * @example
 * import { wordsIn } from './words.js';
 * const text = 'said Clinton’s introducer, actress Ann Carter.';
 * const words = wordsIn(text, 0, text.length);
 * nameAfterPossessed(text, words, { mention: [words[1]!], kind: 'name', last: 1 })?.mention.map((w) => w.text)
 * //=> ['Ann', 'Carter']
 */
export function nameAfterPossessed(text: string, words: readonly Word[], found: MentionAfter | null): MentionAfter | null {
  if (found === null || found.kind !== 'name' || !"'\u2019".includes(text[words[found.last]!.end] ?? '')) return found;
  for (let j = found.last + 1; j < words.length && j - found.last <= 5; j++) {
    const gap = text.slice(words[j - 1]!.end, words[j]!.start).trim();
    if (j === found.last + 1 ? gap === "'s" || gap === '\u2019s' : gap === '') continue;
    const named = gap === ',' && j > found.last + 1 ? mentionAfter(text, words.slice(j), 0) : null;
    return named !== null && named.kind === 'name' ? { ...named, last: named.last + j } : found;
  }
  return found;
}
