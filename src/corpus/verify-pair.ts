/**
 * Verification: the candidate pairs that blocking lets through are compared with
 * {@link compareQuotes}, and a pair is kept when the two renderings agree closely enough
 * on the region they share, and that region is a real share of at least one of them.
 *
 * @module
 */

import { compareLinked, linkedOf, type LinkedComparison } from '../compare/compare-quotes.js';
import { clauseFacts } from './clause-windows.js';
import { clauseMemo } from './clause-memo.js';
import { minContainment } from './candidate-index.js';
import { sharedKeyCount, sharesOnlyNames, wordsAndKeys, wordsWithin, type WordsAndKeys } from './text-memo.js';
import type { CompareOptions, QuoteComparison } from '../types.js';

/**
 * Share of one side's words the overlap must cover. Local alignment can find two or three words
 * in common between unrelated quotes ("in Ukraine"), with a low divergence on that tiny overlap;
 * requiring the overlap to hold at least half of one quote rules that out, while a fragment
 * ("gradual invasion") is covered whole by definition.
 */
export const MIN_COVERAGE = 0.5;

/** The outcome of verifying one pair `a`, `b`. */
export interface PairVerdict {
  /** 1 - divergence (divergence is measured on the overlap). */
  similarity: number;
  /** True when the pair renders one utterance (similarity, coverage and size thresholds met). */
  accepted: boolean;
  /**
   * Which side is a fragment of the other (covered whole while the other is covered only in part),
   * or `null` when both are covered whole or both only in part.
   */
  fragment: 'a' | 'b' | null;
  /** Share of `a`'s and `b`'s words inside the overlap. */
  coverage: [number, number];
  /** Words of the smaller side inside the overlap. */
  overlapWords: number;
  /** True when the two texts share at least two content keys (or all of the smaller side's one key). */
  sharesContent: boolean;
  /** Share of the shorter side's words that the comparison links to a word of the other (substitutions aside). */
  linked: number;
  /** True when {@link PairVerdict.linked} is enough (see {@link MIN_LINKED} and {@link NAME_LINKED}), or the exception applies. */
  linkedEnough: boolean;
  /**
   * The divergence of the comparison of the two whole texts, when verification made one (`null` when a
   * clause decided or nothing was compared): the reference search of the clusters reads it instead of
   * comparing the pair again (divergence is symmetric: `compareQuotes` computes one orientation).
   */
  wholeDivergence: number | null;
}

/** Whether a verdict accepts the pair at another similarity threshold. */
export function acceptsAt(verdict: PairVerdict, minSimilarity: number, minTokens: number): boolean {
  return (
    verdict.linkedEnough &&
    (verdict.sharesContent || verdict.similarity >= SYNONYM_SIMILARITY) &&
    verdict.similarity >= minSimilarity &&
    Math.max(verdict.coverage[0], verdict.coverage[1]) >= MIN_COVERAGE &&
    verdict.overlapWords >= minTokens
  );
}

/**
 * A fragment is matched against the clauses of the other side when it has at most this share of its
 * words and at most {@link FRAGMENT_WORDS} words: short quoted phrases, not sentences.
 */
export const FRAGMENT_RATIO = 1 / 3;
/** See {@link FRAGMENT_RATIO}. */
export const FRAGMENT_WORDS = 8;
/**
 * Similarity at which two texts sharing a single content word are still accepted: a synonym
 * rendering ("weapon of confrontation" / "instrument of confrontation") rather than a chance word
 * in common ("clear signal" / "a clear message", which compare scores near 0.5).
 */
export const SYNONYM_SIMILARITY = 0.7;
/**
 * Pairs sharing one content word are compared only when the shorter side has at most this many words
 * (a phrase such as "weapon of confrontation"): on real news, such pairs were 70% of the candidates
 * and 3% of them were accepted, so this cuts the verification cost about threefold.
 */
export const SYNONYM_PHRASE_WORDS = 4;
/**
 * Share of the shorter side's words the comparison must link (more than this), when that side has two
 * content keys or more. Similarity is measured on the overlap, and the overlap is a span: two sentences on
 * one topic ("Clinton and Sanders have rarely focused on K-12 education" / "Sanders has been lobbying
 * Clinton to embrace his proposals …") get an overlap spanning the shorter one, a similarity of 0.35–0.45
 * and two shared keys, while the alignment links only the names and a few function words inside it. One
 * utterance rendered twice has most of the shorter rendering linked, words changed or not (see METHODS.md).
 * One exception: a phrase with a single content word, when both sides are negated. Its other words are
 * function words, which a paraphrase changes ("can no longer tolerate" / "couldn't tolerate it anymore"
 * links one word of four), and the one meaning of function words that can be checked without linking
 * them is polarity; without a negation on both sides such a phrase is one word in common ("But expert
 * says more" / "some experts have concluded"), and must be linked like any other.
 */
export const MIN_LINKED = 0.5;
/**
 * Share of the shorter side's words the comparison must link when every key the two share is a name
 * (see `sharesOnlyNames`): a name says who a quote is about, not what was said, so only a phrase
 * found nearly word for word ("about Hillary Clinton and" inside a longer rendering) is accepted on names
 * alone, not "Clinton would not" against "Clinton said Tuesday night …".
 */
export const NAME_LINKED = 0.8;
/** A verdict reached without comparing: the pair cannot be accepted. */
export const REJECTED: Readonly<PairVerdict> = Object.freeze({ similarity: 0, accepted: false, fragment: null, coverage: [0, 0] as [number, number], overlapWords: 0, sharesContent: false, linked: 0, linkedEnough: false, wholeDivergence: null });

/**
 * Whether a pair can be accepted at all, from counts alone (content keys of each side and shared,
 * word counts): pairs that share blocking's share of the smaller key set ({@link minContainment}) and
 * either enough content keys, or are short phrases that may be synonym renderings.
 * Blocking calls it with the keys it already holds, so such pairs are never sent to a worker.
 *
 * The containment condition is blocking's own filter: verification accepts no pair blocking would never
 * propose, so that blocking recall against exhaustive verification measures what blocking loses (the
 * per-quote cap, stop keys), not a difference between two definitions of a match. Below it, the accepted
 * pairs were topical (on the synthetic truth, 139 of the 144 such pairs joined two different statements).
 */
export function worthComparing(shared: number, keysA: number, keysB: number, wordsA: number, wordsB: number): boolean {
  const smaller = Math.min(keysA, keysB);
  if (shared === 0 || shared < minContainment(smaller) * smaller) return false;
  return shared >= Math.min(2, smaller) || Math.min(wordsA, wordsB) <= SYNONYM_PHRASE_WORDS;
}

/** Clauses of the longer side tried for a fragment: the one sharing most keys with it, then the shortest (METHODS.md, "Verification"). */
const MAX_CLAUSES = 1;

/**
 * Whether a side of `words` words is compared, as a fragment, with the clauses of a side of `other` words
 * (see {@link FRAGMENT_RATIO}); the verdict names it the pair's `fragment` when a clause shares a content key with it.
 *
 * @example
 * [isFragmentOf(3, 12), isFragmentOf(5, 12), isFragmentOf(9, 40)]; //=> [true, false, false]
 */
export function isFragmentOf(words: number, other: number): boolean {
  return words <= FRAGMENT_WORDS && words <= FRAGMENT_RATIO * other;
}

/**
 * Compares `a` with `b` and decides whether they render one utterance. A short phrase against a long
 * quote is compared with the clauses of the long quote that share its words (MemeTracker's containment;
 * local alignment of the whole often finds no overlap for a phrase of a few words), the best clause
 * decides, and the phrase is the pair's `fragment`.
 */
export function verifyPair(
  a: string,
  b: string,
  minSimilarity: number,
  minTokens: number,
  compare: CompareOptions,
): PairVerdict {
  const { words: wordsA, keys: keysA } = wordsAndKeys(a);
  const { words: wordsB, keys: keysB } = wordsAndKeys(b);
  // Sharing a single content word, only a short phrase can reach SYNONYM_SIMILARITY: skip the comparison.
  if (!worthComparing(sharedKeyCount(keysA, keysB), keysA.length, keysB.length, wordsA, wordsB)) return { ...REJECTED, coverage: [0, 0] };
  const shortSide = isFragmentOf(wordsA, wordsB) ? 'a' : isFragmentOf(wordsB, wordsA) ? 'b' : null;
  if (shortSide === null) return judgeLinked(compareLinked(a, b, compare), minSimilarity, minTokens);
  // A short phrase against a long quote: compare it with the clauses it shares words with (cheaper than
  // the whole quote, and found where local alignment of the whole finds no overlap).
  const [short, long, longWords] = shortSide === 'a' ? [a, b, wordsB] : [b, a, wordsA];
  const shortKeys = wordsAndKeys(short).keys;
  const clauses = clauseFacts(long)
    .map(({ text, position, facts }) => ({ text, position, shared: sharedKeyCount(facts.keys, shortKeys), words: facts.words }))
    .filter((clause) => clause.shared > 0)
    .sort((x, y) => y.shared - x.shared || x.words - y.words || x.position - y.position)
    .slice(0, MAX_CLAUSES);
  let best: PairVerdict | null = null;
  for (const clause of clauses) {
    // An accepted clause at similarity 1 cannot be beaten (see the replacement rule below): stop there.
    if (best !== null && best.accepted && best.similarity >= 1) break;
    const judged = clauseVerdict(short, clause.text, shortSide, minSimilarity, minTokens, compare);
    if (best !== null && (best.accepted || !judged.accepted) && judged.similarity <= best.similarity) continue;
    const longCoverage = clause.words / longWords;
    const shortCoverage = shortSide === 'a' ? judged.coverage[0] : judged.coverage[1];
    const verdict: PairVerdict = { ...judged, wholeDivergence: null, fragment: shortSide, coverage: shortSide === 'a' ? [shortCoverage, longCoverage] : [longCoverage, shortCoverage] };
    verdict.accepted = acceptsAt(verdict, minSimilarity, minTokens);
    if (best === null || (verdict.accepted && !best.accepted) || (verdict.accepted === best.accepted && verdict.similarity > best.similarity)) best = verdict;
  }
  return best ?? judgeLinked(compareLinked(a, b, compare), minSimilarity, minTokens);
}

/**
 * The verdict on the short phrase `short` against one clause of a long quote (in the pair's orientation),
 * remembered per thread: the renderings of one long quote share most of their clauses, so a phrase tried
 * against each of them meets the same clauses again (see `clause-memo.ts`).
 */
function clauseVerdict(short: string, clause: string, shortSide: 'a' | 'b', minSimilarity: number, minTokens: number, compare: CompareOptions): PairVerdict {
  const memo = clauseMemo(compare, minSimilarity, minTokens);
  const key = `${shortSide}${short}\u0000${clause}`;
  let judged = memo.get(key);
  if (judged === undefined) {
    const comparison = shortSide === 'a' ? compareLinked(short, clause, compare) : compareLinked(clause, short, compare);
    judged = judgeLinked(comparison, minSimilarity, minTokens);
    memo.set(key, judged);
  }
  return judged;
}

/** The verdict on an existing comparison. */
export function judgeComparison(comparison: QuoteComparison, minSimilarity: number, minTokens: number): PairVerdict {
  return judgeLinked(linkedOf(comparison), minSimilarity, minTokens);
}

/** The verdict on a comparison's links (see `compareLinked`). */
function judgeLinked(comparison: LinkedComparison, minSimilarity: number, minTokens: number): PairVerdict {
  const similarity = 1 - comparison.divergence;
  const overlap = comparison.overlap;
  let coverage: [number, number] = [1, 1];
  let fragment: 'a' | 'b' | null = null;
  const sideA = wordsAndKeys(comparison.a);
  const sideB = wordsAndKeys(comparison.b);
  let overlapWords = Math.min(sideA.words, sideB.words);
  if (overlap !== null) {
    // the overlap's spans start and end on tokens: its words are the sides' words starting inside it
    const wordsA = wordsWithin(sideA.starts, overlap.a.start, overlap.a.end);
    const wordsB = wordsWithin(sideB.starts, overlap.b.start, overlap.b.end);
    coverage = [ratio(wordsA, sideA.words), ratio(wordsB, sideB.words)];
    overlapWords = Math.min(wordsA, wordsB);
    if (overlap.partial === 'a') fragment = 'b';
    else if (overlap.partial === 'b') fragment = 'a';
  }
  const linked = linkedShare(comparison, sideA, sideB);
  const linkedEnough = sharesOnlyNames(sideA, sideB) ? linked.share >= NAME_LINKED : linked.share > MIN_LINKED || (linked.keys <= 1 && sideA.negated && sideB.negated);
  const verdict = { similarity, accepted: false, fragment, coverage, overlapWords, sharesContent: sharesContent(sideA.keys, sideB.keys), linked: linked.share, linkedEnough, wholeDivergence: comparison.divergence };
  verdict.accepted = acceptsAt(verdict, minSimilarity, minTokens);
  return verdict;
}

/**
 * Two short texts that share one content word ("clear signal" / "a clear message") can score well
 * on their tiny overlap; one utterance rendered twice shares at least two content words, unless
 * the shorter side has only one.
 */
function sharesContent(keysA: readonly string[], keysB: readonly string[]): boolean {
  const shared = sharedKeyCount(keysA, keysB);
  return shared >= Math.min(2, keysA.length, keysB.length) && shared > 0;
}

/**
 * The share of the shorter side's words (the side with fewer words; on a tie, the less linked) that the
 * alignment links to words of the other side, counting every kind of link but substitutions (two
 * different words facing each other), and that side's number of content keys.
 */
function linkedShare(comparison: LinkedComparison, sideA: WordsAndKeys, sideB: WordsAndKeys): { share: number; keys: number } {
  const links = comparison.links;
  let linkedA = 0;
  let linkedB = 0;
  for (let k = 0; k < links.length; k += 4) {
    linkedA += wordsWithin(sideA.starts, links[k]!, links[k + 1]!);
    linkedB += wordsWithin(sideB.starts, links[k + 2]!, links[k + 3]!);
  }
  const shareA = ratio(linkedA, sideA.words);
  const shareB = ratio(linkedB, sideB.words);
  const useA = sideA.words < sideB.words || (sideA.words === sideB.words && shareA <= shareB);
  return useA ? { share: shareA, keys: sideA.keys.length } : { share: shareB, keys: sideB.keys.length };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.min(1, part / whole);
}
