/**
 * Verdicts on (short phrase, clause) pairs, remembered per thread.
 *
 * A short quoted phrase is verified against the clauses of every long quote that blocking pairs it
 * with (`verifyPair`). In a news corpus the long quote comes in many renderings — wire copies with a
 * word changed, a sentence cut — that share most of their clauses, so the same phrase meets the same
 * clause again and again; the fragment path was over half of the verification time on replicated news.
 * A verdict depends only on the two texts and the settings, so remembering it changes no result. The
 * memory is bounded: past {@link MAX_CLAUSE_VERDICTS} verdicts it starts over, and it starts over when
 * the settings change.
 *
 * @module
 */

import type { CompareOptions } from '../types.js';
import type { PairVerdict } from './verify-pair.js';

/** Verdicts remembered at most (each is a key of two short texts and a small object). */
export const MAX_CLAUSE_VERDICTS = 50_000;

let settingsKey = '';
let verdicts = new Map<string, PairVerdict>();
let lastCompare: CompareOptions | null = null;

/**
 * The memo for these settings (emptied when they differ from the last call's, or when it is full).
 * Keys are `side + phrase + NUL + clause`; the caller must not change the verdicts it stores.
 *
 * @example
 * clauseMemo({}, 0.35, 2).set('agradual invasion\u0000we see a gradual incursion', verdict);
 */
export function clauseMemo(compare: CompareOptions, minSimilarity: number, minTokens: number): Map<string, PairVerdict> {
  // The options object of one batch is reused for every pair: stringify it only when it changes.
  if (compare !== lastCompare || !settingsKey.startsWith(`${minSimilarity}\u0000${minTokens}\u0000`)) {
    const key = `${minSimilarity}\u0000${minTokens}\u0000${optionsKey(compare)}`;
    lastCompare = compare;
    if (key !== settingsKey) {
      settingsKey = key;
      verdicts = new Map();
    }
  }
  if (verdicts.size >= MAX_CLAUSE_VERDICTS) verdicts = new Map();
  return verdicts;
}

/**
 * Forgets every verdict (the settings are kept). For the calling thread of a corpus report, once it has
 * verified the clusters' pairs (`forgetVerificationMemos` in corpus-tasks.ts).
 *
 * @example
 * clauseMemo({}, 0.35, 2).set('agradual invasion\u0000we see a gradual incursion', verdict);
 * forgetClauseVerdicts();
 * clauseMemo({}, 0.35, 2).size;
 * //=> 0
 */
export function forgetClauseVerdicts(): void {
  if (verdicts.size > 0) verdicts = new Map();
}

const functionOptions = new WeakMap<CompareOptions, number>();

/**
 * Options as a key: their JSON, or — when they hold what JSON would drop or write as `{}` (an
 * `embed` hook, corpus IDF frequencies given as a Map) — a number proper to that options object,
 * so that two hooks or two IDF tables never share verdicts.
 */
function optionsKey(compare: CompareOptions): string {
  const opaque = Object.values(compare).some((value) => typeof value === 'function') || compare.idf?.frequency instanceof Map;
  if (!opaque) return JSON.stringify(compare);
  let id = functionOptions.get(compare);
  if (id === undefined) {
    id = nextId++;
    functionOptions.set(compare, id);
  }
  return `function options #${id}`;
}

let nextId = 1;
