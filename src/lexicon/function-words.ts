/**
 * English function words (determiners, pronouns, auxiliaries, prepositions, conjunctions,
 * particles and a few discourse adverbs). They weigh less than content words in alignment
 * and divergence, and are aligned by their neighbours rather than on their own. The bare clitics
 * (s, d, ll, re, ve, m) are what the tokenizer leaves after an apostrophe in text that writes
 * contractions apart ("we 've", "Boykin 's", as tokenised corpora do): not content words.
 *
 * @module
 */

const WORDS = `a an the this that these those some any each every either neither no all both half such what which whatever whichever
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself
they them their theirs themselves one ones oneself who whom whose whoever
be am is are was were been being have has had having do does did done doing
will would shall should can could may might must ought need dare
to of in on at by for with from into onto upon about above below over under between among through during before after
against within without along across around behind beyond near off out up down toward towards via per than as like unlike
since until till despite except
and or but nor so yet if then else because although though while whereas whether unless once
not n't no nor never also too very just only even still already again ever quite rather really
there here where when why how
's 'd 'll 're 've 'm s d ll re ve m`;

let set: Set<string> | undefined;

/** True for a lower-cased English function word ("the", "of", "has"). */
export function isFunctionWord(word: string): boolean {
  if (set === undefined) set = new Set(WORDS.replaceAll('\n', ' ').split(' ').filter(Boolean));
  return set.has(word);
}

/**
 * Spellings of one function word: the article before a vowel and the contracted forms
 * ("a" / "an", "not" / "n't", "will" / "'ll"). Ambiguous contractions ('s = is, has or the
 * possessive; 'd = had or would) are left out.
 */
const VARIANTS: readonly (readonly string[])[] = [
  ['a', 'an'],
  ['not', "n't"],
  ['will', "'ll", 'll'],
  ['have', "'ve", 've'],
  ['am', "'m", 'm'],
  ['are', "'re", 're'],
];

let variantGroup: Map<string, number> | undefined;

function variantGroups(): Map<string, number> {
  return (variantGroup ??= new Map(VARIANTS.flatMap((group, index) => group.map((word) => [word, index] as const))));
}

/** True when two different lower-cased function words are spellings of one word ("a", "an"). */
export function areFunctionVariants(a: string, b: string): boolean {
  const group = variantGroups().get(a);
  return group !== undefined && group === variantGroups().get(b);
}

/**
 * True when a lower-cased word has other spellings as a function word ("a": "an"): two words can be
 * {@link areFunctionVariants} only when both are (the aligner keeps this per token).
 */
export function hasFunctionVariants(word: string): boolean {
  return variantGroups().has(word);
}
