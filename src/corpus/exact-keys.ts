/**
 * Whether an object has exactly the keys a copy of it would build, in their order: the corpus stage copies
 * extracted quotes into compact literals (`shared-quote-parts.ts`, `article-copies.ts`) only when
 * nothing would be lost, and copies anything else whole.
 *
 * Why not `Object.keys(value).join(',')`: that made an array and a string per object checked, four or
 * five per quote on the calling thread (about 150 MB of garbage at 20,000 news articles, in a sampled
 * heap profile). A `for…in` over an object of a known shape reads V8's cached key list and makes nothing.
 *
 * @module
 */

/** The keys of an extracted quote, in their order (`extractQuotes`). */
export const QUOTE_KEYS: readonly string[] = ['text', 'start', 'end', 'marks', 'speaker', 'kind', 'flags'];
/** A quote's keys once it is stamped with its article (`article-copies.ts`). */
export const STAMPED_QUOTE_KEYS: readonly string[] = [...QUOTE_KEYS, 'articleId'];
/** A corpus quote's keys, as `SharedQuoteParts` builds it. */
export const CORPUS_QUOTE_KEYS: readonly string[] = [...QUOTE_KEYS, 'articleId', 'id', 'source'];
/** The keys of a quote's marks, a speaker, a span and a stamped diagnostic, in their order. */
export const MARKS_KEYS: readonly string[] = ['open', 'close'];
export const SPEAKER_KEYS: readonly string[] = ['name', 'mention', 'cue', 'via'];
export const SPAN_KEYS: readonly string[] = ['start', 'end', 'text'];
/** The keys of a quote's blocking profile (`content-keys.ts`), a pair's verdict and a verified pair (`verify-pair.ts`, `corpus-tasks.ts`), in their order. */
export const PROFILE_KEYS: readonly string[] = ['normalised', 'keys', 'words', 'pairs'];
export const VERDICT_KEYS: readonly string[] = ['similarity', 'accepted', 'fragment', 'coverage', 'overlapWords', 'sharesContent', 'linked', 'linkedEnough', 'wholeDivergence'];
export const VERIFIED_PAIR_KEYS: readonly string[] = ['verdict', 'comparison'];
export const DIAGNOSTIC_KEYS: readonly string[] = ['rule', 'message', 'severity', 'start', 'end', 'line', 'column', 'articleId'];

/**
 * True when `value`'s enumerable string keys are exactly `keys`, in that order. An enumerable key
 * inherited from a prototype (one added to `Object.prototype`) counts as one more key: the answer is then
 * `false`, and the caller's whole copy keeps every own key.
 *
 * @example
 * hasKeys({ start: 0, end: 3, text: 'yes' }, SPAN_KEYS); //=> true
 * hasKeys({ end: 3, start: 0, text: 'yes' }, SPAN_KEYS); //=> false (another order)
 * hasKeys({ start: 0, end: 3, text: 'yes', note: 1 }, SPAN_KEYS); //=> false
 */
export function hasKeys(value: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in value) {
    if (key !== keys[i]) return false;
    i++;
  }
  return i === keys.length;
}
