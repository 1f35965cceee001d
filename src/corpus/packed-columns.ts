/**
 * A witness table's columns packed into one string, for the corpus report.
 *
 * Why: the cells were a quarter of a corpus report's heap once the alignments were packed
 * (`packed-alignment.ts`) — one span object and one string per cell, for rows × columns cells — while a
 * cell is two offsets into its witness's own text. The packed form holds, per column, its agreement
 * and, per row, `start` and `end` (or one `0xFFFF` unit for an empty cell); the table keeps the row
 * texts (the variants' quote texts, shared with the report's quotes) to slice the cell texts from.
 * `columns` is an own, enumerable getter that decodes on every read, so `JSON.stringify`,
 * `structuredClone` and deep equality see exactly the columns that were built; each read returns new
 * arrays and cells, and assigning `columns` replaces the getter with the assigned value.
 *
 * @module
 */

import type { Span, WitnessTable } from '../types.js';

/** A column's agreement. */
export type Agreement = WitnessTable['columns'][number]['agreement'];

const AGREEMENTS: readonly Agreement[] = ['all', 'partial', 'variant'];
const EMPTY = 0xffff;

const CELLS = Symbol('packed cells');
const TEXTS = Symbol('row texts');

type PackedTable = WitnessTable & { [CELLS]: string; [TEXTS]: readonly string[] };

/** The one accessor pair every packed table shares (one getter function, so one hidden class for all). */
const COLUMNS: PropertyDescriptor = {
  get(this: PackedTable): WitnessTable['columns'] {
    return unpackColumns(this[CELLS], this[TEXTS]);
  },
  set(this: PackedTable, value: WitnessTable['columns']) {
    Object.defineProperty(this, 'columns', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/** A table's cells as offsets: `start` −1 for an empty cell; a cell's text is its row text's slice. */
export interface CellGrid {
  columns: number;
  start(column: number, row: number): number;
  end(column: number, row: number): number;
  agreement(column: number): Agreement;
}

/**
 * The table with rows labelled `witnesses`, cells sliced from `texts` (one per row), its columns packed
 * when every offset fits in a 16-bit unit (else plain columns).
 *
 * @example
 * packedTable(['a:1', 'b:1'], ['we saw', 'we have seen'], grid).columns; // new arrays and cells on every read
 */
export function packedTable(witnesses: string[], texts: readonly string[], grid: CellGrid): WitnessTable {
  const rows = texts.length;
  // at most an agreement and two offsets per cell, in one typed array (outside the collected heap): a growing
  // array of numbers, then sliced, was most of what the witness tables allocated on the calling thread
  const units = new Uint16Array(grid.columns * (1 + 2 * rows));
  let count = 0;
  for (let column = 0; column < grid.columns; column++) {
    units[count++] = AGREEMENTS.indexOf(grid.agreement(column));
    for (let row = 0; row < rows; row++) {
      const start = grid.start(column, row);
      if (start < 0) {
        units[count++] = EMPTY;
        continue;
      }
      const end = grid.end(column, row);
      if (end >= EMPTY) return { witnesses, columns: plainColumns(texts, grid) };
      units[count++] = start;
      units[count++] = end;
    }
  }
  let packed = '';
  // (`apply` reads the typed array as an array-like; a spread would step an iterator through it)
  for (let from = 0; from < count; from += 4096) packed += String.fromCharCode.apply(null, units.subarray(from, Math.min(count, from + 4096)) as unknown as number[]);
  const table = { witnesses } as PackedTable;
  Object.defineProperty(table, 'columns', COLUMNS);
  Object.defineProperty(table, CELLS, { value: packed });
  Object.defineProperty(table, TEXTS, { value: texts });
  return table;
}

/** The columns of `grid` as plain objects. */
function plainColumns(texts: readonly string[], grid: CellGrid): WitnessTable['columns'] {
  const columns: WitnessTable['columns'] = [];
  for (let column = 0; column < grid.columns; column++) {
    const cells = texts.map((text, row): Span | null => {
      const start = grid.start(column, row);
      const end = grid.end(column, row);
      return start < 0 ? null : { start, end, text: text.slice(start, end) };
    });
    columns.push({ cells, agreement: grid.agreement(column) });
  }
  return columns;
}

/** The columns of a packed table: new objects on every call. */
function unpackColumns(packed: string, texts: readonly string[]): WitnessTable['columns'] {
  const columns: WitnessTable['columns'] = [];
  const rows = texts.length;
  let i = 0;
  while (i < packed.length) {
    const agreement = AGREEMENTS[packed.charCodeAt(i++)]!;
    const cells: (Span | null)[] = new Array<Span | null>(rows);
    for (let row = 0; row < rows; row++) {
      const start = packed.charCodeAt(i++);
      if (start === EMPTY) {
        cells[row] = null;
        continue;
      }
      const end = packed.charCodeAt(i++);
      cells[row] = { start, end, text: texts[row]!.slice(start, end) };
    }
    columns.push({ cells, agreement });
  }
  return columns;
}
