/**
 * Symbols and the words they stand for: "5 %" ↔ "5 percent", "$" ↔ "dollars", "&" ↔ "and".
 * The tokenizer makes a symbol a punctuation token, which no word similarity reaches, so a symbol
 * is linked to a free equivalent word on the other side when their neighbours are linked to each
 * other (the number before "%" and before "percent"). One `synonym` entry.
 *
 * @module
 */

import { LAYER_SCORES } from './token-similarity.js';
import { addLink, facing, SYNONYM, rangesFrom, type AlignmentState } from './alignment-state.js';
import { ACRONYMS_END, anchorIndex, SYMBOL_WORDS, SYMBOLS_END } from './anchor-index.js';

/** True when tokens `k` (of `x`) and `l` (of `y`) have linked neighbours on the same side. */
function neighboursLinked(state: AlignmentState, xSide: 'a' | 'b', k: number, l: number): boolean {
  const { linkOfHere: linkOfX, linkOfThere: linkOfY } = facing(state, xSide);
  const same = (p: number, q: number) => p >= 0 && q >= 0 && p < linkOfX.length && q < linkOfY.length && linkOfX[p] !== -1 && linkOfX[p] === linkOfY[q];
  return same(k - 1, l - 1) || same(k + 1, l + 1);
}

/** Links every symbol of either side to an equivalent word of the other with linked neighbours. */
export function alignSymbols(state: AlignmentState): void {
  linkSymbols(state, 'a');
  linkSymbols(state, 'b');
}

function linkSymbols(state: AlignmentState, symbolSide: 'a' | 'b'): void {
  const { here: symbols, there: words, linkOfHere: linkOfSymbols, linkOfThere: linkOfWords } = facing(state, symbolSide);
  // the symbols of a side were found once per text (anchor-index.ts); most sides have none
  const index = anchorIndex(symbols);
  const symbolsEnd = index[SYMBOLS_END]!;
  for (let s = index[ACRONYMS_END]!; s < symbolsEnd; s++) {
    const k = index[s]!;
    if (linkOfSymbols[k] !== -1) continue;
    const equivalents = SYMBOL_WORDS.get(symbols.features[k]!.norm)!;
    for (let l = 0; l < words.size; l++) {
      if (linkOfWords[l] !== -1 || !equivalents.includes(words.features[l]!.norm)) continue;
      // "per cent": the symbol stands for both words
      const end = words.features[l]!.norm === 'per' ? (words.features[l + 1]?.norm === 'cent' && linkOfWords[l + 1] === -1 ? l + 2 : -1) : l + 1;
      if (end === -1) continue;
      // the token before the symbol is linked to the one before the word(s), or the token after to the one after
      if (!neighboursLinked(state, symbolSide, k, l) && !neighboursLinked(state, symbolSide, k, end - 1)) continue;
      const [a0, a1, b0, b1] = rangesFrom(symbolSide, k, k + 1, l, end);
      addLink(state, a0, a1, b0, b1, SYNONYM, LAYER_SCORES.synonym);
      break;
    }
  }
}
