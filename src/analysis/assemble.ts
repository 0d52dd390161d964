// Turns what one tree's share of a group measured so far (its cells' repetitions, each in a
// round, and each round's serial run) into cell results: the rounds that could not be true are
// set aside (measure/plausibility.ts), each kept repetition's speedup is taken against its own
// round's serial run (measure/metrics.ts). The scheduler is handed this (benchmark.ts) and calls
// it after every round: its results decide where the next rounds go.
import { cellKeyOf } from '../plan/plan.ts';
import type { MeasuredCell, MeasuredSide } from '../measure/run-plan.ts';
import { cellFigures } from '../measure/metrics.ts';
import { implausibleRounds, notMeasurable, notMeasurableReason, type CellJudgement } from '../measure/plausibility.ts';
import { tasksInFlight } from '../registry.ts';
import type { CellResult } from '../results/types.ts';

/** `noRound`: why a cell that was never ended has no round (the run was cancelled, or ran out of time). */
export function assembleSide(side: MeasuredSide, cores: number, noRound: string): CellResult[] {
  const judged = judge(side, cores);
  return side.cells.map((p) => resultOf(p, side, judged.get(p)!, noRound));
}

/** Each cell's limit, and its rounds that could not be true (plausibility.ts). */
function judge(side: MeasuredSide, cores: number): Map<MeasuredCell, CellJudgement> {
  const measured = side.cells.filter((p) => p.reps.length > 0);
  const serials = new Map(
    [...side.serialRuns].map(([round, run]) => [round, { wall_time: run.wall_time, cpu_time: run.cpu_time }]),
  );
  const cells = measured.map(({ cell, reps, rounds }) => ({
    workers: cell.workers,
    tasks: cell.tasks,
    inFlight: tasksInFlight(cell.strategy, cell.workers, cell.tasks),
    reps: reps.map((rep, i) => ({ round: rounds[i]!, wall_time: rep.wall_time, cpu_time: rep.cpu_time })),
  }));
  const found = implausibleRounds({ cores, serials, cells });
  // a cell with no round yet has nothing to judge, and no warm round to hold to a limit
  return new Map(side.cells.map((p) => [p, found[measured.indexOf(p)] ?? { limit: Infinity, setAside: [] }]));
}

/** A cell's figures from the rounds that were kept, each against its own round's serial run. */
function keptFigures(p: MeasuredCell, side: MeasuredSide, { limit, setAside }: CellJudgement) {
  const aside = new Set(setAside.map((s) => s.round));
  const kept = p.reps
    .map((rep, i) => ({ rep, serial: side.serialRuns.get(p.rounds[i]!)!, round: p.rounds[i]! }))
    .filter((k) => !aside.has(k.round));
  return cellFigures(
    kept.map((k) => k.rep),
    kept.map((k) => k.serial.wall_time),
    p.cell.workers,
    p.cell.tasks,
    {
      serialWarmTimes: kept.map((k) => k.serial.warm?.wall_time),
      serialCpuTimes: kept.map((k) => k.serial.cpu_time),
      rounds: kept.map((k) => k.round + 1),
      warmLimit: limit,
    },
  );
}

function resultOf(p: MeasuredCell, side: MeasuredSide, judgement: CellJudgement, noRound: string): CellResult {
  if (p.ended) return p.ended;
  if (p.reps.length === 0) return { ...cellKeyOf(p.cell), status: 'skipped', reason: noRound };
  // every round when the cell's median cannot be true (for the record); else those set aside
  const recorded = judgement.implausible
    ? p.rounds.map((round) => ({ round, reason: judgement.implausible! }))
    : judgement.setAside;
  const outliers = recorded.map(({ round, reason }) => {
    const rep = p.reps[p.rounds.indexOf(round)]!;
    const serial = side.serialRuns.get(round)!;
    return {
      round: round + 1,
      reason,
      wall_time: rep.wall_time,
      cpu_time: rep.cpu_time,
      ...(rep.cpu_phases ? { cpu_phases: rep.cpu_phases } : {}),
      serial_wall_time: serial.wall_time,
      speedup: serial.wall_time / rep.wall_time,
    };
  });
  const kept = outliers.length ? { outliers } : {};
  if (notMeasurable(judgement, p.reps.length)) {
    return {
      ...cellKeyOf(p.cell),
      status: 'skipped',
      reason: notMeasurableReason(judgement, p.reps.length),
      ...kept,
    };
  }
  const figures = keptFigures(p, side, judgement);
  const calibration = p.cell.calibration ? { calibration: p.cell.calibration } : {};
  return {
    ...cellKeyOf(p.cell),
    status: 'ok',
    ...figures,
    ...kept,
    ...calibration,
    ...(p.info ? { info: p.info } : {}),
  };
}
