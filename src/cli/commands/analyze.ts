/**
 * `quote-divergence analyze <path…>`: read the articles, run {@link alignCorpus}, write the report
 * in the chosen format. Exit code 1 when some input was skipped (the report covers the rest).
 *
 * @module
 */

import { alignCorpus } from '../../corpus/align-corpus.js';
import { formatCsv } from '../../report/csv.js';
import { formatHtml } from '../../report/html.js';
import { formatMarkdown } from '../../report/markdown.js';
import { formatText } from '../../report/text.js';
import type { Article, CorpusOptions, CorpusReport } from '../../types.js';
import { dataError, EXIT, usageError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { chooseFormat, type Format } from '../parse-args.js';
import { readInputs } from '../read-inputs.js';
import { reportProblems, reportRunWarnings } from '../report-problems.js';
import { jsonChunks, jsonLines } from '../json-chunks.js';
import { writeOutput, type OutputData } from '../write-output.js';

/**
 * The report in `format`. JSON and JSON Lines come in pieces (a large corpus's report is longer than
 * the longest string). JSON Lines: one line per cluster, then one per echo, each with a `record` field.
 */
export function renderReport(report: CorpusReport, format: Format, articles: readonly Article[], context: CommandContext): OutputData {
  switch (format) {
    case 'text':
      return formatText(report, { color: context.colourData });
    case 'json':
      return [...jsonChunks(report as unknown as Record<string, unknown>), '\n'];
    case 'jsonl':
      return jsonLines([
        ...report.clusters.map((cluster) => ({ record: 'cluster', ...cluster })),
        ...report.echoes.map((echo) => ({ record: 'echo', ...echo })),
      ]);
    case 'csv':
      return formatCsv(report, { table: context.invocation.table ?? 'pairs', defuseFormulas: context.invocation.defuseFormulas });
    case 'md':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report, { articles: articles.map(({ text: _text, ...metadata }) => metadata) });
  }
}

/**
 * The longest article `analyze` accepts, in UTF-16 code units (5 million: some 800,000 words, fifty
 * times the longest news feature). A longer "article" is almost always a whole corpus saved as one
 * file; analysing it as one article takes minutes per megabyte of quotes, so it is refused at once,
 * with the advice to split it (`extract` still reads it).
 */
export const MAX_ARTICLE_LENGTH = 5_000_000;

/** What the progress bar says during each stage of {@link alignCorpus}. */
const STAGE_LABELS: Record<Parameters<NonNullable<CorpusOptions['onProgress']>>[0]['stage'], string> = {
  extract: 'extracting quotes',
  cluster: 'verifying candidate pairs',
  echoes: 'searching for echoes',
  report: 'comparing with references',
};

/** Reads the articles and analyses them; shared with `demo`. */
export async function analyzeArticles(paths: readonly string[], context: CommandContext): Promise<{ report: CorpusReport; articles: Article[]; hadProblems: boolean }> {
  const { invocation, terminal, progress } = context;
  const inputs = await readInputs(paths, terminal.stdin, (path) => progress.update(`reading ${path}`, 0, 1));
  progress.clear();
  inputs.articles = inputs.articles.filter((article) => {
    if (article.text.length <= MAX_ARTICLE_LENGTH) return true;
    inputs.problems.push({
      where: `article ${JSON.stringify(article.id)}`,
      message: `${article.text.length.toLocaleString('en-US')} characters, over the limit of ${MAX_ARTICLE_LENGTH.toLocaleString('en-US')} for one article; split it into articles (one .txt each, or JSON Lines); skipped`,
    });
    return false;
  });
  const hadProblems = reportProblems(terminal.stderr, inputs.problems, inputs.articles.length > 0);
  if (inputs.articles.length === 0) throw dataError('no articles to analyse');
  progress.log(`analysing ${inputs.articles.length} article${inputs.articles.length === 1 ? '' : 's'} from ${inputs.files} file${inputs.files === 1 ? '' : 's'}…`);
  const options: CorpusOptions = {};
  if (invocation.minSimilarity !== undefined) options.minSimilarity = invocation.minSimilarity;
  if (invocation.workers !== undefined) options.workers = invocation.workers;
  // Only when the bar is shown (a terminal, no --quiet): without a hook the corpus stage runs its batches whole.
  if (progress.enabled) options.onProgress = ({ stage, done, total }) => progress.update(STAGE_LABELS[stage], done, total);
  const report: CorpusReport = await alignCorpus(inputs.articles, options);
  reportRunWarnings(terminal.stderr, report.diagnostics);
  progress.log(`${report.quotes.length} quotes, ${report.clusters.length} clusters, ${report.echoes.length} echoes`);
  return { report, articles: inputs.articles, hadProblems };
}

/** Runs `analyze`; returns the exit code. */
export async function analyze(context: CommandContext): Promise<number> {
  const { invocation, terminal } = context;
  const format = chooseFormat(invocation.format, invocation.out, terminal.stdout.isTTY === true);
  if (invocation.table !== undefined && format !== 'csv') throw usageError('--table applies to CSV output only (--format csv)');
  if (invocation.defuseFormulas && format !== 'csv') throw usageError('--defuse-formulas applies to CSV output only (--format csv)');
  const { report, articles, hadProblems } = await analyzeArticles(invocation.positionals, context);
  await writeOutput(renderReport(report, format, articles, context), invocation.out, terminal.stdout);
  return hadProblems ? EXIT.data : EXIT.ok;
}
