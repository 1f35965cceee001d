/**
 * Where a sentence's main clause starts, past the phrases fronted before its subject: a short
 * prepositional phrase ("At Sunday night’s debate, Sanders compared …"), a subordinate clause
 * ("In June 2009, after Clinton suffered a concussion, Axelrod emailed …"), a participial phrase
 * ("Filling in for Sanders at the same event, West landed …", "Preceded at the lectern by Joe
 * Arpaio, the Arizona sheriff, Trump launched …") or a comparison ("Like Corker, Menendez …").
 *
 * Why: the person named inside such a phrase is its subject or object, not the sentence's, and the
 * last-resort speaker and the subject a participle ("…, arguing that “…”") extends are the
 * sentence's subject. PolNeAR train showed these as the commonest wrong person after nested clauses.
 *
 * @module
 */

import type { Word } from './words.js';

/** Words that open a fronted adverbial phrase ("At Sunday night’s debate, Sanders compared …"). */
const FRONTED_OPENERS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'since', 'by', 'for', 'with']);

/** Words that open a fronted clause or comparison, which may be long and hold commas. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'though', 'although', 'until', 'unless', 'once', 'like', 'unlike', 'despite']);

/** Words after a fronted participle ("Speaking to", "Preceded at", "Acknowledging that"), not after a name ("Manning told"). */
const PARTICIPLE_OBJECTS = new Set(['to', 'at', 'in', 'on', 'by', 'for', 'with', 'about', 'from', 'after', 'over', 'during', 'into', 'up', 'out', 'that', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** The most words a fronted phrase or clause may hold before its comma. */
const MAX_FRONTED = 30;

/**
 * The index of the first word of the sentence's main clause in `words` (the sentence's words from
 * its start), or 0 when nothing is fronted; never `limit` or beyond (the main clause must start
 * before the word at `limit`).
 * @example
 * // 'Like Corker, Menendez also rejected …' → 2 (the index of "Menendez")
 */
export function mainClauseStart(text: string, words: readonly Word[], limit: number): number {
  let start = 0;
  // "In June 2009, after Clinton suffered a concussion, Axelrod …": phrases may follow each other
  for (let round = 0; round < 3; round++) {
    const next = pastFronted(text, words, start, Math.min(limit, words.length));
    if (next === start) break;
    start = next;
  }
  return start;
}

/** Past one fronted phrase opening at `k`, or `k` when none opens there. */
function pastFronted(text: string, words: readonly Word[], k: number, limit: number): number {
  const w = words[k];
  if (w === undefined) return k;
  if (FRONTED_OPENERS.has(w.lower)) {
    // a prepositional phrase: its first comma closes it ("In one exchange between Clinton and her chief
    // of staff Cheryl Mills in April 2012, Mills forwards …")
    // ("During the primary Clinton, goaded by Sanders, came out": a comma before a lower-case word
    // closes no fronted phrase)
    for (let j = k + 1; j < limit && j <= k + MAX_FRONTED; j++) {
      if (!text.slice(words[j - 1]!.end, words[j]!.start).includes(',')) continue;
      // ("In June 2009, after Clinton suffered …, Axelrod": a clause may follow the phrase)
      if (opensMainClause(words[j]!) || CLAUSE_OPENERS.has(words[j]!.lower)) return j;
      break;
    }
  }
  const clause = CLAUSE_OPENERS.has(w.lower) || (k === 0 && isParticiple(w) && PARTICIPLE_OBJECTS.has(words[k + 1]?.lower ?? ''));
  if (!clause) return k;
  // a clause: the first comma before a capitalised word or a subject pronoun closes it ("Speaking to
  // MSNBC’s Morning Joe in New Hampshire, which is set to host …, Bush referred")
  for (let j = k + 2; j < limit && j <= k + MAX_FRONTED; j++) {
    if (!text.slice(words[j - 1]!.end, words[j]!.start).includes(',')) continue;
    if (opensMainClause(words[j]!)) return j;
  }
  return k;
}

/** A capitalised word or "he"/"she" after the comma may be the main clause's subject. */
function opensMainClause(w: Word): boolean {
  return w.text[0] !== w.lower[0] || w.lower === 'he' || w.lower === 'she';
}

/** A capitalised "-ing" or "-ed" word opening the sentence ("Speaking to …", "Preceded by …"). */
function isParticiple(w: Word): boolean {
  return w.text[0] !== w.lower[0] && w.lower.length > 5 && (w.lower.endsWith('ing') || w.lower.endsWith('ed'));
}
