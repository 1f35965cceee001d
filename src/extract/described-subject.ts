/**
 * A name set off by commas after a longer description, right after a quote: `…,” the presumptive GOP
 * presidential nominee, Donald Trump, tweeted`, `…,” California Rep. Duncan Hunter’s chief of staff,
 * Joe Kasper, told POLITICO`. The description is an appositive of the name, which is the subject of
 * the verb after its closing comma. `speaker-cues.ts` tries this only when the usual readings of the
 * words after the quote (a name, or a few lower-case words and a name) found no subject.
 *
 * @module
 */

import { isCapitalised, mentionAtStart, SUBJECT_PRONOUNS, type MentionKind } from './cue-mentions.js';
import { reportsAt } from './reporting-verbs.js';
import type { Word } from './words.js';

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
