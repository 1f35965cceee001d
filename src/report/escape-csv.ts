/**
 * One CSV field and one CSV record, as RFC 4180 writes them: a field containing a comma, a double
 * quote, CR or LF is enclosed in double quotes, with inner double quotes doubled; records end in CRLF.
 *
 * @module
 */

/** A value of a CSV cell: text, a number, or nothing (written as an empty field). */
export type CsvValue = string | number | boolean | null | undefined;

/** Formats one field. Numbers are written in full precision, rounded to 6 decimals. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : '';
  const text = String(value);
  const needsQuotes = text.includes('"') || text.includes(',') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.split('"').join('""')}"` : text;
}

/** Formats one record, ending with CRLF. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
