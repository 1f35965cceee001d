/**
 * An article's echo windows (`unquoted-windows.ts`) as one flat table: per window its start, its end and a
 * hash of its text, computed where the article is extracted.
 *
 * Why: the echo search indexes each distinct window text once, so it must recognise every occurrence of a
 * window it has met. At 100,000 articles of replicated news that is about 2.5 million windows in the distinct
 * article texts, of only about 83,000 distinct texts; cutting them, slicing each and looking the slice up in a
 * map keyed by the string took the calling thread about 7 s while the workers waited (one lookup in that map
 * alone, hashing a fresh slice every time, was 14 % of the search's samples). The table is computed by the
 * extraction, on every thread; the search then looks a window up by its hash and confirms it by comparing the
 * texts, so that a hash collision can never merge two texts.
 *
 * @module
 */

import type { Quote } from '../types.js';
import { unquotedWindows } from './unquoted-windows.js';

/** Numbers per window in a table: start, end, hash. */
export const WINDOW_FIELDS = 3;

/**
 * The windows of `text`, whose quotes are `quotes`, as a table of {@link WINDOW_FIELDS} numbers each.
 *
 * @example
 * const table = windowTable('He said "yes" today. Then he left.', [{ start: 9, end: 12, marks: { open: '"', close: '"' } }]);
 * [...table].filter((_, i) => i % 3 !== 2);
 * //=> [0, 7, 14, 20, 21, 34] (each window's start and end, as unquotedWindows gives them)
 * table[2] === windowHash('He said "yes" today. Then he left.', 0, 7); //=> true
 */
export function windowTable(text: string, quotes: readonly Pick<Quote, 'start' | 'end' | 'marks'>[]): Int32Array {
  const windows = unquotedWindows(text, quotes);
  const table = new Int32Array(WINDOW_FIELDS * windows.length);
  windows.forEach(({ start, end }, i) => {
    table[WINDOW_FIELDS * i] = start;
    table[WINDOW_FIELDS * i + 1] = end;
    table[WINDOW_FIELDS * i + 2] = windowHash(text, start, end);
  });
  return table;
}

/** Code units of a window that {@link windowHash} reads, at most. */
const HASHED_UNITS = 32;

/**
 * A 30-bit hash of `text.slice(start, end)`, computed in place: FNV-1a over its length and at most
 * {@link HASHED_UNITS} code units spread evenly over it (all of a short window). Thirty bits keep it a small
 * integer, the cheapest map key in V8. Equal texts have equal hashes; the echo search compares the texts
 * on a hash hit, so texts differing only between the code units read cost a lookup by string, never a
 * wrong answer. Why sampled: over every code unit, the hash cost about 0.5 µs per window of 100 characters.
 *
 * @example
 * windowHash('the threat grows', 4, 10) === windowHash('a threat', 2, 8); //=> true
 */
export function windowHash(text: string, start: number, end: number): number {
  const length = end - start;
  let hash = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  if (length <= HASHED_UNITS) {
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  } else {
    for (let k = 0; k < HASHED_UNITS; k++) hash = Math.imul(hash ^ text.charCodeAt(start + Math.floor((k * (length - 1)) / (HASHED_UNITS - 1))), 0x01000193);
  }
  return hash & 0x3fffffff;
}

/**
 * The distinct window texts met so far, each with its number, found by the hash of the window table and
 * confirmed in place (see the module's note): a window met before is neither sliced nor hashed as a string.
 */
export class WindowTexts {
  /** The first text met with each hash, by hash. */
  private readonly byHash = new Map<number, number>();
  /** Texts whose hash an earlier text holds (rare: 30-bit hashes of some hundred thousand texts). */
  private readonly collided = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly numbers: number[] = [];

  /**
   * The number of the window `text.slice(start, end)`, whose hash is `hash`; `numberOf` gives the number of a
   * text met for the first time (it is called once per distinct text).
   *
   * @example
   * const texts = new WindowTexts();
   * let next = 0;
   * const numberOf = () => next++;
   * const a = 'the threat grows. The threat grows';
   * texts.windowOf(a, 4, 17, windowHash(a, 4, 17), numberOf); //=> 0 ('threat grows.')
   * texts.windowOf(a, 0, 17, windowHash(a, 0, 17), numberOf); //=> 1
   * texts.windowOf('a threat grows.', 2, 15, windowHash('a threat grows.', 2, 15), numberOf); //=> 0 (met before)
   */
  windowOf(text: string, start: number, end: number, hash: number, numberOf: (window: string) => number): number {
    const first = this.byHash.get(hash);
    // a slice compared with `===` (V8 compares flat strings' characters as memory): on a text of 100 characters,
    // five times faster than `startsWith` at an offset, and a third of a lookup in a map keyed by strings
    const window = text.slice(start, end);
    if (first !== undefined) {
      if (window === this.texts[first]) return this.numbers[first]!;
      const known = this.collided.get(window);
      if (known !== undefined) return this.numbers[known]!;
    }
    const k = this.texts.push(window) - 1;
    this.numbers.push(numberOf(window));
    if (first === undefined) this.byHash.set(hash, k);
    else this.collided.set(window, k);
    return this.numbers[k]!;
  }
}
