/**
 * The packed key of a token (`Side.ids`, alignment-state.ts): its interned feature id × {@link KEY_SCALE}, plus
 * flags that are functions of its word, so that two keys are equal exactly when the features are.
 *
 * Why: the aligner's phases ask of a token mostly whether it equals another and what class of word
 * it is; over many texts a side's arrays and feature objects meet each comparison cold, and one
 * array of small integers read for all of it replaced three arrays and most reads of the feature
 * objects.
 *
 * @module
 */

import { hasFunctionVariants } from '../lexicon/function-words.js';
import { isPhraseWord } from '../lexicon/phrase-equivalents.js';
import type { WordFeatures } from './token-features.js';

/** Set for a word token (not punctuation or a symbol). */
export const WORD_BIT = 1;
/** Set for a content word (a word that is not a function word). */
export const CONTENT_BIT = 2;
/** Set for a word of a listed multi-word equivalent (lexicon/phrase-equivalents.ts). */
export const PHRASE_BIT = 4;
/** Set for a word with a number value (token-features.ts). */
export const NUMBER_BIT = 8;
/** Set for a function word with other spellings ("a" / "an"). */
export const VARIANT_BIT = 16;
/** A packed token key is its feature id times this, plus its flags. */
export const KEY_SCALE = 32;

/** The packed key of a token with features `f` (made from the token's own word and isWord). */
export function tokenKey(f: WordFeatures): number {
  let flags = f.isWord ? WORD_BIT : 0;
  if (f.isWord && !f.isFunction) flags += CONTENT_BIT;
  if (f.isWord && isPhraseWord(f.norm)) flags += PHRASE_BIT;
  if (f.number !== null) flags += NUMBER_BIT;
  if (f.isFunction && hasFunctionVariants(f.norm)) flags += VARIANT_BIT;
  return f.id * KEY_SCALE + flags;
}

/** The feature id of a packed key. */
export function featureIdOf(key: number): number {
  return Math.floor(key / KEY_SCALE);
}
