/** The five seed articles (fixtures/articles), as the corpus tests use them: id = file stem, outlet where the article names it. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Article } from '../src/types.js';

const SOURCES: Record<string, string> = { '000_1f671407f6ce829a': 'Tasnim', '003_d0c37f1e680d92ee': 'The Epoch Times' };

export function seedArticles(): Article[] {
  const folder = new URL('../fixtures/articles/', import.meta.url);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.txt'.length);
      const text = readFileSync(new URL(name, folder), 'utf8');
      const source = SOURCES[id];
      return source === undefined ? { id, text } : { id, text, source };
    });
}
