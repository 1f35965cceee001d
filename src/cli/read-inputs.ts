/**
 * The articles named on the command line: `.txt` files (id from the file name, metadata from an
 * `articles.json` sidecar), `.json` (an array of articles), `.jsonl` (one per line), folders of
 * these, and `-` for standard input. A path that does not exist is a usage error; anything unreadable
 * in the data (binary, invalid UTF-8, a bad line, a duplicate id) is skipped and reported, and the
 * rest is still read.
 *
 * @module
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Article } from '../types.js';
import { readJsonArticles, readJsonLinesArticles, readStdinArticles, type InputProblem, type RecordsRead } from './article-records.js';
import { usageError } from './cli-error.js';
import { decodeText } from './decode-text.js';
import { readStream } from './read-stream.js';
import { SIDECAR_NAME, SidecarLookup } from './sidecar.js';

/** Everything read, and every problem met. */
export interface InputsRead {
  articles: Article[];
  problems: InputProblem[];
  /** Number of files read (standard input counts as one). */
  files: number;
}

const READABLE_IN_FOLDERS = new Set(['.txt', '.json', '.jsonl', '.ndjson']);

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function readFileArticles(path: string, sidecars: SidecarLookup): Promise<RecordsRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { articles: [], problems: [{ where: path, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { articles: [], problems: [{ where: path, message: `${decoded.reason}; skipped` }] };
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return readJsonArticles(decoded.text, path);
  if (extension === '.jsonl' || extension === '.ndjson') return readJsonLinesArticles(decoded.text, path);
  const entry = await sidecars.find(path);
  const article: Article & { origin: string } = { id: entry?.id ?? basename(path, extname(path)), text: decoded.text, origin: path };
  for (const field of ['source', 'url', 'title', 'publishedAt'] as const) {
    const value = entry?.[field];
    if (value !== undefined) article[field] = value;
  }
  return { articles: [article], problems: [] };
}

/** The readable files of a folder, sorted by name (not recursive; the sidecar is metadata, not articles). */
async function folderFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name !== SIDECAR_NAME && READABLE_IN_FOLDERS.has(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort(byName)
    .map((name) => join(folder, name));
}

/**
 * Reads the articles at `paths`. Throws a usage error when a path does not exist or `-` is given twice;
 * everything else is collected in `problems`. Articles keep the order of the paths, then of the files.
 */
export async function readInputs(paths: readonly string[], stdin: Readable, onFile?: (path: string) => void): Promise<InputsRead> {
  if (paths.filter((path) => path === '-').length > 1) throw usageError('standard input (-) can be read only once');
  const missing: string[] = [];
  const kinds = new Map<string, 'file' | 'folder'>();
  for (const path of paths) {
    if (path === '-') continue;
    try {
      kinds.set(path, (await stat(path)).isDirectory() ? 'folder' : 'file');
    } catch {
      missing.push(path);
    }
  }
  if (missing.length > 0) throw usageError(`no such file or folder: ${missing.join(', ')}`);

  const problems: InputProblem[] = [];
  const sidecars = new SidecarLookup(problems);
  const read: RecordsRead[] = [];
  let files = 0;
  for (const path of paths) {
    if (path === '-') {
      files++;
      onFile?.('<stdin>');
      const decoded = decodeText(await readStream(stdin));
      read.push(decoded.ok ? readStdinArticles(decoded.text) : { articles: [], problems: [{ where: '<stdin>', message: `${decoded.reason}; skipped` }] });
      continue;
    }
    const targets = kinds.get(path) === 'folder' ? await folderFiles(path) : [path];
    if (targets.length === 0) problems.push({ where: path, message: 'folder has no .txt, .json or .jsonl files' });
    for (const target of targets) {
      files++;
      onFile?.(target);
      read.push(await readFileArticles(target, sidecars));
    }
  }

  const articles: Article[] = [];
  const firstSeen = new Map<string, string>();
  for (const result of read) {
    problems.push(...result.problems);
    for (const { origin, ...article } of result.articles) {
      const previous = firstSeen.get(article.id);
      if (previous !== undefined) {
        problems.push({ where: origin, message: `duplicate article id ${JSON.stringify(article.id)} (first read from ${previous}); skipped` });
        continue;
      }
      firstSeen.set(article.id, origin);
      articles.push(article);
    }
  }
  return { articles, problems, files };
}
