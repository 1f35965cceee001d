/**
 * Where each window of the echo search occurs: an article number and a start per occurrence, window after
 * window, in two typed arrays. Why: the echo selection holds them until the last echo pair is verified, at
 * the end of a corpus run, when memory peaks; as one growing array of numbers per window they took twice
 * the bytes or more, each array an object for the collector to mark.
 *
 * @module
 */

/** The arrays of a {@link WindowOccurrences}, built by {@link WindowOccurrences.grouped}. */
export interface GroupedOccurrences {
  first: Int32Array;
  places: Int32Array;
  originals: Int32Array;
}

/** Occurrences of windows `0 … windows - 1`, numbered `0 … count - 1` (a window's are consecutive). */
export class WindowOccurrences {
  /** Occurrences of window `w` are numbered `first[w]` … `first[w + 1] - 1`. */
  private readonly first: Int32Array;
  /** Article number and start of each occurrence, interleaved. */
  private readonly places: Int32Array;
  /** Per occurrence, the occurrence it repeats (see {@link WindowOccurrences.original}), or null when none repeats another. */
  private readonly originals: Int32Array | null;

  /**
   * @param lists - for each window, its occurrences as `article, start` pairs, flat (or the arrays that
   *   {@link WindowOccurrences.grouped} built, taken as they are)
   * @param originals - for each window, per occurrence the place in its list of the occurrence it repeats
   *   (the window at the same offset of an earlier article with the same text), or its own place; none by default
   *
   * @example
   * const occurrences = new WindowOccurrences([[0, 12, 3, 12], [1, 40]]);
   * [occurrences.count, occurrences.of(1), occurrences.article(2), occurrences.start(2)];
   * //=> [3, [2, 3], 1, 40]
   */
  constructor(lists: readonly (readonly number[])[] | GroupedOccurrences, originals?: readonly (readonly number[])[]) {
    if (!Array.isArray(lists)) {
      ({ first: this.first, places: this.places, originals: this.originals } = lists as GroupedOccurrences);
      return;
    }
    this.first = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((list, w) => {
      this.first[w] = total;
      total += list.length / 2;
    });
    this.first[lists.length] = total;
    this.places = new Int32Array(2 * total);
    let at = 0;
    for (const list of lists) {
      this.places.set(list, at);
      at += list.length;
    }
    this.originals = originals === undefined ? null : new Int32Array(total);
    originals?.forEach((list, w) => list.forEach((place, k) => (this.originals![this.first[w]! + k] = this.first[w]! + place)));
  }

  /**
   * The occurrences of windows `0 … windows - 1` from flat arrays in the order they were found: for occurrence
   * `i`, its window `of[i]`, article and start `places[2i]` and `places[2i + 1]`, and the occurrence it repeats
   * `repeats[i]` (an earlier one of the same window, or `i`). Each window's occurrences keep their order.
   *
   * @example
   * const occurrences = WindowOccurrences.grouped(2, Int32Array.of(1, 0, 0), Int32Array.of(0, 40, 0, 12, 3, 12), Int32Array.of(0, 1, 1));
   * [occurrences.of(0), occurrences.start(0), occurrences.article(1), occurrences.original(1), occurrences.of(1)];
   * //=> [[0, 2], 12, 3, 0, [2, 3]]
   */
  static grouped(windows: number, of: Int32Array, places: Int32Array, repeats: Int32Array): WindowOccurrences {
    const first = new Int32Array(windows + 1);
    for (let i = 0; i < of.length; i++) first[of[i]! + 1]!++;
    for (let w = 0; w < windows; w++) first[w + 1]! += first[w]!;
    // where each flat occurrence goes: its window's next free place
    const next = first.slice(0, windows);
    const position = new Int32Array(of.length);
    const grouped = new Int32Array(places.length);
    for (let i = 0; i < of.length; i++) {
      const o = next[of[i]!]!++;
      position[i] = o;
      grouped[2 * o] = places[2 * i]!;
      grouped[2 * o + 1] = places[2 * i + 1]!;
    }
    const originals = new Int32Array(of.length);
    for (let i = 0; i < of.length; i++) originals[position[i]!] = position[repeats[i]!]!;
    return new WindowOccurrences({ first, places: grouped, originals });
  }

  /**
   * The occurrence that occurrence `o` repeats: the same window at the same offset of an earlier article
   * with the same text (an exact copy, whose surroundings are the same), or `o` itself.
   *
   * @example
   * new WindowOccurrences([[0, 12, 3, 12]], [[0, 0]]).original(1); //=> 0
   */
  original(o: number): number {
    return this.originals === null ? o : this.originals[o]!;
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
