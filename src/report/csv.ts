/**
 * The report for statistics packages: long-format CSV (RFC 4180, header row, CRLF), one row per
 * variant pair or, with `table: 'edits'`, one row per edit. A pair is the cluster's reference reading
 * (`a`) and one other rendering (`b`), which is what every divergence in the report measures.
 *
 * @module
 */

import type { Cluster, CorpusReport, Variant } from '../types.js';
import { QuoteDivergenceError } from '../errors.js';
import { assertCorpusReport } from './check-report.js';
import { otherVariants, referenceVariant } from './describe.js';
import { csvRecord, type CsvValue } from './escape-csv.js';

/**
 * Options for {@link formatCsv}.
 *
 * @example
 * const options: CsvOptions = { table: 'edits' };
 * formatCsv(report, options).split('\r\n')[0];
 * //=> 'cluster,a_article,b_article,a_quote,b_quote,edit,class,a_text,b_text,a_start,a_end,b_start,b_end,tone_direction,tone_magnitude'
 */
export interface CsvOptions {
  /**
   * Which table to write. `pairs` (default): one row per variant pair with the divergence and each
   * component. `edits`: one row per edit of each pair, with its class, both texts and the tone shift.
   */
  table?: 'pairs' | 'edits';
  /**
   * Defuse spreadsheet formulas (default `false`): a text cell starting with `=`, `+`, `-`, `@`, tab
   * or CR is written with a leading `'`, so Excel or LibreOffice show it instead of evaluating it.
   * Turn it on when the CSV of an untrusted corpus may be opened in a spreadsheet; leave it off for
   * R or pandas, which would keep the `'` as part of the text.
   */
  defuseFormulas?: boolean;
}

/** Columns of the `pairs` table. */
export const PAIR_COLUMNS = [
  'cluster', 'a_article', 'b_article', 'a_source', 'b_source', 'a_speaker', 'b_speaker',
  'divergence', 'lexical', 'semantic', 'omission', 'addition', 'order', 'tone',
  'a_quote', 'b_quote', 'a_text', 'b_text',
] as const;

/** Columns of the `edits` table. */
export const EDIT_COLUMNS = [
  'cluster', 'a_article', 'b_article', 'a_quote', 'b_quote', 'edit', 'class',
  'a_text', 'b_text', 'a_start', 'a_end', 'b_start', 'b_end', 'tone_direction', 'tone_magnitude',
] as const;

/** The reference variant and every other variant of a cluster, in the cluster's order. */
function pairs(cluster: Cluster): { reference: Variant | undefined; variant: Variant }[] {
  const reference = referenceVariant(cluster);
  return otherVariants(cluster).map((variant) => ({ reference, variant }));
}

function pairRow(cluster: Cluster, reference: Variant | undefined, variant: Variant): CsvValue[] {
  const c = variant.comparison.components;
  return [
    cluster.id, reference?.articleId, variant.articleId, reference?.source, variant.source,
    reference?.quote.speaker?.name, variant.quote.speaker?.name,
    variant.divergence, c.lexical, c.semantic, c.omission, c.addition, c.order, c.tone,
    cluster.reference.quoteId, variant.quote.id, variant.comparison.a, variant.comparison.b,
  ];
}

function editRows(cluster: Cluster, reference: Variant | undefined, variant: Variant): CsvValue[][] {
  return variant.comparison.edits.map((edit, index) => [
    cluster.id, reference?.articleId, variant.articleId, cluster.reference.quoteId, variant.quote.id,
    index + 1, edit.class, edit.a?.text, edit.b?.text, edit.a?.start, edit.a?.end, edit.b?.start, edit.b?.end,
    edit.tone?.direction, edit.tone?.magnitude,
  ]);
}

/**
 * Formats a corpus report as CSV for R, pandas or a spreadsheet. Empty fields mean "none"
 * (an unnamed source, an unattributed quote, an edit with no text on one side).
 *
 * @example
 * const report = alignCorpus(seedArticles); // the five articles of fixtures/articles
 * formatCsv(report).split('\r\n')[0];
 * //=> 'cluster,a_article,b_article,a_source,b_source,a_speaker,b_speaker,divergence,lexical,semantic,omission,addition,order,tone,a_quote,b_quote,a_text,b_text'
 * formatCsv(report, { table: 'edits' }).split('\r\n').find((row) => row.includes('sacrificial'));
 * //=> 'cluster:000_1f671407f6ce829a:788,000_1f671407f6ce829a,001_e42db7be3a9563e0,000_1f671407f6ce829a:788,001_e42db7be3a9563e0:611,7,phrase-substitution,a sacrificial lamb,ritual victims,209,227,105,119,negative,0.2'
 */
export function formatCsv(report: CorpusReport, options: CsvOptions = {}): string {
  assertCorpusReport(report, 'formatCsv');
  const table = options.table ?? 'pairs';
  if (table !== 'pairs' && table !== 'edits') {
    throw new QuoteDivergenceError('OPTION_OUT_OF_RANGE', `formatCsv: table must be 'pairs' or 'edits', got ${JSON.stringify(table)}`);
  }
  const defuse = options.defuseFormulas ?? false;
  if (typeof defuse !== 'boolean') {
    throw new QuoteDivergenceError('INVALID_ARGUMENT', `formatCsv: defuseFormulas must be a boolean, got ${JSON.stringify(defuse)}`);
  }
  let out = csvRecord(table === 'edits' ? EDIT_COLUMNS : PAIR_COLUMNS);
  for (const cluster of report.clusters) {
    for (const { reference, variant } of pairs(cluster)) {
      if (table === 'edits') for (const row of editRows(cluster, reference, variant)) out += csvRecord(row, defuse);
      else out += csvRecord(pairRow(cluster, reference, variant), defuse);
    }
  }
  return out;
}
