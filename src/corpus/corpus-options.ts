/**
 * Checking what callers pass to {@link alignCorpus} and {@link QuoteIndex}: misuse throws a
 * {@link QuoteDivergenceError} with a stable code, before any work is done.
 *
 * @module
 */

import { QuoteDivergenceError } from '../errors.js';
import type { ProgressHook } from './progress-steps.js';
import type { Article, CompareOptions, CorpusOptions } from '../types.js';

/** {@link CorpusOptions} with every default filled in. */
export interface ResolvedCorpusOptions {
  minSimilarity: number;
  echoes: boolean;
  workers: number;
  compare: CompareOptions;
  minTokens: number;
  /** The progress hook, or `null`: never serialised, never sent to a worker. */
  onProgress: ProgressHook | null;
}

/** Default minimum similarity (1 - divergence on the overlap) for two quotes to join a cluster. */
export const DEFAULT_MIN_SIMILARITY = 0.35;

/** Fills in defaults and rejects out-of-range options. */
export function resolveCorpusOptions(options: CorpusOptions | undefined): ResolvedCorpusOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'options must be an object');
  }
  const minSimilarity = options?.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  checkMinSimilarity(minSimilarity);
  const workers = options?.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1) {
    throw new QuoteDivergenceError('OPTION_OUT_OF_RANGE', `workers must be a positive integer, got ${String(workers)}`);
  }
  const minTokens = options?.minTokens ?? 2;
  if (!Number.isInteger(minTokens) || minTokens < 1) {
    throw new QuoteDivergenceError('OPTION_OUT_OF_RANGE', `minTokens must be a positive integer, got ${String(minTokens)}`);
  }
  const echoes = options?.echoes ?? true;
  if (typeof echoes !== 'boolean') throw new QuoteDivergenceError('INVALID_ARGUMENT', 'echoes must be a boolean');
  const compare = options?.compare ?? {};
  if (typeof compare !== 'object' || compare === null) {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', 'compare must be an object of compare options');
  }
  const onProgress = options?.onProgress ?? null;
  if (onProgress !== null && typeof onProgress !== 'function') throw new QuoteDivergenceError('INVALID_ARGUMENT', 'onProgress must be a function');
  return { minSimilarity, echoes, workers, compare, minTokens, onProgress };
}

/** Throws unless `value` is a number in [0, 1]. */
export function checkMinSimilarity(value: unknown): asserts value is number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new QuoteDivergenceError('OPTION_OUT_OF_RANGE', `minSimilarity must be a number in [0, 1], got ${String(value)}`);
  }
}

/**
 * Throws unless `articles` is an array of articles with non-empty, unique string ids
 * (unique also against `known`, the ids already indexed).
 */
export function checkArticles(articles: unknown, known: ReadonlySet<string> = new Set()): asserts articles is Article[] {
  if (!Array.isArray(articles)) throw new QuoteDivergenceError('INVALID_ARGUMENT', 'articles must be an array');
  const seen = new Set<string>();
  articles.forEach((article: unknown, i) => {
    if (typeof article !== 'object' || article === null) {
      throw new QuoteDivergenceError('INVALID_ARGUMENT', `articles[${i}] must be an object`);
    }
    const { id, text, source } = article as Record<string, unknown>;
    if (typeof id !== 'string') throw new QuoteDivergenceError('INVALID_ARGUMENT', `articles[${i}].id must be a string`);
    if (typeof text !== 'string') throw new QuoteDivergenceError('INVALID_ARGUMENT', `articles[${i}].text must be a string`);
    if (source !== undefined && typeof source !== 'string') {
      throw new QuoteDivergenceError('INVALID_ARGUMENT', `articles[${i}].source must be a string when given`);
    }
    if (id.length === 0) throw new QuoteDivergenceError('EMPTY_ID', `articles[${i}].id is empty`);
    if (seen.has(id) || known.has(id)) throw new QuoteDivergenceError('DUPLICATE_ID', `article id "${id}" is used twice`);
    seen.add(id);
  });
}
