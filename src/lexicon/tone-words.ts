/**
 * Our own sentiment ratings (AFINN scale, −5…+5) for words of war and politics reporting
 * that AFINN-165 leaves unrated. Why: AFINN was built on microblogs; it rates "victims" (−3)
 * but not "slaughter" or "sacrificial", so "use … as a sacrificial lamb" →
 * "slaughter … as ritual victims" would register only half its shift. Entries here override AFINN.
 *
 * @module
 */

const OWN = `slaughter -3|slaughtered -3|slaughtering -3|slaughters -3|massacre -3|massacred -3|butcher -3|butchered -3|
sacrificial -2|sacrifice -1|sacrificed -2|exterminate -3|exterminated -3|extermination -3|annihilate -3|annihilated -3|
genocide -4|atrocity -3|atrocities -3|carnage -3|bloodbath -3|aggression -2|aggressor -2|invade -2|invaded -2|invasion -2|
incursion -2|occupation -1|occupy -1|occupied -1|confrontation -2|hostile -2|hostility -2|provocation -2|provocative -2|
escalation -2|escalate -2|threaten -2|threatened -2|weapon -1|weapons -1|bomb -2|bombing -2|shelling -2|casualties -2|
ultimatum -2|sanctions -1|regime -1|puppet -2|nazi -3|nazis -3|terrorist -3|terrorists -3|peace 2|peaceful 2|dialogue 1|
negotiate 1|negotiations 1|cooperation 2|partnership 2|stability 2|ceasefire 1|truce 1|humanitarian 1`;

let table: Map<string, number> | undefined;

/** Our own rating of a lower-cased word, or `undefined`. */
export function ownValence(word: string): number | undefined {
  if (table === undefined) {
    table = new Map();
    for (const entry of OWN.split('|')) {
      const [key, value] = entry.trim().split(' ');
      if (key !== undefined && value !== undefined) table.set(key, Number(value));
    }
  }
  return table.get(word);
}
