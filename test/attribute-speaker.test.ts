import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract/extract-quotes.js';

/** Each quote's text and speaker, compactly: [text, name, via, mention, cue]. */
function speakers(text: string): [string, string | null, string | null, string | null, string | null][] {
  return extractQuotes(text).map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.via ?? null, q.speaker?.mention.text ?? null, q.speaker?.cue?.text ?? null]);
}

describe('attributing speakers', () => {
  it('reads a cue after the quote, in both orders, and "X told Y"', () => {
    expect(speakers('Headline\n“We are ready,” Peskov said. “We wait,” said Peskov. “Yes,” Peskov told reporters.')).toEqual([
      ['We are ready,', 'Peskov', 'cue', 'Peskov', 'said'],
      ['We wait,', 'Peskov', 'cue', 'Peskov', 'said'],
      ['Yes,', 'Peskov', 'cue', 'Peskov', 'told'],
    ]);
  });

  it('credits a quote inside a sentence to the attribution closing that sentence, not to an unnamed role', () => {
    const text =
      'Headline\nThe promise to “take our country back” appeals to older voters, said Alan Abramowitz, a demographer at Emory University.\n' +
      'NATO’s “gradual invasion” of Ukraine must stop, top Russian official warns.';
    expect(speakers(text)).toEqual([
      ['take our country back', 'Alan Abramowitz', 'cue', 'Alan Abramowitz', 'said'],
      ['gradual invasion', null, null, null, null],
    ]);
  });

  it('steps over an appositive of several commas (age, place, abbreviations) to the verb', () => {
    const text = 'Headline\n“They scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.\n“Quit it,” Senate Majority Leader Mitch McConnell, R-Ky., said.';
    expect(speakers(text)).toEqual([
      ['They scare me,', 'Harry Bond', 'cue', 'Harry Bond', 'said'],
      ['Quit it,', 'Mitch McConnell', 'cue', 'Mitch McConnell', 'said'],
    ]);
  });

  it('after an appositive, credits the subject, not the name that opens the reported clause', () => {
    const text = 'Headline\nIn an interview, Steve Huhn, a former HP vice president of global sales, said Fiorina “was heavily involved” in it.';
    expect(speakers(text)).toEqual([['was heavily involved', 'Steve Huhn', 'cue', 'Steve Huhn', 'said']]);
  });

  it('takes the person named after a role noun, not the name the role modifies', () => {
    expect(speakers('Headline\nFormer Obama spokesman Robert Gibbs derided “the professional left” in press conferences.')).toEqual([
      ['the professional left', 'Robert Gibbs', 'cue', 'Robert Gibbs', 'derided'],
    ]);
  });

  it('reads dash attributions with a name, a pronoun and a role noun', () => {
    const text = 'Kremlin spokesman Dmitry Peskov spoke on Monday.\n«We are watching» — he said.\n“It is tense” — said Peskov.\n“It is final” — added the spokesman.';
    expect(speakers(text)).toEqual([
      ['We are watching', 'Dmitry Peskov', 'pronoun', 'he', 'said'],
      ['It is tense', 'Dmitry Peskov', 'dash', 'Peskov', 'said'],
      ['It is final', 'Dmitry Peskov', 'role', 'the spokesman', 'added'],
    ]);
  });

  it('credits both halves of a split quote and flags them', () => {
    const quotes = extractQuotes('Kremlin spokesman Dmitry Peskov spoke on Monday.\n“We are ready,” he said, “to talk.”');
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.flags])).toEqual([
      ['We are ready,', 'Dmitry Peskov', ['split']],
      ['to talk.', 'Dmitry Peskov', ['split']],
    ]);
  });

  it('reads colon lead-ins, "according to" and verbs beyond said', () => {
    expect(
      speakers(
        'Title line\nPresident Vladimir Putin said: “Guys, for us — real threat.” According to Peskov, Moscow “is forced to act.” Foreign Minister Sergei Lavrov warned that NATO “swung at” Russia.',
      ),
    ).toEqual([
      ['Guys, for us — real threat.', 'Vladimir Putin', 'colon', 'Vladimir Putin', 'said'],
      ['is forced to act.', 'Peskov', 'according-to', 'Peskov', 'According to'],
      ['swung at', 'Sergei Lavrov', 'cue', 'Sergei Lavrov', 'warned'],
    ]);
  });

  it('resolves a role noun to the person introduced with that role', () => {
    const text = 'NATO Secretary-General Jens Stoltenberg spoke in Brussels.\n“We will not be provoked,” the NATO secretary general claimed.';
    expect(speakers(text)).toEqual([['We will not be provoked,', 'Jens Stoltenberg', 'role', 'the NATO secretary general', 'claimed']]);
  });

  it('resolves a pronoun to the most recent compatible person', () => {
    expect(speakers('Talks\nMs. Jane Doe met Mr. John Roe on Friday. “We agreed,” she said. “We did,” he said.')).toEqual([
      ['We agreed,', 'Jane Doe', 'pronoun', 'she', 'said'],
      ['We did,', 'John Roe', 'pronoun', 'he', 'said'],
    ]);
  });

  it('names the speaker by the fullest form of the name in the article', () => {
    expect(speakers('Talks\nUkrainian President Vladimir Zelensky spoke. Later Zelensky claimed the country was “not ready” for talks.')).toEqual([
      ['not ready', 'Vladimir Zelensky', 'cue', 'Zelensky', 'claimed'],
    ]);
  });

  it('credits nobody when no one is credited', () => {
    expect(speakers('Talks\nThe bloc is sending a “clear signal” to Moscow.\n“Nobody knows,” they said.\nHillary Clinton spoke.\n“It is over,” said a New Hampshire Democrat.')).toEqual([
      ['clear signal', null, null, null, null],
      ['Nobody knows,', null, null, null, null],
      ['It is over,', null, null, null, null],
    ]);
  });

  it('tells utterances, fragments and scare quotes apart', () => {
    const text = 'NATO ‘slaughtering’ Ukrainians – Kremlin\n“We are ready,” Peskov said. Moscow “can no longer tolerate” it, despite “unprecedented” support and a “clear signal” sent.';
    expect(extractQuotes(text).map((q) => [q.text, q.kind])).toEqual([
      ['slaughtering', 'scare'],
      ['We are ready,', 'utterance'],
      ['can no longer tolerate', 'fragment'],
      ['unprecedented', 'scare'],
      ['clear signal', 'scare'],
    ]);
  });

  it('sets articleId and honours exclude', () => {
    const quotes = extractQuotes({ id: 'a1', text: 'Head\n“We are ready,” Peskov said of the “clear signal” sent.' }, { exclude: ['scare'] });
    expect(quotes.map((q) => [q.text, q.articleId, q.kind])).toEqual([['We are ready,', 'a1', 'utterance']]);
  });

  it('reads a sentence across an abbreviation dot before a lower-case word ("veteran D.C. lobbyist")', () => {
    const text = 'Headline\nAnn Moss, a top fundraiser and veteran D.C. lobbyist close to the campaign brass in Brooklyn, says the main goal is “to win it all,” but conceded more.';
    expect(speakers(text)).toEqual([['to win it all,', 'Ann Moss', 'cue', 'Ann Moss', 'says']]);
  });

  it('reads a name spelled in UTF-8 decoded as Latin-1, composed or decomposed ("PeÃ±a", "TrA\u0303©vidic")', () => {
    expect(speakers('Headline\nPresident Enrique Pe\u00c3\u00b1a Nieto urged them to avoid “isolationism.”')).toEqual([
      ['isolationism.', 'Enrique Pe\u00c3\u00b1a Nieto', 'cue', 'Enrique Pe\u00c3\u00b1a Nieto', 'urged'],
    ]);
    expect(speakers('Headline\n“Apart from that, nothing,” Marc TrA\u0303\u00a9vidic said.')).toEqual([
      ['Apart from that, nothing,', 'Marc TrA\u0303\u00a9vidic', 'cue', 'Marc TrA\u0303\u00a9vidic', 'said'],
    ]);
  });
});

describe('pronoun antecedents', () => {
  it('does not resolve a pronoun to an affiliation named after "of the" ("director of the Texas Politics Project")', () => {
    const text =
      'Headline\n“We will win,” Mary Stone said.\n' +
      'The race is close, said Tom Baker, director of the Texas Politics Project at the University of Texas.\n' +
      '“They have been very clever,” he said.';
    expect(speakers(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['We will win,', 'Mary Stone', 'cue'],
      ['They have been very clever,', 'Tom Baker', 'pronoun'],
    ]);
  });

  it('counts a sentence subject with an adverb before its verb as a speaker ("Cruz openly admitted")', () => {
    const text = 'Headline\n“We will win,” Tom Baker said.\nJohn Stone openly admitted that his pick was political. “With an eye to the South,” he said.';
    expect(speakers(text).map((s) => s[1])).toEqual(['Tom Baker', 'John Stone']);
  });
});

describe('articles whose only quotes are scare quotes', () => {
  it('still credits a scare quote its sentence attributes', () => {
    expect(speakers('Headline\nMary Stone called the plan a “disaster” on Monday.')).toEqual([['disaster', 'Mary Stone', 'cue', 'Mary Stone', 'called']]);
  });
});

describe('given names fix a gender', () => {
  it('resolves "she" past a man named since ("Tom", "Teddy") to the woman ("Betsy")', () => {
    const text = 'Headline\nTom Wade greeted Betsy Ebeling. “It was fun,” she said.\nTeddy Goff greeted her too. “It was fun,” she said.';
    expect(speakers(text).map((s) => [s[1], s[2]])).toEqual([
      ['Betsy Ebeling', 'pronoun'],
      ['Betsy Ebeling', 'pronoun'],
    ]);
  });
});

describe('pronouns bound by the sentence subject', () => {
  it('reads "he" after "when" as the subject of its sentence ("Bush went after Trump …, when he called …")', () => {
    const text = 'Headline\n“We will win,” Donald Trump said of Jeb Bush.\nBush went after Trump at the debate, when he called the businessman “unhinged.”';
    expect(speakers(text).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['We will win,', 'Donald Trump', 'cue'],
      ['unhinged.', 'Jeb Bush', 'pronoun'],
    ]);
  });

  it('does not take a pronoun after "like" as the subject ("much like he did …, Trump cast")', () => {
    const text = 'Headline\n“We will win,” François Hollande said.\nHastily politicizing the tragedy ― much like he did after the attacks ― Donald Trump cast the blame on rivals, and emphasized the threat that “Islamic terrorism” poses.';
    expect(speakers(text).map((s) => s[1])).toEqual(['François Hollande', 'Donald Trump']);
  });
});

describe('a fragment in a sentence with no subject of its own', () => {
  it('goes on with the speaker of the paragraph’s quote before it', () => {
    const text = 'Headline\nPutting the show together, Norbert Butz said, allowed him to “get in touch with myself,” too. Audiences can expect him to approach the set with “a little more recklessness.”';
    expect(speakers(text).map((s) => [s[0], s[1]])).toEqual([
      ['get in touch with myself,', 'Norbert Butz'],
      ['a little more recklessness.', 'Norbert Butz'],
    ]);
  });
});
