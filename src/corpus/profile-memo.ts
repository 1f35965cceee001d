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

/**
 * Texts per generation: the memo holds between one and two generations. That is not a few MB: a profile
 * holds its keys, key pairs and normalised text, and in heap snapshots at 100,000 articles the memo held
 * 29 MB on the calling thread and 33 MB on the worker.
 */
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

/**
 * Forgets every profile. The memo serves the copies met within an extraction; a thread turning to
 * verification or comparison calls this (corpus-tasks.ts), so that the memo's 30 MB or so do not stay
 * on every thread through the rest of a corpus run, when memory peaks. A later extraction fills it again.
 *
 * @example
 * const first = profileQuote('Never underestimate Russia.');
 * forgetProfiles();
 * profileQuote('Never underestimate Russia.') === first;
 * //=> false
 */
export function forgetProfiles(): void {
  if (profiles.size > 0) profiles.clear();
}

/** Number of profiles the memo holds (for tests). */
export function rememberedProfileCount(): number {
  return profiles.size;
}
