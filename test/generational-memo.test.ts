import { describe, expect, it } from 'vitest';
import { GenerationalMemo } from '../src/generational-memo.js';

describe('GenerationalMemo', () => {
  it('turns the full young generation into the old one and drops the old one', () => {
    const memo = new GenerationalMemo<number>(2);
    memo.remember('a', 1);
    memo.remember('b', 2);
    expect([memo.recent('a'), memo.recent('b')]).toEqual([1, 2]);
    memo.remember('c', 3);
    expect([memo.recent('a'), memo.older('a'), memo.older('b'), memo.recent('c')]).toEqual([undefined, 1, 2, 3]);
    memo.remember('a', 1); // found in the old generation and remembered again by its caller
    memo.remember('d', 4); // young {c, a} was full: it becomes the old one, b is gone
    expect([memo.older('a'), memo.older('c'), memo.older('b'), memo.recent('d')]).toEqual([1, 3, undefined, 4]);
  });

  it('counts sizes against the generation, and always keeps a value larger than a generation', () => {
    const memo = new GenerationalMemo<string>(10);
    memo.remember('x', 'six', 6);
    memo.remember('y', 'five', 5); // 6 + 5 > 10: a new generation
    expect([memo.older('x'), memo.recent('y')]).toEqual(['six', 'five']);
    memo.remember('z', 'huge', 50);
    expect([memo.older('y'), memo.recent('z'), memo.older('x')]).toEqual(['five', 'huge', undefined]);
  });
});

describe('GenerationalMemo size and clear', () => {
  it('counts what both generations hold, and forgets everything on clear', () => {
    const memo = new GenerationalMemo<number>(2);
    memo.remember('a', 1);
    memo.remember('b', 2);
    memo.remember('c', 3);
    expect(memo.size).toBe(3);
    memo.clear();
    expect([memo.size, memo.recent('c'), memo.older('a')]).toEqual([0, undefined, undefined]);
    memo.remember('d', 4);
    memo.remember('e', 5);
    memo.remember('f', 6); // the count of the young generation started over at clear
    expect([memo.older('d'), memo.recent('f')]).toEqual([4, 6]);
  });
});

describe('GenerationalMemo.get', () => {
  it('finds a value in either generation and remembers an old one again', () => {
    const memo = new GenerationalMemo<number>(2);
    memo.remember('a', 1);
    memo.remember('b', 2);
    memo.remember('c', 3); // young {c}, old {a, b}
    expect(memo.get('a')).toBe(1); // found in the old generation: remembered again, young {c, a}
    expect(memo.recent('a')).toBe(1);
    memo.remember('d', 4); // young {c, a} was full: it becomes the old one, b is gone
    expect([memo.get('a'), memo.get('b'), memo.get('d'), memo.get('z')]).toEqual([1, undefined, 4, undefined]);
  });
});
