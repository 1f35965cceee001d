/**
 * The one error class thrown for misuse of the API. Problems in the *data*
 * (an unclosed quote, garbled text) never throw: they are reported on the result.
 *
 * @module
 */

/**
 * Stable error codes:
 * - `INVALID_ARGUMENT`: an argument has the wrong type or shape.
 * - `EMPTY_ID`: an article id is empty.
 * - `DUPLICATE_ID`: two articles share an id.
 * - `OPTION_OUT_OF_RANGE`: an option is outside its documented range.
 * - `INVALID_JSON`: {@link QuoteIndex.fromJSON} was given something it did not write.
 */
export type QuoteDivergenceErrorCode =
  | 'INVALID_ARGUMENT'
  | 'EMPTY_ID'
  | 'DUPLICATE_ID'
  | 'OPTION_OUT_OF_RANGE'
  | 'INVALID_JSON';

const BRAND = Symbol.for('quote-divergence.error');

/**
 * Thrown when the API is misused. Check `code`, not `message`.
 *
 * @example
 * try {
 *   extractQuotes(42 as never);
 * } catch (error) {
 *   if (isQuoteDivergenceError(error)) console.log(error.code);
 *   //=> 'INVALID_ARGUMENT'
 * }
 */
export class QuoteDivergenceError extends Error {
  override readonly name = 'QuoteDivergenceError';
  readonly code: QuoteDivergenceErrorCode;
  readonly [BRAND] = true;

  constructor(code: QuoteDivergenceErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * True for a {@link QuoteDivergenceError}, also one from another copy of the package or another realm.
 *
 * @example
 * isQuoteDivergenceError(new QuoteDivergenceError('EMPTY_ID', 'article id is empty'));
 * //=> true
 */
export function isQuoteDivergenceError(value: unknown): value is QuoteDivergenceError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
