/**
 * The quotes of an index, with exact duplicates collapsed: quotes with the same normalised text
 * (case, punctuation, typography and spacing aside) form one *group*, which is blocked and verified
 * once. Replicated wire copies are the bulk of a news corpus, so this is the first saving.
 *
 * @module
 */

import { CandidateIndex } from './candidate-index.js';
import { profileText, type TextProfile } from './content-keys.js';
import type { CorpusQuote } from '../types.js';

/** Quotes with one normalised text. */
export interface QuoteGroup {
  /** Indexes into {@link QuoteGroups.quotes}. */
  members: number[];
  /** The normalised text shared by the members (see `normalisedText`): words joined by single spaces. */
  text: string;
  /** Word tokens in the text. */
  words: number;
  /** The group's entry in the candidate index (which holds its content keys), or -1 when it is too short to cluster. */
  entry: number;
}

/**
 * The id of the quote of article `articleId` starting at `start`: `articleId:start`. Joined, not written as a
 * template: V8 makes a template of 13 characters or more a chain of string pieces (two more objects per
 * quote, 96 bytes a quote id against 48 in one piece), and every quote keeps its id to the end of a run.
 *
 * @example
 * quoteIdOf('news-0000012', 480); //=> 'news-0000012:480'
 */
export function quoteIdOf(articleId: string, start: number): string {
  return [articleId, ':', start].join('');
}

/** Orders quotes by article id, then by start offset (the order of ids such as `a:9` < `a:10`). */
export function byQuoteId(a: CorpusQuote, b: CorpusQuote): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

/**
 * The article every quote of group `g` comes from, or `null` when they come from several: two whole
 * quotes of one article are two utterances (a speaker quoted twice in one article says two things), so
 * neither families nor cluster links join two such groups.
 */
export function singleArticle(store: QuoteGroups, g: number): string | null {
  const { groups, quotes } = store;
  const first = quotes[groups[g]!.members[0]!]!.articleId;
  return groups[g]!.members.every((m) => quotes[m]!.articleId === first) ? first : null;
}

/**
 * Each group's rank in the order of representatives' quote ids: comparing two ranks is the
 * comparison of the two quote ids (which are distinct), without string comparisons in every sort.
 */
export function groupRanks(store: QuoteGroups, representatives: readonly number[]): Int32Array {
  // blocking, the families and the linking each ask for them: sorted once per state of the store
  const known = ranked.get(store);
  if (known !== undefined && known.quotes === store.quotes.length && sameNumbers(known.representatives, representatives)) return known.rank;
  const { quotes, groups } = store;
  const sorted = groups.map((_, g) => g).sort((x, y) => byQuoteId(quotes[representatives[x]!]!, quotes[representatives[y]!]!));
  const rank = new Int32Array(groups.length);
  sorted.forEach((g, position) => (rank[g] = position));
  ranked.set(store, { quotes: quotes.length, representatives: [...representatives], rank });
  return rank;
}

/** The ranks last computed for a store, with the number of quotes it held and the representatives they were computed from. */
const ranked = new WeakMap<QuoteGroups, { quotes: number; representatives: readonly number[]; rank: Int32Array }>();

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * @example
 * const store = new QuoteGroups(2);
 * store.add(quote); // a CorpusQuote
 * store.groups.length;
 * //=> 1
 */
export class QuoteGroups {
  readonly quotes: CorpusQuote[] = [];
  readonly groups: QuoteGroup[] = [];
  private candidates: CandidateIndex | null = new CandidateIndex();
  /** Group of each candidate-index entry. */
  readonly entryGroup: number[] = [];
  private readonly byText = new Map<string, number>();
  /**
   * Each group's representative so far, kept as quotes are added: computed in a pass over all the quotes
   * when first asked for, it took the calling thread 0.33 s at 100,000 articles with the workers idle.
   */
  private readonly representativeOf: number[] = [];
  /** The last {@link QuoteGroups.representatives}, with the number of quotes it was taken at. */
  private representativesAt: { quotes: number; representatives: readonly number[] } | null = null;

  constructor(private readonly minTokens: number) {}

  /** The blocking index of the groups' content keys (one entry per group long enough to cluster). */
  get index(): CandidateIndex {
    if (this.candidates === null) throw new Error('internal: the candidate index of these quotes was let go');
    return this.candidates;
  }

  /**
   * Lets go of what only blocking and adding read: the candidate index and the groups by text. For a store
   * that will be neither probed nor added to again (`alignCorpus`'s, once its report has blocked the pairs
   * and probed the echoes): at 100,000 news articles the candidate index was 86 MB of the calling thread's
   * heap when memory peaked, at the end of the clusters' comparisons.
   */
  releaseCandidates(): void {
    this.candidates = null;
    this.byText.clear();
  }

  /**
   * Adds a quote to its group (creating the group on first sight), and returns the group's number; `profile` is
   * `profileText(quote.text)` when known.
   */
  add(quote: CorpusQuote, profile: TextProfile = profileText(quote.text)): number {
    const index = this.index;
    const position = this.quotes.length;
    this.quotes.push(quote);
    const { normalised: text, keys, words, pairs } = profile;
    const known = this.byText.get(text);
    if (known !== undefined) {
      this.joined(known, position);
      return known;
    }
    let entry = -1;
    if (words >= this.minTokens && keys.length > 0) {
      entry = index.add(keys, pairs);
      this.entryGroup.push(this.groups.length);
    }
    this.byText.set(text, this.groups.length);
    this.groups.push({ members: [position], text, words, entry });
    this.representativeOf.push(position);
    return this.groups.length - 1;
  }

  /**
   * Adds a quote to group `group`, which {@link QuoteGroups.add} gave for a quote with the same text (the same
   * quote in an exact copy of its article): what `add` would do, without normalising and looking up its text again.
   */
  addTo(group: number, quote: CorpusQuote): void {
    this.quotes.push(quote);
    this.joined(group, this.quotes.length - 1);
  }

  /** Makes quote `position` a member of group `g`, and its representative if its id comes first. */
  private joined(g: number, position: number): void {
    this.groups[g]!.members.push(position);
    if (byQuoteId(this.quotes[position]!, this.quotes[this.representativeOf[g]!]!) < 0) this.representativeOf[g] = position;
  }

  /**
   * Each group's representative: its member with the smallest quote id (independent of insertion order).
   * The same array until quotes are added: a report asks for it several times.
   */
  representatives(): readonly number[] {
    if (this.representativesAt?.quotes !== this.quotes.length) this.representativesAt = { quotes: this.quotes.length, representatives: [...this.representativeOf] };
    return this.representativesAt.representatives;
  }
}
