/**
 * A byline paragraph after a quotation: "“…boeing pays zero taxes.”" followed by a line of its own
 * holding only "— Sanders." (fact-check lists, epigraphs, embedded posts).
 *
 * Why a cue of its own: the dash line names the speaker of the quotation that closes the paragraph
 * before it, with no verb at all; cue windows never cross a paragraph, so nothing else reads it
 * (PolNeAR train: a fact-check list of debate claims).
 *
 * @module
 */

import { mentionAtStart } from './cue-mentions.js';
import type { Paragraph } from './paragraphs.js';
import { isDash } from './quote-marks.js';
import type { CueMatch } from './speaker-cues.js';
import { wordsIn } from './words.js';

/** The longest line read as a byline. */
const MAX_BYLINE = 100;

/**
 * The name on a byline paragraph `next`, when the quotation ending at `from` (just past its closing
 * mark) closes `paragraph`.
 * @example
 * const text = '“We pay zero taxes.”\n— Bernie Sanders.';
 * bylineAfter(text, 20, { start: 0, end: 20, title: false }, { start: 21, end: 38, title: false })?.mention.map((w) => w.text)
 * //=> ['Bernie', 'Sanders']
 */
export function bylineAfter(text: string, from: number, paragraph: Paragraph, next: Paragraph | undefined): CueMatch | null {
  if (next === undefined || next.end - next.start > MAX_BYLINE) return null;
  const tail = text.slice(from, paragraph.end).trim();
  if (tail !== '' && tail !== '.') return null;
  let p = next.start;
  while (p < next.end && text[p]!.trim() === '') p++;
  if (!isDash(text[p])) return null;
  const words = wordsIn(text, p + 1, next.end);
  if (words.length === 0) return null;
  const found = mentionAtStart(text, words);
  if (found === null || found.kind !== 'name') return null;
  // the name ends the line, or a handle, date or affiliation follows it after a comma or parenthesis
  const rest = text.slice(found.mention[found.mention.length - 1]!.end, next.end).trim();
  if (rest !== '' && rest !== '.' && rest[0] !== ',' && rest[0] !== '(') return null;
  return { mention: found.mention, kind: 'name', cue: null, form: 'dash' };
}
