import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../src/compare/compare-quotes.js';
import { tokenize } from '../src/text/tokens.js';
import { diffSegments } from '../src/report/diff-segments.js';
import { formatComparisonText } from '../src/report/comparison-text.js';
import { formatText, formatWordDiff } from '../src/report/text.js';
import { QuoteDivergenceError } from '../src/errors.js';
import { lambComparison, sampleReport } from './sample-report.js';

const ESC = '\u001b[';

describe('diffSegments', () => {
  it('groups the sacrificial-lamb alignment by edit, keeping the words outside the overlap apart', () => {
    const segments = diffSegments(lambComparison()).map(({ op, a, b, editClass, editIndex, side, words, gap }) => [op, a, b, editClass, editIndex, side, words, gap]);
    expect(segments).toEqual([
      ['outside', 'Naturally, the alliance is analyzing the situation. The alliance sees the real state of affairs.', '', null, null, 'a', 15, ''],
      ['replace', 'For now', 'So far', 'related', 0, null, 0, ' '],
      ['equal', ', the alliance', ', the alliance', null, null, null, 0, ''],
      ['replace', 'does', 'has', 'function-word', 1, null, 0, ' '],
      ['equal', 'not', 'not', null, null, null, 0, ' '],
      ['replace', 'abandon', 'abandoned', 'inflection', 2, null, 0, ' '],
      ['equal', 'its plans to contain Russia and', 'its plans to contain Russia and', null, null, null, 0, ' '],
      ['delete', ', in fact,', '', 'omission', 3, null, 0, ''],
      ['replace', 'to use', 'slaughter', 'phrase-substitution', 4, null, 0, ' '],
      ['equal', 'the Ukrainian people as', 'the Ukrainian people as', null, null, null, 0, ' '],
      ['replace', 'a sacrificial lamb', 'ritual victims', 'phrase-substitution', 5, null, 0, ' '],
      ['equal', 'in the fight against Russia', 'in the fight against Russia', null, null, null, 0, ' '],
    ]);
  });
});

describe('diffSegments on real comparisons', () => {
  const sorted = (texts: string[]): string[] => texts.flatMap((text) => tokenize(text).map((token) => token.text)).sort();
  it('shows every token of each side exactly once, whatever moves and edits the alignment has', () => {
    const word = fc.constantFrom('the', 'alliance', 'NATO', 'Russia', 'Ukraine', 'Ukrainian', 'territory', 'its', 'instructors', 'lamb', 'victims', 'use', ',', '.', 'not', 'has');
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const segments = diffSegments(compareQuotes(a, b, { wordnet: false }));
        expect(sorted(segments.map((segment) => segment.a))).toEqual(sorted([a]));
        expect(sorted(segments.map((segment) => segment.b))).toEqual(sorted([b]));
      }),
      { numRuns: 60, seed: 20240611 },
    );
  });

  it('renders a reordered phrase as moved words, each once', () => {
    const comparison = compareQuotes('the territory of Ukraine with its infrastructure, its instructors', 'with its instructors, the Ukrainian territory with its infrastructure', { wordnet: false });
    const diff = formatWordDiff(comparison);
    expect(diff.split('instructors').length - 1).toBe(1);
    expect(diff).toContain('{~');
  });
});

describe('formatWordDiff', () => {
  it('marks changes like git --word-diff without colour', () => {
    expect(formatWordDiff(lambComparison())).toBe(
      '[\u2026 15 words only in the reference \u2026] [-For now-]{+So far+}, the alliance [-does-]{+has+} not [-abandon-]{+abandoned+} its plans to contain Russia and[-, in fact,-] [-to use-]{+slaughter+} the Ukrainian people as [-a sacrificial lamb-]{+ritual victims+} in the fight against Russia',
    );
  });

  it('colours deletions red struck through and insertions green underlined, with no bracket markers', () => {
    const coloured = formatWordDiff(lambComparison(), { color: true });
    expect(coloured).toContain(`${ESC}31m${ESC}9ma sacrificial lamb${ESC}29m${ESC}39m ${ESC}32m${ESC}4mritual victims${ESC}24m${ESC}39m`);
    expect(coloured).not.toContain('[-');
    expect(coloured).not.toContain('{+');
  });
});

describe('formatText', () => {
  it('lays out a summary, each cluster with its diffed renderings and edits, echoes, sources and diagnostics', () => {
    const lines = formatText(sampleReport()).split('\n');
    expect(lines.slice(0, 16)).toEqual([
      '5 quotes from 4 articles \u00b7 2 clusters \u00b7 1 echo \u00b7 method 1.0.0',
      '',
      '\u2501\u2501 Cluster c1 \u00b7 2 renderings \u00b7 mean divergence 0.42 \u00b7 Dmitry Peskov',
      '   reference (longest) 000 (Tasnim) \u2014 Dmitry Peskov',
      '     \u201cNaturally, the alliance is analyzing the situation. The alliance sees the real state of affairs. For now, the alliance does not abandon its plans to contain Russia and, in fact, to use the Ukrainian people as a sacrificial lamb in the fight against Russia\u201d',
      '   0.42  001 \u2014 Peskov',
      `     ${formatWordDiff(lambComparison())}`,
      '     lexical 0.40 \u00b7 semantic 0.30 \u00b7 omission 0.10 \u00b7 addition 0.05 \u00b7 order 0.00 \u00b7 tone 0.30',
      '      related: \u201cFor now\u201d \u2192 \u201cSo far\u201d',
      '      function word: \u201cdoes\u201d \u2192 \u201chas\u201d',
      '      inflection: \u201cabandon\u201d \u2192 \u201cabandoned\u201d',
      '      omission: \u201c, in fact,\u201d \u2192 \u2205',
      '      phrase substitution: \u201cto use\u201d \u2192 \u201cslaughter\u201d (tone \u22120.50)',
      '      phrase substitution: \u201ca sacrificial lamb\u201d \u2192 \u201critual victims\u201d (tone \u22120.30)',
      '',
      '\u2501\u2501 Cluster c2 \u00b7 2 renderings \u00b7 mean divergence 0.27 \u00b7 unattributed',
    ]);
    expect(lines.slice(-11)).toEqual([
      '',
      'Echoes (a quote repeated without quote marks elsewhere)',
      '   0.38  001 quotes unattributed: \u201cnever underestimate Russia.\u201d',
      '         000 says without quote marks: \u201cRussia should not be underestimated\u201d',
      '',
      'Sources (mean divergence of their renderings from the cluster reference)',
      '   001     1  0.42',
      '   004     1  0.27',
      '',
      '1 diagnostic: stray-mark \u00d71',
      '',
    ]);
  });

  it('keeps the no-break spaces of 002 out of the diff gaps and the words as written', () => {
    const text = formatText(sampleReport());
    expect(text).toContain('     [-We-]{+we+} [-are\u00a0watching a-]{+have seen the+} gradual [-incursion-]{+invasion+} of NATO into the [-territory of Ukraine-]{+Ukrainian territory+} with its infrastructure\n');
  });

  it('prints no escape codes unless asked, and the same words either way', () => {
    const plain = formatText(sampleReport());
    const coloured = formatText(sampleReport(), { color: true });
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[');
    expect(coloured.split('\n')[0]).toBe(plain.split('\n')[0]);
  });

  it('says when a cluster credits the utterance to different speakers', () => {
    const report = sampleReport();
    report.clusters[0] = { ...report.clusters[0]!, speakers: ['Dmitry Peskov', 'Jens Stoltenberg'], attributionConflict: true };
    expect(formatText(report).split('\n')[3]).toBe('   attribution conflict: Dmitry Peskov vs Jens Stoltenberg');
  });

  it('never lets an escape sequence or control character from an article reach the terminal', () => {
    const report = sampleReport();
    const hostile = 'evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eoverride\nnext';
    report.clusters[0]!.reference.text = hostile;
    report.clusters[0]!.variants[1]!.quote.speaker!.name = hostile;
    report.sources[0]!.source = hostile;
    const safe = 'evil\u241b]0;pwned\u2407\u241b[2J\ufffd31m\ufffdoverride next';
    const plain = formatText(report);
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
    expect(plain.split('\n').filter((line) => line.includes(safe))).toHaveLength(3);
    // With colour on, the only escapes are the report's own SGR codes.
    const coloured = formatText(report, { color: true });
    expect(coloured.replaceAll(/\u001b\[\d+m/gu, '')).not.toContain('\u001b');
  });

  it('throws INVALID_ARGUMENT for something that is not a report', () => {
    expect(() => formatText({ quotes: [] } as never)).toThrow(QuoteDivergenceError);
    expect(() => formatText(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('formatComparisonText', () => {
  it('shows the divergence, components, diff, shared part and edits of one comparison', () => {
    const lines = formatComparisonText(lambComparison()).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'divergence 0.42 (method 1.0.0)',
      'lexical 0.40 \u00b7 semantic 0.30 \u00b7 omission 0.10 \u00b7 addition 0.05 \u00b7 order 0.00 \u00b7 tone 0.30',
      '',
    ]);
    expect(lines).toContain('phrase substitution: \u201ca sacrificial lamb\u201d \u2192 \u201critual victims\u201d (tone \u22120.30)');
    expect(lines[5]!.startsWith('shared part: a \u201cFor now, the alliance does not abandon')).toBe(true);
  });
});
