// Extra rounds replace a cell's figures in the results as they go (pure).
import { type CellResult, cellId } from './types.ts';

/** The cells with each refined cell in its own place (the same pool size, not just the same name). */
export function withRefined(cells: CellResult[], refined: CellResult[]): CellResult[] {
  const byCell = new Map(refined.map((cell) => [cellId(cell), cell]));
  return cells.map((cell) => byCell.get(cellId(cell)) ?? cell);
}
