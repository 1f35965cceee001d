/**
 * Reporting verbs: the words that say someone said something ("said", "stressed", "pointed out",
 * "shot back"), every inflected form spelled out so that a look-up is one set membership.
 *
 * @module
 */

import type { Word } from './words.js';

/** Reporting verbs, every form ("pointed" counts only with "out"). */
const REPORTING_VERBS = new Set(
  (
    'say says said saying tell tells told telling add adds added adding stress stresses stressed stressing ' +
    'note notes noted noting claim claims claimed claiming warn warns warned warning argue argues argued arguing ' +
    'insist insists insisted insisting explain explains explained explaining announce announces announced announcing ' +
    'state states stated declare declares declared declaring assert asserts asserted asserting suggest suggests suggested ' +
    'write writes wrote tweet tweets tweeted tweeting ask asks asked asking reply replies replied respond responds responded ' +
    'answer answered acknowledge acknowledges acknowledged admit admits admitted recall recalls recalled remark remarks remarked ' +
    'comment comments commented observe observes observed emphasize emphasizes emphasized emphasise emphasised underline underlined ' +
    'conclude concluded predict predicted promise promised vow vows vowed urge urges urged believe believes believed ' +
    'charge charges charged accuse accused complain complained boast boasted joke joked quip quipped concede conceded contend contends ' +
    'contended maintain maintains maintained mention mentions mentioned indicate indicates indicated confirm confirmed deny denies denied ' +
    'point points pointed reiterate reiterated recount recounted yell yelled shout shouted ' +
    'thunder thundered scoff scoffed muse mused called calling calls labeled labelled labeling labelling dubbed ' +
    'describe described describes describing echoed echoing thanked pledged praised praising slammed slamming blasted blasting ' +
    'criticized criticised criticizing attacked mocked mocking posted writing urging vowing warning countered counters ' +
    'agreed agrees disagreed proclaimed proclaims lamented lamenting praise told recalled testified retorted chimed ' +
    'concludes concluding predicts predicting promises promising accuses accusing complains complaining boasts boasting ' +
    'joking quips quipping concedes conceding contending maintaining mentioning indicating confirms confirming denying ' +
    'reiterates reiterating recounts recounting yelling shouting musing pledging praises criticizes criticises mocks ' +
    'countering disagrees proclaiming laments testifies testifying retorts answering acknowledging admitting recalling ' +
    'remarking commenting observing emphasizing emphasising responding replying suggesting stating ' +
    'proposed proposes proposing cited cites citing interjected interjecting characterized characterizes characterizing ' +
    'characterised characterises expressed expresses expressing'
  ).split(' '),
);

/** Verbs that report speech only with a particle: "shot back", "fired back", "went on". */
const PHRASE_VERBS = new Set(['shot', 'fired', 'hit', 'hits', 'fires', 'shoots', 'went', 'goes']);
/** Verbs that put their subject after them ("said Peskov", "added the spokesman"). */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(
  'said says say added adds asked asks wrote writes replied replies explained explains continued recalled noted notes insisted argued warned declared stated tweeted concluded concludes countered answered responded remarked observed quipped joked'.split(' '),
);
/**
 * True for a reporting verb form.
 * @example
 * isReportingVerb('stressed')
 * //=> true
 */
export function isReportingVerb(word: string): boolean {
  return REPORTING_VERBS.has(word);
}

/** A reporting verb at `words[v]`, including the particle verbs ("shot back", "pointed out"). */
export function reportsAt(words: readonly Word[], v: number): boolean {
  const word = words[v]!;
  const next = words[v + 1]?.lower;
  if (PHRASE_VERBS.has(word.text)) return next === 'back' || (next === 'on' && word.text.startsWith('w')) || (next === 'on' && word.text.startsWith('g'));
  if (word.text === 'point' || word.text === 'points' || word.text === 'pointed') return next === 'out';
  // "Trump’s Virginia state director", "many Asian states, and": a noun unless it reports a clause
  // ("states that …", or right before the quote)
  if (word.text === 'state' || word.text === 'states') return next === undefined || next === 'that';
  return REPORTING_VERBS.has(word.text);
}

/** {@link reportsAt} for each word, looked up once for the two passes of the cue search before a quote. */
export function reportingVerbsIn(words: readonly Word[]): boolean[] {
  const reports: boolean[] = [];
  for (let v = 0; v < words.length; v++) reports.push(reportsAt(words, v));
  return reports;
}

/** The end of the verb at `words[v]`, with its particle ("pointed out", "shot back"). */
export function verbEnd(words: readonly Word[], v: number): { index: number; end: number } {
  const next = words[v + 1];
  if (next && next.lower === 'out' && words[v]!.lower.startsWith('point')) return { index: v + 1, end: next.end };
  if (next && (next.lower === 'back' || next.lower === 'on') && PHRASE_VERBS.has(words[v]!.lower)) return { index: v + 1, end: next.end };
  return { index: v, end: words[v]!.end };
}
