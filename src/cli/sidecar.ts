/**
 * Article metadata for a folder of `.txt` files: an `articles.json` next to the files (or in the
 * folder above, as in `fixtures/`) holding `[{ id, file, outlet, language, url?, title?, publishedAt? }]`.
 * It gives each text file its article id and its outlet as the article's `source`.
 *
 * @module
 */

import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { InputProblem } from './article-records.js';

/** Metadata for one text file. */
export interface SidecarEntry {
  id: string;
  source?: string;
  url?: string;
  title?: string;
  publishedAt?: string;
}

/** The sidecar's file name. */
export const SIDECAR_NAME = 'articles.json';

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Reads one sidecar: entries by file base name. A missing sidecar is no problem; a broken one is. */
async function readSidecar(path: string, problems: InputProblem[]): Promise<Map<string, SidecarEntry> | null> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    problems.push({ where: path, message: `invalid JSON (${(error as Error).message.split('\n')[0]}); metadata ignored` });
    return null;
  }
  if (!Array.isArray(parsed)) {
    problems.push({ where: path, message: 'expected an array of { id, file, outlet }; metadata ignored' });
    return null;
  }
  const entries = new Map<string, SidecarEntry>();
  for (const item of parsed as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const file = optionalString(record.file);
    const id = optionalString(record.id);
    if (file === undefined || id === undefined) continue;
    const entry: SidecarEntry = { id };
    const source = optionalString(record.outlet) ?? optionalString(record.source);
    if (source !== undefined) entry.source = source;
    for (const field of ['url', 'title', 'publishedAt'] as const) {
      const value = optionalString(record[field]);
      if (value !== undefined) entry[field] = value;
    }
    entries.set(basename(file), entry);
  }
  return entries;
}

/** Looks up sidecar metadata for text files, reading each folder's sidecar once. */
export class SidecarLookup {
  private readonly cache = new Map<string, Promise<Map<string, SidecarEntry> | null>>();

  constructor(private readonly problems: InputProblem[]) {}

  private load(folder: string): Promise<Map<string, SidecarEntry> | null> {
    let entries = this.cache.get(folder);
    if (entries === undefined) {
      entries = readSidecar(join(folder, SIDECAR_NAME), this.problems);
      this.cache.set(folder, entries);
    }
    return entries;
  }

  /** The entry for `file`, from its folder's sidecar or else its parent folder's. */
  async find(file: string): Promise<SidecarEntry | undefined> {
    const folder = dirname(file);
    const name = basename(file);
    for (const candidate of [folder, dirname(folder)]) {
      const entry = (await this.load(candidate))?.get(name);
      if (entry !== undefined) return entry;
    }
    return undefined;
  }
}
