// Which cells a verdict still waits on (pure): where another round could change what the report
// tells the reader. measure/run-plan.ts gives its extra rounds to these cells only (racing): a
// model already shown slower than the leader, or shown not to beat serial, is settled and stops.
import { cellId, type CellResult, type OkCell, type Verdict } from '../results/types.ts';
import { primaryCells } from './sweep.ts';
import { modelId, verdicts } from './verdicts.ts';

/** The models a verdict has not settled: none once it names a sole best, or says "run it serially". */
function openModels(verdict: Verdict, atLevel: OkCell[]): Set<string> {
  if (verdict.status === 'serial') return new Set();
  if (verdict.status === 'best' && !verdict.unresolved?.length) return new Set();
  const excluded = new Set((verdict.excluded ?? []).map((e) => e.model));
  // With too few rounds for any claim, every model not excluded is open; else the leader and those
  // not yet told apart from it (tied, or neither shown to beat serial nor shown not to).
  const open =
    verdict.best.length === 0 && !verdict.unresolved?.length
      ? atLevel.map(modelId).filter((id) => !excluded.has(id))
      : [...verdict.best, ...(verdict.unresolved ?? [])];
  return new Set(open);
}

export function contestedCells(cells: CellResult[], cores: number, precision: number): Set<string> {
  const main = primaryCells(cells, cores);
  const ok = main.filter((cell): cell is OkCell => cell.status === 'ok');
  const open = new Set<string>();
  for (const verdict of verdicts({ cells: main }, precision)) {
    const atLevel = ok.filter((cell) => cell.workload === verdict.workload && cell.level === verdict.level);
    const models = openModels(verdict, atLevel);
    for (const cell of atLevel) if (models.has(modelId(cell))) open.add(cellId(cell));
  }
  return open;
}
