// Extra rounds replace a cell's figures in the results as they go (pure).
import type { CellResult } from './types.ts';

/** Where a cell stands in a run: a sweep measures the same place at several pool sizes. */
const placeOf = (cell: CellResult) =>
  JSON.stringify([cell.runtime, cell.strategy, cell.workload, cell.level, cell.workers]);

/** The cells with each refined cell in its own place (the same pool size, not just the same name). */
export function withRefined(cells: CellResult[], refined: CellResult[]): CellResult[] {
  const byPlace = new Map(refined.map((cell) => [placeOf(cell), cell]));
  return cells.map((cell) => byPlace.get(placeOf(cell)) ?? cell);
}
