/**
 * The sentence's subject as the first person it names: the person a participle after a comma
 * extends ("…, arguing that “…”"), the last-resort speaker, the head of an appositive.
 *
 * @module
 */

import { isRoleHead, isRoleWord } from './roles.js';
import type { Word } from './words.js';
import { mainClauseStart } from './fronted-clause.js';
import { PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS, gapIs, isCapitalised, nameGap, type IsPerson, type MentionKind } from './cue-mentions.js';

/** The first known person named before the verb at `v` (the sentence's subject), else "he"/"she". */
export function earliestPersonBefore(text: string, words: readonly Word[], v: number, isPerson: IsPerson): { mention: Word[]; kind: MentionKind } | null {
  let pronoun: Word | null = null;
  for (let j = mainClauseStart(text, words, v); j < v; j++) {
    const w = words[j]!;
    if (SUBJECT_PRONOUNS.has(w.lower)) {
      // "after she did, David Axelrod … tweeted": a pronoun in a fronted clause is not the subject
      if (j === 0 || !SUBORDINATORS.has(words[j - 1]!.lower)) pronoun ??= w;
      continue;
    }
    if (!isCapitalised(w) || PREPOSITIONS.has(w.lower)) continue;
    let e = j;
    while (e + 1 < v && e - j < 6 && isCapitalised(words[e + 1]!)) e++;
    // "the Cruz slate", "the Clinton campaign": after an article and before a noun a name only modifies
    const article = words[j - 1]?.lower;
    if (article === 'the' || article === 'a' || article === 'an') {
      let c = j;
      while (c < e && nameGap(text, words[c]!, words[c + 1]!)) c++;
      if (c === e && e + 1 < v && !isCapitalised(words[e + 1]!) && gapIs(text, words[e]!, words[e + 1]!)) {
        j = e;
        continue;
      }
    }
    // "Of Carson, Levine … said", "after the loss to Obama, Priebus scolded": a name closing a
    // prepositional phrase before a comma is no subject
    if (j > 0 && words[j - 1]!.lower !== 'by' && PREPOSITIONS.has(words[j - 1]!.lower) && gapIs(text, words[j - 1]!, w)) {
      let c = j;
      while (c < e && nameGap(text, words[c]!, words[c + 1]!)) c++;
      if (text[words[c]!.end] === ',') {
        j = c;
        continue;
      }
    }
    // "Trump’s Virginia state director, Mike Rubino,", "Clinton campaign manager Robby Mook": a name
    // before a role noun only modifies it
    if (modifiesRole(text, words, e, v)) {
      j = e;
      continue;
    }
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

/**
 * The capitalised run ending at `e` is followed by up to three lower-case role words ending in a
 * role noun, then a name or a comma ("Virginia state director, Mike Rubino"): it modifies the role.
 */
function modifiesRole(text: string, words: readonly Word[], e: number, v: number): boolean {
  let k = e + 1;
  while (k < v && k - e <= 3 && !isCapitalised(words[k]!) && isRoleWord(words[k]!.text) && gapIs(text, words[k - 1]!, words[k]!)) k++;
  if (k === e + 1 || !isRoleHead(words[k - 1]!.text)) return false;
  return k < v && (isCapitalised(words[k]!) || text.slice(words[k - 1]!.end, words[k]!.start).includes(','));
}
