/**
 * The `--help` text. Kept next to the option table in `parse-args.ts`; docs/cli.md says the same at length.
 *
 * @module
 */

/** The help text, ending with a newline. */
export const USAGE = `Usage: quote-divergence <command> [options]

Commands:
  analyze <path…>   find quotes rendered differently across articles, cluster and score them
                    paths: .txt files (id = file name), .json (array of articles),
                    .jsonl (one article per line), folders of these, - for standard input
  extract <path…>   list the quotes of each article, with speakers
  compare <a> <b>   compare two quotes (text, or @file to read one from a file)
  demo              analyse the bundled seed articles; print a summary, write report.html

Options:
  -f, --format <f>        text | json | jsonl | csv | md | html
                          default: from --out's extension, else text on a terminal, json otherwise
  -o, --out <file>        write the data to <file> instead of standard output
      --min-similarity <n> minimum similarity (0–1) for two quotes to join a cluster (default 0.35)
  -w, --workers <n>       threads for analysis, calling one included (default 1)
      --table pairs|edits CSV of analyze: one row per variant pair (default) or per edit
      --defuse-formulas   CSV: prefix text cells starting with = + - @ with ' (for spreadsheets)
  -q, --quiet             no progress or log lines on standard error (problems are still reported)
  -h, --help              show this help
  -V, --version           show the version

Exit codes: 0 success, 1 a problem in the data (output still written for the rest), 2 a usage error.
Colour: on a terminal, unless NO_COLOR is set; FORCE_COLOR=1 forces it.
`;
