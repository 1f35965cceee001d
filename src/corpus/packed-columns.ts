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

type Agreement = WitnessTable['columns'][number]['agreement'];

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

/**
 * The table with rows labelled `witnesses`, cells sliced from `texts` (one per row), its columns packed
 * when every offset fits in a 16-bit unit (else the columns as given).
 *
 * @example
 * packedTable(['a:1', 'b:1'], ['we saw', 'we have seen'], columns).columns; // toEqual(columns), new objects each read
 */
export function packedTable(witnesses: string[], texts: readonly string[], columns: WitnessTable['columns']): WitnessTable {
  const units: number[] = [];
  for (const { cells, agreement } of columns) {
    units.push(AGREEMENTS.indexOf(agreement));
    for (let row = 0; row < cells.length; row++) {
      const cell = cells[row] ?? null;
      if (cell === null) {
        units.push(EMPTY);
        continue;
      }
      if (cell.end >= EMPTY || cell.text.length !== cell.end - cell.start || !texts[row]!.startsWith(cell.text, cell.start)) return { witnesses, columns };
      units.push(cell.start, cell.end);
    }
  }
  let packed = '';
  for (let from = 0; from < units.length; from += 4096) packed += String.fromCharCode(...units.slice(from, from + 4096));
  const table = { witnesses } as PackedTable;
  Object.defineProperty(table, 'columns', COLUMNS);
  Object.defineProperty(table, CELLS, { value: packed });
  Object.defineProperty(table, TEXTS, { value: texts });
  return table;
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
