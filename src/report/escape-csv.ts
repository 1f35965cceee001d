/**
 * One CSV field and one CSV record, as RFC 4180 writes them: a field containing a comma, a double
 * quote, CR or LF is enclosed in double quotes, with inner double quotes doubled; records end in CRLF.
 * Optionally, text cells are defused against spreadsheet formula injection (OWASP's advice: a cell
 * that starts with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`, so a spreadsheet shows it as
 * text instead of evaluating it). Numbers are never touched: `-0.2` stays a number.
 *
 * @module
 */

/** A value of a CSV cell: text, a number, or nothing (written as an empty field). */
export type CsvValue = string | number | boolean | null | undefined;

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Formats one field. Numbers are written in full precision, rounded to 6 decimals. With `defuse`,
 * text starting with a formula trigger gets a leading `'`.
 */
export function csvField(value: CsvValue, defuse = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : '';
  const raw = String(value);
  const text = defuse && typeof value === 'string' && FORMULA_TRIGGERS.has(raw.charAt(0)) ? `'${raw}` : raw;
  const needsQuotes = text.includes('"') || text.includes(',') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.split('"').join('""')}"` : text;
}

/** Formats one record, ending with CRLF; `defuse` as in {@link csvField}. */
export function csvRecord(values: readonly CsvValue[], defuse = false): string {
  return `${values.map((value) => csvField(value, defuse)).join(',')}\r\n`;
}
