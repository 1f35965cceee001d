/**
 * A bounded memo of quote profiles (`profileText`) for the extraction task.
 *
 * Why: in replicated news about half of all quotes are exact copies of a quote seen a few thousand
 * quotes earlier (the same agency text in many outlets), and profiling a quote (tokenising it,
 * cutting keys, sorting keys and key pairs) was a third of the extraction task's time. Equal texts
 * have equal profiles, so the memo changes no result; a profile found here is the very object
 * returned for the earlier copy, and callers only read it.
 *
 * The memo is per thread (each worker has its own) and holds at most two generations of
 * {@link GENERATION} texts: when the young one is full it becomes the old one and the old one is
 * dropped, an approximation of least-recently-used that costs one Map look-up more on a miss.
 *
 * @module
 */

import { profileText, type TextProfile } from './content-keys.js';
import { GenerationalMemo } from '../generational-memo.js';

/** Texts per generation: the memo holds between one and two generations, a few MB at most. */
const GENERATION = 16_384;

const profiles = new GenerationalMemo<TextProfile>(GENERATION);

/**
 * `profileText(text)`, from the memo when the same text was profiled recently in this thread.
 *
 * @example
 * profileQuote('Never underestimate Russia.') === profileQuote('Never underestimate Russia.');
 * //=> true
 */
export function profileQuote(text: string): TextProfile {
  const known = profiles.recent(text);
  if (known !== undefined) return known;
  const profile = profiles.older(text) ?? profileText(text);
  profiles.remember(detached(text), profile);
  return profile;
}

/**
 * A copy of `text` that holds no reference to a longer string. A quote's text is a slice of its
 * article, which V8 keeps as a view of the whole article: as a memo key it would keep the article
 * alive. Concatenation and a slice make a flat copy one character longer, whose slice is then a view
 * of that copy only.
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}
