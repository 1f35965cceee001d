/**
 * The pool's worker threads lower their own priority on Linux, and leave it alone elsewhere (where it is the
 * whole process's). The calls to the system are replaced here; `corpus-workers.test.ts` checks a real worker.
 */
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority, WORKER_NICENESS_STEP, type PriorityCalls } from '../src/corpus/worker-priority.js';

/** Fake system calls starting at niceness `start`, recording what was set. */
function fake(platform: NodeJS.Platform, start: number, refuse = false): PriorityCalls & { setTo: number[] } {
  const setTo: number[] = [];
  return {
    platform,
    get: () => start,
    set: (niceness) => {
      if (refuse) throw new Error('EACCES');
      setTo.push(niceness);
    },
    setTo,
  };
}

describe('lowerThreadPriority', () => {
  it('raises the niceness by the step on Linux', () => {
    const calls = fake('linux', 0);
    expect(lowerThreadPriority(calls)).toBe(WORKER_NICENESS_STEP);
    expect(calls.setTo).toEqual([10]);
  });

  it('stops at 19, the lowest priority', () => {
    const calls = fake('linux', 15);
    expect(lowerThreadPriority(calls)).toBe(19);
    expect(calls.setTo).toEqual([19]);
  });

  it('leaves the priority alone on macOS and Windows, where it is the whole process', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const calls = fake(platform, 0);
      expect(lowerThreadPriority(calls)).toBeNull();
      expect(calls.setTo).toEqual([]);
    }
  });

  it('runs on at the same priority when the system refuses', () => {
    expect(lowerThreadPriority(fake('linux', 0, true))).toBeNull();
  });
});
