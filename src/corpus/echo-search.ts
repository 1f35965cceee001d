/**
 * Echoes: a quote of one article found, without quote marks, in another article's own words
 * (reported speech, or marks dropped). The unquoted windows of every article are indexed with the
 * same content keys as quotes; each distinct quote probes that index with the prefix filter, the best
 * {@link MAX_ECHO_CANDIDATES} windows are verified with `compareQuotes` (quote `a`, window `b`), and a
 * window is kept when the quote is covered at least half inside it at the usual similarity. A family of
 * near-duplicates probes once, through its head. An echo is reported speech: the window's sentence must name
 * the quote's speaker (`echo-attribution.ts`), so a quote without a speaker has none, and a window where no
 * copy's speaker is named is not verified at all.
 * Each window echoes at most one quote: the best match (then the smallest quote id). Identical windows
 * (wire copies) and identical quotes are verified once and reported in every article they occur in,
 * up to {@link MAX_ECHOES_PER_QUOTE} echoes per quote text.
 *
 * @module
 */

import { whileHeld } from './gc-roots.js';
import { CandidateIndex } from './candidate-index.js';
import { SpeakerMentions, speakerSurname } from './echo-attribution.js';
import { profileText } from './content-keys.js';
import { minContainment } from './candidate-index.js';
import { familyHeads } from './near-duplicates.js';
import { byQuoteId, type QuoteGroups } from './quote-groups.js';
import { reportComparison, type PackedComparison } from './report-comparison.js';
import { MIN_COVERAGE } from './verify-pair.js';
import type { TextRange } from './unquoted-windows.js';
import type { VerifiedPair } from './corpus-tasks.js';
import { WindowOccurrences } from './window-occurrences.js';
import type { CorpusQuote, Echo } from '../types.js';

/**
 * Content keys an echo shares with its quote, at least. Reported speech of a statement carries more
 * than one of its words; a window sharing one content key with a quote is a coincidence of vocabulary.
 * On 3,000 articles of replicated news, 12,840 of the 21,039 verified (quote, window) pairs shared one
 * key, and 162 of them were accepted; read by hand, all were short phrases meeting one word of a long
 * sentence ("the anxiety" / "… are gripped by anxiety about immigration", "third-rate" / "a third-place
 * finish", "a lot" / "there are a lot of people …"). Requiring two keys drops those pairs before the
 * comparison, which was most of the echo search's cost.
 */
export const MIN_ECHO_SHARED_KEYS = 2;

/** At most this many windows are verified per distinct quote. */
export const MAX_ECHO_CANDIDATES = 8;

/**
 * At most this many echoes are reported per quote text: the most similar, then by the match's article
 * id and offset. A sentence that recurs in the unquoted text of many articles (a wire paragraph, a
 * stock phrase) echoes the quote once per article: on a synthetic corpus whose filler sentences are
 * drawn from a small pool, 18,000 articles gave 271,600 echoes, each with its comparison, which is
 * output no reader can use and memory that grows with the square of the repetition.
 */
export const MAX_ECHOES_PER_QUOTE = 32;

/** Articles indexed, or quotes probed, between two calls of the `pump` of {@link echoCandidates}. */
const PUMP_EVERY = 16;

/** An article's text and its unquoted windows (read once, in article id order; they may be computed on reading). */
export interface WindowedArticle {
  id: string;
  text: string;
  windows: readonly TextRange[];
}

/** Verifies (quote, window) text pairs in one batch, keeping accepted comparisons. */
export type VerifyKeepBatch = (pairs: [string, string][]) => VerifiedPair[];

/** Finds the echoes, sorted by quote id, then by the match's article id and offset. */
export function findEchoes(
  store: QuoteGroups,
  articles: readonly WindowedArticle[],
  minTokens: number,
  verify: VerifyKeepBatch,
  maxPerQuote = MAX_ECHOES_PER_QUOTE,
): Echo[] {
  const search = echoCandidates(store, articles, minTokens);
  return search.select(verify(search.pairs), maxPerQuote);
}

/** The (quote, window) pairs to verify, and how to turn their verdicts into echoes. */
export interface EchoSearch {
  /** Text pairs, quote first. */
  pairs: [string, string][];
  /** The echoes from the verified pairs (in the order of {@link EchoSearch.pairs}), at most `maxPerQuote` per quote text. */
  select(results: readonly VerifiedPair[], maxPerQuote?: number): Echo[];
  /**
   * The same selection fed pair by pair, in the order of {@link EchoSearch.pairs}: the calling thread
   * can select among the results already in while workers verify the rest.
   */
  selection(maxPerQuote?: number): EchoSelection;
}

/** An echo selection fed one verified pair at a time (see {@link EchoSearch.selection}). */
export interface EchoSelection {
  /** Takes the result of the next pair. */
  add(result: VerifiedPair): void;
  /** The echoes of the pairs added so far. */
  echoes(): Echo[];
}

/**
 * The windows indexed and probed by every distinct quote: the first, sequential half of {@link findEchoes}.
 * `pump` is called every few quotes (the caller can keep worker threads fed meanwhile).
 */
export function echoCandidates(store: QuoteGroups, articles: readonly WindowedArticle[], minTokens: number, pump: () => void = () => undefined): EchoSearch {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articleIds = sorted.map((article) => article.id);
  const { index, windowTexts, occurrences } = indexWindows(sorted, minTokens, pump);
  const mentions = new SpeakerMentions(sorted.map((article) => article.text), occurrences, windowTexts);

  // Candidate (quote group, window) pairs: windows found in some article other than the quote's, in a sentence
  // that names the quote's speaker (echo-attribution.ts).
  // Near-duplicates (`near-duplicates.ts`) probe through their family's head: its quotes stand for the family.
  const pairs: { speakers: EchoedSpeakers; window: number }[] = [];
  const heads = familyHeads(store, store.representatives());
  // what the probes read and the pairs they find, held from module scope meanwhile (`gc-roots.ts`)
  whileHeld([index, mentions, occurrences, pairs], () => {
    store.groups.forEach((group, g) => {
      if (g % PUMP_EVERY === 0) pump();
      if (group.entry < 0 || heads[g] !== g || store.index.keyCount(group.entry) < MIN_ECHO_SHARED_KEYS) return;
      const members = group.members.map((m) => store.quotes[m]!).sort(byQuoteId);
      const text = members[0]!.text;
      // only copies whose speaker has a surname can be echoed (echo-attribution.ts)
      const copies: { quote: CorpusQuote; surname: string }[] = [];
      for (const quote of members) {
        const surname = quote.text === text ? speakerSurname(quote) : null;
        if (surname !== null) copies.push({ quote, surname });
      }
      if (copies.length === 0) return;
      const surnames = [...new Set(copies.map((copy) => copy.surname))];
      const found = index
        .probe(store.index.keysOf(group.entry), {
          minContainment: minContainment(store.index.keyCount(group.entry)),
          minShared: MIN_ECHO_SHARED_KEYS,
          pairs: store.index.pairsOf(group.entry),
        })
        .map((candidate) => ({ ...candidate, speakers: speakersFor(mentions, candidate.entry, copies, surnames) }))
        .filter((candidate) => echoesSomewhere(mentions, occurrences, candidate.entry, articleIds, candidate.speakers))
        .sort((x, y) => y.containment - x.containment || y.shared - x.shared || x.entry - y.entry)
        .slice(0, MAX_ECHO_CANDIDATES);
      for (const candidate of found) pairs.push({ speakers: candidate.speakers, window: candidate.entry });
    });
  });
  return echoSearch(pairs, articleIds, mentions, occurrences, windowTexts);
}

/**
 * The {@link EchoSearch} of the candidate pairs found. Its closures are made here, not in `echoCandidates`:
 * V8 keeps one context for all the closures of a function, so closures made there kept everything its
 * probing callbacks read — the windows' candidate index above all — until the last echo pair was verified,
 * at the end of a corpus run (20,000 articles of replicated news: the search held 67.0 MB after a full collection,
 * 25.7 MB once its closures were made here).
 */
function echoSearch(
  pairs: readonly { speakers: EchoedSpeakers; window: number }[],
  articleIds: readonly string[],
  mentions: SpeakerMentions,
  occurrences: WindowOccurrences,
  windowTexts: readonly string[],
): EchoSearch {
  const selection = (maxPerQuote = MAX_ECHOES_PER_QUOTE) => selectEchoes(pairs, articleIds, mentions, occurrences, windowTexts, maxPerQuote);
  return {
    pairs: pairs.map(({ speakers, window }) => [speakers.copies[0]!.quote.text, windowTexts[window]!]),
    select: (results, maxPerQuote) => {
      const chosen = selection(maxPerQuote);
      for (const result of results) chosen.add(result);
      return chosen.echoes();
    },
    selection,
  };
}

/** The windows of the search: their index, their texts (by entry), and where each occurs. */
interface IndexedWindows {
  index: CandidateIndex;
  windowTexts: string[];
  occurrences: WindowOccurrences;
}

/**
 * Indexes the windows of `sorted` (articles in id order; their numbers are their places there). Windows
 * with the same text (wire copies) are indexed once, and verified once, and reported everywhere.
 */
function indexWindows(sorted: readonly WindowedArticle[], minTokens: number, pump: () => void): IndexedWindows {
  const index = new CandidateIndex();
  const byText = new Map<string, number>();
  const windowTexts: string[] = [];
  const occurrences = new WindowOccurrences(sorted.length);
  // An exact copy of an article met before has its quotes, so its windows (extraction depends on the text
  // alone): they are read back from the first article with its text, not cut, sliced and looked up again.
  const firstWithText = new Map<string, number>();
  // the index as it grows, held from module scope meanwhile (`gc-roots.ts`)
  whileHeld([index, byText, windowTexts, occurrences], () => {
    sorted.forEach((article, a) => {
      if (a % PUMP_EVERY === 0) pump();
      const original = firstWithText.get(article.text);
      if (original !== undefined) {
        occurrences.addCopy(a, original);
        return;
      }
      firstWithText.set(article.text, a);
      for (const range of article.windows) {
        const text = article.text.slice(range.start, range.end);
        let w = byText.get(text);
        if (w === undefined) {
          const { keys, words, pairs } = profileText(text);
          // a window too short to echo anything is remembered as such (-1): it recurs in every copy
          w = words < minTokens || keys.length === 0 ? -1 : index.add(keys, pairs);
          byText.set(text, w);
          if (w >= 0) windowTexts.push(text);
        }
        if (w >= 0) occurrences.add(a, w, range.start);
      }
    });
  });
  return { index, windowTexts, occurrences };
}

/** Whether window `w` occurs somewhere it can echo one of `speakers`' quotes (see {@link echoedAt}). */
function echoesSomewhere(mentions: SpeakerMentions, occurrences: WindowOccurrences, w: number, articleIds: readonly string[], speakers: EchoedSpeakers): boolean {
  // no occurrence before the first that names one of the speakers can echo
  let first = -1;
  for (const surname of speakers.surnames) {
    const naming = mentions.firstNaming(w, surname);
    if (naming >= 0 && (first < 0 || naming < first)) first = naming;
  }
  if (first < 0) return false;
  for (let o = first; o >= 0; o = occurrences.next(o)) if (echoedAt(mentions, w, o, articleIds, speakers) !== undefined) return true;
  return false;
}

/**
 * The copies of one quote text that can be echoed (their speaker has a surname: echo-attribution.ts), by
 * quote id, and their distinct surnames in the order of their first copy, with whether one window names each.
 */
interface EchoedSpeakers {
  copies: readonly { quote: CorpusQuote; surname: string }[];
  surnames: readonly string[];
  /** Per surname, whether the window of the pair names it itself (then every occurrence does). */
  inWindow: readonly boolean[];
}

/** The {@link EchoedSpeakers} of `copies` (with their distinct `surnames`) for window `w`. */
function speakersFor(mentions: SpeakerMentions, w: number, copies: EchoedSpeakers['copies'], surnames: readonly string[]): EchoedSpeakers {
  return { copies, surnames, inWindow: surnames.map((surname) => mentions.inWindow(w, surname)) };
}

/**
 * The copy that occurrence `o` of window `w` echoes: of the speakers its sentence names (echo-attribution.ts),
 * taken in the order of their first copy, the first with a copy from another article; that copy, the first by
 * quote id.
 */
function echoedAt(mentions: SpeakerMentions, w: number, o: number, articleIds: readonly string[], speakers: EchoedSpeakers): CorpusQuote | undefined {
  const articleId = articleIds[mentions.articleOf(o)]!;
  for (let k = 0; k < speakers.surnames.length; k++) {
    const surname = speakers.surnames[k]!;
    if (!speakers.inWindow[k] && !mentions.aroundWindow(w, o, surname)) continue;
    const copy = speakers.copies.find((c) => c.surname === surname && c.quote.articleId !== articleId);
    if (copy !== undefined) return copy.quote;
  }
  return undefined;
}

/**
 * Each window occurrence's best accepted quote, as echoes (results taken in pair order). What is held
 * until the echoes are read is a pair number per occurrence and a similarity and packed comparison per
 * accepted pair; the echo objects are made for the echoes kept only. Why: the selection lives until the
 * last echo pair is verified, when a corpus run's memory peaks, and at 100,000 articles it held an
 * echo object with its match for each of about 760,000 occurrences, of which 113,000 were kept.
 */
function selectEchoes(
  pairs: readonly { speakers: EchoedSpeakers; window: number }[],
  articleIds: readonly string[],
  mentions: SpeakerMentions,
  occurrences: WindowOccurrences,
  windowTexts: readonly string[],
  maxPerQuote: number,
): EchoSelection {
  // the pair whose quote is the best echo of each occurrence so far (-1: none)
  const best = new Int32Array(occurrences.count).fill(-1);
  const similarity = new Float64Array(pairs.length);
  const packed: (PackedComparison | undefined)[] = [];
  // the quote of pair `p` echoed at occurrence `o`: one of its copies from another article whose speaker is named there
  const quoteAt = (p: number, o: number) => echoedAt(mentions, pairs[p]!.window, o, articleIds, pairs[p]!.speakers);
  let i = 0;
  const add = ({ verdict, comparison }: VerifiedPair) => {
    const p = i++;
    if (!verdict.accepted || comparison === null || verdict.coverage[0] < MIN_COVERAGE) return;
    similarity[p] = verdict.similarity;
    packed[p] = comparison;
    for (let o = occurrences.first(pairs[p]!.window); o >= 0; o = occurrences.next(o)) {
      const quote = quoteAt(p, o);
      if (quote === undefined) continue;
      const held = best[o]!;
      if (held >= 0 && (similarity[held]! > verdict.similarity || (similarity[held] === verdict.similarity && byQuoteId(quoteAt(held, o)!, quote) <= 0))) continue;
      best[o] = p;
    }
  };
  const echoes = () => {
    const kept = capPerQuote(best, similarity, pairs, articleIds, occurrences, maxPerQuote);
    // one comparison object per pair, shared by every occurrence of its window
    const comparisons = new Map<number, Echo['comparison']>();
    const comparisonOf = (p: number) => {
      let comparison = comparisons.get(p);
      if (comparison === undefined) {
        comparison = reportComparison(packed[p]!, pairs[p]!.speakers.copies[0]!.quote.text, windowTexts[pairs[p]!.window]!);
        comparisons.set(p, comparison);
      }
      return comparison;
    };
    return kept
      .map((o) => {
        const p = best[o]!;
        const text = windowTexts[pairs[p]!.window]!;
        const start = occurrences.start(o);
        const match = { articleId: articleIds[occurrences.article(o)]!, start, end: start + text.length, text };
        return { quote: quoteAt(p, o)!, match, comparison: comparisonOf(p) };
      })
      .sort((x, y) => byQuoteId(x.quote, y.quote) || (x.match.articleId < y.match.articleId ? -1 : x.match.articleId > y.match.articleId ? 1 : x.match.start - y.match.start));
  };
  return { add, echoes };
}

/**
 * The occurrences with a best pair, at most `cap` per quote text: the most similar, ties by article id
 * and start (windows of one article do not overlap, so the order is total and the result order-independent).
 */
function capPerQuote(
  best: Int32Array,
  similarity: Float64Array,
  pairs: readonly { speakers: EchoedSpeakers }[],
  articleIds: readonly string[],
  occurrences: WindowOccurrences,
  cap: number,
): number[] {
  const byText = new Map<string, number[]>();
  best.forEach((p, o) => {
    if (p < 0) return;
    const text = pairs[p]!.speakers.copies[0]!.quote.text;
    const list = byText.get(text);
    if (list) list.push(o);
    else byText.set(text, [o]);
  });
  const kept: number[] = [];
  for (const list of byText.values()) {
    if (list.length > cap) {
      list.sort((x, y) => {
        const articleX = articleIds[occurrences.article(x)]!;
        const articleY = articleIds[occurrences.article(y)]!;
        return similarity[best[y]!]! - similarity[best[x]!]! || (articleX < articleY ? -1 : articleX > articleY ? 1 : occurrences.start(x) - occurrences.start(y));
      });
      list.length = cap;
    }
    kept.push(...list);
  }
  return kept;
}
