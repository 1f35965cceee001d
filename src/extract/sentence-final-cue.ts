/**
 * The attribution that closes a quote's sentence ("… “take our country back” appeals to …, said
 * Alan Abramowitz, a demographer at Emory University."): PolNeAR credits every quotation of such a
 * sentence to that speaker, also when the quote is not followed directly by the cue.
 *
 * @module
 */

import type { CueMatch } from './speaker-cues.js';
import { cueAfter } from './cue-after.js';
import { hasSentenceEnd } from './sentences.js';
import { isRoleWord } from './roles.js';
import { reportsAt } from './reporting-verbs.js';
import { wordAfter, wordsIn } from './words.js';

/** How far after a quote its sentence's closing attribution is looked for. */
const SENTENCE_REACH = 300;

/**
 * ", said X." or ", X said." ending the sentence that holds a quote (from `from`, before `limit`):
 * the cue after one of the sentence's last commas that reaches the sentence end.
 * @example
 * const text = 'Clinton “drew well” in 2008, said professor Paul Beck. Next.';
 * sentenceFinalCue(text, 19, text.length)?.mention.map((w) => w.text)
 * //=> ['Paul', 'Beck']
 */
export function sentenceFinalCue(text: string, from: number, limit: number): CueMatch | null {
  const bound = Math.min(limit, from + SENTENCE_REACH, text.length);
  let end = -1;
  for (let i = from; i < bound; i++) {
    const ch = text[i];
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= text.length || hasSentenceEnd(text, i, i + 2))) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let tried = 0;
  // ("…, “extreme careless” in the handling of classified information – as described by FBI Director
  // James Comey – many believe …": a dash opens a parenthetical attribution too)
  for (let c = separatorBefore(text, end, from); c >= from && tried < 4; c = separatorBefore(text, c, from), tried++) {
    const match = cueAfter(text, c, end + 1);
    if (match === null || match.cue === null) continue;
    // ("…, leaving Cleveland excited about …": a verb of saying, not any past tense after a name)
    if (match.form === 'cue' && !reportsAt(wordsIn(text, match.cue.start, match.cue.end + 6), 0)) continue;
    // "…, according to campaign manager Jeff Weaver.": the source closes the sentence
    // ("…, according to calculations by Amy Glasmeier of the Massachusetts Institute of Technology.")
    if (match.form === 'according-to' ? !onlyAffiliation(text, match.mention[match.mention.length - 1]!.end, end) : match.form !== 'cue') continue;
    // "…, top Russian official warns.": a capitalised word before a role noun describes an unnamed speaker
    const next = wordAfter(text, match.mention[match.mention.length - 1]!.end);
    if (match.kind === 'name' && next !== null && next.text === next.text.toLowerCase() && isRoleWord(next.text)) return null;
    return match;
  }
  return null;
}

/** Lower-case words inside an affiliation ("of the Massachusetts Institute of Technology"). */
const AFFILIATION_WORDS = new Set(['of', 'the', 'for', 'and', 'at', 'in', 'on']);

/** Nothing, or an affiliation ("of the …", "at …", "from …" and capitalised words), from `from` to `end`. */
function onlyAffiliation(text: string, from: number, end: number): boolean {
  if (from === end) return true;
  const words = wordsIn(text, from, end, 16);
  const lead = words[0]?.lower;
  if (lead !== 'of' && lead !== 'at' && lead !== 'from') return false;
  if (words.length >= 16 || words[words.length - 1]!.end !== end) return false;
  for (const w of words) if (w.text[0] === w.lower[0] && !AFFILIATION_WORDS.has(w.lower) && w.lower !== lead) return false;
  return true;
}

/** The last comma, or dash after a space, before `pos` and not before `from`; -1 when there is none (a bounded scan). */
function separatorBefore(text: string, pos: number, from: number): number {
  for (let i = pos - 1; i >= from; i--) {
    const ch = text[i];
    if (ch === ',' || ((ch === '\u2013' || ch === '\u2014') && text[i - 1] === ' ')) return i;
  }
  return -1;
}
