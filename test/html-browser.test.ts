/**
 * The HTML report in a real browser (Debian's headless Chromium through playwright-core): it renders
 * the seed cluster with linked highlights, and a report full of payloads runs nothing, requests
 * nothing, and shows every payload as text. Screenshots go to test/artifacts/ (gitignored).
 * Skips, loudly, only when no Chromium is installed (CI installs it: see .ci/run).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../src/report/html.js';
import { runCli } from './cli-runner.js';
import { HOSTILE_ARTICLES, hostileQuote, hostileReport } from './hostile-report.js';
import { sampleReport } from './sample-report.js';
import { alignCorpus } from '../src/corpus/align-corpus.js';
import { seedArticles } from './corpus-fixtures.js';

// The callbacks below run in the page; the project compiles without the DOM library, so declare what they use.
declare const window: { __pwned?: unknown; getComputedStyle(element: unknown, pseudo?: string): { backgroundColor: string; color: string; content: string } };
declare const document: { body: { innerText: string } };

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const ARTIFACTS = new URL('./artifacts/', import.meta.url);

if (CHROMIUM === undefined) {
  console.warn('\n\n*** html-browser.test.ts SKIPPED: no Chromium at /usr/bin/chromium (apt-get install -y chromium) ***\n\n');
}

interface Watched {
  page: Page;
  requests: string[];
  dialogs: string[];
  errors: string[];
  url: string;
}

describe.skipIf(CHROMIUM === undefined)('HTML report in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string | null, name: string): Promise<Watched> {
    const file = new URL(`${name}.html`, ARTIFACTS);
    if (html !== null) writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched: Watched = { page, requests: [], dialogs: [], errors: [], url: pathToFileURL(file.pathname).href };
    page.on('request', (request) => watched.requests.push(request.url()));
    page.on('dialog', (dialog) => {
      watched.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => watched.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(message.text());
    });
    await page.goto(watched.url, { waitUntil: 'load' });
    await page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });
    return watched;
  }

  it('shows "a sacrificial lamb" and "ritual victims" highlighted against each other, with legend, witnesses and heatmap', async () => {
    const { page, requests, errors } = await open(formatHtml(sampleReport(), { title: 'Seed report' }), 'seed-report');
    const marks = await page.$$eval('mark[data-edit="c1-v1-e6"]', (elements) =>
      elements.map((element) => ({
        text: element.textContent,
        className: element.className,
        side: element.closest('.side')?.classList.contains('side-a') ? 'a' : 'b',
        background: window.getComputedStyle(element).backgroundColor,
      })),
    );
    expect(marks).toEqual([
      { text: 'a sacrificial lamb', className: 'edit edit-phrase-substitution', side: 'a', background: 'rgb(255, 168, 197)' },
      { text: 'ritual victims', className: 'edit edit-phrase-substitution', side: 'b', background: 'rgb(255, 168, 197)' },
    ]);
    const related = await page.$eval('mark.edit-related', (element) => window.getComputedStyle(element).backgroundColor);
    expect(related).not.toBe(marks[0]!.background);
    // The two sides of each pair sit side by side.
    const [left, right] = await page.$$eval('#c1-v1 > .side', (sides) => sides.map((side) => side.getBoundingClientRect().left));
    expect(right!).toBeGreaterThan(left! + 300);
    expect(await page.$$eval('.legend li', (items) => items.length)).toBe(13);
    // Edit numbers are drawn by CSS, so a quote's text (and a copy of it) is the quote alone.
    expect(await page.$$eval('#c1-v1 .quote', (quotes) => quotes.map((quote) => quote.textContent))).toEqual([sampleReport().clusters[0]!.reference.text, sampleReport().clusters[0]!.variants[1]!.quote.text]);
    expect(await page.$eval('sup[data-n="6"]', (sup) => window.getComputedStyle(sup, '::after').content)).toBe('"6"');
    expect(await page.$$eval('#cluster-1 table.witnesses tr', (rows) => rows.map((row) => row.children.length))).toEqual([5, 5]);
    expect(await page.$$eval('svg.heatmap g.heat-cell > text', (cells) => cells.map((cell) => cell.textContent))).toEqual(['0.27', '0.42']);
    expect(await page.$eval('.outside', (element) => window.getComputedStyle(element).color)).toBe('rgb(154, 154, 154)');
    expect(requests).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('highlights "a sacrificial lamb" against "ritual victims" in the report of the real seed articles', async () => {
    // The whole pipeline, as `npm run demo` runs it: extraction, clustering, comparison, HTML.
    const { page, requests, errors } = await open(formatHtml(alignCorpus(seedArticles()), { title: 'Seed articles' }), 'seed-pipeline');
    const pairs = await page.$$eval('mark.edit', (elements) =>
      elements.map((element) => ({ edit: element.getAttribute('data-edit'), text: element.textContent, className: element.className })),
    );
    const lamb = pairs.find((mark) => mark.text === 'a sacrificial lamb');
    expect(lamb?.className).toBe('edit edit-phrase-substitution');
    const partner = pairs.filter((mark) => mark.edit === lamb?.edit).map((mark) => mark.text);
    expect(partner).toEqual(['a sacrificial lamb', 'ritual victims']);
    expect(requests).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('runs no payload, makes no request, and shows every payload literally', async () => {
    const report = hostileReport();
    const { page, requests, dialogs, errors, url } = await open(formatHtml(report, { articles: HOSTILE_ARTICLES }), 'hostile-report');
    await page.mouse.move(200, 200);
    await page.waitForTimeout(200);
    expect(requests).toEqual([url]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.$$eval('script, img, iframe, object, embed, link', (elements) => elements.length)).toBe(0);
    expect(await page.$$eval('*', (elements) => elements.flatMap((element) => element.getAttributeNames().filter((name: string) => name.startsWith('on'))))).toEqual([]);
    expect(await page.$$eval('a[href]', (links) => links.map((link) => (link as unknown as { href: string }).href))).toEqual(['https://example.org/report?a=1&b=%222%22']);
    const text = await page.evaluate(() => document.body.innerText);
    for (const article of HOSTILE_ARTICLES) {
      expect(text).toContain(article.id);
      if (article.source !== undefined) expect(text).toContain(article.source);
      if (article.url !== undefined) expect(text).toContain(article.url.trim());
    }
    expect(text).toContain('<script>window.__pwned=1;alert(1)</script>');
    expect(text).toContain('"><img src=x onerror="window.__pwned=2;alert(2)">');
    expect(text).toContain('</script></style></title><svg onload=alert(3)>');
    expect(text).toContain(report.clusters[0]!.id);
    expect(await page.title()).toBe('Quote divergence report');
    const quotes = await page.$$eval('#cluster-1 .quote', (elements) => elements.map((element) => element.textContent));
    expect(quotes).toEqual([hostileQuote(HOSTILE_ARTICLES[0]!), hostileQuote(HOSTILE_ARTICLES[1]!)]);
  });

  it('keeps the CLI report of the hostile articles inert (analyze fixtures/hostile/articles.jsonl --out …html)', async () => {
    const out = new URL('hostile-cli.html', ARTIFACTS).pathname;
    const cli = await runCli(['analyze', 'fixtures/hostile/articles.jsonl', '--out', out]);
    expect([cli.status, cli.stdout, cli.stderr]).toEqual([0, '', '']);
    const { page, requests, dialogs, errors, url } = await open(null, 'hostile-cli');
    await page.mouse.move(300, 300);
    await page.waitForTimeout(200);
    expect([requests, dialogs, errors]).toEqual([[url], [], []]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.$$eval('script, img, iframe, object, embed, link', (elements) => elements.length)).toBe(0);
    expect(await page.$$eval('a[href]', (links) => links.map((link) => (link as unknown as { href: string }).href))).toEqual(['https://example.org/report?a=1&b=%222%22']);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('<script>window.__pwned=1;alert(1)</script>');
    expect(text).toContain(HOSTILE_ARTICLES[0]!.source);
    expect(text).toContain('javascript:window.__pwned=3');
    expect(await page.$$eval('.cluster', (clusters) => clusters.length)).toBeGreaterThanOrEqual(1);
  });
});
