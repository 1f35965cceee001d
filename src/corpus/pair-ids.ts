/**
 * Numbers for pairs of key ids (the candidate index's key pairs), in typed arrays: an open-addressing
 * table of pair numbers, and each pair's two ids by its number. Why: keyed by strings ("russia undere"),
 * the pairs were a string, a map entry and a posting array each, held by the index: at 100,000 articles
 * of replicated news, hundreds of thousands of small objects the collector copied, promoted and marked
 * again at each full collection, and as many more, garbage once the echo search was done, in the index of
 * its windows.
 *
 * @module
 */

import { withRoom } from '../typed-growth.js';

/**
 * Pairs of non-negative integers `(low, high)`, numbered `0, 1, 2, …` in the order first seen.
 *
 * @example
 * const pairs = new PairIds();
 * [pairs.idOf(3, 7), pairs.idOf(1, 2), pairs.idOf(3, 7), pairs.find(2, 1)];
 * //=> [0, 1, 0, -1]
 */
export class PairIds {
  /** Open addressing: each slot holds a pair's number plus one, or 0. */
  private slots = new Int32Array(64);
  private lows = new Int32Array(32);
  private highs = new Int32Array(32);
  /** Number of pairs. */
  count = 0;

  /** The number of `(low, high)`, or -1 when it has none. */
  find(low: number, high: number): number {
    return this.slots[this.slotOf(low, high)]! - 1;
  }

  /** The number of `(low, high)`, given it if it has none. */
  idOf(low: number, high: number): number {
    const slot = this.slotOf(low, high);
    if (this.slots[slot] !== 0) return this.slots[slot]! - 1;
    const id = this.count++;
    this.lows = withRoom(this.lows, this.count);
    this.highs = withRoom(this.highs, this.count);
    this.lows[id] = low;
    this.highs[id] = high;
    this.slots[slot] = id + 1;
    // at most half full, so that a probe ends soon on an empty slot
    if (2 * this.count > this.slots.length) this.grow();
    return id;
  }

  /** The slot holding `(low, high)`, or the empty slot where it would go. */
  private slotOf(low: number, high: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(low, high) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0 || (this.lows[held - 1] === low && this.highs[held - 1] === high)) return slot;
    }
  }

  /** The first integer of pair `id`. */
  low(id: number): number {
    return this.lows[id]!;
  }

  /** The second integer of pair `id`. */
  high(id: number): number {
    return this.highs[id]!;
  }

  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = hash(this.lows[id]!, this.highs[id]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** A 32-bit mix of two integers (multiplicative hashing, then the high bits folded into the low ones). */
function hash(low: number, high: number): number {
  const h = Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x7f4a7c15, 0x85ebca6b);
  return h ^ (h >>> 15);
}
