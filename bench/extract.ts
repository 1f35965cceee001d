/**
 * `npm run bench -- extract`: extraction speed on one core.
 *
 * Corpus: PolNeAR article texts (train, then dev), concatenated in file-name order and repeated
 * until the corpus reaches 20 MB (real news text, read from the shared eval data; never copied into
 * the repository). Each article is extracted on its own, as a user would; MB = 10^6 UTF-16 code
 * units. One warm-up pass, then the best of three timed passes. The adversarial inputs of the
 * issue (20k unclosed “, 50k spaces, a 1 MB article) are timed after one warm-up run each.
 * Baseline measured in the same run: pairing quote marks only, without kinds and attribution.
 * Both wall-clock and CPU-time throughput are printed: on a shared machine the wall clock also
 * counts time the process waits for a core. When the package is built (`npm run build`), the built
 * `dist/index.js` — the code users import — is timed too, in the same run: under tsx every call
 * between source modules goes through an export getter, which costs up to ≈ 10 % here.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import { findParagraphs } from '../src/extract/paragraphs.js';
import { pairQuoteMarks } from '../src/extract/pair-quote-marks.js';
import { EVAL_DATA, type Figure } from '../eval/figure.js';

const TARGET_SIZE = 20_000_000;

async function polnearTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const split of ['train', 'dev']) {
    const dir = new URL(`attribution/polnear/${split}/text/`, EVAL_DATA);
    for (const file of (await readdir(dir)).sort()) if (file.endsWith('.txt')) texts.push(await readFile(new URL(file, dir), 'utf8'));
  }
  return texts;
}

/** Wall-clock and CPU milliseconds of one run (CPU time is what one core spends, whatever else runs). */
function time(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000 };
}

function bestOf(passes: number, run: () => void): { wall: number; cpu: number } {
  let best = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < passes; i++) {
    const t = time(run);
    best = { wall: Math.min(best.wall, t.wall), cpu: Math.min(best.cpu, t.cpu) };
  }
  return best;
}

export async function bench(): Promise<Figure[]> {
  const articles = await polnearTexts();
  const corpus: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_SIZE; i++) {
    const text = articles[i % articles.length]!;
    corpus.push(text);
    size += text.length;
  }
  const extractAll = (): void => {
    for (const text of corpus) extractQuotes(text);
  };
  const pairAll = (): void => {
    for (const text of corpus) pairQuoteMarks(text, findParagraphs(text), (_start, end) => end);
  };
  extractAll();
  pairAll();
  const extractMs = bestOf(3, extractAll);
  const pairMs = bestOf(3, pairAll);
  const built = new URL('../dist/index.js', import.meta.url);
  let builtMs: { wall: number; cpu: number } | null = null;
  if (existsSync(built)) {
    const { extractQuotes: extractBuilt } = (await import(built.href)) as { extractQuotes: typeof extractQuotes };
    const extractAllBuilt = (): void => {
      for (const text of corpus) extractBuilt(text);
    };
    extractAllBuilt();
    builtMs = bestOf(3, extractAllBuilt);
  }

  const oneMb: string[] = [];
  let length = 0;
  for (const text of articles) {
    if (length >= 1_000_000) break;
    oneMb.push(text);
    length += text.length + 2;
  }
  const adversarial: Record<string, string> = {
    '20k unclosed “': '\u201C'.repeat(20_000),
    '50k spaces': ' '.repeat(50_000),
    '1 MB article': oneMb.join('\n\n').slice(0, 1_000_000),
  };
  const mb = size / 1e6;
  const figures: Figure[] = [
    { name: `extraction throughput, PolNeAR text ${mb.toFixed(1)} MB, one core, wall clock`, value: mb / (extractMs.wall / 1000), unit: 'MB/s' },
    { name: `extraction throughput, PolNeAR text ${mb.toFixed(1)} MB, one core, CPU time`, value: mb / (extractMs.cpu / 1000), unit: 'MB/s' },
    { name: 'baseline: quote-mark pairing only, same corpus, wall clock', value: mb / (pairMs.wall / 1000), unit: 'MB/s' },
  ];
  if (builtMs !== null) {
    figures.push({ name: `extraction throughput, built package (dist), one core, CPU time`, value: mb / (builtMs.cpu / 1000), unit: 'MB/s' });
  }
  for (const [name, text] of Object.entries(adversarial)) {
    extractQuotes(text);
    figures.push({ name: `extraction time, ${name}, wall clock`, value: bestOf(3, () => extractQuotes(text)).wall, unit: 'ms' });
  }
  return figures;
}
