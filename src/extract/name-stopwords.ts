/**
 * Words that are not people's names: sentence openers, and words of organisations, places, dates
 * and groups ("Fox News", "Moscow", "Americans"), used to keep such runs out of the name registry.
 *
 * @module
 */

/** Capitalised words that start sentences or name things other than people. */
export const NOT_NAME_WORDS = new Set(
  ('the a an and but or if in on at of for to by as with from into after before when while since during ' +
    'this that these those there here he she it they we you i his her its their our my your him them us ' +
    'meanwhile however therefore also earlier later then now still yet so thus according speaking asked said says added wrote ' +
    'like unlike despite what which who whom whose why how where whether does did do both neither either nor against just though although ' +
    'another other some many most all every each no not only even because unless until upon via without within amid among ' +
    'several nobody everyone everybody somebody anyone one two three four five whatever see').split(' '),
);

/** The longest word of {@link NOT_NAME_WORDS}: a longer word cannot lower-case into it (no letter lower-cases to fewer code units). */
const LONGEST_NOT_NAME_WORD = Math.max(...[...NOT_NAME_WORDS].map((w) => w.length));

/** NOT_NAME_WORDS with a capital first letter ("The"), looked up without lower-casing. */
const NOT_NAME_WORDS_CAPITALISED = new Set([...NOT_NAME_WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)));

/**
 * `NOT_NAME_WORDS.has(word.toLowerCase())`, without building the lower-case copy for long words and
 * for the capitalised and lower-case forms (the person scan asks this of every capitalised word).
 */
export function isNotNameWord(word: string): boolean {
  if (word.length > LONGEST_NOT_NAME_WORD) return false;
  return inLowerCase(word, NOT_NAME_WORDS, NOT_NAME_WORDS_CAPITALISED);
}

/**
 * `lower.has(word.toLowerCase())`, where `capitalised` holds the words of `lower` with a capital first
 * letter: one look-up without a lower-case copy when the word is ASCII letters, lower case after the first.
 */
function inLowerCase(word: string, lower: ReadonlySet<string>, capitalised: ReadonlySet<string>): boolean {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x61 || code > 0x7a) return lower.has(word.toLowerCase());
  }
  const first = word.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return capitalised.has(word);
  if (first >= 0x61 && first <= 0x7a) return lower.has(word);
  return lower.has(word.toLowerCase());
}

/** Words that mark a run as an organisation, place, event or day rather than a person. */
export const NON_PERSON_WORDS = new Set(
  ('news times post journal tribune herald daily weekly magazine press media network television tv radio agency ' +
    'union states state federation alliance ministry department office house senate congress parliament court ' +
    'committee council party campaign administration government army navy force forces guard police service ' +
    'university college school institute center centre foundation association organization organisation group ' +
    'company corporation inc ltd bank fund street avenue square city county republic kingdom united nations ' +
    'new north south east west northern southern eastern western atlantic pacific middle great los las san santa ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december day democratic republican democrat democrats republicans capitol supreme federal ' +
    'international national islamic sea ocean river island islands airlines club league stadium hospital church ' +
    'reuters twitter facebook google instagram youtube index').split(' '),
);

/** NON_PERSON_WORDS with a capital first letter ("News"), looked up without lower-casing. */
const NON_PERSON_WORDS_CAPITALISED = new Set([...NON_PERSON_WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)));

/** `NON_PERSON_WORDS.has(word.toLowerCase())`, without the lower-case copy for the capitalised and lower-case forms. */
export function isNonPersonWord(word: string): boolean {
  return inLowerCase(word, NON_PERSON_WORDS, NON_PERSON_WORDS_CAPITALISED);
}

/** True for a single capitalised word that may be a person's name in a cue position ("— said Peskov"). */
export function mayBeName(word: string): boolean {
  if (word.length <= 1 || word[0] === word[0]!.toLowerCase() || word === word.toUpperCase()) return false;
  const lower = word.toLowerCase();
  return (
    !NOT_NAME_WORDS.has(lower) &&
    !NON_PERSON_WORDS.has(lower) &&
    !NON_PERSON_SINGLES.has(lower) &&
    !endsWithAny(lower, PLURAL_DEMONYM)
  );
}

function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}

/** Endings of plural nationalities and groups ("Americans", "Ukrainians", "Europeans"). */
const PLURAL_DEMONYM = ['ians', 'icans', 'eans', 'ists', 'ites'];

/** Single words often seen as the subject of a reporting verb that are places or institutions. */
const NON_PERSON_SINGLES = new Set(
  ('moscow kremlin kiev kyiv washington beijing london paris berlin brussels tehran damascus ankara tokyo jerusalem ' +
    'pyongyang seoul geneva russia ukraine america china iran israel syria turkey germany france britain europe japan ' +
    'india pakistan afghanistan iraq mexico canada poland nato pentagon duma tass cnn fox officials analysts ' +
    'critics experts sources observers residents witnesses voters polls democrats republicans').split(' '),
);

/** "Peskov said", "Peskov also stressed", "said Peskov": a single name next to a reporting verb. */
