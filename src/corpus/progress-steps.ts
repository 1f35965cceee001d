/**
 * Telling `onProgress` (see {@link CorpusOptions}) how far one stage of the corpus work has got: a
 * batch is run in steps of a few hundred items (times the threads), and the hook is called before the
 * first step and after each. Every item of a batch is independent, so a batch run in steps gives the
 * very results of one run at once; without a hook the batch is not split at all. The hook is called
 * here, on the calling thread: it never travels to a worker (tasks carry only plain settings).
 *
 * @module
 */

import type { Task } from './corpus-tasks.js';
import type { CorpusOptions } from '../types.js';

/** The progress hook of {@link CorpusOptions}. */
export type ProgressHook = NonNullable<CorpusOptions['onProgress']>;

/** A stage reported to the hook. */
export type ProgressStage = Parameters<ProgressHook>[0]['stage'];

/**
 * Items per step and thread: an extraction takes milliseconds per article, a verification or
 * comparison well under one, so a step lasts long enough that its cost (a slice, a call, one more
 * message round to the workers) is lost in the work, and short enough for a bar to move smoothly.
 */
export const ITEMS_PER_STEP: Readonly<Record<Task['op'], number>> = { extract: 8, verify: 256, compare: 64 };

/**
 * The progress of one stage, which may run several batches (the clusters' reference search, then
 * the comparisons with the references): `done` and `total` add up over the batches, so `done` never
 * goes back and the last call of each batch has `done === total`.
 */
export class StageProgress {
  private done = 0;
  private total = 0;
  private started = false;

  constructor(
    private readonly stage: ProgressStage,
    private readonly hook: ProgressHook | null,
    private readonly threads: number,
  ) {}

  /** Runs `task` with `run`, in steps when there is a hook, and returns the results in item order. */
  run<R>(task: Task, run: (task: Task) => R[]): R[] {
    const hook = this.hook;
    const items: unknown[] = task.items;
    // An empty batch after the first says nothing new (an empty first batch still shows the stage, at 0 of 0).
    if (hook === null || (this.started && items.length === 0)) return run(task);
    this.started = true;
    this.total += items.length;
    hook({ stage: this.stage, done: this.done, total: this.total });
    const step = ITEMS_PER_STEP[task.op] * this.threads;
    const results: R[] = [];
    for (let from = 0; from < items.length; from += step) {
      const part = run({ ...task, items: items.slice(from, from + step) } as Task);
      for (const result of part) results.push(result);
      this.done += Math.min(step, items.length - from);
      hook({ stage: this.stage, done: this.done, total: this.total });
    }
    return results;
  }
}
