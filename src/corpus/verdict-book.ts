/**
 * The verdicts a corpus index has reached on pairs of groups, by pair key (`cluster-graph.ts`), each with
 * the two texts it was reached on: a group's representative can change as articles are added, and a
 * verdict on other texts is not reused.
 *
 * Why packed: kept as objects (a cached verdict, the verdict, its coverage array, a heap number for the
 * key), a verdict took about 250 bytes of the calling thread's heap, and there are about a million of
 * them at 100,000 articles, all promoted to the old generation on the way. Here a verdict is seven
 * numbers in a typed array outside the heap (`packed-verdict.ts`, as in a worker's reply)
 * and its texts two references; a {@link PairVerdict} is built when one is read.
 *
 * @module
 */

import { packVerdict, VERDICT_NUMBERS, verdictAt } from './packed-verdict.js';
import { withRoom } from '../typed-growth.js';
import type { PairVerdict } from './verify-pair.js';

/** Verdicts a book has room for before its numbers are first reallocated. */
const INITIAL_SLOTS = 1024;

/**
 * Verdicts by pair key, with the texts they were reached on.
 *
 * @example
 * const book = new VerdictBook();
 * book.set(pairKey(0, 1), 'we are ready', 'we are not ready', verdict);
 * book.verdict(pairKey(0, 1), 'we are ready', 'we are not ready'); // equal to `verdict`
 * book.verdict(pairKey(0, 1), 'we are ready', 'another text'); //=> undefined
 */
export class VerdictBook {
  private readonly slots = new Map<number, number>();
  /** The two texts of slot `s` at `2s` and `2s + 1`. */
  private readonly texts: string[] = [];
  private numbers = new Float64Array(VERDICT_NUMBERS * INITIAL_SLOTS);
  /** Verdicts not of the shape `packVerdict` reads, by slot (none come from this library's verification). */
  private readonly unpacked = new Map<number, PairVerdict>();

  /** Number of pairs with a verdict. */
  get size(): number {
    return this.slots.size;
  }

  /**
   * Makes room for `more` pairs beyond those held, at once. Why: grown by doubling as verdicts come in, the
   * numbers left a trail of buffers outside V8's heap (at 100,000 articles, about a million verdicts in
   * 56 MB, the trail as large), which counted towards the 64 MB of such memory that starts a full collection.
   */
  reserve(more: number): void {
    this.numbers = withRoom(this.numbers, VERDICT_NUMBERS * (this.slots.size + more));
  }

  /** Remembers `verdict` on pair `key`, reached on texts `a` and `b` (replacing any earlier verdict on the pair). */
  set(key: number, a: string, b: string, verdict: PairVerdict): void {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(key, slot);
      this.numbers = withRoom(this.numbers, VERDICT_NUMBERS * (slot + 1));
    }
    this.texts[2 * slot] = a;
    this.texts[2 * slot + 1] = b;
    if (packVerdict(verdict, this.numbers, VERDICT_NUMBERS * slot)) this.unpacked.delete(slot);
    else this.unpacked.set(slot, verdict);
  }

  /** Whether pair `key` has a verdict reached on texts `a` and `b`. */
  has(key: number, a: string, b: string): boolean {
    return this.slotOn(key, a, b) !== undefined;
  }

  /** The verdict on pair `key` if it was reached on texts `a` and `b`, else `undefined` (a new object at every call). */
  verdict(key: number, a: string, b: string): PairVerdict | undefined {
    const slot = this.slotOn(key, a, b);
    return slot === undefined ? undefined : this.at(slot);
  }

  /** The verdict on pair `key`, whatever texts it was reached on, or `undefined`. */
  latest(key: number): PairVerdict | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.at(slot);
  }

  /** Every pair's key, texts and verdict, in the order the pairs were first set. */
  *entries(): IterableIterator<{ key: number; a: string; b: string; verdict: PairVerdict }> {
    for (const [key, slot] of this.slots) yield { key, a: this.texts[2 * slot]!, b: this.texts[2 * slot + 1]!, verdict: this.at(slot) };
  }

  private slotOn(key: number, a: string, b: string): number | undefined {
    const slot = this.slots.get(key);
    return slot !== undefined && this.texts[2 * slot] === a && this.texts[2 * slot + 1] === b ? slot : undefined;
  }

  private at(slot: number): PairVerdict {
    return this.unpacked.get(slot) ?? verdictAt(this.numbers, VERDICT_NUMBERS * slot);
  }
}
