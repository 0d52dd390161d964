// "Which model for this work?" — the rule, in one place for results.json and every report (pure).
//
// A verdict rests on one basis (cold: a pool made per job; warm: a long-lived pool) at one level:
// the last level of the workload, in config order, where some cell was measured.
// - Only a model whose speedup interval lies wholly above 1 beats running serially.
// - Among those, the best is the highest median. It is named alone only when its interval clears
//   the runner-up's and its median leads by more than the run's target precision; otherwise it is
//   named together with every such close model (a tie): the run did not aim to tell smaller
//   differences apart, and naming one of them would not hold on a rerun.
// - When no model beats serial, the verdict is to run the work serially.
// - Either way, a verdict resting on an interval wider than INCONCLUSIVE_FACTOR × the target
//   precision is "inconclusive" instead: the runner was too noisy for this workload to rank
//   anything, and the report says so rather than name a winner that a rerun would change.
import { medianInterval } from '../measure/interval.ts';
import type { Basis, OkCell, Results, Verdict } from '../results/types.ts';

export const modelId = (cell: { runtime: string; strategy: string }) => `${cell.runtime}/${cell.strategy}`;

/** A verdict's interval may be this many times wider than the target precision (±15% at ±5%). */
export const INCONCLUSIVE_FACTOR = 3;

interface Candidate {
  cell: OkCell;
  median: number;
  ci: [number, number];
}

function candidateOf(cell: OkCell, basis: Basis): Candidate | undefined {
  const stats = basis === 'cold' ? cell.stats.speedup : cell.warm?.stats.speedup;
  if (!stats?.samples?.length) return undefined;
  // Results of an earlier version kept the samples but no interval: the same rule finds it.
  const interval = stats.ci ? { low: stats.ci[0], high: stats.ci[1] } : medianInterval(stats.samples);
  return { cell, median: stats.median, ci: [interval.low, interval.high] };
}

const halfWidth = (c: Candidate) => (c.ci[1] - c.ci[0]) / 2 / c.median;

export function verdictFor(cells: OkCell[], workload: string, levels: string[], basis: Basis, precision: number): Verdict | undefined {
  for (const level of [...levels].reverse()) {
    const measured = cells
      .filter((cell) => cell.workload === workload && cell.level === level)
      .flatMap((cell) => candidateOf(cell, basis) ?? [])
      .sort((a, b) => b.median - a.median);
    if (measured.length === 0) continue;
    const base = { workload, basis, level };
    const faster = measured.filter((c) => c.ci[0] > 1);
    const top = faster[0] ?? measured[0]!;
    const figure = { speedup: top.median, ci: top.ci };
    if (halfWidth(top) > INCONCLUSIVE_FACTOR * precision) return { ...base, status: 'inconclusive', best: [], ...figure };
    if (faster.length === 0) return { ...base, status: 'serial', best: [], ...figure };
    const tied = faster.filter((c) => c === top || c.ci[1] >= top.ci[0] || c.median >= top.median * (1 - precision));
    return { ...base, status: tied.length > 1 ? 'tie' : 'best', best: tied.map((c) => modelId(c.cell)), ...figure };
  }
  return undefined;
}

/** Per workload, in the order of the results: the cold verdict, then the warm one. */
export function verdicts(results: Pick<Results, 'cells'>, precision: number): Verdict[] {
  const ok = results.cells.filter((cell): cell is OkCell => cell.status === 'ok');
  const workloads = [...new Set(results.cells.map((cell) => cell.workload))];
  return workloads.flatMap((workload) => {
    const levels = [...new Set(results.cells.filter((cell) => cell.workload === workload).map((cell) => cell.level))];
    return (['cold', 'warm'] as const).flatMap((basis) => verdictFor(ok, workload, levels, basis, precision) ?? []);
  });
}
