/**
 * Typed arrays filled without knowing their final size (the candidate index's postings and offsets, the
 * verdict book's numbers, the identical-runs phase's buffers) grow through one function.
 *
 * @module
 */

/** The typed arrays that grow this way. */
type Growable = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/**
 * `array` itself when it holds at least `needed` elements, else a copy of it with room for `needed`, and
 * for twice its length at the least, so that an array filled one element at a time is copied a bounded
 * number of times per element.
 *
 * @example
 * const small = Int32Array.of(1, 2);
 * withRoom(small, 2) === small;
 * //=> true
 * Array.from(withRoom(small, 3));
 * //=> [1, 2, 0, 0]
 */
export function withRoom<T extends Growable>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, 2 * array.length));
  bigger.set(array);
  return bigger;
}

/** log2 of the elements of a full chunk of {@link Int32Chunks} (256 KB). */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/**
 * A list of 32-bit integers that grows in fixed chunks: past its first chunk nothing is ever copied, so
 * what it allocates outside V8's heap is what it holds. Why: V8 starts a full collection whenever the memory
 * of typed arrays has grown by 64 MB since the last one, and the buffers a doubling array leaves behind
 * count until that collection finds them (see `WindowOccurrences`). The first chunk grows by doubling up to
 * its full size, so a short list takes little room.
 *
 * @example
 * const list = new Int32Chunks();
 * list.push(7); list.push(9);
 * list.set(0, 8);
 * [list.length, list.get(0), list.get(1)];
 * //=> [2, 8, 9]
 */
export class Int32Chunks {
  private readonly chunks: Int32Array<ArrayBuffer>[] = [new Int32Array(64)];
  /** Number of elements. */
  length = 0;

  /** Appends `value`; returns its index. */
  push(value: number): number {
    const i = this.length++;
    if (i < CHUNK) this.chunks[0] = withRoom(this.chunks[0]!, i + 1);
    else if ((i & IN_CHUNK) === 0) this.chunks.push(new Int32Array(CHUNK));
    this.chunks[i >>> CHUNK_BITS]![i & IN_CHUNK] = value;
    return i;
  }

  /** The element at `i` (`0 <= i < length`). */
  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & IN_CHUNK]!;
  }

  /** Sets the element at `i` (`0 <= i < length`). */
  set(i: number, value: number): void {
    this.chunks[i >>> CHUNK_BITS]![i & IN_CHUNK] = value;
  }
}
