import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/report/escape-markdown.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { sampleReport } from './sample-report.js';

/** Splits a GFM table row into cells, honouring `\|` escapes. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length - 1; i++) {
    if (row[i] === '\\') {
      cell += row[i]! + row[i + 1]!;
      i++;
    } else if (row[i] === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += row[i];
  }
  out.push(cell.trim());
  return out;
}

describe('formatMarkdown', () => {
  it('writes a section per cluster with a table of renderings diffed against the reference', () => {
    const lines = formatMarkdown(sampleReport()).split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '# Quote divergence report',
      '',
      '5 quotes from 4 articles, 2 clusters, 1 echo (method 1.0.0).',
      '',
      '## Cluster c1',
      '',
      '2 renderings, mean divergence 0.42; speakers: Dmitry Peskov.',
      '',
      'Reference (longest): \u201cNaturally, the alliance is analyzing the situation. The alliance sees the real state of affairs. For now, the alliance does not abandon its plans to contain Russia and, in fact, to use the Ukrainian people as a sacrificial lamb in the fight against Russia\u201d',
    ]);
    const row = lines.find((line) => line.startsWith('| 001 |'))!;
    expect(cells(row)).toEqual([
      '001', '001', 'Peskov', '0.42',
      '*\\[\u2026 15 words only in the reference \u2026\\]* ~~For now~~ **So far**, the alliance ~~does~~ **has** not ~~abandon~~ **abandoned** its plans to contain Russia and~~, in fact,~~ ~~to use~~ **slaughter** the Ukrainian people as ~~a sacrificial lamb~~ **ritual victims** in the fight against Russia',
    ]);
    expect(lines).toContain('- 001: phrase substitution: \u201ca sacrificial lamb\u201d \u2192 \u201critual victims\u201d (tone \u22120.30)');
    expect(lines).toContain('| 001 | unattributed | never underestimate Russia. | 000 | Russia should not be underestimated | 0.38 |');
    expect(lines.slice(-7)).toEqual(['## Sources', '', '| source | renderings | mean divergence |', '| --- | ---: | ---: |', '| 001 | 1 | 0.42 |', '| 004 | 1 | 0.27 |', '']);
  });

  it('escapes pipes, markup and line breaks so a hostile quote cannot break a table or inject HTML', () => {
    const report = sampleReport();
    const variant = report.clusters[0]!.variants[0]!;
    variant.quote.text = 'a | b\nc <script>alert(1)</script> *x* [l](javascript:alert(1))';
    variant.source = 'Evil | Outlet\r\nNews';
    const row = formatMarkdown(report).split('\n').find((line) => line.startsWith('| 000 |'))!;
    expect(cells(row)).toEqual([
      '000', 'Evil \\| Outlet News', 'Dmitry Peskov', 'reference',
      'a \\| b c \\<script\\>alert(1)\\</script\\> \\*x\\* \\[l\\](javascript:alert(1))',
    ]);
  });
});

describe('escapeMarkdown', () => {
  it('backslash-escapes inline markup and folds each run of line breaks to one space', () => {
    expect(escapeMarkdown('a_b `c` ~d~ & e!\r\n\r\nf # g')).toBe('a\\_b \\`c\\` \\~d\\~ \\& e\\! f \\# g');
  });
});
