/** One measured figure, printed as one line by `npm run eval` / `npm run bench`. */
export interface Figure {
  /** What was measured, e.g. `alignment F1 msr-rte2 dev (quote-divergence)`. */
  name: string;
  value: number;
  /** `%`, `ρ`, `ms`, `MB/s`, … */
  unit?: string;
}

/** Where the shared development data lives (never copied into the repository). */
export const EVAL_DATA = new URL('../../shared/eval-data/', import.meta.url);

export function printFigure(figure: Figure): void {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(3);
  console.log(`${figure.name}: ${value}${figure.unit ? ` ${figure.unit}` : ''}`);
}
