/**
 * Whether unquoted text is reported speech of a given quote's speaker: an echo must name the speaker of the
 * quote it echoes, by surname, in the sentence it occurs in ("Earlier, NATO Secretary-General Jens
 * Stoltenberg said … that Russia should not be underestimated" echoes Stoltenberg's "never underestimate
 * Russia.").
 *
 * Why: without it, two to four content words shared at the usual similarity were the whole evidence, and on
 * real news most matches were stock phrases met in another context. On the 840 PolNeAR train articles there
 * were 1,455 echoes; of 60 drawn at random and read by hand, 6 were reported speech of the quote's speaker
 * ("billionaire class" in "Sanders said …, before taking aim at the billionaire class") and 54 were not
 * ("pick up delegates" in "Clinton's win in Nevada means she will pick up most of the state's delegates",
 * "Crooked Hillary" in the name of a political action committee). The rule keeps 9 of those 60, 5 of the 6;
 * 186 echoes are left in all, 11 of 40 drawn from them reported speech; on the 84 development articles
 * 64 → 15 echoes, none of either reported speech (METHODS.md, "Echoes"). A quote without a speaker has no
 * echo; reported speech that names its speaker only in another sentence ("The spokesman warned that …") is
 * missed.
 *
 * @module
 */

import { LETTER_OR_MARK } from '../patterns.js';
import { isSpace } from '../text/tokens.js';
import type { CorpusQuote } from '../types.js';
import type { WindowOccurrences } from './window-occurrences.js';

/** How far the sentence around a window is looked for, each way, in characters (a sentence is rarely longer). */
const MAX_SENTENCE_REACH = 1_000;
/** Marks an occurrence whose sentence is not known yet, in {@link SpeakerMentions}. */
const UNKNOWN = 0xffff;
/** Marks a window whose occurrences reaching beyond it are not listed yet, in {@link SpeakerMentions}. */
const NOT_LISTED = -1;

/**
 * The surname of a quote's speaker (the last word of the name that starts with a capital letter), or `null`
 * when the quote has no speaker or the name has no such word.
 *
 * @example
 * speakerSurname({ speaker: { name: 'Jens Stoltenberg', mention: { start: 0, end: 2, text: 'he' }, cue: null, via: 'pronoun' } }); //=> 'Stoltenberg'
 */
export function speakerSurname(quote: Pick<CorpusQuote, 'speaker'>): string | null {
  if (quote.speaker === null) return null;
  const words = quote.speaker.name.split(' ');
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.length > 1 && word.charAt(0) !== word.charAt(0).toLowerCase()) return word;
  }
  return null;
}

/**
 * Whether `surname` occurs as a whole word in `text.slice(from, to)`.
 *
 * @example
 * namesWithin('said Peskov’s spokesman', 0, 23, 'Peskov'); //=> true
 * namesWithin('said Peskovsky', 0, 14, 'Peskov'); //=> false
 */
export function namesWithin(text: string, from: number, to: number, surname: string): boolean {
  // searched in a slice, so that a miss does not read the rest of a long article
  const part = text.slice(from, to);
  for (let at = part.indexOf(surname); at >= 0; at = part.indexOf(surname, at + 1)) {
    if (!isLetter(part, at - 1) && !isLetter(part, at + surname.length)) return true;
  }
  return false;
}

/**
 * Whether the window occurrences of an echo search name a speaker: in the window itself, or elsewhere in its
 * sentence when the window is only part of one (a quotation cut out of it). The sentence around each
 * occurrence is found once and kept.
 *
 * @example
 * const mentions = new SpeakerMentions(['Peskov said “no” and warned that the threat grows.'], WindowOccurrences.fromArticles([[[0, 17]]]), ['and warned that the threat grows.']);
 * mentions.names(0, 0, 'Peskov'); //=> true (the window's sentence names him before the quotation)
 */
export class SpeakerMentions {
  /**
   * Per occurrence, how far its sentence reaches before its start and after its end (at most
   * {@link MAX_SENTENCE_REACH} + 1 each: 16 bits hold them, half the bytes of two offsets, outside V8's heap,
   * for millions of occurrences), or {@link UNKNOWN} (then both are).
   */
  private readonly sentences: Uint16Array;
  /**
   * {@link SpeakerMentions.firstNaming}'s answers, by surname, then window (a key made of the two was a new
   * string to build and hash on every call).
   */
  private readonly firstNamings = new Map<string, Map<number, number>>();
  /** Per occurrence, the last surname {@link SpeakerMentions.aroundWindow} looked for there, and whether it was found. */
  private readonly checked: (string | undefined)[];
  private readonly found: Uint8Array;
  /**
   * Per window, the first of its original occurrences whose sentence reaches beyond it (plus one; 0: none), or
   * {@link NOT_LISTED}; per listed occurrence, the next such occurrence of its window (plus one; 0: none). Only
   * those can name a speaker outside the window. Why: {@link SpeakerMentions.firstNaming} read every
   * occurrence of a window for every surname the window was probed with, and a sentence of replicated
   * news recurs in hundreds of articles, most often whole: at 100,000 articles that walk was the echo
   * search's costliest step after the probes, on the calling thread.
   */
  private readonly firstBeyond: Int32Array;
  private readonly nextBeyond: Int32Array;

  /** `texts`: each article's text, by article number (the articles themselves are not kept). */
  constructor(
    private readonly texts: readonly string[],
    private readonly occurrences: WindowOccurrences,
    private readonly windowTexts: readonly string[],
  ) {
    this.sentences = new Uint16Array(2 * occurrences.count).fill(UNKNOWN);
    this.checked = new Array<string | undefined>(occurrences.count).fill(undefined);
    this.found = new Uint8Array(occurrences.count);
    this.firstBeyond = new Int32Array(windowTexts.length).fill(NOT_LISTED);
    this.nextBeyond = new Int32Array(occurrences.count);
  }

  /** The article number of occurrence `o`. */
  articleOf(o: number): number {
    return this.occurrences.article(o);
  }

  /** Whether window `w` itself names `surname` (then every occurrence of it does). */
  inWindow(w: number, surname: string): boolean {
    const window = this.windowTexts[w]!;
    return namesWithin(window, 0, window.length, surname);
  }

  /**
   * Whether the sentence of occurrence `o` of window `w` names `surname` outside the window (where the window is
   * part of a sentence). An occurrence in an exact copy of an article is answered as the original was; the last
   * surname looked for there and its answer are kept (a wire copy's windows recur in hundreds of articles).
   */
  aroundWindow(w: number, o: number, surname: string): boolean {
    const original = this.occurrences.original(o);
    if (this.checked[original] === surname) return this.found[original] === 1;
    const found = this.lookAround(w, original, surname);
    this.checked[original] = surname;
    this.found[original] = found ? 1 : 0;
    return found;
  }

  /** Whether the sentence of occurrence `o` of window `w` reaches beyond the window (its reach is found once and kept). */
  private reachesBeyond(w: number, o: number): boolean {
    if (this.sentences[2 * o] === UNKNOWN) {
      const start = this.occurrences.start(o);
      const end = start + this.windowTexts[w]!.length;
      const text = this.texts[this.occurrences.article(o)]!;
      this.sentences[2 * o] = start - sentenceStart(text, start);
      this.sentences[2 * o + 1] = sentenceEnd(text, end) - end;
    }
    return this.sentences[2 * o] !== 0 || this.sentences[2 * o + 1] !== 0;
  }

  /** Whether the sentence of occurrence `o` of window `w` names `surname` outside the window. */
  private lookAround(w: number, o: number, surname: string): boolean {
    if (!this.reachesBeyond(w, o)) return false;
    const start = this.occurrences.start(o);
    const end = start + this.windowTexts[w]!.length;
    const text = this.texts[this.occurrences.article(o)]!;
    const from = start - this.sentences[2 * o]!;
    const to = end + this.sentences[2 * o + 1]!;
    return (from < start && namesWithin(text, from, start, surname)) || (to > end && namesWithin(text, end, to, surname));
  }

  /**
   * The first original occurrence of window `w` whose sentence reaches beyond it, or -1; the others follow
   * through {@link SpeakerMentions.nextBeyond}. Listed when first asked for, in one walk over the window's occurrences.
   */
  private firstReachingBeyond(w: number): number {
    if (this.firstBeyond[w] === NOT_LISTED) {
      this.firstBeyond[w] = 0;
      let last = -1;
      for (let o = this.occurrences.first(w); o >= 0; o = this.occurrences.next(o)) {
        if (this.occurrences.original(o) !== o || !this.reachesBeyond(w, o)) continue;
        if (last < 0) this.firstBeyond[w] = o + 1;
        else this.nextBeyond[last] = o + 1;
        last = o;
      }
    }
    return this.firstBeyond[w]! - 1;
  }

  /** Whether occurrence `o` of window `w` names `surname` in its sentence. */
  names(w: number, o: number, surname: string): boolean {
    return this.inWindow(w, surname) || this.aroundWindow(w, o, surname);
  }

  /**
   * The first occurrence of window `w` whose sentence names `surname`, or -1 (kept: a window is probed by
   * many quotes, often of one speaker).
   */
  firstNaming(w: number, surname: string): number {
    let answers = this.firstNamings.get(surname);
    if (answers === undefined) this.firstNamings.set(surname, (answers = new Map()));
    let first = answers.get(w);
    if (first === undefined) {
      first = this.inWindow(w, surname) ? this.occurrences.first(w) : -1;
      // only an occurrence whose sentence reaches beyond the window can name the speaker outside it; one in an
      // exact copy answers as its original, met before it
      for (let o = this.firstReachingBeyond(w); first < 0 && o >= 0; o = this.nextBeyond[o]! - 1) if (this.aroundWindow(w, o, surname)) first = o;
      answers.set(w, first);
    }
    return first;
  }
}

/** Start of the sentence of `text` holding index `start`: just after the previous sentence stop (as windows are cut), or `start` itself. */
function sentenceStart(text: string, start: number): number {
  let from = start;
  const floor = Math.max(0, start - MAX_SENTENCE_REACH);
  while (from > floor && !stopsBefore(text, from)) from--;
  // the spaces after the stop are not the sentence's
  while (from < start && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** End of the sentence of `text` holding index `end - 1`: just after its final mark (or at a line break), or `end` itself. */
function sentenceEnd(text: string, end: number): number {
  // a window that ends its sentence (its last character is the final mark) ends there
  if (end > 0 && stopsAt(text, end - 1)) return end;
  let to = end;
  const ceiling = Math.min(text.length, end + MAX_SENTENCE_REACH);
  while (to < ceiling && !stopsAt(text, to)) to++;
  // the final mark belongs to the sentence, a line break does not
  return to < text.length && isFinalMark(text.charCodeAt(to)) ? to + 1 : to;
}

/** Whether a sentence ends just before index `i`: a line break there, or `.`, `!`, `?` then a space. */
function stopsBefore(text: string, i: number): boolean {
  const previous = text.charCodeAt(i - 1);
  if (previous === 0x0a || previous === 0x0d || previous === 0x2029) return true;
  return isSpace(previous) && i >= 2 && isFinalMark(text.charCodeAt(i - 2));
}

/** Whether a sentence ends at index `i`: a line break, or `.`, `!`, `?` followed by a space or the end. */
function stopsAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x0a || code === 0x0d || code === 0x2029) return true;
  return isFinalMark(code) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)));
}

function isFinalMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

function isLetter(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER_OR_MARK.test(text.charAt(i));
}
