/**
 * Progress and log lines on standard error — only when standard error is a terminal and `--quiet`
 * is not given, so pipes and CI logs stay clean. Data never goes here; problems in the data are
 * reported separately (see `report-problems.ts`) and always.
 *
 * @module
 */

import { styleText } from 'node:util';
import type { OutputStream } from './terminal.js';

/** A progress bar and log lines; every method is a no-op when disabled. */
export interface Progress {
  readonly enabled: boolean;
  /** Shows `label` with a bar for `done` of `total` (redrawn at most every 80 ms, and at the end). */
  update(label: string, done: number, total: number): void;
  /** Writes one line (clearing the bar first). */
  log(line: string): void;
  /** Clears the bar. */
  clear(): void;
}

const BAR_WIDTH = 24;

/** A progress display on `stream`; `clock` is injectable for tests. */
export function createProgress(stream: OutputStream, options: { enabled: boolean; colour: boolean; clock?: () => number }): Progress {
  const clock = options.clock ?? Date.now;
  const paint = (format: 'dim' | 'cyan', text: string): string => (options.colour && text !== '' ? styleText(format, text, { validateStream: false }) : text);
  let shown = false;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const clear = (): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  if (!options.enabled) return { enabled: false, update: () => undefined, log: () => undefined, clear: () => undefined };
  return {
    enabled: true,
    update(label, done, total) {
      const now = clock();
      if (done < total && now - lastDraw < 80) return;
      lastDraw = now;
      const ratio = total <= 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(ratio * BAR_WIDTH);
      const bar = paint('cyan', '\u2588'.repeat(filled)) + paint('dim', '\u2591'.repeat(BAR_WIDTH - filled));
      const width = stream.columns ?? 80;
      const text = `${label} ${done}/${total}`;
      stream.write(`\r\x1b[K${bar} ${text.length > width - BAR_WIDTH - 2 ? text.slice(0, Math.max(0, width - BAR_WIDTH - 3)) : text}`);
      shown = true;
    },
    log(line) {
      clear();
      stream.write(`${paint('dim', line)}\n`);
    },
    clear,
  };
}
