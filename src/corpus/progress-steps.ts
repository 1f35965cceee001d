/**
 * Telling `onProgress` (see {@link CorpusOptions}) how far one stage of the corpus work has got. In
 * this thread alone, a batch is run in steps of a few hundred items, and the hook is called before the
 * first step and after each ({@link StageProgress.run}). Every item of a batch is independent, so a
 * batch run in steps gives the very results of one run at once; without a hook the batch is not split
 * at all. A batch spread over worker threads is run in one go, and followed as its results come in
 * ({@link StageProgress.follow}). The hook is called here, on the calling thread: it never travels to a
 * worker (tasks carry only plain settings).
 *
 * @module
 */

import { runInSteps, type Task } from './corpus-tasks.js';
import type { CorpusOptions } from '../types.js';

/** The progress hook of {@link CorpusOptions}. */
export type ProgressHook = NonNullable<CorpusOptions['onProgress']>;

/** A stage reported to the hook. */
export type ProgressStage = Parameters<ProgressHook>[0]['stage'];

/**
 * Items per step and thread: an extraction takes milliseconds per article, a verification or
 * comparison well under one, so a step lasts long enough that its cost (a slice, a call) is lost in
 * the work, and short enough for a bar to move smoothly. A batch followed on the worker pool reports
 * each time this many more items per thread are done.
 */
export const ITEMS_PER_STEP: Readonly<Record<Task['op'], number>> = { extract: 8, verify: 256, compare: 64, probe: 1 };

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
    const step = this.begin(task.op, task.items.length);
    if (step === null) return run(task);
    const before = this.done;
    return runInSteps(task, step, run, (done) => {
      this.done = before + done;
      this.tell();
    });
  }

  /**
   * Follows a batch of `count` items of operation `op` run in one go elsewhere (on the worker pool), and
   * returns what `body` returns. `body` is handed `advance`, to be called with the number of the batch's
   * leading items done whenever it likes (it must never go back); the hook is called before the batch,
   * each time `advance` reports a step ({@link ITEMS_PER_STEP} per thread) more than the hook last heard,
   * and once `body` has returned.
   *
   * Why not {@link StageProgress.run} on the pool: each step is a batch of its own there, and the threads
   * wait for each other at every step's end. With a worker, 100,000 news articles were extracted in 27.8 s
   * in steps against 28.8 s by this thread alone, its share of the steps waiting on the worker's last chunks
   * and the worker on the next step (BENCHMARKS.md, session 13).
   */
  follow<R>(op: Task['op'], count: number, body: (advance: (done: number) => void) => R): R {
    const before = this.done;
    const step = this.begin(op, count);
    if (step === null) return body(() => undefined);
    // the batch's items the hook has heard of
    let heard = 0;
    const result = body((done) => {
      if (done - heard < step || done >= count) return;
      heard = done;
      this.done = before + done;
      this.tell();
    });
    if (count > 0) {
      this.done = before + count;
      this.tell();
    }
    return result;
  }

  /**
   * Opens a batch of `count` items of operation `op`: adds them to the total and tells the hook, then returns
   * the items per step; `null` when there is nothing to tell (no hook, or an empty batch after the first:
   * an empty first batch still shows the stage, at 0 of 0).
   */
  private begin(op: Task['op'], count: number): number | null {
    if (this.hook === null || (this.started && count === 0)) return null;
    this.started = true;
    this.total += count;
    this.tell();
    return ITEMS_PER_STEP[op] * this.threads;
  }

  /** Calls the hook with the stage's progress so far (only when there is one). */
  private tell(): void {
    this.hook?.({ stage: this.stage, done: this.done, total: this.total });
  }
}
