/**
 * Articles from JSON and JSON Lines: validation of each record, with a problem named by file and item
 * or line for every record that is skipped, so one bad line never loses the others.
 *
 * @module
 */

import type { Article } from '../types.js';

/** A problem in the input, named by where it is (`file:line`, `file: item 3`). */
export interface InputProblem {
  where: string;
  message: string;
}

/** Articles read from one input, and what was skipped. */
export interface RecordsRead {
  articles: (Article & { origin: string })[];
  problems: InputProblem[];
}

const OPTIONAL_FIELDS = ['source', 'url', 'publishedAt', 'title'] as const;

/** Checks one parsed record; returns the article or why it is not one. */
export function toArticle(value: unknown): Article | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object with "id" and "text"';
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id.trim() === '') return '"id" must be a non-empty string';
  if (typeof record.text !== 'string') return `article ${JSON.stringify(record.id)}: "text" must be a string`;
  const article: Article = { id: record.id, text: record.text };
  for (const field of OPTIONAL_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string') return `article ${JSON.stringify(record.id)}: "${field}" must be a string`;
    article[field] = fieldValue;
  }
  return article;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** A JSON document: an array of articles, or one article. */
export function readJsonArticles(text: string, name: string): RecordsRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { articles: [], problems: [{ where: name, message: `invalid JSON (${firstLine((error as Error).message)})` }] };
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const result: RecordsRead = { articles: [], problems: [] };
  items.forEach((item, index) => {
    const where = Array.isArray(parsed) ? `${name}: item ${index + 1}` : name;
    const article = toArticle(item);
    if (typeof article === 'string') result.problems.push({ where, message: `${article}; skipped` });
    else result.articles.push({ ...article, origin: where });
  });
  return result;
}

/** JSON Lines: one article per line; blank lines are ignored; a bad line is skipped and named. */
export function readJsonLinesArticles(text: string, name: string): RecordsRead {
  const result: RecordsRead = { articles: [], problems: [] };
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    const where = `${name}:${lineNumber}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      result.problems.push({ where, message: `invalid JSON (${firstLine((error as Error).message)}); line skipped` });
      continue;
    }
    const article = toArticle(parsed);
    if (typeof article === 'string') result.problems.push({ where, message: `${article}; line skipped` });
    else result.articles.push({ ...article, origin: where });
  }
  return result;
}

/** Standard input: a JSON array, JSON Lines, or else plain text as one article with id `stdin`. */
export function readStdinArticles(text: string): RecordsRead {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return readJsonArticles(text, '<stdin>');
  if (trimmed.startsWith('{')) {
    try {
      const article = toArticle(JSON.parse(text));
      if (typeof article !== 'string') return { articles: [{ ...article, origin: '<stdin>' }], problems: [] };
    } catch {
      // not one JSON document: read it as JSON Lines below
    }
    return readJsonLinesArticles(text, '<stdin>');
  }
  return { articles: [{ id: 'stdin', text, origin: '<stdin>' }], problems: [] };
}
