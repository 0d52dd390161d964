// What a results file of an earlier version lacks, worked out when the file is read, once (pure,
// but for readResults, which reads the file): verdicts, break-evens with their intervals, and the
// interval of each speedup. The report then only draws what the results hold: it decides nothing.
import { readResultsFile } from '../results/read.ts';
import type { CellResult, OkCell, Results, SampleStats } from '../results/types.ts';
import { medianInterval } from '../stats/interval.ts';
import { breakEvens } from './break-even.ts';
import { primaryCells } from './sweep.ts';
import { verdicts } from './verdicts.ts';

/** The target precision the run aimed at (its config's precision); 0.05 for results that do not say. */
export function targetPrecision(results: Pick<Results, 'config'>): number {
  const precision = (results.config as { precision?: unknown } | undefined)?.precision;
  return typeof precision === 'number' ? precision : 0.05;
}

/** A speedup's statistics with the interval of their median, where an earlier version stored none. */
function withInterval(stats: SampleStats): SampleStats {
  if (stats.ci || stats.samples.length === 0) return stats;
  const found = medianInterval(stats.samples);
  return { ...stats, ci: [found.low, found.high], ci_level: found.level };
}

function completeCell(cell: CellResult): CellResult {
  if (cell.status !== 'ok') return cell;
  const ok: OkCell = { ...cell, stats: { ...cell.stats, speedup: withInterval(cell.stats.speedup) } };
  if (cell.warm)
    ok.warm = { ...cell.warm, stats: { ...cell.warm.stats, speedup: withInterval(cell.warm.stats.speedup) } };
  return ok;
}

/** The results with what an earlier version did not store worked out: the same figures, whole. */
export function completeResults(results: Results): Results {
  const cells = results.cells.map(completeCell);
  const primary = primaryCells(cells, results.system.cores);
  return {
    ...results,
    cells,
    ...(results.base ? { base: { ...results.base, cells: results.base.cells.map(completeCell) } } : {}),
    verdicts: results.verdicts ?? verdicts({ cells: primary }, targetPrecision(results)),
    // break-evens without intervals (earlier versions) are worked out again, with them
    break_even: results.break_even?.every((b) => b.cold_task_ci !== undefined)
      ? results.break_even
      : breakEvens({ cells: primary }),
  };
}

/** A results file read, checked against the schema (results/read.ts) and completed. */
export const readResults = (path: string, label = path): Results => completeResults(readResultsFile(path, label));
