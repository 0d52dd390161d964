// A comparison's rows through the paired gate (pure), one way for both comparisons: a base tree
// measured in the same run (trees.ts) and another run's results file (compare.ts). Each builds
// its rows, the ratios of each compared cell; this tests them all at once and words each cell.
import type { CellName } from './match.ts';
import { gateCells, type PairedCell, type PairedGateOptions, verdictOf } from './paired-gate.ts';
import type { CellComparison, Comparison } from './types.ts';

export interface ComparedRow {
  name: CellName;
  status: CellComparison['status'];
  /** Why it is not compared (failed or skipped on a side, or not the same work). */
  reason?: string;
  /** How each median moved, where the comparison knows it (else the wall-time ratio's median − 1). */
  change?: CellComparison['change'];
  /** The rounds' ratios of wall time (> 1: slower), and of peak memory. */
  wall?: PairedCell;
  memory?: PairedCell;
}

export type GatedRows = Pick<Comparison, 'cells' | 'regressions' | 'improvements' | 'memoryRegressions'> & {
  /** Cells with enough pairs to be tested (the number the correction spans). */
  tested: number;
};

/** `tooFew(pairs)`: why a compared cell with too few ratios to test (paired-gate.ts FEWEST_PAIRS) was not. */
export function gateRows(
  rows: readonly ComparedRow[],
  thresholds: PairedGateOptions,
  tooFew: (pairs: number) => string,
): GatedRows {
  const wall = gateCells(
    rows.map((row) => row.wall),
    thresholds,
  );
  const memory = gateCells(
    rows.map((row) => row.memory),
    thresholds,
  );
  const cells = rows.map((row): CellComparison => {
    const found = row.wall && wall.get(row.wall.id);
    const memoryFound = row.memory && memory.get(row.memory.id);
    const pairs = row.wall?.ratios.length;
    const reason = row.reason || (row.status === 'compared' && !found ? tooFew(pairs ?? 0) : undefined);
    const change = row.change ?? (found ? { wall_time: found.median - 1 } : undefined);
    return {
      ...row.name,
      status: row.status,
      ...(reason ? { reason } : {}),
      ...(pairs === undefined ? {} : { pairs }),
      ...(change ? { change } : {}),
      ...(found ? { wallRatio: found.median, ci: found.ci, verdict: verdictOf(found) } : {}),
      ...(memoryFound
        ? { memory: { ratio: memoryFound.median, ci: memoryFound.ci, verdict: verdictOf(memoryFound) } }
        : {}),
    };
  });
  return {
    cells,
    regressions: cells.filter((cell) => cell.verdict === 'regression').length,
    improvements: cells.filter((cell) => cell.verdict === 'improvement').length,
    memoryRegressions: cells.filter((cell) => cell.memory?.verdict === 'regression').length,
    tested: wall.size,
  };
}
