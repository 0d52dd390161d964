// Which cells a verdict still waits on (pure): where another round could change what the report
// tells the reader. measure/run-plan.ts gives its extra rounds to these cells only (racing): a
// model already shown slower than the leader, or shown not to beat serial, is settled and stops;
// so is one tied with the leader and shown within the precision of it (more rounds would not
// split them: five models at 1.80× ± 2% on network work took rounds the cpu verdict needed).
import { cellId, type CellResult, modelId, type OkCell, type Verdict } from '../results/types.ts';
import { primaryCells } from './sweep.ts';
import { shownEquivalent } from './verdict-rule.ts';
import { modelRounds, verdicts } from './verdicts.ts';

/** The models a verdict has not settled: none once it names a sole best, or says "run it serially". */
function openModels(verdict: Verdict, atLevel: OkCell[], precision: number): Set<string> {
  if (verdict.status === 'serial') return new Set();
  if (verdict.status === 'best' && !verdict.unresolved?.length) return new Set();
  const excluded = new Set((verdict.excluded ?? []).map((e) => e.model));
  // With too few rounds for any claim, every model not excluded is open.
  if (verdict.best.length === 0 && !verdict.unresolved?.length)
    return new Set(atLevel.map(modelId).filter((id) => !excluded.has(id)));
  // Else the leader and those not yet told apart from it: tied and not shown equivalent to it,
  // or neither shown to beat serial nor shown not to.
  const rounds = new Map(atLevel.map((cell) => [modelId(cell), modelRounds(cell, verdict.basis)]));
  const [leader, ...tied] = verdict.best;
  const lead = leader === undefined ? undefined : rounds.get(leader);
  const splittable = tied.filter((id) => {
    const other = rounds.get(id);
    return !lead || !other || !shownEquivalent(lead, other, precision);
  });
  const open = [...splittable, ...(verdict.unresolved ?? [])];
  return new Set(open.length === 0 || leader === undefined ? open : [leader, ...open]);
}

export function contestedCells(cells: CellResult[], cores: number, precision: number): Set<string> {
  const main = primaryCells(cells, cores);
  const ok = main.filter((cell): cell is OkCell => cell.status === 'ok');
  const open = new Set<string>();
  for (const verdict of verdicts({ cells: main }, precision)) {
    const atLevel = ok.filter((cell) => cell.workload === verdict.workload && cell.level === verdict.level);
    const models = openModels(verdict, atLevel, precision);
    for (const cell of atLevel) if (models.has(modelId(cell))) open.add(cellId(cell));
  }
  return open;
}
