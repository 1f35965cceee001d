/**
 * An echo is reported speech: the sentence it occurs in must name the quote's speaker (echo-attribution.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyPairs } from '../src/corpus/corpus-tasks.js';
import { namesWithin, speakerSurname, SpeakerMentions } from '../src/corpus/echo-attribution.js';
import { findEchoes } from '../src/corpus/echo-search.js';
import { QuoteGroups } from '../src/corpus/quote-groups.js';
import { unquotedWindows } from '../src/corpus/unquoted-windows.js';
import { WindowOccurrences } from '../src/corpus/window-occurrences.js';
import type { Speaker } from '../src/types.js';
import { corpusQuoteAt } from './corpus-quote.js';

function speaker(name: string): Speaker {
  return { name, mention: { start: 0, end: 2, text: 'he' }, cue: null, via: 'pronoun' };
}

describe('speakerSurname', () => {
  it("takes the last capitalised word of the speaker's name", () => {
    expect(speakerSurname({ speaker: speaker('Jens Stoltenberg') })).toBe('Stoltenberg');
    expect(speakerSurname({ speaker: speaker('Paul D Ryan ') })).toBe('Ryan');
    expect(speakerSurname({ speaker: speaker('Peskov') })).toBe('Peskov');
    expect(speakerSurname({ speaker: speaker('Charles de Gaulle') })).toBe('Gaulle');
  });

  it('gives null without a speaker, or without a capitalised word of two letters or more', () => {
    expect(speakerSurname({ speaker: null })).toBeNull();
    expect(speakerSurname({ speaker: speaker('the spokesman') })).toBeNull();
    expect(speakerSurname({ speaker: speaker('J') })).toBeNull();
  });
});

describe('namesWithin', () => {
  it('finds the surname as a whole word, possessive included, inside the range only', () => {
    const text = 'Peskov’s aide met Peskovsky; later Peskov left.';
    expect(namesWithin(text, 0, 8, 'Peskov')).toBe(true);
    expect(namesWithin(text, 9, 28, 'Peskov')).toBe(false);
    expect(namesWithin(text, 28, text.length, 'Peskov')).toBe(true);
    expect(namesWithin(text, 28, 40, 'Peskov')).toBe(false);
  });
});

describe('SpeakerMentions', () => {
  const text = 'Peskov said “no” and warned that the threat grows. Others agreed.';
  const piece = 'and warned that the threat grows.';
  const whole = 'Others agreed.';

  it("reads the window's whole sentence when a quotation was cut out of it, and only that sentence", () => {
    const mentions = new SpeakerMentions([text], WindowOccurrences.fromArticles([[[0, text.indexOf(piece)], [1, text.indexOf(whole)]]]), [piece, whole]);
    expect(mentions.names(0, 0, 'Peskov')).toBe(true);
    expect(mentions.inWindow(0, 'Peskov')).toBe(false);
    // "Others agreed." is a sentence of its own: the name in the one before does not count
    expect(mentions.names(1, 1, 'Peskov')).toBe(false);
    expect([mentions.firstNaming(0, 'Peskov'), mentions.firstNaming(1, 'Peskov')]).toEqual([0, -1]);
  });

  it('answers for an exact copy of an article as for its original', () => {
    const other = 'Lavrov said “no” and warned that the threat grows. Others agreed.';
    const articles = [
      { id: 'a', text },
      { id: 'b', text },
      { id: 'c', text: other },
    ];
    // the window occurs in a, in b (a copy of a: its original is a's occurrence) and in c
    const at = text.indexOf(piece);
    const mentions = new SpeakerMentions(articles.map((article) => article.text), WindowOccurrences.fromArticles([[[0, at]], 0, [[0, other.indexOf(piece)]]]), [piece]);
    expect([0, 1, 2].map((o) => mentions.names(0, o, 'Peskov'))).toEqual([true, true, false]);
    expect([0, 1, 2].map((o) => mentions.names(0, o, 'Lavrov'))).toEqual([false, false, true]);
    expect(mentions.firstNaming(0, 'Lavrov')).toBe(2);
  });
});

describe('SpeakerMentions.firstNaming', () => {
  // sentences a window can be: whole, or with a quotation cut out of it (then the rest of the sentence may name someone)
  const sentences = [
    'The threat grows.',
    'Peskov said the threat grows.',
    'Lavrov said “never” and the threat grows.',
    'Officials said “never” and the threat grows.',
    'The threat grows, Lavrov said “again” today.',
  ];

  it('is the first occurrence, in article order, whose sentence names the surname (only sentences reaching beyond the window are read around it)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.array(fc.nat(sentences.length - 1), { minLength: 1, maxLength: 4 }), fc.nat(7)), { minLength: 1, maxLength: 8 }), (drawn) => {
        // an article is some of the sentences, or a copy of an earlier article (a number)
        const texts: string[] = [];
        const found: (readonly (readonly [number, number])[] | number)[] = [];
        const windowTexts: string[] = [];
        const byText = new Map<string, number>();
        for (const item of drawn) {
          const a = texts.length;
          if (typeof item === 'number' && a > 0 && typeof found[item % a] !== 'number') {
            texts.push(texts[item % a]!);
            found.push(item % a);
            continue;
          }
          const text = (typeof item === 'number' ? [item % sentences.length] : item).map((s) => sentences[s]!).join(' ');
          const quotes = [...text.matchAll(/“[^”]*”/g)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1, marks: { open: '“', close: '”' } }));
          texts.push(text);
          found.push(
            unquotedWindows(text, quotes).map((range) => {
              const window = text.slice(range.start, range.end);
              if (!byText.has(window)) byText.set(window, windowTexts.push(window) - 1);
              return [byText.get(window)!, range.start] as const;
            }),
          );
        }
        const occurrences = WindowOccurrences.fromArticles(found);
        const mentions = new SpeakerMentions(texts, occurrences, windowTexts);
        const reference = new SpeakerMentions(texts, occurrences, windowTexts);
        for (let w = 0; w < windowTexts.length; w++) {
          for (const surname of ['Peskov', 'Lavrov', 'Officials', 'Ryabkov']) {
            let expected = -1;
            for (let o = occurrences.first(w); expected < 0 && o >= 0; o = occurrences.next(o)) if (reference.names(w, o, surname)) expected = o;
            expect(mentions.firstNaming(w, surname)).toBe(expected);
          }
        }
      }),
    );
  });
});

describe('echoes need their speaker named', () => {
  const statement = 'the alliance will never underestimate Russia in Ukraine';
  const named = 'Stoltenberg said the alliance will never underestimate Russia in Ukraine.';
  const anonymous = 'Officials said the alliance will never underestimate Russia in Ukraine.';

  function search(name: string | null, texts: Record<string, string>) {
    const articles = [{ id: 'q', text: `He said: "${statement}".` }, ...Object.entries(texts).map(([id, text]) => ({ id, text }))];
    const store = new QuoteGroups(2);
    const quoted = corpusQuoteAt('q', 10, statement, name);
    store.add(quoted);
    const windowed = articles.map((article) => ({ ...article, windows: unquotedWindows(article.text, article.id === 'q' ? [quoted] : []) }));
    const sent: [string, string][] = [];
    const echoes = findEchoes(store, windowed, 2, (pairs) => {
      sent.push(...pairs);
      return verifyPairs(pairs, true, { minSimilarity: 0.35, minTokens: 2, compare: {} });
    });
    return { echoes: echoes.map((echo) => `${echo.match.articleId}:${echo.match.start}-${echo.match.end}`), sent };
  }

  it('reports the sentence that names the speaker, not the same words credited to no one', () => {
    expect(search('Jens Stoltenberg', { e1: named, e2: anonymous })).toEqual({
      echoes: [`e1:0-${named.length}`],
      sent: [[statement, named]],
    });
  });

  it('verifies nothing for a quote without a speaker, or where no sentence names its speaker', () => {
    expect(search(null, { e1: named })).toEqual({ echoes: [], sent: [] });
    expect(search('Jens Stoltenberg', { e2: anonymous })).toEqual({ echoes: [], sent: [] });
  });

  it('reports a window only where its sentence names the speaker, and verifies it once for all its occurrences', () => {
    const cut = (speaker: string) => `${speaker} said “yes” and the alliance will never underestimate Russia in Ukraine.`;
    // a1 names no one; a2 names the speaker outside the window; a3 is an exact copy of a2
    const texts = { a1: cut('Officials'), a2: cut('Stoltenberg'), a3: cut('Stoltenberg') };
    const store = new QuoteGroups(2);
    const quoted = corpusQuoteAt('q', 10, statement, 'Jens Stoltenberg');
    store.add(quoted);
    const windowed = [
      { id: 'q', text: `He said: "${statement}".`, windows: unquotedWindows(`He said: "${statement}".`, [quoted]) },
      ...Object.entries(texts).map(([id, text]) => ({ id, text, windows: unquotedWindows(text, [corpusQuoteAt(id, text.indexOf('yes'), 'yes')]) })),
    ];
    const sent: [string, string][] = [];
    const echoes = findEchoes(store, windowed, 2, (pairs) => {
      sent.push(...pairs);
      return verifyPairs(pairs, true, { minSimilarity: 0.35, minTokens: 2, compare: {} });
    });
    const window = 'and the alliance will never underestimate Russia in Ukraine.';
    const at = texts.a2.indexOf(window);
    expect(echoes.map((echo) => `${echo.match.articleId}:${echo.match.start}-${echo.match.end}`)).toEqual([`a2:${at}-${at + window.length}`, `a3:${at}-${at + window.length}`]);
    expect(sent).toEqual([[statement, window]]);
  });
});
