/**
 * `quote-divergence extract <path…>`: the quotes of each article, with speakers and diagnostics.
 * JSON: an array of `{ articleId, source, quotes, diagnostics }`; JSON Lines: one such object per line;
 * CSV: one row per quote; text: one block per article.
 *
 * @module
 */

import { extractQuotes } from '../../extract/extract-quotes.js';
import { csvRecord } from '../../report/escape-csv.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import type { Article, Diagnostic, Quote } from '../../types.js';
import { dataError, EXIT, usageError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { chooseFormat, type Format } from '../parse-args.js';
import { readInputs } from '../read-inputs.js';
import { reportProblems } from '../report-problems.js';
import { jsonLines } from '../json-chunks.js';
import { writeOutput, type OutputData } from '../write-output.js';

/** The quotes of one article. */
export interface ArticleQuotes {
  articleId: string;
  source: string | null;
  quotes: Quote[];
  diagnostics: Diagnostic[];
}

const CSV_COLUMNS = ['article', 'source', 'start', 'end', 'kind', 'speaker', 'via', 'open', 'close', 'flags', 'text'];

function render(results: readonly ArticleQuotes[], format: Format, defuse: boolean): OutputData {
  switch (format) {
    case 'json':
      // An array, one article at a time (a large corpus's quotes do not fit in one string).
      return ['[', ...results.map((result, i) => `${i === 0 ? '' : ','}${JSON.stringify(result)}`), ']\n'];
    case 'jsonl':
      return jsonLines(results);
    case 'csv':
      return (
        csvRecord(CSV_COLUMNS) +
        results
          .flatMap((result) =>
            result.quotes.map((quote) =>
              csvRecord([result.articleId, result.source, quote.start, quote.end, quote.kind, quote.speaker?.name, quote.speaker?.via, quote.marks.open, quote.marks.close, quote.flags.join(' '), quote.text], defuse),
            ),
          )
          .join('')
      );
    default:
      return results
        .map((result) => {
          const header = `${terminalSafe(result.articleId)}${result.source === null ? '' : ` (${terminalSafe(result.source)})`}: ${result.quotes.length} quote${result.quotes.length === 1 ? '' : 's'}`;
          const lines = result.quotes.map((quote) => {
            const speaker = quote.speaker === null ? 'unattributed' : terminalSafe(`${quote.speaker.name} (${quote.speaker.via}: ${quote.speaker.mention.text})`);
            const flags = quote.flags.length === 0 ? '' : ` [${quote.flags.join(', ')}]`;
            return `  ${quote.start}\u2013${quote.end} ${quote.kind}${flags} \u2014 ${speaker}\n    ${terminalSafe(`${quote.marks.open}${quote.text}${quote.marks.close ?? ''}`)}`;
          });
          return `${[header, ...lines].join('\n')}\n`;
        })
        .join('\n');
  }
}

/** Extracts the quotes of every article, with a progress bar. */
export function extractAll(articles: readonly Article[], context: CommandContext): ArticleQuotes[] {
  return articles.map((article, index) => {
    context.progress.update('extracting quotes', index + 1, articles.length);
    const diagnostics: Diagnostic[] = [];
    const quotes = extractQuotes(article, { onDiagnostic: (diagnostic: Diagnostic) => diagnostics.push(diagnostic) });
    return { articleId: article.id, source: article.source ?? null, quotes, diagnostics };
  });
}

/** Runs `extract`; returns the exit code. */
export async function extract(context: CommandContext): Promise<number> {
  const { invocation, terminal, progress } = context;
  const format = chooseFormat(invocation.format, invocation.out, terminal.stdout.isTTY === true);
  if (invocation.defuseFormulas && format !== 'csv') throw usageError('--defuse-formulas applies to CSV output only (--format csv)');
  const inputs = await readInputs(invocation.positionals, terminal.stdin);
  const hadProblems = reportProblems(terminal.stderr, inputs.problems, inputs.articles.length > 0);
  if (inputs.articles.length === 0) throw dataError('no articles to read quotes from');
  const results = extractAll(inputs.articles, context);
  progress.clear();
  await writeOutput(render(results, format, invocation.defuseFormulas), invocation.out, terminal.stdout);
  return hadProblems ? EXIT.data : EXIT.ok;
}
