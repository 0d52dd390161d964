// The verdict rule as it was before issue 20 (interval overlap, unpaired, [min, max] at 3 rounds
// read as 95%), frozen here only so that bench/verdict-sim.ts can set the current rule beside it.
// Not used by the product.
// "Which model for this work?" — the rule, in one place for results.json and every report (pure).
//
// A verdict rests on one basis (cold: a pool made per job; warm: a long-lived pool) at one level:
// the last level of the workload, in config order, where some cell was measured.
// - Only a model whose speedup interval lies wholly above 1 beats running serially.
// - Among those, the best is the highest median. It is named alone only when its interval clears
//   the runner-up's and its median leads by more than the run's target precision; otherwise it is
//   named together with every such close model (a tie): the run did not aim to tell smaller
//   differences apart, and naming one of them would not hold on a rerun.
// - Speedups above the ideal, min(workers, tasks), count as the ideal when models are compared:
//   no model finishes its tasks faster than all of them at once, and a figure above it comes from
//   a serial round that the machine slowed (2.15× on 2 workers is 2× and some luck).
// - When no model beats serial, the verdict is to run the work serially.
// - It is "inconclusive" when a cell at that level has fewer than MIN_VERDICT_ROUNDS rounds: one
//   or two rounds give no interval worth the name (one round reads [x, x]).
// - It is "inconclusive" also when the runner was too noisy to sort the models into those two
//   groups: some model's interval reaches both into the best's and down to 1× (it may be as good
//   as the best, or no better than serial), or, with no model above 1×, the fastest's interval is
//   wider than INCONCLUSIVE_FACTOR × the target precision. The report then says so, rather than
//   name a winner that a rerun would change.
import { intervalOf } from '../src/measure/metrics.ts';
import type { Basis, OkCell, Verdict } from '../src/results/types.ts';

export const modelId = (cell: { runtime: string; strategy: string }) => `${cell.runtime}/${cell.strategy}`;

/** "Run it serially" needs the fastest interval no wider than this many times the target precision (±15% at ±5%). */
export const INCONCLUSIVE_FACTOR = 3;

/** Fewer rounds than this in a cell: no verdict rests on it (repetitions: 1 or 2, or rounds set aside). */
export const MIN_VERDICT_ROUNDS = 3;

/** The rounds behind a cell's figure on a basis. */
const roundsOf = (cell: OkCell, basis: Basis) =>
  (basis === 'cold' ? cell.stats.speedup : cell.warm?.stats.speedup)?.samples?.length ?? 0;

/** Some cell has fewer than MIN_VERDICT_ROUNDS rounds on this basis: no verdict rests on these cells. */
export const tooFewRounds = (cells: OkCell[], basis: Basis) =>
  cells.some((cell) => roundsOf(cell, basis) < MIN_VERDICT_ROUNDS);

interface Candidate {
  cell: OkCell;
  /** Capped at the ideal, for comparing. */
  median: number;
  ci: [number, number];
  /** As measured, for the report. */
  reported: { median: number; ci: [number, number] };
}

function candidateOf(cell: OkCell, basis: Basis): Candidate | undefined {
  const stats = basis === 'cold' ? cell.stats.speedup : cell.warm?.stats.speedup;
  // Results of an earlier version kept the samples but no interval: the same rule finds it.
  const interval = stats && intervalOf(stats);
  if (!stats || !interval) return undefined;
  const ideal = Math.min(cell.workers, cell.tasks);
  const capped = (x: number) => Math.min(x, ideal);
  return {
    cell,
    median: capped(stats.median),
    ci: [capped(interval[0]), capped(interval[1])],
    reported: { median: stats.median, ci: interval },
  };
}

const halfWidth = (c: Candidate) => (c.reported.ci[1] - c.reported.ci[0]) / 2 / c.reported.median;

export function verdictFor(
  cells: OkCell[],
  workload: string,
  levels: string[],
  basis: Basis,
  precision: number,
): Verdict | undefined {
  for (const level of [...levels].reverse()) {
    const measured = cells
      .filter((cell) => cell.workload === workload && cell.level === level)
      .flatMap((cell) => candidateOf(cell, basis) ?? [])
      .sort((a, b) => b.median - a.median || b.reported.median - a.reported.median);
    if (measured.length === 0) continue;
    const base = { workload, basis, level };
    const faster = measured.filter((c) => c.ci[0] > 1);
    const top = faster[0] ?? measured[0]!;
    const figure = { speedup: top.reported.median, ci: top.reported.ci };
    if (
      tooFewRounds(
        measured.map((c) => c.cell),
        basis,
      )
    )
      return { ...base, status: 'inconclusive', best: [], ...figure };
    if (faster.length === 0) {
      const status = halfWidth(top) > INCONCLUSIVE_FACTOR * precision ? 'inconclusive' : 'serial';
      return { ...base, status, best: [], ...figure };
    }
    const close = (c: Candidate) => c === top || c.ci[1] >= top.ci[0] || c.median >= top.median * (1 - precision);
    if (measured.some((c) => c.ci[0] <= 1 && close(c))) return { ...base, status: 'inconclusive', best: [], ...figure };
    const tied = faster.filter(close);
    return { ...base, status: tied.length > 1 ? 'tie' : 'best', best: tied.map((c) => modelId(c.cell)), ...figure };
  }
  return undefined;
}
