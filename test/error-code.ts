import { expect } from 'vitest';
import { QuoteDivergenceError } from '../src/errors.js';

/** The `code` of the QuoteDivergenceError that `run` throws (failing if it throws anything else), or undefined. */
export function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(QuoteDivergenceError);
    return (error as QuoteDivergenceError).code;
  }
  return undefined;
}
