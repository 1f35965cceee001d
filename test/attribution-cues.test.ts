import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import { findPersons } from '../src/extract/names.js';

/** Each quote's text and speaker, compactly: [text, name, via, mention, cue]. */
function speakers(text: string): [string, string | null, string | null, string | null, string | null][] {
  return extractQuotes(text).map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.via ?? null, q.speaker?.mention.text ?? null, q.speaker?.cue?.text ?? null]);
}

describe('names with a middle initial', () => {
  it('credits "Gregory T. Angelo, president of …, said" to the person, initial included', () => {
    const text = 'Headline\nGregory T. Angelo, president of the Log Cabin Republicans, said, “We have long said so.”';
    expect(speakers(text)).toEqual([['We have long said so.', 'Gregory T Angelo', 'cue', 'Gregory T. Angelo', 'said']]);
  });
});

describe('a possessor owns the words its speech noun introduces', () => {
  it('reads "X’s claim that …", "X’s slogan is …" and a scare quote after "But X’s broadside against"', () => {
    const text =
      'Headline\n“We will win,” Mary Stone said.\n' +
      'Tom Baker’s claim that the plan “will never work” drew laughs.\n' +
      'Ann Lee’s campaign slogan is “Forward together.”\n' +
      'But Lee’s broadside against “printing money” fell flat.';
    expect(speakers(text)).toEqual([
      ['We will win,', 'Mary Stone', 'cue', 'Mary Stone', 'said'],
      ['will never work', 'Tom Baker', 'cue', 'Tom Baker', 'claim'],
      ['Forward together.', 'Ann Lee', 'cue', 'Ann Lee', 'slogan'],
      ['printing money', 'Ann Lee', 'cue', 'Lee', 'broadside'],
    ]);
  });

  it('reads "X’s “…” comment", the noun after the closing mark', () => {
    const text = 'Headline\n“We will win,” Mary Stone said.\nThen Tom Baker’s “47 percent” comment was read aloud.';
    expect(speakers(text)[1]).toEqual(['47 percent', 'Tom Baker', 'cue', 'Tom Baker', 'comment']);
  });

  it('leaves a possessor that is the object of a verb or preposition, or follows the subject, to the other cues', () => {
    const text =
      'Headline\n“We will win,” Mary Stone said.\n' +
      'Ann Lee mocked Tom Baker’s slogan as “hurtful and humiliating.”\n' +
      'In response to Tom Baker’s comments, nobody called it “a plan.”\n' +
      'Ann Lee told reporters that Baker’s words “show bias.”';
    expect(speakers(text).slice(1)).toEqual([
      ['hurtful and humiliating.', 'Ann Lee', 'cue', 'Ann Lee', 'mocked'],
      ['a plan.', null, null, null, null],
      ['show bias.', 'Ann Lee', 'cue', 'Ann Lee', 'told'],
    ]);
  });
});

describe('a quote opening a sentence with no cue goes on from the sentence before', () => {
  it('takes the subject of the previous sentence in the paragraph', () => {
    const text = 'Headline\nAnn Lee announced the lawsuit on Monday in Raleigh. “We are seeking a court order.” The case is pending.';
    expect(speakers(text)).toEqual([['We are seeking a court order.', 'Ann Lee', 'cue', 'Ann Lee', 'announced']]);
  });

  it('after a quote whose cue was not read, takes the subject of the narrative that follows it', () => {
    // no comma closes the appositive, which opens with no article or "who", so the first quote's cue is not read
    const text = 'Headline\n“It is all over now,” Tom Baker, polling guru and founder of fivethirtyeight.com posted on Wednesday. “They are clearly done.”';
    expect(speakers(text).map((s) => s[1])).toEqual([null, 'Tom Baker']);
  });

  it('leaves a quote ending in a comma for the attribution after it', () => {
    const text = 'Headline\nAnn Lee spoke first. “We are done,” a man in the crowd shouted.';
    expect(speakers(text)).toEqual([['We are done,', null, null, null, null]]);
  });
});

describe('an affiliation between the name and the verb after a quote', () => {
  it('reads two joined names with an affiliation ("…,” experts David Albright and Serena Kelleher of the Institute wrote")', () => {
    const text = 'Headline\n“Tritium would help,” nuclear experts David Albright and Serena Kelleher of the Institute for Science wrote in September.';
    expect(speakers(text)).toEqual([['Tritium would help,', 'David Albright', 'cue', 'David Albright', 'wrote']]);
  });

  it('reads "…,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote"', () => {
    const text = 'Headline\n“It would be a stretch,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.';
    expect(speakers(text)).toEqual([['It would be a stretch,', 'Jeffrey Lewis', 'cue', 'Jeffrey Lewis', 'wrote']]);
  });
});

describe('the subject after a fronted phrase', () => {
  it('reads past "At Sunday night’s debate," to the subject of the sentence', () => {
    const text = 'Headline\nAt Sunday night’s debate, Sanders compared himself to Clinton, saying, “I get no fees from banks.”';
    expect(speakers(text)).toEqual([['I get no fees from banks.', 'Sanders', 'cue', 'Sanders', 'compared']]);
  });

  it('does not end a fronted phrase at a comma before a lower-case word ("During the primary Clinton, goaded by Sanders, came out")', () => {
    const text = 'Headline\n“We won,” Bo Lee said. During the primary Ann Carter, goaded by Sanders, came out against the “Cadillac Tax” and more.';
    expect(speakers(text)[1]?.[1]).toBe('Ann Carter');
  });
});

describe('an attribution closing the sentence of a quote', () => {
  it('credits "…, according to campaign manager Ann Carter." to every quotation of the sentence', () => {
    const text = 'Headline\n“We will win,” Bo Lee said. The campaign pays “dozens” of workers to pitch the candidacy, according to campaign manager Ann Carter.';
    expect(speakers(text)).toEqual([
      ['We will win,', 'Bo Lee', 'cue', 'Bo Lee', 'said'],
      ['dozens', 'Ann Carter', 'according-to', 'Ann Carter', 'according to'],
    ]);
  });

  it('does not read "according to" whose source goes on after the name', () => {
    const text = 'Headline\n“We will win,” Bo Lee said. The campaign pays “dozens” of workers, according to Ann Carter’s count of the staff.';
    expect(speakers(text)[1]).toEqual(['dozens', null, null, null, null]);
  });
});

describe('a name in commas after a long description after a quote', () => {
  it('reads "…,” the party’s presumptive nominee, Ann Carter, tweeted"', () => {
    const text = 'Headline\n“Resign now,” the party’s presumptive presidential nominee, Ann Carter, tweeted on Sunday.';
    expect(speakers(text)).toEqual([['Resign now,', 'Ann Carter', 'cue', 'Ann Carter', 'tweeted']]);
  });

  it('reads a possessor in the description ("…,” Texas Rep. Bill Moss’s chief of staff, Joe Kane, told")', () => {
    const text = 'Headline\n“It will happen,” Texas Rep. Bill Moss’s chief of staff, Joe Kane, told reporters.';
    expect(speakers(text)).toEqual([['It will happen,', 'Joe Kane', 'cue', 'Joe Kane', 'told']]);
  });

  it('credits the name before a description that ends at the comma before the verb ("…, while Ann Carter, one of the signatories, told …")', () => {
    const text = 'Headline\nJo Bell spoke first, while Ann Carter, one of the signatories, told an audience that the remarks were “intolerable.”';
    expect(speakers(text)).toEqual([['intolerable.', 'Ann Carter', 'cue', 'Ann Carter', 'told']]);
  });

  it('does not take a name after a preposition for the head of the description ("Ann Carter, chair of Freedom Partners, the arm, said")', () => {
    const text = 'Headline\nAnn Carter, chair of the board of Freedom Partners, the network’s funding arm, said it would act only if “a candidate were able to win.”';
    expect(speakers(text)).toEqual([['a candidate were able to win.', 'Ann Carter', 'cue', 'Ann Carter', 'said']]);
  });

  it('ends a description with no closing comma at the verb of saying ("…,” Ann Carter, the pollster who founded a site tweeted")', () => {
    const text = 'Headline\n“Clinton needs a strategy,” Ann Carter, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.';
    expect(speakers(text)).toEqual([['Clinton needs a strategy,', 'Ann Carter', 'cue', 'Ann Carter', 'tweeted']]);
    const relative = 'Headline\n“The ad raises questions,” Ann Carter, who is chairman of Our Principles Pac said in a statement.';
    expect(speakers(relative)).toEqual([['The ad raises questions,', 'Ann Carter', 'cue', 'Ann Carter', 'said']]);
  });

  it('does not read a name list as a description ("… “in homage to” Lazar, Song wrote")', () => {
    const text = 'Headline\nAnn Carter met Marcel Lazar. The hacker was branded “in homage to” Lazar, Song wrote.';
    expect(speakers(text)[0]?.[1]).toBe('Song');
  });

  it('reads a possessor phrase opened by a capitalised article ("…,” The Washington Post’s Ed Keefe explained")', () => {
    const text = 'Headline\nAnn Carter spoke. “It is a coup for Cruz,” The Washington Post’s Ed Keefe explained.';
    expect(speakers(text)).toEqual([['It is a coup for Cruz,', 'Ed Keefe', 'cue', 'Washington Post’s Ed Keefe', 'explained']]);
  });

  it('reads the name in apposition to a possessed noun after an inverted verb ("…,” exhorted Clinton’s introducer, actress Ann Carter")', () => {
    const text = 'Headline\nHillary Clinton spoke later. “It is about time,” exhorted Clinton’s introducer, actress Ann Carter.';
    expect(speakers(text)).toEqual([['It is about time,', 'Ann Carter', 'cue', 'Ann Carter', 'exhorted']]);
  });

  it('does not read past a reporting verb in the words after the quote', () => {
    const text = 'Headline\n“It will happen,” Bill Moss said on Monday, Joe Kane, told reporters.';
    expect(speakers(text)[0]?.[1]).toBe('Bill Moss');
  });
});

describe('subjects of verbs next to a quote', () => {
  it('reads a past-tense verb right after the name, before an object name ("…,” Trump assured Jones,)', () => {
    const text = 'Headline\n“Your reputation is amazing,” Trump assured Jones, after the show.';
    expect(speakers(text)).toEqual([['Your reputation is amazing,', 'Trump', 'cue', 'Trump', 'assured']]);
  });

  it('credits ", adding, “…”" to the subject of the reporting verb it extends, not the sentence opener', () => {
    const text = 'Headline\nPaul Ryan and Tom Baker will meet next week, Sean Spicer said, adding, “They need a good talk.”';
    expect(speakers(text)).toEqual([['They need a good talk.', 'Sean Spicer', 'cue', 'Sean Spicer', 'adding']]);
  });

  it('reads "Name (R-OH), said" as the subject, not an earlier person of the sentence', () => {
    const text = 'Headline\nAfter Mary Stone spoke in Berea, Gov. John Kasich (R-OH), said, “We are getting ready.”';
    expect(speakers(text)).toEqual([['We are getting ready.', 'John Kasich', 'cue', 'John Kasich', 'said']]);
  });
});

describe('descriptions between an inverted verb and the name', () => {
  it('steps over lower-case descriptions, "of" inside a title, to the name', () => {
    const text =
      'Headline\n“I do not know,” said undecided Republican voter Ann Lee of Derry, N.H., before the event.\n' +
      '“The first line of defense,” said former secretary of state Mary Stone, who spoke last.';
    expect(speakers(text)).toEqual([
      ['I do not know,', 'Ann Lee', 'cue', 'Ann Lee', 'said'],
      ['The first line of defense,', 'Mary Stone', 'cue', 'Mary Stone', 'said'],
    ]);
  });

  it('does not read a clause after the verb as a description ("said when Boyle asked him")', () => {
    const text = 'Headline\n“Very good reporter,” Trump, the frontrunner nationally and the current polling leader in South Carolina by a wide margin, said when Boyle asked him a question.';
    expect(speakers(text)).toEqual([['Very good reporter,', 'Trump', 'cue', 'Trump', 'said']]);
  });
});

describe('a place before a role noun and a name modifies the name', () => {
  it('credits "Former Arizona governor Jan Brewer, an early supporter of Trump, calls" to Brewer, not Arizona', () => {
    const text =
      'Headline\n“We will win,” Mary Stone said.\n' +
      'Former Arizona governor Jan Brewer, an early supporter of Trump, calls the issue “a priority” for women.\n' +
      'Minnesota state delegate Mary Susan, clad in a red cape, said the convention could be a “failure” this year.';
    expect(speakers(text).slice(1)).toEqual([
      ['a priority', 'Jan Brewer', 'cue', 'Jan Brewer', 'calls'],
      ['failure', 'Mary Susan', 'cue', 'Mary Susan', 'said'],
    ]);
  });
});

describe('colon lead-ins and sentence subjects', () => {
  it('does not credit the object of a preposition before a colon', () => {
    const text = 'Headline\n“We will win,” Mary Stone said.\nTom Baker sent a blunt message to Ann Lee: “It is time to quit.”\nAnn Lee added about Baker: “He is wrong.”';
    expect(speakers(text).slice(1).map((s) => [s[0], s[1]])).toEqual([
      ['It is time to quit.', 'Tom Baker'],
      ['He is wrong.', 'Ann Lee'],
    ]);
  });

  it('finds the verb of the sentence subject after an appositive or a parenthesis', () => {
    const text =
      'Headline\n“We will win,” Mary Stone said.\n' +
      'Corey Lewandowski, the fired campaign manager, ripped Ann Lee for acting as “the judge and the jury” in the probe.\n' +
      'Sen. Susan Collins (Maine) joined the group, hammering his “unsuitability for office.”';
    expect(speakers(text).slice(1)).toEqual([
      ['the judge and the jury', 'Corey Lewandowski', 'cue', 'Corey Lewandowski', 'ripped'],
      ['unsuitability for office.', 'Susan Collins', 'cue', 'Susan Collins', 'joined'],
    ]);
  });

  it('keeps sentence openers out of names ("Like Corker", "Despite Rubio", "Another advised")', () => {
    const text = 'Bob Corker spoke first. Like Corker, Bob Menendez rejected the notion. Despite Rubio said so. Another advised it.';
    expect(findPersons(text, () => false).mentions.map((m) => [m.text, m.person.name])).toEqual([
      ['Bob Corker', 'Bob Corker'],
      ['Corker', 'Bob Corker'],
      ['Bob Menendez', 'Bob Menendez'],
      ['Rubio', 'Rubio'],
    ]);
  });
});

describe('names that only modify a noun', () => {
  it('skips "the Cruz slate" for the subject after the appositive', () => {
    const text = 'Headline\n“We will win,” said Ted Cruz.\nAnother delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”';
    expect(speakers(text)[1]).toEqual(['leaning Cruz.', 'Jim Poolman', 'cue', 'Jim Poolman', 'said']);
  });

  it('accepts a family name that is also a place or month word ("Marty West", "Theresa May"), not a place ("West Virginia")', () => {
    expect(findPersons('Marty West spoke. Theresa May spoke. West Virginia voted.', () => false).mentions.map((m) => m.person.name)).toEqual(['Marty West', 'Theresa May']);
  });

  it('reads a party word before a name as a title ("House Republican Thomas Massie")', () => {
    expect(findPersons('House Republican Thomas Massie spoke.', () => false).mentions.map((m) => m.person.name)).toEqual(['Thomas Massie']);
  });
});

describe('a pronoun subject inside reported speech', () => {
  it('reads "X said he believes …" as X, not the person last named before', () => {
    const text = 'Headline\n“We will win,” said George Allen.\nIn an interview, Tom Baker said he believes the war was “a terrible mistake,” although he backs it now.';
    expect(speakers(text)[1]).toEqual(['a terrible mistake,', 'Tom Baker', 'cue', 'Tom Baker', 'believes']);
  });
});

describe('a pronoun in a fronted clause', () => {
  it('is not the subject ("after she did, David Axelrod, who …, tweeted this:")', () => {
    const text = 'Headline\nHillary Clinton spoke first. But right after she did, David Axelrod, who was an adviser to Obama in the White House, tweeted this: “She did it again.”';
    expect(speakers(text)).toEqual([['She did it again.', 'David Axelrod', 'cue', 'David Axelrod', 'tweeted']]);
  });
});

describe('reported speech inside reported speech', () => {
  it('credits "X said Y called on members to be “…”" to X, the outer source', () => {
    const text = 'Headline\nRep. Steve Israel (D-N.Y.) said Clinton called on members to be “closely coordinated.”';
    expect(speakers(text)).toEqual([['closely coordinated.', 'Steve Israel', 'cue', 'Steve Israel', 'called']]);
  });
});

describe('names that are not the subject', () => {
  it('skips a name closing a fronted prepositional phrase ("Of Carson, Levine, who …, said")', () => {
    const text = 'Headline\nEric Levine spoke of Ben Carson. Of Carson, Levine, who has given money to Marco Rubio, said, “He is scary.”';
    expect(speakers(text)).toEqual([['He is scary.', 'Eric Levine', 'cue', 'Levine', 'said']]);
  });

  it('leaves "….” Mills then writes back, “…”" to the quote it introduces', () => {
    const text = 'Headline\nAnn Lee replies to Cheryl Mills with, “Why now. That was on my way.” Mills then writes back, “You look cute.”';
    expect(speakers(text)).toEqual([
      ['Why now. That was on my way.', 'Ann Lee', 'cue', 'Ann Lee', 'replies'],
      ['You look cute.', 'Cheryl Mills', 'cue', 'Mills', 'writes'],
    ]);
  });
});

describe('a byline paragraph after a quotation', () => {
  it('credits "“…”" followed by a line "— Bernie Sanders." to that name', () => {
    const text = 'Headline\nHere are some claims.\n"We pay zero taxes."\n- Bernie Sanders.\n"I will look into it."\n- Hillary Clinton, at the debate';
    expect(speakers(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['We pay zero taxes.', 'Bernie Sanders', 'dash'],
      ['I will look into it.', 'Hillary Clinton', 'dash'],
    ]);
  });

  it('reads no byline from a dash line that is not a name', () => {
    expect(speakers('Headline\nHere are some claims.\n"Nobody knows."\n- and that was all.')).toEqual([['Nobody knows.', null, null, null, null]]);
  });
});

describe('carrying a speaker over to a quote paragraph', () => {
  it('a paragraph of quotation goes on from a fragment closing the paragraph before', () => {
    const text = 'Headline\nTom Baker shot back in a statement, saying he has “made a lot of money.”\n“Frankly, this is the kind of thinking we need.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Tom Baker', 'Tom Baker']);
  });

  it('reads a sentence opened by its verb ("Stated Stone:", "Said Comey, “…”")', () => {
    const text = 'Headline\nRoger Stone spoke on the radio.\nStated Stone:\n“The stakes are so high.”\nJames Comey has said so. Said Comey, “It is very painful to us.”';
    expect(speakers(text)).toEqual([
      ['The stakes are so high.', 'Roger Stone', 'colon', 'Stone', 'Stated'],
      ['It is very painful to us.', 'James Comey', 'cue', 'Comey', 'Said'],
    ]);
  });
});

describe('fragments and clauses around a quote', () => {
  it('a fragment in a sentence naming nobody goes on from the sentence before', () => {
    const text = 'Headline\n“It is complicated,” Tom Baker added. But that is not the same thing as “properly chargeable under the law.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Tom Baker', 'Tom Baker']);
  });

  it('reads "…,” as Cruz said on Monday," and "as described by" after a quote', () => {
    const text = 'Headline\nStill, the fact that the race “is a dead heat,” as Ted Cruz said on Monday, matters.\nShe was “extremely careless,” as described by FBI Director James Comey.';
    expect(speakers(text)).toEqual([
      ['is a dead heat,', 'Ted Cruz', 'cue', 'Ted Cruz', 'said'],
      ['extremely careless,', 'James Comey', 'cue', 'James Comey', 'described'],
    ]);
  });
});

describe('verb forms and adjacency', () => {
  it('reads the -s and -ing forms of reporting verbs ("…,” Viguerie concludes.")', () => {
    expect(speakers('Headline\n“Cruz could win in a landslide,” Viguerie concludes.')).toEqual([['Cruz could win in a landslide,', 'Viguerie', 'cue', 'Viguerie', 'concludes']]);
  });

  it('prefers "X said, “…”" right before the quote to a participle after it', () => {
    const text = 'Headline\nAnn Boreing said the members will meet, but said, “It is time we change,” promising the Friends of Abe will return.';
    expect(speakers(text)).toEqual([['It is time we change,', 'Ann Boreing', 'cue', 'Ann Boreing', 'said']]);
  });
});

describe('a clause after a quote', () => {
  it('does not bridge a clause opener between two names ("… Wall Street links while Sanders suggests")', () => {
    const text = 'Headline\n“We will win,” Bob Smith said.\nHillary Clinton accuses Bernie Sanders of an “artful smear” regarding her Wall Street links while Sanders suggests otherwise.';
    expect(speakers(text)[1]).toEqual(['artful smear', 'Hillary Clinton', 'cue', 'Hillary Clinton', 'accuses']);
  });

  it('does not read "…” until Haley said" as a cue for the quote', () => {
    const text = 'Headline\nJason Sims says he was “kind of riding the fence” until Haley said she was backing the senator.';
    expect(speakers(text)).toEqual([['kind of riding the fence', 'Jason Sims', 'cue', 'Jason Sims', 'says']]);
  });
});

describe('pronoun antecedents', () => {
  it('counts a name opening its sentence with a verb as salient ("Trump pressed the delegates …")', () => {
    const text =
      'Headline\n“We will not endorse,” said Ted Cruz, a senator.\n' +
      'Donald Trump pressed the delegates with attacks on Ann Lee.\n' +
      '“We cannot afford to be so correct anymore,” he said.';
    expect(speakers(text)[1]).toEqual(['We cannot afford to be so correct anymore,', 'Donald Trump', 'pronoun', 'he', 'said']);
  });

  it('prefers the subject of a reporting verb to an earlier credited speaker and to names mentioned since', () => {
    const text =
      'Headline\n“It was peaceful,” said Maryam Violet, a tourist.\n' +
      'Zeynep Akar told CNN that the truck drove into crowds outside the home of Ann Lee.\n' +
      '“I suddenly heard the crash,” she said.';
    expect(speakers(text)[1]).toEqual(['I suddenly heard the crash,', 'Zeynep Akar', 'pronoun', 'she', 'said']);
  });

  it('counts a subject before an appositive ("Charles Geyh, a professor at Indiana University, said he …")', () => {
    const text =
      'Headline\n“It is a scandal,” said Gonzalo Curiel, a judge.\n' +
      'Charles Geyh, a professor at Indiana University, said he has no problem with critics of Mike Pence. But, he said, “There is a line.”';
    expect(speakers(text)[1]).toEqual(['There is a line.', 'Charles Geyh', 'pronoun', 'he', 'said']);
  });

  it('steps over an appositive of several commas ("Jimmy Ghazal, 39, a Lebanese man visiting Nice, told")', () => {
    const text =
      'Headline\n“It was chaos,” said Zeynep Akar, a resident.\n' +
      'Jimmy Ghazal, 39, a Lebanese man visiting Nice, told ABC News that he had been watching the fireworks. A truck plowed through, he said, and “everyone started running.”';
    expect(speakers(text)[1]).toEqual(['everyone started running.', 'Jimmy Ghazal', 'pronoun', 'he', 'said']);
  });
});

describe('a quote paragraph after narrative', () => {
  it('falls back to the first sentence of the paragraph before when its last sentence names nobody', () => {
    const text = 'Headline\nCecile Richards also spoke about the case before the court. (The laws require costly upgrades.)\n“It is not a right if you cannot access it.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Cecile Richards']);
  });
});

describe('a colon lead-in with any verb', () => {
  it('credits "Kasich resisted: “…”" to the subject, not the speaker of the quote before', () => {
    const text = 'Headline\nOhio Gov. John Kasich could "do some kind of executive order," said Stephen Loomis, a union head. Kasich resisted:  "Governors do not have the power."';
    expect(speakers(text)[1]).toEqual(['Governors do not have the power.', 'John Kasich', 'colon', 'Kasich', 'resisted']);
  });
});

describe('headings of a list article', () => {
  it('credits a title-case heading line to the name that opens it', () => {
    const text = 'Headline\nLatinos gave us plenty to think about.\n1\nGina Rodriguez Questioned What It Means To Be “Latino Enough.”\nGetty.';
    expect(speakers(text)).toEqual([['Latino Enough.', 'Gina Rodriguez', 'cue', 'Gina Rodriguez', 'Questioned']]);
  });
});

describe('a cue that introduces the next quotation', () => {
  it('leaves "…,” Trump said: “…”" to the quotation after the colon', () => {
    const text = 'Headline\nAfter Antonin Scalia said that students might do better at “less advanced schools,” Trump said: “I don’t like what he said.”';
    expect(speakers(text).map((s) => [s[0], s[1]])).toEqual([
      ['less advanced schools,', 'Antonin Scalia'],
      ['I don’t like what he said.', 'Trump'],
    ]);
  });
});

describe('inheriting within a paragraph', () => {
  it('does not pass the previous speaker to an utterance whose own sentence opens with a person', () => {
    const text = 'Headline\n“Do it now,” said Stephen Loomis, a union head. Ann Lee turned to the crowd, “We will not do it. Not today.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Stephen Loomis', 'Ann Lee']);
  });
});

describe('phrases fronted before the sentence subject', () => {
  it('reads the subject after a subordinate clause, a participial phrase or a comparison, not a name inside them', () => {
    const text =
      'Headline\nMary Stone and Tom Baker spoke.\n' +
      'In May, after Baker lost the vote, Stone sent him flowers, telling him, “You did what you could.”\n' +
      'Filling in for Stone at the rally, where thousands waited, Baker landed a dig at “my dear friend Mary.”\n' +
      'Like Stone, Ann Lee also rejected the bill, arguing that there is “no room for waivers.”';
    expect(speakers(text)).toEqual([
      ['You did what you could.', 'Mary Stone', 'cue', 'Stone', 'telling'],
      ['my dear friend Mary.', 'Tom Baker', 'cue', 'Baker', 'landed'],
      ['no room for waivers.', 'Ann Lee', 'cue', 'Ann Lee', 'arguing'],
    ]);
  });

  it('keeps a name that is followed by its verb ("Manning told …"), not a fronted participle', () => {
    const text = 'Headline\nManning told reporters, after Tom Baker left, that the plan was “dead on arrival.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Manning']);
  });
});

describe('descriptions around the subject', () => {
  it('reads past an affiliation after the subject of a verb before the quote ("X of the Y told")', () => {
    const text = 'Headline\nHowever, as Archbishop Aris Melkon of the Armenian Patriarchate of Jerusalem told reporters, “We have suffered the same fate.”';
    expect(speakers(text)).toEqual([['We have suffered the same fate.', 'Aris Melkon', 'cue', 'Aris Melkon', 'told']]);
  });

  it('credits the name after "known as" in a description after the verb', () => {
    const text = 'Headline\n“There never was an order,” said the base chief known as Bob, speaking for the first time.';
    expect(speakers(text)).toEqual([['There never was an order,', 'Bob', 'cue', 'Bob', 'said']]);
  });

  it('reads "Trump’s Virginia state director, Mike Rubino," as Rubino: a name before a role noun modifies it, and "state" there is no verb', () => {
    const text = 'Headline\nIn October, Trump’s Virginia state director, Mike Rubino, reached out to the firm, writing in an email: “We want to use this.”';
    expect(speakers(text)).toEqual([['We want to use this.', 'Mike Rubino', 'cue', 'Mike Rubino', 'writing']]);
  });
});

describe('more verbs and roles', () => {
  it('reads "proposed", "cites", "interjected", "expressed" and "characterizes" as verbs of saying', () => {
    const text =
      'Headline\nMary Stone spoke first.\n' +
      'Tom Baker, the former governor, proposed we “wake up and act.”\n' +
      'The union was split — Ann Lee cites the strike of 1968, “the placards carried by marchers” and more.\n' +
      'Stone said the plan works, to which Baker interjected: “It is just not true.”';
    expect(speakers(text).map((s) => [s[0], s[1], s[4]])).toEqual([
      ['wake up and act.', 'Tom Baker', 'proposed'],
      ['the placards carried by marchers', 'Ann Lee', 'cites'],
      ['It is just not true.', 'Tom Baker', 'interjected'],
    ]);
  });

  it('credits the outer speaker when a pronoun reports what a titled person said ("she claimed that FBI Director X had called")', () => {
    const text = 'Headline\n“We will see,” Mary Stone told Tom Baker.\nShe claimed that FBI Director Tom Baker had called “truthful” all of her statements.';
    expect(speakers(text).map((s) => [s[0], s[1], s[2], s[3]])).toEqual([
      ['We will see,', 'Mary Stone', 'cue', 'Mary Stone'],
      ['truthful', 'Mary Stone', 'pronoun', 'She'],
    ]);
  });

  it('reads "speechwriter" and "member" as roles before a name', () => {
    const text =
      'Headline\nFormer Obama speechwriter Jon Favreau published a column, entitled, “Why It Matters.”\n' +
      'Band member Flea shared the news, writing “Feels great to help.”';
    expect(speakers(text).map((s) => s[1])).toEqual(['Jon Favreau', 'Flea']);
  });
});

describe('a quote inside a fronted phrase', () => {
  it('belongs to the subject of the main clause after it', () => {
    const text =
      'Headline\n“We will see,” Mary Stone told Tom Baker.\n' +
      'After spending the week arguing over whether the other is “qualified” to lead, Baker on Monday ripped into Stone.\n' +
      'Acknowledging that Stone “says a lot of things,” though, Baker did suggest a truce.';
    expect(speakers(text).map((s) => [s[0], s[1]])).toEqual([
      ['We will see,', 'Mary Stone'],
      ['qualified', 'Tom Baker'],
      ['says a lot of things,', 'Tom Baker'],
    ]);
  });
});

describe('quantifiers opening a run of capitalised words', () => {
  it('keeps "Several" and "Whatever" out of names (a title-case run after them may still read as one)', () => {
    const text = 'Several Cruz supporters left. Whatever Bloomberg Decides is news. Ted Cruz spoke.';
    expect(findPersons(text, () => false).mentions.map((m) => [m.text, m.person.name])).toEqual([
      ['Cruz', 'Ted Cruz'],
      ['Bloomberg Decides', 'Bloomberg Decides'],
      ['Ted Cruz', 'Ted Cruz'],
    ]);
  });
});

describe('"state" and "states" as nouns', () => {
  it('reads "many Asian states" as a noun and the attribution closing the sentence as the cue', () => {
    const text =
      'Headline\n“We will win,” Tom Baker said.\n' +
      'China has provoked mixed feelings in many Asian states, and it has used “velvet gloves” in Central Asia, said Nargis Kassenova, an expert at KIMEP University.\n' +
      'Ann Lee states that the plan is “a failure.”';
    expect(speakers(text).map((s) => [s[0], s[1], s[4]])).toEqual([
      ['We will win,', 'Tom Baker', 'said'],
      ['velvet gloves', 'Nargis Kassenova', 'said'],
      ['a failure.', 'Ann Lee', 'states'],
    ]);
  });
});

describe('titled names after a preposition and before a parenthesis', () => {
  it('does not take "to Attorney General X asking" as the subject of "asking"', () => {
    const text = 'Headline\nPhoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking the department to investigate the “fiasco.” “We will see,” he said.';
    expect(speakers(text)[0]![1]).toBe('Greg Stanton');
  });

  it('reads a colon lead-in after a parenthesis ("Rep. Trey Gowdy (R-S.C.): “…”")', () => {
    const text = 'Headline\nThe hearing went on.\nRep. Trey Gowdy (R-S.C.):“Who told you that?”';
    expect(speakers(text)).toEqual([['Who told you that?', 'Trey Gowdy', 'colon', 'Trey Gowdy', null]]);
  });
});

describe('"according to" a document by its author', () => {
  it('credits the author after "by" ("according to a court document filed by state attorney X"), who does not become the antecedent of a later "he"', () => {
    const text =
      'Headline\n“We will win,” Tom Baker said.\n' +
      '“The evidence is thin,” according to a court document filed by state attorney Dave Aronberg.\n' +
      'Baker was cleared on Monday. “I feel fine,” he said.';
    expect(speakers(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['We will win,', 'Tom Baker', 'cue'],
      ['The evidence is thin,', 'Dave Aronberg', 'according-to'],
      ['I feel fine,', 'Tom Baker', 'pronoun'],
    ]);
  });

  it('credits a scare quote to "according to calculations by X of the Y" closing its sentence', () => {
    const text = 'Headline\n“We will win,” Tom Baker said.\nA “living wage” in California is about $12 an hour, according to calculations by Amy Glasmeier of the Massachusetts Institute of Technology.';
    expect(speakers(text)[1]).toEqual(['living wage', 'Amy Glasmeier', 'according-to', 'Amy Glasmeier', 'according to']);
  });
});

describe('"retired" before a name', () => {
  it('is an adjective of a description, not a verb of an attribution ("…, retired Sen. Judd Gregg (R-N.H.) and …")', () => {
    const text =
      'Headline\n“A lot of people were upset,” said former Rep. George Miller (D-Calif.), one of the “big four” negotiators, along with retired Rep. John Boehner (R-Ohio), retired Sen. Judd Gregg (R-N.H.) and the late Sen. Ted Kennedy (D-Mass.). “They said no.”';
    expect(speakers(text).map((s) => [s[0], s[1]])).toEqual([
      ['A lot of people were upset,', 'George Miller'],
      ['big four', 'George Miller'],
      ['They said no.', 'George Miller'],
    ]);
  });
});

describe('a cue after a question that introduces a quotation of its own', () => {
  it('leaves "“…?” Mills then writes back, “…”" to the second quotation', () => {
    const text = 'Headline\nClinton responds to Mills with, “Why now? Was that on my way to Libya?” Mills then writes back, “You look cute.”';
    expect(speakers(text).map((s) => [s[0], s[1], s[4]])).toEqual([
      ['Why now? Was that on my way to Libya?', 'Clinton', 'responds'],
      ['You look cute.', 'Mills', 'writes'],
    ]);
  });
});

describe('an affiliation holding a possessive', () => {
  it('steps over "of Washington’s Institute for Science" to the verb', () => {
    const text = 'Headline\n“Tritium would help,” nuclear experts David Albright and Serena Kelleher of Washington’s Institute for Science and International Security wrote in September.';
    expect(speakers(text)).toEqual([['Tritium would help,', 'David Albright', 'cue', 'David Albright', 'wrote']]);
  });
});

describe('a leading initial', () => {
  it('keeps "M. Dane Waters" a person (an initial may open a name of three words)', () => {
    expect(findPersons('Headline.\nM. Dane Waters, whose group won, said so. Waters left.', () => false).mentions.map((m) => [m.text, m.person.name])).toEqual([
      ['M. Dane Waters', 'M Dane Waters'],
      ['Waters', 'M Dane Waters'],
    ]);
  });
});

describe('possessors, absolute clauses and closing attributions', () => {
  it('reads "From Bush’s Facebook post: “…”" (a capitalised word between the possessor and its noun)', () => {
    const text = 'Headline\nAides say the governor plans to act. From Bush’s Facebook post: “We must move on.”';
    expect(speakers(text)).toEqual([['We must move on.', 'Bush', 'cue', 'Bush', 'post']]);
  });

  it('credits the subject of "with X noting …", not the subject of the sentence', () => {
    const text = 'Headline\nBoth John Bolton and Sebastian Gorka saw a sign of disarray, with Gorka noting the absurdity of positioning “a couple of hundred guys here” around a beehive.';
    expect(speakers(text).map((s) => [s[1], s[4]])).toEqual([['Sebastian Gorka', 'noting']]);
  });

  it('takes no closing attribution from a name and any past tense ("…, leaving Cleveland excited …")', () => {
    const text = 'Headline\nAubrey Pelletier hoisted a sign that read “15%!” Her father, Brad, 39, worried that voters limit the news they read.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Aubrey Pelletier']);
  });
});

describe('a past tense after the quote', () => {
  it('is an attribution right after the quote or after a description opener, not after other words', () => {
    const text =
      'Headline\n“Go home,” Donald Trump barked.\n“Never,” an angry Francois Hollande retaliated.\n' +
      'Trump promised a “showbiz” feel, leaving Cleveland excited about the week.';
    expect(speakers(text).map((s) => [s[0], s[1], s[4]])).toEqual([
      ['Go home,', 'Donald Trump', 'barked'],
      ['Never,', 'Francois Hollande', 'retaliated'],
      ['showbiz', 'Donald Trump', 'promised'],
    ]);
  });
});

describe('a long fronted prepositional phrase', () => {
  it('is read past to the subject ("In one exchange between X and her chief of staff Y in April 2012, Y forwards …")', () => {
    const text = 'Headline\n“We will win,” Hillary Clinton said.\nIn one exchange between Clinton and her chief of staff Cheryl Mills in April 2012, Mills forwards an email with the subject line “Photo gone viral!” to her.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Hillary Clinton', 'Cheryl Mills']);
  });
});

describe('an inverted subject after the verb', () => {
  it('is the reported clause when the verb has a subject before it ("X -- who … -- said the president “…”")', () => {
    const text = 'Headline\nPresident Barack Obama spoke on Sunday.\nA former candidate -- John McCain, who lost the 2008 election to Obama -- said the president “offered no changes.”';
    expect(speakers(text).map((s) => [s[1], s[2]])).toEqual([['John McCain', 'cue']]);
  });
});

describe('"kept" before a verb of saying', () => {
  it('reads "X kept asking her why … “…”" as X asking', () => {
    const text = 'Headline\nIn 2013, when Hillary Clinton testified before Congress, Sen. Ron Johnson (R-Wis.) kept asking her why the department had tied the violence to “spontaneous” protests.';
    expect(speakers(text).map((s) => [s[1], s[4]])).toEqual([['Ron Johnson', 'asking']]);
  });
});

describe('a passive naming verb', () => {
  it('credits the agent after the quote ("has been called “…” by X, a professor")', () => {
    const text = 'Headline\n“We will win,” Tom Baker said.\nThis feature of the movement has been called “strategic ambiguity” by Joshua Hendrick, a professor at Loyola University.';
    expect(speakers(text)[1]).toEqual(['strategic ambiguity', 'Joshua Hendrick', 'cue', 'Joshua Hendrick', 'called']);
  });
});

describe('an attribution between dashes later in the sentence', () => {
  it('credits "“…” in the handling of … – as described by FBI Director X – many believe …"', () => {
    const text = 'Headline\n“We will win,” Tom Baker said.\nFrom her failures in Benghazi to being “extreme careless” in the handling of classified information – as described by FBI Director James Comey – many believe Clinton is unfit.';
    expect(speakers(text)[1]).toEqual(['extreme careless', 'James Comey', 'cue', 'James Comey', 'described']);
  });
});

describe('a quote between a possessor and its speech noun', () => {
  it('is the possessor’s even when the phrase is an object ("the pull of Obama’s “…” promise")', () => {
    const text = 'Headline\n“We will win,” Tom Baker said.\nIt is the persistent pull of Barack Obama’s “if you like your plan, you can keep it” promise.';
    expect(speakers(text)[1]).toEqual(['if you like your plan, you can keep it', 'Barack Obama', 'cue', 'Barack Obama', 'promise']);
  });
});

describe('occupations before a name', () => {
  it('reads "Comedian Sarah Silverman" and "Pastor Kevin Swanson" as the person, not as part of the name', () => {
    const text = 'Headline\nComedian Sarah Silverman said, “You are being ridiculous.”\n“Repent,” Pastor Kevin Swanson told the crowd.';
    expect(speakers(text).map(([quote, name]) => [quote, name])).toEqual([
      ['You are being ridiculous.', 'Sarah Silverman'],
      ['Repent,', 'Kevin Swanson'],
    ]);
  });
});

describe('"See" opening a sentence', () => {
  it('is not the first name of the person after it ("(See Sexton’s full timeline below.)")', () => {
    const text = 'Headline\n(See Sexton’s full timeline below.)\nSexton, a professor, said, “They felt left behind.”';
    expect(speakers(text).map(([quote, name]) => [quote, name])).toEqual([['They felt left behind.', 'Sexton']]);
  });
});
