// "Which model for this work?" — the rule, in one place for every report (pure): at the
// highest level of the workload that has measured cells, the highest median speedup; a noisy
// cell wins only when every cell at that level is noisy.
import type { CellResult, OkCell } from '../results/types.ts';

export function bestCell(cells: CellResult[], levels: string[]): OkCell | undefined {
  for (const level of [...levels].reverse()) {
    const ok = cells.filter((cell): cell is OkCell => cell.status === 'ok' && cell.level === level);
    if (ok.length === 0) continue;
    const quiet = ok.filter((cell) => !cell.noisy);
    return (quiet.length > 0 ? quiet : ok).reduce((best, cell) => (cell.metrics.speedup > best.metrics.speedup ? cell : best));
  }
  return undefined;
}
