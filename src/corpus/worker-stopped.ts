/**
 * The corpus report's warning about its own run: worker threads that stopped (over their heap limit, or
 * killed). The pool does their work again, so the results are complete, but the run took longer and the
 * user can act on it (fewer workers, more memory); without the warning they saw only a slow run. It
 * belongs to no article (offsets 0, line and column 1).
 *
 * @module
 */

import { unplacedDiagnostic } from './unplaced-diagnostic.js';
import type { Diagnostic } from '../types.js';

/** Rule id of the diagnostic about worker threads that stopped during a run (it belongs to no article). */
export const WORKER_STOPPED = 'worker-stopped';

/**
 * The run's `worker-stopped` diagnostic, or `null` when no worker stopped. `threadsLeft` is the number of
 * threads the pool still has when it could not replace every worker that stopped (`null` when it has all).
 *
 * @example
 * workerStopped(2, null)?.message;
 * //=> '2 worker threads stopped (over their heap limit, or killed) and their work was done again on the other threads: the results are complete, the run took longer'
 */
export function workerStopped(stopped: number, threadsLeft: number | null): Diagnostic | null {
  if (stopped === 0) return null;
  const [who, its] = stopped === 1 ? ['1 worker thread', 'its'] : [`${stopped} worker threads`, 'their'];
  const left = threadsLeft === null ? '' : `; the run went on with ${threadsLeft === 1 ? 'the calling thread alone' : `${threadsLeft} threads`}`;
  return unplacedDiagnostic(
    WORKER_STOPPED,
    'warning',
    `${who} stopped (over ${its} heap limit, or killed) and ${its} work was done again on the other threads: the results are complete, the run took longer${left}`,
  );
}
