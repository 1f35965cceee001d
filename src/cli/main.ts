/**
 * The `quote-divergence` executable (built to `dist/cli.js`; `npm run demo` runs it with tsx).
 *
 * @module
 */

import { run } from './run.js';

// A closed pipe on standard output (`quote-divergence … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
