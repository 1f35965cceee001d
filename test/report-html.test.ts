import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHttpUrl } from '../src/report/escape-html.js';
import { CONTENT_SECURITY_POLICY, formatHtml } from '../src/report/html.js';
import { heatmapData } from '../src/report/html-heatmap.js';
import { markedText } from '../src/report/html-marked-text.js';
import { EDIT_CLASSES } from '../src/report/html-styles.js';
import { HOSTILE_ARTICLES, hostileReport } from './hostile-report.js';
import { sampleReport, spanOf } from './sample-report.js';

describe('formatHtml', () => {
  it('is one page with the CSP first in <head> and no script, external resource or event handler', () => {
    const html = formatHtml(hostileReport(), { articles: HOSTILE_ARTICLES });
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html.toLowerCase()).not.toContain('<img');
    // Payloads survive only as escaped text: no real tag carries an event handler or a source.
    const tags = [...html.matchAll(/<[a-z][^>]*>/giu)].map((match) => match[0]);
    expect(tags.filter((tag) => /\s(on[a-z]+|src|srcset|action|formaction)\s*=/iu.test(tag))).toEqual([]);
    expect(new Set(tags.map((tag) => tag.slice(1).split(/[\s>]/u)[0]!.toLowerCase()))).toEqual(
      new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'p', 'ul', 'li', 'span', 'main', 'section', 'h2', 'div', 'mark', 'sup', 'ol', 'h3', 'table', 'tr', 'th', 'td', 'svg', 'text', 'rect', 'g', 'a']),
    );
  });

  it('links only http(s) article URLs and shows every other URL as text', () => {
    const html = formatHtml(sampleReport(), { articles: HOSTILE_ARTICLES });
    const hrefs = [...html.matchAll(/href="([^"]*)"/gu)].map((match) => match[1]);
    expect(hrefs).toEqual(['https://example.org/report?a=1&amp;b=%222%22']);
    expect(html).toContain('<span class="url">javascript:window.__pwned=3</span>');
    expect(html).toContain('<span class="url"> JaVaScRiPt:alert(7)</span>');
  });

  it('highlights the sacrificial-lamb pair with one edit class and one shared edit id on both sides', () => {
    const html = formatHtml(sampleReport());
    expect(html).toContain('<mark class="edit edit-phrase-substitution" data-edit="c1-v1-e6" title="phrase substitution: a sacrificial lamb \u2192 ritual victims (tone \u22120.30)">a sacrificial lamb</mark><sup class="edit-n" data-n="6"></sup>');
    expect(html).toContain('<mark class="edit edit-phrase-substitution" data-edit="c1-v1-e6" title="phrase substitution: a sacrificial lamb \u2192 ritual victims (tone \u22120.30)">ritual victims</mark><sup class="edit-n" data-n="6"></sup>');
    expect(html).toContain('<span class="outside">Naturally, the alliance is analyzing the situation. The alliance sees the real state of affairs. </span>');
  });

  it('greys the words beyond the shared part instead of highlighting them as an omission, but still lists the edit', () => {
    const report = sampleReport();
    const comparison = report.clusters[0]!.variants[1]!.comparison;
    const beyond = 'Naturally, the alliance is analyzing the situation. The alliance sees the real state of affairs.';
    comparison.edits.unshift({ class: 'omission', a: spanOf(comparison.a, beyond), b: null });
    const html = formatHtml(report);
    expect(html).toContain(`<p class="quote"><span class="outside">${beyond} </span><mark class="edit edit-related" data-edit="c1-v1-e2"`);
    expect(html).not.toContain('data-edit="c1-v1-e1"');
    expect(html).toContain(`<li><span class="swatch edit-omission"></span> omission: ${beyond} \u2192 \u2205</li>`);
  });

  it('has a legend and a CSS rule for every edit class', () => {
    const html = formatHtml(sampleReport());
    for (const editClass of EDIT_CLASSES) {
      expect(html).toContain(`<li><span class="swatch edit-${editClass}"></span>`);
      expect(html).toContain(`mark.edit-${editClass},.swatch.edit-${editClass}{background:`);
    }
    expect(EDIT_CLASSES).toHaveLength(12);
  });

  it('is deterministic', () => {
    expect(formatHtml(sampleReport())).toBe(formatHtml(sampleReport()));
  });

  it('rejects options.articles that is not an array', () => {
    expect(() => formatHtml(sampleReport(), { articles: 'x' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('markedText', () => {
  const range = { editClass: 'synonym' as const, editId: 'e"1', label: 1, title: '<t>' };
  it('escapes text and attributes, and clamps bad offsets', () => {
    expect(markedText('a <b> c', [{ ...range, start: 2, end: 5 }, { ...range, start: 5, end: 99, label: 2 }, { ...range, start: -5, end: 0 }], null)).toBe(
      'a <mark class="edit edit-synonym" data-edit="e&quot;1" title="&lt;t&gt;">&lt;b&gt;</mark><sup class="edit-n" data-n="1"></sup>' +
        '<mark class="edit edit-synonym" data-edit="e&quot;1" title="&lt;t&gt;"> c</mark><sup class="edit-n" data-n="2"></sup>',
    );
  });
  it('gives each piece of overlapping ranges to the innermost one (a moved phrase inside an insertion)', () => {
    const insertion = { editClass: 'insertion' as const, editId: 'i', label: 1, title: 'ins', start: 0, end: 21 };
    const move = { editClass: 'move' as const, editId: 'm', label: 2, title: 'mv', start: 5, end: 20 };
    expect(markedText('with its instructors, the', [insertion, move], null)).toBe(
      '<mark class="edit edit-insertion" data-edit="i" title="ins">with </mark>' +
        '<mark class="edit edit-move" data-edit="m" title="mv">its instructors</mark><sup class="edit-n" data-n="2"></sup>' +
        '<mark class="edit edit-insertion" data-edit="i" title="ins">,</mark><sup class="edit-n" data-n="1"></sup> the',
    );
  });
  it('greys what lies outside the shared part', () => {
    expect(markedText('one two three', [], { start: 4, end: 7, text: 'two' })).toBe('<span class="outside">one </span>two<span class="outside"> three</span>');
  });
});

describe('heatmapData', () => {
  it('averages divergence by (reference source, rendering source), naming unnamed outlets by article id', () => {
    const { sources, cells } = heatmapData(sampleReport());
    expect(sources).toEqual(['001', '002', '004', 'Tasnim']);
    expect([...cells]).toEqual([
      ['["Tasnim","001"]', { sum: 0.42, count: 1 }],
      ['["002","004"]', { sum: 0.27, count: 1 }],
    ]);
  });
});

describe('escapeHtml and safeHttpUrl', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('accepts only absolute http and https URLs', () => {
    expect(['https://a.org/x', 'HTTP://A.org', 'javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://a.org', 'vbscript:x'].map(safeHttpUrl)).toEqual([
      'https://a.org/x', 'http://a.org/', null, null, null, null, null, null,
    ]);
  });
});
