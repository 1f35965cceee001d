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
    'loretta dianne debbie hope katie megyn wendy angela theresa marine nicola tulsi kamala elizabeth jill sarah ' +
    'betsy kate kathy katy jane janet jenny jessie jo joanne jodi kristen kristin kirsten krista lena leah lily lucy ' +
    'marsha melinda meredith miriam molly monica nina nora paula peggy penny priscilla rachael rebekah renee rita roberta ' +
    'rosa roxanne sally shannon sheila stacey stacy susanna susannah suzanne sylvia tammy tara tiffany tina tracy valerie ' +
    'vanessa vera yvonne zoe carla cecilia claire clara colleen dana dawn eileen ellen erin eva felicia gina ginny gwen holly ' +
    'irene iris jeanne joy kara karin lorraine lynn mallory marcia margo maureen maxine mia naomi nadia neera ' +
    'patty ruby shonda sue tamara terri vicki wanda jeanine brooke chelsea hailey haley kellie ' +
    'kirstjen samantha sheryl tammy tricia trisha ayanna alexandria ilhan rashida nancy elise marianne aubrey').split(' '),
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
    'harry kevin lamar orrin ' +
    'tom tommy tad teddy mitchell barry dan danny dave don doug ed eddie fred greg hank herb howard ian jake jared jeff ' +
    'jeremiah jon josh ken kurt lance leon lloyd luke malcolm marc martin marty max mel neil nick norman oliver oscar ' +
    'pete phil ray reggie rex rob rod ron ross sam seth sid stan steve stu todd tony travis trey vince wade warren ' +
    'wesley will zach abe ahmed ali alberto alfred allen andy antonio barney bernard bert bret brett carlos cecil clarence ' +
    'claude cliff clifford clint cory corey craig curt curtis dale darrell darren dean derek devin dominic duncan dwight ' +
    'earl elliot elliott ernest felipe fernando floyd francis franklin gavin gene glenn gordon grant guy hal harvey hector ' +
    'herman hugh isaac ivan jay jeffery jerome jimmy joel jorge julian karl leonard lewis lou luis manuel mario ' +
    'marvin matt maurice miguel milton morris murray nathaniel ned neal newton nigel omar orlando otis owen pablo pedro ' +
    'perry preston quentin rafael ramon randall reed reid rex ricardo richie rodney roland rudolph rupert salvador ' +
    'shane sherrod sonny stanley stuart ted terrence theodore troy tucker vernon victor wallace ward wilbur xavier ' +
    'zachary beto cory elijah hakeem mick mickey newt reince rudy sheldon steny thad trent whit').split(' '),
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
