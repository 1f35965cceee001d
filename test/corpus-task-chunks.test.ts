import { describe, expect, it } from 'vitest';
import { TaskChunks, taken } from '../src/corpus/task-chunks.js';
import { packedReply } from '../src/corpus/packed-replies.js';
import { runInSteps, runTask, taskPart, type Task, type VerifiedPair } from '../src/corpus/corpus-tasks.js';

const settings = { minSimilarity: 0.35, minTokens: 2, compare: {} };
const pairs: [string, string][] = [
  ['We have seen the gradual invasion of NATO into Ukraine.', 'We are watching a gradual incursion of NATO into Ukraine'],
  ['open secret', 'dove of peace'],
  ['It is an instrument of confrontation', 'an organization that was created for confrontation'],
];

describe('TaskChunks (one started task: chunks dealt, results back in item order)', () => {
  it('puts a packed reply and a chunk done in this thread back in item order, unpacked', () => {
    const task: Task = { op: 'verify', items: pairs, keepAccepted: false, settings };
    const expected = runTask(task) as VerifiedPair[];
    const chunks = new TaskChunks<VerifiedPair>(task, 2);
    expect([chunks.deal(), chunks.deal(), chunks.deal()]).toEqual([0, 1, undefined]);
    chunks.outstanding = 1;
    chunks.store(1, runTask(chunks.part(1)));
    expect(chunks.ready()).toBe(0);
    // chunk 0 comes back from a worker, as it posts it (packed, through the structured clone)
    chunks.answered(0, structuredClone(packedReply(chunks.part(0), runTask(chunks.part(0)))));
    expect(chunks.outstanding).toBe(0);
    expect(chunks.ready()).toBe(3);
    expect(chunks.results).toEqual(expected);
    // a result taken is let go: the array of all results has `undefined` there
    expect(taken(chunks.results, 0)).toEqual(expected[0]);
    expect(chunks.results).toEqual([undefined, expected[1], expected[2]]);
  });

  it('deals the full chunks of an open task as they fill, and the partial last one once it is closed', () => {
    const task: Task = { op: 'verify', items: [], keepAccepted: false, settings };
    const expected = runTask({ ...task, items: pairs }) as VerifiedPair[];
    const chunks = new TaskChunks<VerifiedPair>(task, 2, true);
    expect(chunks.deal()).toBeUndefined();
    chunks.add(pairs[0]!);
    expect([chunks.left, chunks.deal()]).toEqual([false, undefined]);
    chunks.add(pairs[1]!);
    chunks.add(pairs[2]!);
    expect([chunks.left, chunks.deal(), chunks.deal()]).toEqual([true, 0, undefined]);
    chunks.store(0, runTask(chunks.part(0)));
    expect(chunks.ready()).toBe(2);
    chunks.close();
    expect(() => chunks.add(pairs[0]!)).toThrow('open task');
    expect([chunks.deal(), chunks.deal()]).toEqual([1, undefined]);
    chunks.store(1, runTask(chunks.part(1)));
    expect(chunks.ready()).toBe(3);
    expect(chunks.results).toEqual(expected);
  });

  it('grows an open task past the chunks it was sized for, results in item order whichever chunk comes back first', () => {
    const many = Array.from({ length: 41 }, (_, i) => pairs[i % pairs.length]!);
    const task: Task = { op: 'verify', items: [], keepAccepted: false, settings };
    const expected = runTask({ ...task, items: many }) as VerifiedPair[];
    const chunks = new TaskChunks<VerifiedPair>(task, 4, true);
    const dealt: number[] = [];
    for (const pair of many) {
      chunks.add(pair);
      for (let chunk = chunks.deal(); chunk !== undefined; chunk = chunks.deal()) dealt.push(chunk);
    }
    expect(dealt).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    chunks.close();
    dealt.push(chunks.deal()!);
    // stored last chunk first: nothing is ready until chunk 0 is in
    for (const chunk of [...dealt].reverse()) {
      expect(chunks.ready()).toBe(0);
      chunks.store(chunk, runTask(chunks.part(chunk)));
    }
    expect(chunks.ready()).toBe(41);
    expect(chunks.results).toEqual(expected);
  });

  it('deals a lost chunk again before new ones', () => {
    const task: Task = { op: 'verify', items: pairs, keepAccepted: false, settings };
    const chunks = new TaskChunks<VerifiedPair>(task, 1);
    expect([chunks.deal(), chunks.deal()]).toEqual([0, 1]);
    chunks.outstanding = 1;
    chunks.lost(0);
    expect([chunks.deal(), chunks.deal(), chunks.deal()]).toEqual([0, 2, undefined]);
  });
});

describe('runInSteps and taskPart (a task run a few items at a time)', () => {
  it('gives the results of the whole task, in item order, and says after each step how many items are done', () => {
    const task: Task = { op: 'verify', items: pairs, keepAccepted: false, settings };
    const done: number[] = [];
    expect(runInSteps(task, 2, runTask, (count) => done.push(count))).toEqual(runTask(task));
    expect(done).toEqual([2, 3]);
    expect(taskPart(task, 1, 3)).toEqual({ ...task, items: pairs.slice(1, 3) });
  });
});
