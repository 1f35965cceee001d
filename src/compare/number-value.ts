/**
 * The numeric value of a token ("1,000" → 1000, "twelve" → 12), for the `number` layer of
 * token similarity: two renderings of one figure align as `number`, even when written differently.
 *
 * @module
 */

const WORDS = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty`;
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };

let words: Map<string, number> | undefined;

/** The value of a lower-cased token written in digits or as an English number word; `null` otherwise. */
export function numberValue(token: string): number | null {
  if (words === undefined) {
    words = new Map(Object.entries(TENS));
    WORDS.split(' ').forEach((word, value) => words!.set(word, value));
  }
  const named = words.get(token);
  if (named !== undefined) return named;
  const first = token.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return null;
  let digits = '';
  for (const ch of token) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch === '.') digits += '.';
    else if (ch !== ',') return null;
  }
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}
