import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Int32Chunks, withRoom } from '../src/typed-growth.js';

describe('withRoom (growing typed arrays)', () => {
  it('returns the array itself while it has room', () => {
    const small = Int32Array.of(1, 2, 3);
    expect(withRoom(small, 0)).toBe(small);
    expect(withRoom(small, 3)).toBe(small);
  });

  it('copies into an array of the same type, twice as long or as long as needed', () => {
    const ints = withRoom(Int32Array.of(1, 2), 3);
    expect(ints).toBeInstanceOf(Int32Array);
    expect(Array.from(ints)).toEqual([1, 2, 0, 0]);
    const doubles = withRoom(Float64Array.of(0.5, 1.25), 7);
    expect(doubles).toBeInstanceOf(Float64Array);
    expect(Array.from(doubles)).toEqual([0.5, 1.25, 0, 0, 0, 0, 0]);
  });
});

describe('Int32Chunks (a list grown in fixed chunks)', () => {
  it('reads back what was pushed and set, across the first chunk and into the next ones', () => {
    const list = new Int32Chunks();
    // 65,536 elements fill the first chunk; the rest go into two more
    const total = 150_000;
    const indices = Array.from({ length: total }, (_, i) => list.push(i * 7 - 3));
    expect(indices.every((index, i) => index === i)).toBe(true);
    list.set(65_535, -1);
    list.set(65_536, -2);
    list.set(total - 1, 2 ** 31 - 1);
    expect(list.length).toBe(total);
    expect([list.get(0), list.get(65_534), list.get(65_535), list.get(65_536), list.get(131_072), list.get(total - 1)]).toEqual([-3, 458_735, -1, -2, 917_501, 2 ** 31 - 1]);
  });

  it('holds the same values as a plain array (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 300 }), (values) => {
        const list = new Int32Chunks();
        for (const value of values) list.push(value);
        expect(Array.from({ length: list.length }, (_, i) => list.get(i))).toEqual(values);
      }),
    );
  });
});
