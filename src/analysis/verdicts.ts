// "Which model for this work?" — from results to the decision, for results.json and every
// report (pure). The rule itself is analysis/verdict-rule.ts; this file picks what it rests on.
//
// A verdict rests on one basis (cold: a pool made per job; warm: a long-lived pool) at one level:
// the last level of the workload, in config order, where some cell was measured. It is
// "inconclusive" outright when a cell there has fewer than MIN_VERDICT_ROUNDS rounds: one or two
// rounds give no interval worth the name.
import { intervalOf } from '../measure/metrics.ts';
import { type Basis, modelId, type OkCell, type Results, type Verdict } from '../results/types.ts';
import { tasksInFlight } from '../registry.ts';
import { decide, type ModelRounds } from './verdict-rule.ts';

/** Fewer rounds than this in a cell: no verdict rests on it (repetitions: 1 or 2, or rounds set aside). */
export const MIN_VERDICT_ROUNDS = 3;

const speedupStatsOf = (cell: OkCell, basis: Basis) =>
  basis === 'cold' ? cell.stats.speedup : cell.warm?.stats.speedup;

/** The rounds behind a cell's figure on a basis. */
const roundsOf = (cell: OkCell, basis: Basis) => speedupStatsOf(cell, basis)?.samples?.length ?? 0;

/** Some cell has fewer than MIN_VERDICT_ROUNDS rounds on this basis: no verdict rests on these cells. */
export const tooFewRounds = (cells: OkCell[], basis: Basis) =>
  cells.some((cell) => roundsOf(cell, basis) < MIN_VERDICT_ROUNDS);

/**
 * Per round: (the model's CPU / its wall time) ÷ (the serial run's CPU / its wall time), how many
 * cores' worth it kept busy against the serial run. The same for both bases: it is the model's
 * way of running the work. Absent when the results do not hold the serial runs' CPU.
 */
function cpuUseRatios(cell: OkCell): number[] | undefined {
  const cpu = cell.stats.cpu_time?.samples;
  const wall = cell.stats.wall_time?.samples;
  const serialCpu = cell.stats.serial_cpu_time?.samples;
  const serialWall = cell.stats.serial_wall_time?.samples;
  if (!cpu || !wall || !serialCpu || !serialWall) return undefined;
  if (![wall, serialCpu, serialWall].every((samples) => samples.length === cpu.length)) return undefined;
  return cpu.map((c, i) => c / wall[i]! / (serialCpu[i]! / serialWall[i]!));
}

export function modelRounds(cell: OkCell, basis: Basis): ModelRounds | undefined {
  const speedups = speedupStatsOf(cell, basis)?.samples;
  if (!speedups?.length) return undefined;
  const rounds = basis === 'cold' ? cell.rounds : cell.warm?.rounds;
  const paired = rounds?.length === speedups.length;
  const ratios = cpuUseRatios(cell);
  return {
    id: modelId(cell),
    // Without round numbers (results of an earlier version) no two cells can be paired.
    group: paired ? cell.runtime : modelId(cell),
    ideal: tasksInFlight(cell.strategy, cell.workers, cell.tasks),
    speedups,
    rounds: paired ? rounds : speedups.map((_, i) => i + 1),
    ...(ratios ? { cpuUseRatios: ratios } : {}),
  };
}

/** The figure a verdict quotes: the model's median speedup and interval, as measured. */
function figureOf(cell: OkCell, basis: Basis): Pick<Verdict, 'speedup' | 'ci'> {
  const stats = speedupStatsOf(cell, basis);
  const interval = stats && intervalOf(stats);
  return stats && interval ? { speedup: stats.median, ci: interval } : {};
}

export function verdictFor(
  cells: OkCell[],
  workload: string,
  levels: string[],
  basis: Basis,
  precision: number,
): Verdict | undefined {
  for (const level of [...levels].reverse()) {
    const atLevel = cells.filter((cell) => cell.workload === workload && cell.level === level);
    const measured = atLevel.flatMap((cell) => {
      const model = modelRounds(cell, basis);
      return model ? [{ cell, model }] : [];
    });
    if (measured.length === 0) continue;
    const base = { workload, basis, level };
    const decision = decide(
      measured.map((m) => m.model),
      precision,
    );
    const quoted = measured.find((m) => m.model.id === decision.quoted)!.cell;
    const figure = figureOf(quoted, basis);
    if (
      tooFewRounds(
        measured.map((m) => m.cell),
        basis,
      )
    )
      return { ...base, status: 'inconclusive', best: [], ...figure };
    return {
      ...base,
      status: decision.status,
      best: decision.best,
      ...(decision.unresolved.length ? { unresolved: decision.unresolved } : {}),
      ...(decision.excluded.length ? { excluded: decision.excluded.map(({ id, by }) => ({ model: id, by })) } : {}),
      ...figure,
    };
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
