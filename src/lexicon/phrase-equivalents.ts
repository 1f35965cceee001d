/**
 * Multi-word expressions that mean the same (time adverbials, list closers, hedges).
 * WordNet has some of them as collocations (`so_far`, `and_so_forth`) but not their
 * partners (`for now`, `and the like`); this short list fills that gap so that a gap
 * like "For now" ↔ "So far" aligns as one near-equivalent entry.
 *
 * @module
 */

const GROUPS = `for now|so far|thus far|as yet|to date|until now|up to now|for the time being|at present|at the moment|for the moment
and the like|and so forth|and so on|et cetera|etc|and others|and other things|the like|so forth|so on
in fact|indeed|actually|in reality|as a matter of fact
of course|naturally|obviously|certainly
no longer|not anymore|not any longer|any more|anymore
at the same time|meanwhile|simultaneously
in particular|particularly|especially|notably
in addition|moreover|furthermore|besides|also`;

let groupOf: Map<string, number> | undefined;
let memberWords: Set<string> | undefined;

function load(): Map<string, number> {
  if (groupOf === undefined) {
    groupOf = new Map();
    memberWords = new Set();
    GROUPS.split('\n').forEach((line, group) => {
      for (const member of line.split('|')) {
        groupOf!.set(member.trim(), group);
        for (const word of member.trim().split(' ')) memberWords!.add(word);
      }
    });
  }
  return groupOf;
}

/** The group number of a lower-cased phrase (words joined by single spaces), or `undefined`. */
export function phraseGroup(phrase: string): number | undefined {
  return load().get(phrase);
}

/**
 * Whether a lower-cased word is one of the words of a listed phrase: a run of words can be in a
 * group only when each of them is (the aligner keeps this per token, so most runs are never
 * spelled out and looked up).
 */
export function isPhraseWord(word: string): boolean {
  load();
  return memberWords!.has(word);
}
