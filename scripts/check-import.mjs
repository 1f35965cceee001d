// Importing the built package must print nothing and be fast (≤ 50 ms).
// Imports the ESM and CJS builds in fresh processes, five times each, and checks output and the best time.
// The ESM import is timed as a started program pays it, after an empty module's import from a file: a process's
// first import also sets up Node's ESM loader (an empty module takes 7-8 ms as the first import, 4-5 as the
// second; this package 6-8 ms more as the first), which a program's own entry module has already paid for.
// The first import is printed beside, not checked: timed so, the figure sat at 37-41 ms and failed once at
// 55.9 ms in one of this machine's slow phases (session 28).
import { spawnSync } from 'node:child_process';

const esm = new URL('../dist/index.js', import.meta.url);
const empty = new URL('./empty-module.mjs', import.meta.url);
const cjs = new URL('../dist/index.cjs', import.meta.url);
const timed = (load) => `const t=performance.now();${load};process.stderr.write('@@'+(performance.now()-t).toFixed(1))`;
// each probe's node arguments, and whether its time is held to the limit (all are held to printing nothing)
const probes = {
  esm: { checked: true, args: ['--input-type=module', '-e', `await import(${JSON.stringify(empty.href)});${timed(`await import(${JSON.stringify(esm.href)})`)}`] },
  'esm, first import': { checked: false, args: ['--input-type=module', '-e', timed(`await import(${JSON.stringify(esm.href)})`)] },
  cjs: { checked: true, args: ['-e', timed(`require(${JSON.stringify(cjs.pathname)})`)] },
};

let failed = false;
for (const [kind, { checked, args }] of Object.entries(probes)) {
  let printed = '';
  const times = [];
  for (let run = 0; run < 5; run++) {
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: new URL('.', import.meta.url).pathname });
    const [before, ms] = result.stderr.split('@@');
    printed += result.stdout + before;
    times.push(result.status === 0 ? Number(ms) : Number.POSITIVE_INFINITY);
  }
  const best = Math.min(...times);
  if (printed !== '') {
    console.error(`${kind}: importing printed output: ${JSON.stringify(printed).slice(0, 300)}`);
    failed = true;
  } else if (!checked) {
    console.error(`${kind}: ${best.toFixed(1)} ms (best of 5, not checked: it includes setting up the ESM loader)`);
  } else if (!(best <= 50)) {
    console.error(`${kind}: import took ${best} ms (limit 50 ms)`);
    failed = true;
  } else {
    console.error(`${kind}: import is silent, ${best.toFixed(1)} ms (best of 5)`);
  }
}
process.exit(failed ? 1 : 0);
