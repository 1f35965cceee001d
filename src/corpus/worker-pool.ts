/**
 * Spreading the corpus stage's batches over `worker_threads`, *synchronously*: `alignCorpus`
 * returns a plain result, so the main thread posts each worker chunks of items, works on chunks
 * itself meanwhile, collects replies with `receiveMessageOnPort` (the technique of `synckit`), and at
 * the end blocks on a shared counter (`Atomics.wait`) for the last ones. Results are put back in item
 * order, so the output is identical to a run in one thread.
 *
 * The worker script is `worker.js` next to the built module (`dist/worker.js`). When it is absent —
 * running from TypeScript sources under vitest or tsx — or when the compare options hold a function
 * (which cannot cross threads), the pool runs everything in-process.
 *
 * A worker that dies (over its heap cap, or a crash) costs time, not the run: while a reply is overdue
 * the pool checks whether the worker's thread still exists (`worker-liveness.ts`); the chunks it held
 * unanswered are dealt again (to this thread or another worker), and a new worker takes its place, up
 * to {@link MAX_REPLACEMENTS} times per pool. Results stay identical and in item order.
 *
 * Tasks may overlap: one started in the background (the report's echo verification) gives the workers
 * its chunks whenever the task started after it (the clusters' comparisons) has none left for them.
 *
 * @module
 */

import type { ResourceLimits } from 'node:worker_threads';
import { posted, runInSteps, runTask, type Task } from './corpus-tasks.js';
import { DEFAULT_WORKER_LIMITS, pollWorker, spawnWorker, workerScript, type PoolWorker } from './pool-worker.js';
import { TaskChunks, taken } from './task-chunks.js';
import { FIELDS_PER_SLOT, STALL_MS, STUCK_MS, counterIndex, threadAlive } from './worker-liveness.js';
import type { PostedReply } from './packed-replies.js';

/**
 * Items per chunk: the unit of work dealt to a thread. Small enough that threads finish together
 * (a verification takes about a millisecond, an extraction several), large enough that a message
 * costs little against the work it carries. A chunk of pairs is posted with each distinct text once
 * (`posted`), so larger chunks share more texts: 128 → 256 pairs and 64 → 128 comparisons took
 * 62.7 / 62.9 / 55.7 s to 60.3 / 60.9 / 55.1 s at 100,000 articles (alternated). A probe item is already a range of
 * family heads (`HEADS_PER_RANGE` in `head-probes.ts`), dealt one at a time.
 */
export const ITEMS_PER_CHUNK: Readonly<Record<Task['op'], number>> = { extract: 16, verify: 256, compare: 128, probe: 1 };

/**
 * Chunks a worker holds at once, by the kind of task dealt: one to work on and more waiting in its port, so
 * that it does not idle while this thread finishes a chunk of its own, or a piece of its own work, before
 * serving it again. A chunk of comparisons takes the worker about 5 ms (at 100,000 articles, 185,232 comparisons in
 * about 7.5 s of its samples), so three of them ran out during one of this thread's young-generation collections
 * or while it assembled a large cluster.
 */
const CHUNKS_IN_FLIGHT: Record<Task['op'], number> = { extract: 3, verify: 3, compare: 12, probe: 3 };

/**
 * Items this thread runs between two pumps when it does a chunk itself, so that the workers' queues do not run dry
 * meanwhile: at the end of the clusters' verification at 100,000 articles, while this thread did chunks of its own
 * for about 3 s, the worker idled 0.8 s of it (0.1 s with these pumps; CPU profiles, BENCHMARKS.md, session 30).
 */
const ITEMS_BETWEEN_PUMPS: Record<Task['op'], number> = { extract: 16, verify: 32, compare: 16, probe: 1 };

/** A small batch (one progress step) is still cut into this many chunks per thread, so its threads finish together. */
const MIN_CHUNKS_PER_THREAD = 8;

/** How long this thread blocks for a reply before checking whether the worker is still alive. */
const WAIT_SLICE_MS = 50;

/**
 * Workers replaced after dying, per pool: a worker that dies again and again (a cap too small for the
 * data) is not restarted forever; once they are used up the pool goes on with the threads it has left.
 */
const MAX_REPLACEMENTS = 4;

/** A task started on the pool (see {@link TaskPool.start}). */
export interface RunningTask<R> {
  /** Collects the replies that have arrived and sends the workers more chunks; never waits. */
  pump(): void;
  /** Number of leading items whose results are in: `result(i)` is final for every `i` below it. */
  ready(): number;
  /** The result of item `i`, once `i < ready()`. */
  result(i: number): R;
  /**
   * The result of item `i`, once `i < ready()`, handed over: the task holds it no longer (`result(i)` and
   * the array `finish` returns then give `undefined` there). A caller that consumes results as they come in
   * takes each once it is done with it, so that a long batch's results are not all alive until its end.
   */
  take(i: number): R;
  /**
   * Does the remaining chunks on this thread too, waits for the workers, and returns all results in
   * item order. `between` is called after each chunk this thread does, after each reply it waits for,
   * and once all results are in: the caller can consume the {@link RunningTask.ready} results meanwhile
   * and has consumed them all when `finish` returns. With `help` false this thread does no chunk itself while a
   * worker is alive: it only collects the replies, and `between` has all its time (see `overlapped-report.ts`).
   */
  finish(between?: () => void, help?: boolean): R[];
}

/**
 * A task started open on the pool (see {@link TaskPool.open}): its items are added while it runs, and the
 * workers get each chunk as it fills. `finish` closes it: no item is added after.
 */
export interface OpenTask<R> extends RunningTask<R> {
  /** Appends an item; its chunk goes to a worker once full (the last, partial one at `finish`). */
  add(item: Task['items'][number]): void;
}


/**
 * Runs batches of tasks in this thread and `threads - 1` workers.
 *
 * Work is dealt in chunks as threads become free, not in equal shares fixed in advance: this thread
 * also has its own work between batches (receiving the replies, blocking, building the report) and
 * workers run at different speeds on a shared machine, so fixed shares left a thread idle at every
 * barrier (on 1,000 news articles the worker idled a quarter of the time). Each chunk's results are
 * put back at its place, so the output does not depend on which thread ran what.
 */
export class TaskPool {
  private readonly workers: PoolWorker[] = [];
  /** Per worker slot: a counter raised by the worker after each reply (so this thread can block until one comes) and its thread id. */
  private readonly flags: Int32Array;
  private readonly limits: ResourceLimits;
  private replacementsLeft = MAX_REPLACEMENTS;
  private died = 0;
  /** Tasks started and not finished, in the order they were started. */
  private readonly active: TaskChunks<unknown>[] = [];

  /**
   * @param threads total threads, this one included; 1 runs everything in-process.
   * @param script the worker script (default: the built `worker.js` next to this module, if any).
   * @param limits each worker's heap limits (tests pass small ones to make a worker die).
   */
  constructor(
    threads: number,
    private readonly script: URL | null = threads > 1 ? workerScript() : null,
    limits: ResourceLimits = {},
  ) {
    const helpers = script === null ? 0 : threads - 1;
    this.limits = { ...DEFAULT_WORKER_LIMITS, ...limits };
    this.flags = new Int32Array(new SharedArrayBuffer(4 * FIELDS_PER_SLOT * Math.max(1, helpers)));
    for (let slot = 0; slot < helpers; slot++) this.workers.push(spawnWorker(this.script!, this.flags, slot, this.limits));
  }

  /** Number of threads in use (1 when workers are unavailable, fewer than asked once dead workers can no longer be replaced). */
  get threads(): number {
    return this.workers.length + 1;
  }

  /** Workers that died (or stalled) during this pool's life; each was replaced while {@link MAX_REPLACEMENTS} allowed. */
  get deaths(): number {
    return this.died;
  }

  /** Runs `task` over all its items and returns the results in item order. */
  run<R>(task: Task): R[] {
    return this.start<R>(task).finish();
  }

  /**
   * Starts `task`: the workers get their first chunks at once. Until {@link RunningTask.finish} is
   * called, this thread is free for other work, during which it should call {@link RunningTask.pump}
   * now and then (every few milliseconds) to collect replies and keep the workers fed.
   *
   * Tasks may overlap: a task started while another runs (and finished before it) takes precedence
   * for the workers, and the earlier one fills their time whenever the later has no chunk left to give
   * out (the echo pairs are verified so, in the background of the clusters' comparisons). Every
   * started task must be finished.
   */
  start<R>(task: Task): RunningTask<R> {
    return this.begin<R>(task, false);
  }

  /**
   * Starts `task` open, its items still to come (`add`): the workers get each chunk as soon as it is full,
   * while this thread asks for more (the report's comparisons are compared while they are planned). As for
   * {@link TaskPool.start}, this thread calls `pump` now and then until `finish`, which closes the task.
   *
   * @example
   * const running = pool.open<PackedComparison>({ op: 'compare', items: [], settings });
   * for (const pair of plannedPairs()) running.add(pair);
   * const comparisons = running.finish();
   */
  open<R>(task: Task): OpenTask<R> {
    return this.begin<R>(task, true);
  }

  /** {@link TaskPool.start} or, with `open`, {@link TaskPool.open}. */
  private begin<R>(task: Task, open: boolean): OpenTask<R> {
    const items: unknown[] = task.items;
    if (this.workers.length === 0 || (!open && items.length < 2)) {
      let done: R[] | null = null;
      return {
        add: (item) => {
          if (!open || done !== null) throw new Error('items can only be added to an open task');
          items.push(item);
        },
        pump: () => undefined,
        ready: () => (done === null ? 0 : done.length),
        result: (i) => done![i]!,
        take: (i) => taken(done!, i),
        finish: (between = () => undefined) => {
          done = runTask(task) as R[];
          between();
          return done;
        },
      };
    }
    // an open task's length is not known: its chunks are the full size
    const size = open ? ITEMS_PER_CHUNK[task.op] : Math.max(1, Math.min(ITEMS_PER_CHUNK[task.op], Math.ceil(items.length / (MIN_CHUNKS_PER_THREAD * this.threads))));
    const chunks = new TaskChunks<R>(task, size, open);
    this.active.push(chunks as TaskChunks<unknown>);
    const pump = () => this.pump();
    pump();
    const finish = (between: () => void = () => undefined, help = true) => {
      chunks.close();
      try {
        for (;;) {
          // This thread takes a chunk whenever the workers are served (unless told not to help while it has a
          // worker), and collects what they have done.
          if (help || this.workers.length === 0) {
            for (let chunk = chunks.deal(); chunk !== undefined; chunk = chunks.deal()) {
              const part = chunks.part(chunk);
              chunks.store(chunk, runInSteps(part, ITEMS_BETWEEN_PUMPS[part.op], runTask, pump));
              pump();
              between();
            }
          }
          if (chunks.outstanding === 0 && !chunks.left) {
            between();
            return chunks.results;
          }
          // a worker holding a chunk of this task; else (its chunks all wait to be dealt while the workers hold an
          // earlier task's) one holding any, whose reply frees a place for this task's next chunk
          const helper =
            this.workers.find((candidate) => candidate.pending.some((sent) => sent.owner === chunks)) ?? this.workers.find((candidate) => candidate.pending.length > 0);
          if (helper === undefined) {
            pump();
            continue;
          }
          const reply = this.receive(helper);
          if (reply === null) {
            this.replace(helper);
          } else {
            this.deliver(helper, reply);
            // while this thread waits for its task's last chunks, the workers may go on with an earlier task's
            this.pump();
          }
          between();
        }
      } finally {
        const at = this.active.indexOf(chunks as TaskChunks<unknown>);
        if (at >= 0) this.active.splice(at, 1);
      }
    };
    return { add: (item) => chunks.add(item), pump, ready: () => chunks.ready(), result: (i) => chunks.results[i]!, take: (i) => taken(chunks.results, i), finish };
  }

  /** Collects the replies that have arrived, replaces dead workers, and sends the workers more chunks; never waits. */
  private pump(): void {
    for (const helper of [...this.workers]) {
      this.collect(helper);
      if (helper.pending.length > 0 && Date.now() - helper.lastCheck >= WAIT_SLICE_MS && this.dead(helper)) {
        this.collect(helper);
        this.replace(helper);
      }
      if (this.workers.includes(helper)) this.feed(helper);
    }
  }

  /** Hands each reply of `helper` that has arrived to the task it is for. */
  private collect(helper: PoolWorker): void {
    for (let reply = pollWorker(helper); reply !== undefined; reply = pollWorker(helper)) this.deliver(helper, reply);
  }

  /** Hands `reply`, the answer to the oldest chunk `helper` holds, to the task it is for. */
  private deliver(helper: PoolWorker, reply: PostedReply): void {
    const sent = helper.pending.shift()!;
    sent.owner.answered(sent.chunk, reply);
    helper.lastProgress = Date.now();
  }

  /** Sends `helper` chunks up to {@link CHUNKS_IN_FLIGHT}, of the latest started task that has any left. */
  private feed(helper: PoolWorker): void {
    for (let t = this.active.length - 1; t >= 0; ) {
      const owner = this.active[t]!;
      if (helper.pending.length >= CHUNKS_IN_FLIGHT[owner.op]) break;
      const chunk = owner.deal();
      if (chunk === undefined) {
        t--;
        continue;
      }
      if (helper.pending.length === 0) helper.lastProgress = Date.now();
      owner.outstanding++;
      helper.pending.push({ owner, chunk });
      helper.port.postMessage(posted(owner.part(chunk)));
    }
  }

  /** Stops the workers. */
  close(): void {
    for (const helper of this.workers) {
      helper.port.close();
      void helper.worker.terminate();
    }
    this.workers.length = 0;
  }

  /**
   * Whether `helper` has died: its thread is gone, or it held work and stayed silent too long
   * (`worker-liveness.ts`).
   */
  private dead(helper: PoolWorker): boolean {
    const now = Date.now();
    helper.lastCheck = now;
    const alive = threadAlive(this.flags, helper.slot);
    if (alive === false) return true;
    return helper.pending.length > 0 && now - helper.lastProgress > (alive === null ? STALL_MS : STUCK_MS);
  }

  /**
   * Stops a dead `helper` and puts a new worker in its place (or drops it when no replacement is left);
   * the chunks it held unanswered go back to their tasks, to be dealt again.
   */
  private replace(helper: PoolWorker): void {
    for (const sent of helper.pending.splice(0)) sent.owner.lost(sent.chunk);
    helper.port.close();
    void helper.worker.terminate();
    this.died++;
    if (this.replacementsLeft > 0) {
      this.replacementsLeft--;
      Object.assign(helper, spawnWorker(this.script!, this.flags, helper.slot, this.limits));
    } else {
      this.workers.splice(this.workers.indexOf(helper), 1);
    }
  }

  /**
   * The next reply, waiting for it (on the worker's counter, so no wake-up is missed), or `null` when
   * the worker has died first (replies it posted before dying are still read).
   */
  private receive(helper: PoolWorker): PostedReply | null {
    const counter = counterIndex(helper.slot);
    for (;;) {
      const seen = Atomics.load(this.flags, counter);
      const reply = pollWorker(helper);
      if (reply !== undefined) return reply;
      if (Atomics.wait(this.flags, counter, seen, WAIT_SLICE_MS) === 'timed-out' && this.dead(helper)) return pollWorker(helper) ?? null;
    }
  }
}
