/**
 * A bounded memo in two generations, the approximation of least-recently-used that the per-thread memos
 * share (the compare stage's tokenised sides; the corpus stage's text facts and quote profiles): values go
 * into the young generation; when it is full it becomes the old one and the old one is dropped, and a
 * value found only in the old generation is remembered again (`get`), so what is in use survives a
 * turnover. It costs one more look-up on a miss than a single map, and never holds more than two
 * generations.
 *
 * @module
 */

/**
 * @example
 * const memo = new GenerationalMemo<number>(2);
 * memo.remember('a', 1);
 * memo.remember('b', 2);
 * memo.remember('c', 3); // the young generation was full: 'a' and 'b' are now the old one
 * [memo.recent('a'), memo.older('a'), memo.recent('c')];
 * //=> [undefined, 1, 3]
 */
export class GenerationalMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private youngSize = 0;

  /** @param generationSize what one generation holds, in the units given to {@link GenerationalMemo.remember} (entries by default). */
  constructor(private readonly generationSize: number) {}

  /** The value remembered for `key` in the young generation. */
  recent(key: string): V | undefined {
    return this.young.get(key);
  }

  /** The value remembered for `key` in the old generation (to be remembered again if it is still in use). */
  older(key: string): V | undefined {
    return this.old.get(key);
  }

  /**
   * The value remembered for `key` in either generation; one found only in the old generation is
   * remembered again (under `key`), so that what is in use survives the next turnover. A caller that must
   * keep another key than the one it looks up with (`profile-memo.ts` keeps a detached copy of the text)
   * uses {@link GenerationalMemo.recent} and {@link GenerationalMemo.older} instead.
   */
  get(key: string): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) this.remember(key, older);
    return older;
  }

  /** Remembers `value` for `key` (not in the young generation), counting `size` against the generation; starts a new generation when it would overflow. */
  remember(key: string, value: V, size = 1): void {
    if (this.youngSize + size > this.generationSize && this.young.size > 0) {
      this.old = this.young;
      this.young = new Map();
      this.youngSize = 0;
    }
    this.young.set(key, value);
    this.youngSize += size;
  }

  /** Forgets everything. */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.youngSize = 0;
  }

  /** Number of entries held in the two generations (a key remembered again counts in both until the old one is dropped). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
