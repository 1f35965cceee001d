/**
 * The arrays of an alignment state, reused from comparison to comparison. Why: allocating a
 * typed array costs far more than filling one (≈ 0.3–0.8 µs each for a few dozen elements, plus
 * the collection), and every comparison needs a similarity matrix, its kinds, the link index
 * of each token on both sides, and the links themselves. One buffer per array grows to the
 * largest size seen; views of it are remembered by length, so a length seen before costs no new
 * view either (the link arrays are handed out whole: only their first `count` slots are read).
 *
 * Only one comparison holds the workspace at a time (see alignment-state.ts): a nested one (an
 * `embed` hook that compares) gets fresh arrays.
 *
 * @module
 */

import type { Links } from './alignment-state.js';

/** Views remembered per buffer before they are forgotten (lengths vary with the texts). */
const MAX_VIEWS = 1024;

interface Reused<T> {
  buffer: T;
  views: Map<number, T>;
}

function reused<T>(buffer: T): Reused<T> {
  return { buffer, views: new Map() };
}

/** The first `length` elements of a reused buffer, as a view of exactly that length. */
function viewOf<T extends Float32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(
  pool: Reused<T>,
  length: number,
  make: (length: number) => T,
): T {
  if (pool.buffer.length < length) {
    pool.buffer = make(Math.max(length, 2 * pool.buffer.length));
    pool.views.clear();
  }
  let view = pool.views.get(length);
  if (view === undefined) {
    if (pool.views.size >= MAX_VIEWS) pool.views.clear();
    view = pool.buffer.subarray(0, length) as T;
    pool.views.set(length, view);
  }
  return view;
}

const scores = reused(new Float32Array(4096));
const kinds = reused(new Uint8Array(4096));
const linksA = reused(new Int32Array(256));
const linksB = reused(new Int32Array(256));
let inUse = false;

/** The link arrays (see alignment-state.ts `Links`), whole: only their first `count` slots are read. */
let links = newLinks(256);

function newLinks(capacity: number): Links {
  return {
    count: 0,
    a0: new Int32Array(capacity),
    a1: new Int32Array(capacity),
    b0: new Int32Array(capacity),
    b1: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    score: new Float64Array(capacity),
    moved: new Uint8Array(capacity),
  };
}

/** The arrays of one alignment state (not filled: the caller initialises what it reads). */
export interface Workspace {
  score: Float32Array;
  kind: Uint8Array;
  linkOfA: Int32Array;
  linkOfB: Int32Array;
  /** Empty links with room for one per token of `a` (each link covers at least one). */
  links: Links;
}

const newFloat32 = (length: number) => new Float32Array(length);
const newUint8 = (length: number) => new Uint8Array(length);
const newInt32 = (length: number) => new Int32Array(length);

/**
 * Arrays for an `n` × `m` state: the reused ones when they are free and the matrix has at most
 * `maxCells` cells, fresh ones otherwise. Give them back with {@link releaseWorkspace}.
 */
export function takeWorkspace(n: number, m: number, maxCells: number): Workspace {
  const cells = n * m;
  if (inUse || cells > maxCells) {
    return { score: new Float32Array(cells), kind: new Uint8Array(cells), linkOfA: new Int32Array(n), linkOfB: new Int32Array(m), links: newLinks(n) };
  }
  inUse = true;
  if (links.a0.length < n) links = newLinks(Math.max(n, 2 * links.a0.length));
  links.count = 0;
  return {
    score: viewOf(scores, cells, newFloat32),
    kind: viewOf(kinds, cells, newUint8),
    linkOfA: viewOf(linksA, n, newInt32),
    linkOfB: viewOf(linksB, m, newInt32),
    links,
  };
}

/** Gives the reused arrays back (a no-op for fresh ones) once the state holding `score` is no longer read. */
export function releaseWorkspace(score: Float32Array): void {
  if (score.buffer === scores.buffer.buffer) inUse = false;
}
