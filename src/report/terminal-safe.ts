/**
 * Text from articles made safe to print on a terminal. An article may carry escape sequences
 * (`ESC ] 0 ; title BEL`, `ESC [ 2 J`) that retitle or clear the reader's terminal, or bidirectional
 * overrides that make printed text read differently from what it is. The text report shows control
 * characters as visible symbols (␛, ␇ …) and line breaks and tabs as spaces, so each quote stays one line.
 *
 * @module
 */

const BIDI_CONTROLS = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** Replaces control characters by visible symbols, and line breaks and tabs by spaces. */
export function terminalSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x0a || code === 0x0d || code === 0x09 || code === 0x2028 || code === 0x2029) out += ' ';
    else if (code < 0x20) out += String.fromCharCode(0x2400 + code);
    else if (code === 0x7f) out += '\u2421';
    else if ((code >= 0x80 && code <= 0x9f) || BIDI_CONTROLS.has(code)) out += '\ufffd';
    else out += ch;
  }
  return out;
}
