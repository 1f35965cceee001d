/**
 * Clauses of a long quote, for matching a short fragment against the part of it that it renders:
 * "can no longer tolerate" against "…, a situation where we couldn't tolerate it anymore." A clause ends
 * at `, ; : . ! ?` followed by a space (or the end of the text).
 *
 * @module
 */

import { isSpace } from '../text/tokens.js';
import { GenerationalMemo } from '../generational-memo.js';
import { wordsAndKeys, type WordsAndKeys } from './text-memo.js';

/** One clause window of a long quote, with its words and keys (see `wordsAndKeys`). */
export interface ClauseWindow {
  text: string;
  /** Position among the quote's windows (the order of {@link clauseWindows}). */
  position: number;
  facts: WordsAndKeys;
}

/**
 * Long quotes whose clause windows are remembered, per generation. A long quote meets many short phrases
 * (about five candidate pairs per quote, and its renderings share their clauses); cutting its windows
 * afresh for each made new strings every time, each hashed whole to find its words and keys: 0.8 s of the
 * 10 s that verification took at 10,000 replicated news articles.
 */
const MAX_LONG_TEXTS = 8_192;

const windowsOf = new GenerationalMemo<readonly ClauseWindow[]>(MAX_LONG_TEXTS);

/**
 * The clause windows of `text` ({@link clauseWindows}) with their words and keys, remembered per thread.
 *
 * @example
 * clauseFacts('We are ready, he said.').map((w) => [w.text, w.facts.words]);
 * //=> [['We are ready', 3], ['We are ready, he said.', 5], ['he said.', 2]]
 */
export function clauseFacts(text: string): readonly ClauseWindow[] {
  let found = windowsOf.get(text);
  if (found === undefined) {
    found = clauseWindows(text).map((window, position) => ({ text: window, position, facts: wordsAndKeys(window) }));
    windowsOf.remember(text, found);
  }
  return found;
}

/** Forgets every quote's clause windows (with the other verification memos, `forgetVerificationMemos`). */
export function forgetClauseFacts(): void {
  if (windowsOf.size > 0) windowsOf.clear();
}

/**
 * Each clause, and each two neighbouring clauses joined, as text.
 *
 * @example
 * clauseWindows('That brought us to the red line, a situation where we could not stand it.');
 * //=> ['That brought us to the red line', 'That brought us to the red line, a situation where we could not stand it.', 'a situation where we could not stand it.']
 */
export function clauseWindows(text: string): string[] {
  const bounds: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const stop = ch === ',' || ch === ';' || ch === ':' || ch === '.' || ch === '!' || ch === '?';
    if (!stop || (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1)))) continue;
    // the separator stays with its clause only when it ends a sentence
    bounds.push([start, ch === ',' || ch === ';' || ch === ':' ? i : i + 1]);
    start = i + 1;
  }
  if (start < text.length) bounds.push([start, text.length]);
  const clauses = bounds.map(([from, to]) => [skipSpace(text, from), to] as [number, number]).filter(([from, to]) => to > from);
  const windows: string[] = [];
  clauses.forEach(([from, to], i) => {
    windows.push(text.slice(from, to));
    const next = clauses[i + 1];
    if (next) windows.push(text.slice(from, next[1]));
  });
  return windows;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
