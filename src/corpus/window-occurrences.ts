/**
 * Where each window of the echo search occurs. Occurrences are numbered in the order they are added, article
 * after article; each holds its window, article number and start, and the next occurrence of the same window,
 * so a window's occurrences, followed from its first, come in article order. An article that is an exact copy
 * of an earlier one repeats its occurrences, and each of them answers for its original (see
 * {@link WindowOccurrences.original}).
 *
 * Why this shape: the echo search holds the occurrences until the last echo pair is verified, when a corpus run's
 * memory peaks (3.7 M of them at 100,000 articles of replicated news). Kept as one array of numbers per window,
 * they took twice the bytes or more, each array an object for the collector to copy and mark. Kept in typed
 * arrays grown by doubling, then copied window by window, they allocated about 250 MB outside V8's heap during
 * the search; V8 starts a full collection whenever that memory has grown by 64 MB since the last one, and the
 * buffers a doubling leaves behind count until that collection: three full collections of a 1.5 GB heap, which
 * found almost nothing to free. Here they grow in fixed chunks ({@link Int32Chunks}) and are never copied.
 *
 * @module
 */

import { Int32Chunks, withRoom } from '../typed-growth.js';

/** Occurrences of the echo search's windows, added article by article. */
export class WindowOccurrences {
  private readonly windows = new Int32Chunks();
  private readonly articles = new Int32Chunks();
  private readonly starts = new Int32Chunks();
  /** Per occurrence, the next occurrence of its window, plus one (0: none). */
  private readonly nexts = new Int32Chunks();
  /** Per window, its first and its last occurrence, plus one (0: none yet). */
  private firsts = new Int32Array(64);
  private lasts = new Int32Array(64);
  /** Per article, its first occurrence (set for every article up to the last one added). */
  private readonly articleFirst: Int32Array;
  /** Per article, the earlier article whose text it repeats, or -1. */
  private readonly copyOf: Int32Array;
  /** The article whose occurrences are being added (articles come in order). */
  private current = -1;

  /** Room for the occurrences of articles `0 … articles - 1`. */
  constructor(articles: number) {
    this.articleFirst = new Int32Array(articles);
    this.copyOf = new Int32Array(articles).fill(-1);
  }

  /**
   * The occurrences of articles given in order, each as its `[window, start]` pairs or as the number of an
   * earlier article whose text it repeats (tests, examples).
   *
   * @example
   * const occurrences = WindowOccurrences.fromArticles([[[0, 12]], [[2, 40]], 0]);
   * [occurrences.count, occurrences.first(0), occurrences.next(0), occurrences.article(2), occurrences.original(2)];
   * //=> [3, 0, 2, 2, 0]
   */
  static fromArticles(articles: readonly (readonly (readonly [window: number, start: number])[] | number)[]): WindowOccurrences {
    const occurrences = new WindowOccurrences(articles.length);
    articles.forEach((found, article) => {
      if (typeof found === 'number') occurrences.addCopy(article, found);
      else for (const [window, start] of found) occurrences.add(article, window, start);
    });
    return occurrences;
  }

  /**
   * Adds an occurrence of window `window` at `start` in article `article`, and returns its number. Articles
   * are added in order (an article's occurrences after those of every article before it).
   *
   * @throws {Error} when `article` comes before the article last added (a bug, not bad data).
   */
  add(article: number, window: number, start: number): number {
    this.enter(article);
    const o = this.windows.push(window);
    this.articles.push(article);
    this.starts.push(start);
    this.nexts.push(0);
    this.firsts = withRoom(this.firsts, window + 1);
    this.lasts = withRoom(this.lasts, window + 1);
    const last = this.lasts[window]!;
    if (last === 0) this.firsts[window] = o + 1;
    else this.nexts.set(last - 1, o + 1);
    this.lasts[window] = o + 1;
    return o;
  }

  /**
   * Adds the occurrences of article `article`, an exact copy of the text of article `original` (added
   * before): the same windows at the same starts, each repeating the original's.
   *
   * @throws {Error} when `original` is not an article added before `article`.
   */
  addCopy(article: number, original: number): void {
    if (original < 0 || original >= article) throw new Error(`article ${article} cannot copy article ${original}`);
    this.enter(article);
    this.copyOf[article] = original;
    // the original's occurrences end where the next article's begin (set by `enter`, since original < article)
    const end = this.articleFirst[original + 1]!;
    for (let o = this.articleFirst[original]!; o < end; o++) this.add(article, this.windows.get(o), this.starts.get(o));
  }

  /** Number of occurrences of all windows. */
  get count(): number {
    return this.windows.length;
  }

  /** The first occurrence of window `w`, or -1 when it has none. */
  first(w: number): number {
    return w < this.firsts.length ? this.firsts[w]! - 1 : -1;
  }

  /** The occurrence of the same window after occurrence `o`, or -1 when `o` is its last. */
  next(o: number): number {
    return this.nexts.get(o) - 1;
  }

  /** Article number of occurrence `o`. */
  article(o: number): number {
    return this.articles.get(o);
  }

  /** Start of occurrence `o` in its article. */
  start(o: number): number {
    return this.starts.get(o);
  }

  /**
   * The occurrence that occurrence `o` repeats: the same window at the same offset of the first article with
   * the same text (an exact copy, whose surroundings are the same), or `o` itself.
   *
   * @example
   * WindowOccurrences.fromArticles([[[0, 12]], 0]).original(1); //=> 0
   */
  original(o: number): number {
    const article = this.articles.get(o);
    const copied = this.copyOf[article]!;
    return copied < 0 ? o : o - this.articleFirst[article]! + this.articleFirst[copied]!;
  }

  /** Starts article `article` (and any skipped before it, which have no occurrences). */
  private enter(article: number): void {
    if (article < this.current) throw new Error(`occurrences of article ${article} added after those of article ${this.current}`);
    while (this.current < article) this.articleFirst[++this.current] = this.count;
  }
}
