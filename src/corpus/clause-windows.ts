/**
 * Clauses of a long quote, for matching a short fragment against the part of it that it renders:
 * "can no longer tolerate" against "…, a situation where we couldn't tolerate it anymore." A clause ends
 * at `, ; : . ! ?` followed by a space (or the end of the text).
 *
 * @module
 */

import { isSpace } from '../text/tokens.js';

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
