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
import { NumberedStrings } from './numbered-strings.js';
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
  // the number of each group's text in the book (its representative's: a group's quotes share a normalised text)
  const repId = (g: number) => comparisons.idOf(repText(g));
  // 1. Medoid search (every candidate reading against every reading of its cluster). Only divergences
  // are needed: a reading's divergence to itself is 0, divergence is symmetric (so two candidates are
  // compared once), and verification has already compared most pairs of a cluster's readings.
  const divergence = (c: number, g: number) =>
    c === g ? 0 : (known(c, g) ?? comparisons.find(repId(c), repId(g))?.divergence ?? comparisons.get(repId(g), repId(c)).divergence);
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
          comparisons.want(repId(c), repId(g));
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
  comparisons.keepFrom(new Set(references.map(({ group }) => repId(group))));

  // 2. The reference against every distinct text of its cluster, asked for in the clusters' order; each
  // cluster is assembled as soon as its comparisons are in, while the rest are compared (with workers, the
  // witness tables were built at the end, on this thread alone, with the workers idle).
  // The clusters' order is their first quotes': a group's representative is its first quote by id, and
  // `sorted` orders a cluster's groups by representative, so its first group's representative comes first.
  const order = plans.map((_, i) => i).sort((x, y) => byQuoteId(quotes[representatives[plans[x]!.sorted[0]!]!]!, quotes[representatives[plans[y]!.sorted[0]!]!]!));
  // each cluster's quotes by number, sorted by id, and the number of each quote's own text in the book, found
  // cluster by cluster as its comparisons are asked for: with workers, numbering every quote's text before the
  // first was asked for left the workers idle (about 2 s at 100,000 articles, after the medoid search)
  const textIds = new Int32Array(quotes.length);
  const members = new Array<number[]>(plans.length);
  // per cluster in output order, the number of comparisons asked for once its own are
  const needed = order.map((i, n) => {
    if (n % PUMP_EVERY === 0) pump();
    const list: number[] = [];
    for (const g of plans[i]!.sorted) {
      // a group's quotes mostly repeat one text (copies of an article one after another): a text equal to the
      // last one is not looked up again (the look-up hashes the quote's own copy of the text, then reads the table)
      let last: string | undefined;
      let lastId = -1;
      for (const m of groups[g]!.members) {
        const text = quotes[m]!.text;
        if (text !== last) {
          last = text;
          lastId = comparisons.idOf(text);
        }
        textIds[m] = lastId;
        list.push(m);
      }
    }
    members[i] = list.sort((x, y) => byQuoteId(quotes[x]!, quotes[y]!));
    const reference = repId(references[i]!.group);
    for (const m of list) comparisons.want(reference, textIds[m]!);
    return comparisons.wanted;
  });
  const clusters: Cluster[] = [];
  const assembleReady = (ready: number) => {
    while (clusters.length < order.length && needed[clusters.length]! <= ready) {
      if (clusters.length % PUMP_EVERY === 0) pump();
      const i = order[clusters.length]!;
      const { group, choice } = references[i]!;
      clusters.push(assemble(members[i]!, { quotes, textIds }, repId(group), quotes[representatives[group]!]!, choice, comparisons));
    }
  };
  whileHeld([comparisons, clusters], () => comparisons.fetch(assembleReady));
  return clusters;
}

/**
 * The cluster of quotes `clusterQuotes` (their numbers, sorted by id) around `referenceQuote`, whose text is
 * number `reference` in `comparisons`, where its comparisons are fetched; `textIds` gives each quote's text's number there.
 */
function assemble(
  clusterQuotes: readonly number[],
  { quotes, textIds }: { quotes: readonly CorpusQuote[]; textIds: Int32Array },
  reference: number,
  referenceQuote: CorpusQuote,
  choice: Cluster['reference']['choice'],
  comparisons: ComparisonBook,
): Cluster {
  const variants: Variant[] = clusterQuotes.map((m) => {
    const quote = quotes[m]!;
    const comparison = comparisons.get(reference, textIds[m]!);
    return { articleId: quote.articleId, source: quote.source, quote, comparison, divergence: comparison.divergence };
  });
  const others = variants.filter((variant) => variant.quote.id !== referenceQuote.id);
  const speakers = speakersOf(variants);
  return {
    id: `cluster:${variants[0]!.quote.id}`,
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
function speakersOf(variants: readonly Pick<Variant, 'quote'>[]): { names: string[]; conflict: boolean } {
  const names = new Set<string>();
  const people = new Set<string>();
  for (const { quote } of variants) {
    if (quote.speaker === null) continue;
    names.add(quote.speaker.name);
    const words = quote.speaker.name.trim().toLowerCase().split(' ');
    people.add(words[words.length - 1] ?? '');
  }
  return { names: [...names].sort(), conflict: people.size > 1 };
}

/**
 * Comparisons asked for by pair of texts, fetched in batches, each computed once. Each distinct text gets a
 * number ({@link ComparisonBook.idOf}: read once per quote) and the comparisons are kept by the number of the
 * first text, then of the second. Keyed by the texts themselves, the book read them at every look-up (each
 * quote's own copy hashed, then its characters compared to confirm a match), slices of a hundred thousand
 * articles scattered over the heap: 3.0 s of the calling thread's samples at 100,000 articles, in the
 * clusters' assembly, which the workers wait on; 1.1 s with the numbers (BENCHMARKS.md, session 28).
 * A batch's pairs go to the stream as they are asked for: with workers, they are compared while the rest are
 * planned (planning the report's million comparisons took seconds with the worker idle).
 */
class ComparisonBook {
  private readonly texts = new NumberedStrings();
  private readonly done = new Map<number, Map<number, QuoteComparison>>();
  /** The texts of the pairs asked for since the last fetch, two numbers per pair. */
  private wantedPairs: number[] = [];
  private readonly asked = new Map<number, Set<number>>();
  /** The stream of the batch being asked for, opened by its first pair. */
  private stream: PairStream<PackedComparison> | null = null;

  constructor(private readonly compare: CompareStream) {}

  /** The number of `text` (the same for equal texts). */
  idOf(text: string): number {
    return this.texts.numberOf(text);
  }

  /** Number of pairs asked for since the last {@link ComparisonBook.fetch}. */
  get wanted(): number {
    return this.wantedPairs.length / 2;
  }

  want(x: number, y: number): void {
    if (this.find(x, y) !== undefined) return;
    const seconds = this.asked.get(x);
    if (seconds?.has(y)) return;
    if (seconds) seconds.add(y);
    else this.asked.set(x, new Set([y]));
    this.wantedPairs.push(x, y);
    (this.stream ??= this.compare()).add([this.texts.strings[x]!, this.texts.strings[y]!]);
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
      const x = pairs[2 * i]!;
      const y = pairs[2 * i + 1]!;
      const row = this.done.get(x);
      const comparison = reportComparison(result, this.texts.strings[x]!, this.texts.strings[y]!);
      if (row) row.set(y, comparison);
      else this.done.set(x, new Map([[y, comparison]]));
      progress(i + 1);
    });
    progress(pairs.length / 2);
  }

  /** Forgets the comparisons whose first text is not one of `ids` (they will not be asked for again). */
  keepFrom(ids: ReadonlySet<number>): void {
    for (const x of this.done.keys()) if (!ids.has(x)) this.done.delete(x);
  }

  find(x: number, y: number): QuoteComparison | undefined {
    return this.done.get(x)?.get(y);
  }

  get(x: number, y: number): QuoteComparison {
    const found = this.find(x, y);
    if (!found) throw new Error('comparison was not fetched');
    return found;
  }
}
