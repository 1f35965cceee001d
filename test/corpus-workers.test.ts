/**
 * Worker threads run only from the build (`dist/worker.js` next to `dist/index.js`); from sources the pool
 * runs in-process. This test loads the build, when there is one, and checks that two threads give exactly
 * the result of one, in the ESM and the CJS build.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedArticles } from './corpus-fixtures.js';

const dist = (name: string) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
const built = ['index.js', 'index.cjs', 'worker.js'].every((name) => existsSync(dist(name)));
const fresh = built && statSync(dist('worker.js')).mtimeMs >= statSync(fileURLToPath(new URL('../src/corpus/worker-pool.ts', import.meta.url))).mtimeMs;
if (!built) console.warn('corpus-workers: skipped, no build in dist/ (run `npm run build` first)');
else if (!fresh) console.warn('corpus-workers: skipped, dist/ is older than src/corpus (run `npm run build` first)');

describe.skipIf(!built || !fresh)('alignCorpus with worker threads (built package)', () => {
  it('gives identical reports with 1 and 2 workers (ESM)', async () => {
    const api = (await import(dist('index.js'))) as typeof import('../src/index.js');
    const articles = [...seedArticles(), ...seedArticles().map((a) => ({ ...a, id: `${a.id}-copy` }))];
    const one = api.alignCorpus(articles, { workers: 1 });
    const two = api.alignCorpus(articles, { workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.clusters.length).toBeGreaterThan(0);
  });

  it('finds its worker from the CJS build too', () => {
    const require = createRequire(import.meta.url);
    const api = require(dist('index.cjs')) as typeof import('../src/index.js');
    const articles = seedArticles();
    expect(JSON.stringify(api.alignCorpus(articles, { workers: 2 }))).toBe(JSON.stringify(api.alignCorpus(articles, { workers: 1 })));
  });
});
