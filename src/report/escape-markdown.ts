/**
 * Escaping for the Markdown report. Text is backslash-escaped so that quotes containing `*`, `_`,
 * `[`, `<`, `|` render literally (and raw HTML never passes through a Markdown renderer), and line
 * breaks are folded to spaces so a table row stays one line.
 *
 * @module
 */

/** ASCII punctuation that can start an inline construct or end a table cell (CommonMark allows `\` before any of it). */
const MARKDOWN_SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '!', '#']);

/** Escapes text for a Markdown paragraph, heading or table cell. */
export function escapeMarkdown(text: string): string {
  let out = '';
  let previousWasBreak = false;
  for (const ch of text) {
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      if (!previousWasBreak) out += ' ';
      previousWasBreak = true;
      continue;
    }
    previousWasBreak = false;
    out += MARKDOWN_SPECIAL.has(ch) ? `\\${ch}` : ch;
  }
  return out;
}
