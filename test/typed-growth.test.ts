import { describe, expect, it } from 'vitest';
import { withRoom } from '../src/typed-growth.js';

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
