/**
 * Strings numbered in the order they are first met, each distinct string once: how a batch of texts is
 * posted to a worker (each text once, pairs as numbers), how a worker's reply lists its small strings, and how
 * the clusters' comparison book keys its comparisons (by number, without reading the texts again).
 *
 * @module
 */

/**
 * Distinct strings and their numbers.
 *
 * @example
 * const numbered = new NumberedStrings();
 * [numbered.numberOf('we'), numbered.numberOf('they'), numbered.numberOf('we')]; //=> [0, 1, 0]
 * numbered.strings; //=> ['we', 'they']
 */
export class NumberedStrings {
  /** The strings by number. */
  readonly strings: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of `value`: the next one when it is met for the first time, else the one it was given then. */
  numberOf(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.strings.push(value) - 1;
      this.numbers.set(value, n);
    }
    return n;
  }
}
