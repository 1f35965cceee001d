/**
 * One table of typographic variants and the fold that maps them to a plain form:
 * apostrophes, quote marks and dashes, used for comparison keys (never for offsets).
 *
 * @module
 */

/** Characters that fold to a plain ASCII form for comparison. */
export const TYPOGRAPHY_FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’ (also the typographic apostrophe)
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u02BC': "'", // ʼ modifier letter apostrophe
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2039': "'", // ‹
  '\u203A': "'", // ›
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\u00A0': ' ', // no-break space
  '\u202F': ' ', // narrow no-break space
};

/** Replaces every character of {@link TYPOGRAPHY_FOLD} by its plain form (same length for BMP input). */
export function foldTypography(text: string): string {
  let out = '';
  for (const ch of text) out += TYPOGRAPHY_FOLD[ch] ?? ch;
  return out;
}
