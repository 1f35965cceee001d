/**
 * A small table of common given names by usual gender, so that "she said" is not resolved to
 * Bernie Sanders when Hillary Clinton was named just before. Used only to rule a person out for a
 * pronoun; a name missing here leaves the gender unknown (compatible with any pronoun).
 *
 * @module
 */

const FEMALE = new Set(
  ('hillary mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ' +
    'ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen ' +
    'amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ' +
    'ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea ' +
    'hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace ' +
    'denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla ' +
    'nancy elaine nikki kellyanne huma chelsea melania ivanka michele condoleezza madeleine sonia ruth elena carly sheryl ' +
    'loretta dianne debbie hope katie megyn wendy angela theresa marine nicola tulsi kamala elizabeth jill sarah').split(' '),
);

const MALE = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
    'steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric ' +
    'jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry ' +
    'tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah ' +
    'gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan ' +
    'juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bernie barack mitt ted marco jeb ' +
    'chris ben mike rand lindsey reince newt rudy bill dick al jim tim rick dmitry vladimir sergei jens volodymyr emmanuel ' +
    'boris angus recep xi hassan benjamin bashar nikolai sergey yuri viktor petro nicolas francois angelo chuck mitch ' +
    'harry kevin lamar orrin').split(' '),
);

/**
 * 'female', 'male' or null for a given name.
 * @example
 * genderOfGivenName('Hillary')
 * //=> 'female'
 */
export function genderOfGivenName(name: string): 'male' | 'female' | null {
  const lower = name.toLowerCase();
  if (FEMALE.has(lower) && !MALE.has(lower)) return 'female';
  if (MALE.has(lower) && !FEMALE.has(lower)) return 'male';
  return null;
}
