/**
 * Turning a component of the verified graph into a {@link Cluster}: choose the reference reading,
 * compare it with every variant, build the witness table, and note who is credited.
 *
 * The reference is the *medoid* — the reading whose summed divergence to all the cluster's quotes
 * is smallest, near-duplicates counted with their family's head — chosen among readings at least half
 * as long (in words) as the longest, so a two-word fragment, which matches everything on its tiny
 * overlap, never becomes the backbone.
 * Past {@link MAX_MEDOID_READINGS} distinct readings, or {@link MAX_MEDOID_CANDIDATES} candidates,
 * the quadratic medoid search is skipped and the longest reading is the reference.
 *
 * @module
 */

import { familyHeads } from './near-duplicates.js';
import { byQuoteId, type QuoteGroups } from './quote-groups.js';
import { reportComparison, type PackedComparison } from './report-comparison.js';
import { buildWitnessTable } from './witness-table.js';
import { whileHeld } from './gc-roots.js';
import type { OpenPairs, PairStream } from './corpus-tasks.js';
import type { Cluster, CorpusQuote, QuoteComparison, Variant } from '../types.js';

/** Largest number of distinct readings for which the medoid is searched. */
export const MAX_MEDOID_READINGS = 24;
/** Largest number of reference candidates for which the medoid is searched. */
export const MAX_MEDOID_CANDIDATES = 6;

/**
 * Compares pairs of texts (reference `a`, variant `b`), packed (`report-comparison.ts`), as they are asked for
 * ({@link OpenPairs}; with workers, while the rest are planned), handing each comparison on as it comes: the
 * clusters are assembled as their comparisons come in (with workers, while they compare the rest).
 */
export type CompareStream = OpenPairs<PackedComparison>;

/**
 * The divergence between the representatives of two groups when verification already compared them
 * whole (either orientation), else `null`.
 */
export type KnownDivergence = (x: number, y: number) => number | null;

/** Clusters planned or assembled between two calls of the `pump` of {@link buildClusters}. */
const PUMP_EVERY = 16;

/**
 * Builds the clusters of `components` (group numbers) that span two or more articles, sorted by first quote id.
 * `pump` is called every few clusters while this thread plans the comparisons and builds the witness tables
 * (see `overlapped-report.ts`, whose workers verify the echoes meanwhile).
 */
export function buildClusters(
  store: QuoteGroups,
  representatives: readonly number[],
  components: readonly number[][],
  compare: CompareStream,
  known: KnownDivergence = () => null,
  pump: () => void = () => undefined,
): Cluster[] {
  const { quotes, groups } = store;
  const repText = (g: number) => quotes[representatives[g]!]!.text;
  const spanning = components.filter((component, c) => {
    if (c % PUMP_EVERY === 0) pump();
    const articles = new Set<string>();
    for (const g of component) for (const m of groups[g]!.members) articles.add(quotes[m]!.articleId);
    return articles.size >= 2;
  });

  const comparisons = new ComparisonBook(compare);
  // 1. Medoid search (every candidate reading against every reading of its cluster). Only divergences
  // are needed: a reading's divergence to itself is 0, divergence is symmetric (so two candidates are
  // compared once), and verification has already compared most pairs of a cluster's readings.
  const divergence = (c: number, g: number) =>
    c === g ? 0 : (known(c, g) ?? comparisons.find(repText(c), repText(g))?.divergence ?? comparisons.get(repText(g), repText(c)).divergence);
  // Near-duplicates (`near-duplicates.ts`) count towards their family's head: the medoid is searched among
  // heads, each weighted by its family's quotes, so fifty one-word edits of a wire quote are one reading.
  const heads = familyHeads(store, representatives);
  const plans = spanning.map((component, c) => {
    if (c % PUMP_EVERY === 0) pump();
    const sorted = [...component].sort((x, y) => byQuoteId(quotes[representatives[x]!]!, quotes[representatives[y]!]!));
    const weight = new Map<number, number>();
    for (const g of sorted) weight.set(heads[g]!, (weight.get(heads[g]!) ?? 0) + groups[g]!.members.length);
    const readings = sorted.filter((g) => heads[g] === g);
    const longest = Math.max(...readings.map((g) => groups[g]!.words));
    const candidates = readings.filter((g) => 2 * groups[g]!.words >= longest);
    const medoid = candidates.length <= MAX_MEDOID_CANDIDATES && readings.length <= MAX_MEDOID_READINGS;
    if (medoid) {
      const isCandidate = new Set(candidates);
      // asked for candidate by candidate: a chunk's pairs share their first text
      for (const c of candidates) {
        readings.forEach((g, position) => {
          // a pair of candidates is compared once, in the orientation of the first in `readings`
          if (c === g || (isCandidate.has(g) && readings.indexOf(c) > position) || known(c, g) !== null) return;
          comparisons.want(repText(c), repText(g));
        });
      }
    }
    return { sorted, readings, weight, candidates, medoid };
  });
  // the comparisons coming in are held from module scope, as the clusters assembled from them (`gc-roots.ts`)
  whileHeld(comparisons, () => comparisons.fetch());
  const references = plans.map(({ readings, weight, candidates, medoid }, c) => {
    if (c % PUMP_EVERY === 0) pump();
    const score = (c: number) => (medoid ? readings.reduce((sum, g) => sum + weight.get(g)! * divergence(c, g), 0) : 0);
    const ranked = candidates
      .map((c) => ({ c, score: score(c) }))
      .sort((x, y) => x.score - y.score || groups[y.c]!.words - groups[x.c]!.words || byQuoteId(quotes[representatives[x.c]!]!, quotes[representatives[y.c]!]!));
    return { group: ranked[0]!.c, choice: medoid ? ('medoid' as const) : ('longest' as const) };
  });

  // The medoid search's comparisons are not part of the report, except those from the chosen references.
  const chosen = new Set(references.map(({ group }) => repText(group)));
  comparisons.keepFrom(chosen);

  // 2. The reference against every distinct text of its cluster, asked for in the clusters' order; each
  // cluster is assembled as soon as its comparisons are in, while the rest are compared (with workers, the
  // witness tables were built at the end, on this thread alone, with the workers idle).
  const members = plans.map(({ sorted }, c) => {
    if (c % PUMP_EVERY === 0) pump();
    return sorted.flatMap((g) => groups[g]!.members.map((m) => quotes[m]!)).sort(byQuoteId);
  });
  const order = members.map((_, i) => i).sort((x, y) => byQuoteId(members[x]![0]!, members[y]![0]!));
  // per cluster in output order, the number of comparisons asked for once its own are
  const needed = order.map((i, n) => {
    if (n % PUMP_EVERY === 0) pump();
    const reference = repText(references[i]!.group);
    for (const quote of members[i]!) comparisons.want(reference, quote.text);
    return comparisons.wanted;
  });
  const clusters: Cluster[] = [];
  const assembleReady = (ready: number) => {
    while (clusters.length < order.length && needed[clusters.length]! <= ready) {
      if (clusters.length % PUMP_EVERY === 0) pump();
      const i = order[clusters.length]!;
      clusters.push(assemble(members[i]!, quotes[representatives[references[i]!.group]!]!, references[i]!.choice, comparisons));
    }
  };
  whileHeld([comparisons, clusters], () => comparisons.fetch(assembleReady));
  return clusters;
}

/** The cluster of `clusterQuotes` (sorted by id) around `referenceQuote`, its comparisons fetched in `comparisons`. */
function assemble(clusterQuotes: readonly CorpusQuote[], referenceQuote: CorpusQuote, choice: Cluster['reference']['choice'], comparisons: ComparisonBook): Cluster {
  const variants: Variant[] = clusterQuotes.map((quote) => {
    const comparison = comparisons.get(referenceQuote.text, quote.text);
    return { articleId: quote.articleId, source: quote.source, quote, comparison, divergence: comparison.divergence };
  });
  const others = variants.filter((variant) => variant.quote.id !== referenceQuote.id);
  const speakers = speakersOf(clusterQuotes);
  return {
    id: `cluster:${clusterQuotes[0]!.id}`,
    variants,
    reference: { quoteId: referenceQuote.id, text: referenceQuote.text, choice },
    table: buildWitnessTable(variants.map((variant) => ({ id: variant.quote.id, comparison: variant.comparison }))),
    speakers: speakers.names,
    attributionConflict: speakers.conflict,
    meanDivergence: others.reduce((sum, variant) => sum + variant.divergence, 0) / Math.max(1, others.length),
  };
}

/**
 * Distinct speaker names, sorted. A conflict is two different *people*: "Peskov" and
 * "Dmitry Peskov" are one person (same last word), "Peskov" and "Stoltenberg" are two.
 */
function speakersOf(quotes: readonly CorpusQuote[]): { names: string[]; conflict: boolean } {
  const names = new Set<string>();
  const people = new Set<string>();
  for (const quote of quotes) {
    if (quote.speaker === null) continue;
    names.add(quote.speaker.name);
    const words = quote.speaker.name.trim().toLowerCase().split(' ');
    people.add(words[words.length - 1] ?? '');
  }
  return { names: [...names].sort(), conflict: people.size > 1 };
}

/**
 * Comparisons asked for by text pair, fetched in batches, each computed once. They are kept by first text,
 * then second: a key joining the two texts was a new string at every look-up, copied and hashed whole
 * (2.2 s of the calling thread at 100,000 articles), where a text's own hash is computed once and kept.
 * A batch's pairs go to the stream as they are asked for: with workers, they are compared while the rest are
 * planned (planning the report's million comparisons took seconds with the worker idle).
 */
class ComparisonBook {
  private readonly done = new Map<string, Map<string, QuoteComparison>>();
  private wantedPairs: [string, string][] = [];
  private readonly asked = new Map<string, Set<string>>();
  /** The stream of the batch being asked for, opened by its first pair. */
  private stream: PairStream<PackedComparison> | null = null;

  constructor(private readonly compare: CompareStream) {}

  /** Number of pairs asked for since the last {@link ComparisonBook.fetch}. */
  get wanted(): number {
    return this.wantedPairs.length;
  }

  want(a: string, b: string): void {
    if (this.find(a, b) !== undefined) return;
    const seconds = this.asked.get(a);
    if (seconds?.has(b)) return;
    if (seconds) seconds.add(b);
    else this.asked.set(a, new Set([b]));
    // one array per pair, in the book's list and in the stream's
    const pair: [string, string] = [a, b];
    this.wantedPairs.push(pair);
    (this.stream ??= this.compare()).add(pair);
  }

  /**
   * Compares the pairs asked for, in the order asked. `progress` is told, as they come in, how many of them
   * (in that order) are in, and once more when all are.
   */
  fetch(progress: (ready: number) => void = () => undefined): void {
    const pairs = this.wantedPairs;
    const stream = this.stream;
    this.wantedPairs = [];
    this.asked.clear();
    this.stream = null;
    stream?.finish((i, result) => {
      const [a, b] = pairs[i]!;
      const row = this.done.get(a);
      const comparison = reportComparison(result, a, b);
      if (row) row.set(b, comparison);
      else this.done.set(a, new Map([[b, comparison]]));
      progress(i + 1);
    });
    progress(pairs.length);
  }

  /** Forgets the comparisons whose first text is not in `texts` (they will not be asked for again). */
  keepFrom(texts: ReadonlySet<string>): void {
    for (const a of this.done.keys()) if (!texts.has(a)) this.done.delete(a);
  }

  find(a: string, b: string): QuoteComparison | undefined {
    return this.done.get(a)?.get(b);
  }

  get(a: string, b: string): QuoteComparison {
    const found = this.find(a, b);
    if (!found) throw new Error('comparison was not fetched');
    return found;
  }
}
