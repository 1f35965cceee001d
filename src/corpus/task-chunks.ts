/**
 * The chunks of one task started on the worker pool (`worker-pool.ts`): which are left to deal, which
 * are out at a worker, and the results put back in item order as chunks come back, whichever thread
 * did them, so that the output does not depend on who ran what. An *open* task grows while it runs
 * (`add`): its full chunks are dealt as they fill, the last, partial one once it is closed.
 *
 * @module
 */

import type { ChunkOwner } from './pool-worker.js';
import { taskPart, type Task } from './corpus-tasks.js';
import { unpackedReply, type PostedReply } from './packed-replies.js';

/**
 * The chunks of one started task: dealt to threads, and their results put back in item order.
 *
 * @example
 * const chunks = new TaskChunks<number>({ op: 'compare', items: [a, b, c], settings }, 2);
 * chunks.deal(); //=> 0 (items 0 and 1)
 * chunks.deal(); //=> 1 (item 2)
 * chunks.store(1, [resultC]);
 * chunks.ready(); //=> 0 (chunk 0 is not in yet)
 */
export class TaskChunks<R> implements ChunkOwner {
  readonly results: R[];
  /** Chunks sent to workers and not answered yet. */
  outstanding = 0;
  /** Chunks whose results are in, and how many leading chunks are (see `ready`). */
  private stored: Uint8Array;
  private leading = 0;
  private next = 0;
  /** Chunks a dead worker held unanswered, dealt again before new ones. */
  private readonly again: number[] = [];
  /** Whether items may still be added (see {@link TaskChunks.add}). */
  private open: boolean;

  /**
   * @param task the task, whose items an open task's {@link TaskChunks.add} appends to.
   * @param size items per chunk.
   * @param open whether items will be added until {@link TaskChunks.close}.
   */
  constructor(
    private readonly task: Task,
    private readonly size: number,
    open = false,
  ) {
    this.open = open;
    this.results = new Array<R>(task.items.length);
    this.stored = new Uint8Array(Math.max(1, Math.ceil(task.items.length / size)));
  }

  /** The kind of the task. */
  get op(): Task['op'] {
    return this.task.op;
  }

  /** Number of chunks that can be dealt: the full ones while the task is open, and the last, partial one once it is closed. */
  private get count(): number {
    const items = this.task.items.length;
    return this.open ? Math.floor(items / this.size) : Math.ceil(items / this.size);
  }

  /** Appends an item to an open task. */
  add(item: Task['items'][number]): void {
    if (!this.open) throw new Error('items can only be added to an open task');
    const items: unknown[] = this.task.items;
    items.push(item);
    this.results.push(undefined as R);
    const chunks = Math.ceil(items.length / this.size);
    if (chunks > this.stored.length) {
      const stored = new Uint8Array(2 * chunks);
      stored.set(this.stored);
      this.stored = stored;
    }
  }

  /** Says that no item will be added: the last, partial chunk can be dealt. */
  close(): void {
    this.open = false;
  }

  /** Whether a chunk is left to deal now (while the task is open, more may fill). */
  get left(): boolean {
    return this.again.length > 0 || this.next < this.count;
  }

  /** The next chunk to deal, if any is left. */
  deal(): number | undefined {
    if (!this.left) return undefined;
    return this.again.shift() ?? this.next++;
  }

  /** The task of one chunk's items. */
  part(chunk: number): Task {
    return taskPart(this.task, chunk * this.size, (chunk + 1) * this.size);
  }

  store(chunk: number, values: readonly unknown[]): void {
    values.forEach((value, k) => (this.results[chunk * this.size + k] = value as R));
    this.stored[chunk] = 1;
    const count = this.count;
    while (this.leading < count && this.stored[this.leading] === 1) this.leading++;
  }

  answered(chunk: number, reply: PostedReply): void {
    this.outstanding--;
    this.store(chunk, unpackedReply(this.part(chunk), reply));
  }

  lost(chunk: number): void {
    this.outstanding--;
    this.again.push(chunk);
  }

  /** Number of leading items whose results are in. */
  ready(): number {
    return Math.min(this.results.length, this.leading * this.size);
  }
}

/**
 * `results[i]`, cleared in `results` (set to `undefined`: a `delete` could turn a long array into a
 * dictionary): a result handed over to a caller that consumes results as they come in.
 *
 * @example
 * const results = ['a', 'b'];
 * [taken(results, 0), results]
 * //=> ['a', [undefined, 'b']]
 */
export function taken<R>(results: R[], i: number): R {
  const result = results[i]!;
  results[i] = undefined as R;
  return result;
}
