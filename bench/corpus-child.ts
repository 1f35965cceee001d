/**
 * The set-up every child run of the corpus benchmarks shares (`corpus-scale.ts`, `corpus-stages.ts`,
 * `heap-sample.ts`): the command line read, the library imported from the given module, its extraction
 * and comparison warmed up (WordNet loads lazily) so that what is measured is the corpus run, and the
 * replicated news built.
 *
 * @module
 */

import { replicatedNews } from './synthetic-corpus.js';

/** What a child run works with. */
export interface CorpusChild {
  api: typeof import('../src/index.js');
  corpus: ReturnType<typeof replicatedNews>;
  /** The number of threads asked for (`workers`). */
  threads: number;
  /** The arguments after `<module URL> <articles> <workers>`. */
  rest: string[];
}

/**
 * Runs extraction and comparison once on two short articles, so that a child run measures the corpus work and
 * not the first use (WordNet loads lazily, code is compiled on first call).
 */
export function warmUp(api: typeof import('../src/index.js')): void {
  api.alignCorpus([
    { id: 'w1', text: '"We are watching a gradual incursion of NATO into Ukraine," he said.' },
    { id: 'w2', text: '"We have seen the gradual invasion of NATO into Ukraine," Peskov said.' },
  ]);
}

/**
 * Reads `<module URL> <articles> <workers>` and `extra` more arguments from the command line (throwing
 * `usage` when one is missing), imports the module, warms it up and builds the corpus (fixed seed).
 */
export async function corpusChild(usage: string, extra = 0): Promise<CorpusChild> {
  const args = process.argv.slice(2);
  const [target, size, threads] = args;
  if (!target || !size || !threads || args.length < 3 + extra || args.slice(3, 3 + extra).some((arg) => !arg)) throw new Error(`usage: ${usage}`);
  const api = (await import(target)) as typeof import('../src/index.js');
  warmUp(api);
  return { api, corpus: replicatedNews(Number(size), 20_261_122), threads: Number(threads), rest: args.slice(3) };
}
