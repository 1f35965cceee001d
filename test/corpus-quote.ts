/**
 * Corpus quotes for the corpus tests, built without extracting (the store and the echo search take them as
 * they are).
 */
import type { CorpusQuote } from '../src/types.js';

/**
 * `text` as an utterance at `start` of article `articleId` (id `articleId:start`), credited to `speaker` (a
 * name) when given, from `source`.
 *
 * @example
 * corpusQuoteAt('a', 10, 'we are ready', 'Peskov').speaker?.name; //=> 'Peskov'
 */
export function corpusQuoteAt(articleId: string, start: number, text: string, speaker: string | null = null, source: string | null = null): CorpusQuote {
  return {
    text,
    start,
    end: start + text.length,
    marks: { open: '"', close: '"' },
    speaker: speaker === null ? null : { name: speaker, mention: { start: 0, end: 1, text: 'x' }, cue: null, via: 'cue' },
    kind: 'utterance',
    flags: [],
    articleId,
    id: `${articleId}:${start}`,
    source,
  };
}
