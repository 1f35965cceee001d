/**
 * Where each window of the echo search occurs: an article number and a start per occurrence, window after
 * window, in two typed arrays. Why: the echo selection holds them until the last echo pair is verified, at
 * the end of a corpus run, when memory peaks; as one growing array of numbers per window they took twice
 * the bytes or more, each array an object for the collector to mark.
 *
 * @module
 */

/** Occurrences of windows `0 … windows - 1`, numbered `0 … count - 1` (a window's are consecutive). */
export class WindowOccurrences {
  /** Occurrences of window `w` are numbered `first[w]` … `first[w + 1] - 1`. */
  private readonly first: Int32Array;
  /** Article number and start of each occurrence, interleaved. */
  private readonly places: Int32Array;
  /** Per occurrence, the occurrence it repeats (see {@link WindowOccurrences.original}). */
  private readonly originals: Int32Array;

  /**
   * The occurrences of windows `0 … windows - 1` from flat arrays in the order they were found, grouped by
   * window in one counting pass, each window's keeping their order: for occurrence `i`, its window `of[i]`,
   * article and start `places[2i]` and `places[2i + 1]`, and the occurrence it repeats `repeats[i]` (an
   * earlier one of the same window, or `i`).
   *
   * @example
   * const occurrences = new WindowOccurrences(2, Int32Array.of(1, 0, 0), Int32Array.of(0, 40, 0, 12, 3, 12), Int32Array.of(0, 1, 1));
   * [occurrences.of(0), occurrences.start(0), occurrences.article(1), occurrences.original(1), occurrences.of(1)];
   * //=> [[0, 2], 12, 3, 0, [2, 3]]
   */
  constructor(windows: number, of: Int32Array, places: Int32Array, repeats: Int32Array) {
    this.first = new Int32Array(windows + 1);
    for (let i = 0; i < of.length; i++) this.first[of[i]! + 1]!++;
    for (let w = 0; w < windows; w++) this.first[w + 1]! += this.first[w]!;
    // where each flat occurrence goes: its window's next free place
    const next = this.first.slice(0, windows);
    const position = new Int32Array(of.length);
    this.places = new Int32Array(places.length);
    for (let i = 0; i < of.length; i++) {
      const o = next[of[i]!]!++;
      position[i] = o;
      this.places[2 * o] = places[2 * i]!;
      this.places[2 * o + 1] = places[2 * i + 1]!;
    }
    this.originals = new Int32Array(of.length);
    for (let i = 0; i < of.length; i++) this.originals[position[i]!] = position[repeats[i]!]!;
  }

  /**
   * The occurrences given window by window (tests, examples).
   *
   * @param lists - for each window, its occurrences as `article, start` pairs, flat
   * @param originals - for each window, per occurrence the place in its list of the occurrence it repeats
   *   (the window at the same offset of an earlier article with the same text), or its own place; none by default
   *
   * @example
   * const occurrences = WindowOccurrences.fromLists([[0, 12, 3, 12], [1, 40]]);
   * [occurrences.count, occurrences.of(1), occurrences.article(2), occurrences.start(2)];
   * //=> [3, [2, 3], 1, 40]
   */
  static fromLists(lists: readonly (readonly number[])[], originals?: readonly (readonly number[])[]): WindowOccurrences {
    const of: number[] = [];
    const repeats: number[] = [];
    lists.forEach((list, w) => {
      const from = of.length;
      for (let k = 0; k < list.length / 2; k++) {
        of.push(w);
        repeats.push(from + (originals?.[w]?.[k] ?? k));
      }
    });
    return new WindowOccurrences(lists.length, Int32Array.from(of), Int32Array.from(lists.flat()), Int32Array.from(repeats));
  }

  /**
   * The occurrence that occurrence `o` repeats: the same window at the same offset of an earlier article
   * with the same text (an exact copy, whose surroundings are the same), or `o` itself.
   *
   * @example
   * WindowOccurrences.fromLists([[0, 12, 3, 12]], [[0, 0]]).original(1); //=> 0
   */
  original(o: number): number {
    return this.originals[o]!;
  }

  /** Number of occurrences of all windows. */
  get count(): number {
    return this.places.length / 2;
  }

  /** The numbers of window `w`'s occurrences, as `[first, end)`. */
  of(w: number): [number, number] {
    return [this.first[w]!, this.first[w + 1]!];
  }

  /** Article number of occurrence `o`. */
  article(o: number): number {
    return this.places[2 * o]!;
  }

  /** Start of occurrence `o` in its article. */
  start(o: number): number {
    return this.places[2 * o + 1]!;
  }
}
