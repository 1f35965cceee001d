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
