// Every Markdown table of the reports. markdown-table pads each cell to its column's widest, so
// one long cell (a 200-character name, a forged file's longest string) widened every row of its
// column: 143 KB of results made 10 MB of Markdown. Cells are padded up to CELL_WIDTH at most; a
// longer cell is written as it is, unpadded, and the table still parses the same.
import { markdownTable } from 'markdown-table';

/** The widest a cell is padded to: a column of short figures stays aligned in a terminal. */
export const CELL_WIDTH = 60;

/** `align`: 'l', 'r' or 'c' per column. */
export function cappedTable(rows: string[][], align: string[]): string {
  return markdownTable(rows, { align, stringLength: (cell) => Math.min(cell.length, CELL_WIDTH) });
}
