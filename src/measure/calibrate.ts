// Measures what duration levels need, for each runtime × workload:
// 1. a search for the argument in one fresh runner (calibration-search.ts, or the harness's
//    twin), calling the workload again and again in one process: quick, but a process that has
//    run the workload many times is not the fresh process a serial repetition runs in (a heap
//    already grown, code already optimized, files already cached);
// 2. so each argument is then checked on the serial path itself: the serial job the rounds run,
//    in a fresh runner, corrected in proportion while its time per task is off by more than
//    SERIAL_TOLERANCE, a few times at most; the closest is kept. The point records where its
//    samples come from (`source`): the search's calls, or the serial runs of a corrected argument.
import { formatSeconds } from '../format-seconds.ts';
import type { CalibrationNeed, CalibrationOutcome } from '../plan/calibration.ts';
import type { PlannedCell } from '../plan/plan.ts';
import type { CalibrationPoint } from '../results/types.ts';
import type { RunnerJob } from './protocol.ts';
import { runRepetition, type RunnerCommand } from './spawn-runner.ts';
import { median } from './stats.ts';

/** How far the serial path's time per task may be from the target before it is corrected. */
export const SERIAL_TOLERANCE = 0.05;
/**
 * A check is a whole serial job (the batch twice in a fresh runner): 4 × the target and more. Two
 * are one correction: the search's argument is rarely off by more than one proportional step,
 * and calibration's time is taken from the rounds (plan/budget.ts counts it).
 */
const SERIAL_CHECKS = 2;
/** What starting a runner and loading its workload costs, counted generously (serialCheckCostEstimate). */
const RUNNER_START_S = 0.2;

/** Generous: the search's checks cost at most 20 × each target (calibration-search.ts), its probe less than 0.1 s. */
const boundMs = (targets: number[], taskTimeoutMs: number) =>
  Math.min(taskTimeoutMs * 2, 30_000 + 40_000 * targets.reduce((a, b) => a + b, 0));

export async function calibrateAll(
  needs: CalibrationNeed[],
  runnerFor: (cell: PlannedCell) => RunnerCommand,
  taskTimeoutMs: number,
  onDone: (need: CalibrationNeed, outcome: CalibrationOutcome) => void,
  signal?: AbortSignal,
): Promise<Map<string, CalibrationOutcome>> {
  const outcomes = new Map<string, CalibrationOutcome>();
  for (const need of needs) {
    if (signal?.aborted) break;
    const runner = runnerFor(need.cell);
    const job = {
      mode: 'calibrate' as const,
      workload: need.cell.workloadRef,
      arg: null,
      workers: 1,
      tasks: 1,
      targets_s: need.targets,
    };
    const ms = boundMs(need.targets, taskTimeoutMs);
    const searched = await runRepetition(
      runner,
      job,
      { ms, what: 'calibrating the argument of a duration level' },
      signal,
    );
    if (!searched.ok && searched.cancelled) break;
    let outcome: CalibrationOutcome;
    if (!searched.ok || !searched.calibration)
      outcome = { ok: false, error: searched.ok ? 'the runner returned no calibration' : searched.error };
    else {
      const points: CalibrationPoint[] = [];
      for (const point of searched.calibration)
        points.push(await onSerialPath(point, need, runner, taskTimeoutMs, signal));
      if (signal?.aborted) break;
      outcome = { ok: true, points };
    }
    outcomes.set(need.key, outcome);
    onDone(need, outcome);
  }
  return outcomes;
}

/**
 * The search's point checked against the serial job itself: one serial run of the cell's tasks
 * in a fresh runner. Within SERIAL_TOLERANCE, the search's point stands, its calls as samples.
 * Else the argument is corrected in proportion, but kept inside the bracket of arguments already
 * seen to be too short and too long (their geometric middle otherwise): the time per unit of
 * work is not always smooth. Node's cpu loop, for one, slows by half once its counter passes
 * 2^31. A corrected argument's samples are the time per task of the serial runs that measured it.
 */
async function onSerialPath(
  point: CalibrationPoint,
  need: CalibrationNeed,
  runner: RunnerCommand,
  taskTimeoutMs: number,
  signal?: AbortSignal,
): Promise<CalibrationPoint> {
  const { tasks } = need.cell;
  const target = point.target_s;
  const searched: CalibrationPoint = { ...point, source: 'search' };
  const miss = (seconds: number) => Math.abs(seconds / target - 1);
  // Whole arguments too coarse to correct (network(1) is already a round trip): keep the search's.
  if (point.seconds / point.arg > 2 * SERIAL_TOLERANCE * target) return searched;
  const perTaskOf = new Map<number, number[]>();
  let best: { arg: number; seconds: number } | undefined;
  let [tooShort, tooLong] = [0, Infinity];
  let arg = point.arg;
  for (let check = 0; check < SERIAL_CHECKS && !signal?.aborted; check++) {
    const job: RunnerJob = {
      mode: 'serial',
      workload: need.cell.workloadRef,
      arg,
      workers: 1,
      tasks,
      task_timeout_s: taskTimeoutMs / 1000,
    };
    const outcome = await runRepetition(
      runner,
      job,
      { ms: taskTimeoutMs * (tasks + 1), what: 'checking a calibrated argument on the serial path' },
      signal,
    );
    if (!outcome.ok) break;
    const perTask = outcome.repetition.wall_time / tasks;
    perTaskOf.set(arg, [...(perTaskOf.get(arg) ?? []), perTask]);
    if (!best || miss(perTask) < miss(best.seconds)) best = { arg, seconds: perTask };
    if (miss(perTask) <= SERIAL_TOLERANCE) break;
    if (perTask < target) tooShort = Math.max(tooShort, arg);
    else tooLong = Math.min(tooLong, arg);
    let next = Math.round((arg * target) / perTask);
    if (next <= tooShort || next >= tooLong)
      next = Math.round(Number.isFinite(tooLong) && tooShort > 0 ? Math.sqrt(tooShort * tooLong) : next);
    next = Math.max(1, next);
    if (next === arg || next <= tooShort || next >= tooLong) break;
    arg = next;
  }
  if (!best) return searched;
  const offNote = `on the serial path, the closest argument took ${formatSeconds(best.seconds)} a task`;
  // The serial path agrees with the search, or found nothing closer: the search's calls stand.
  if (best.arg === point.arg) {
    if (miss(best.seconds) <= SERIAL_TOLERANCE) return searched;
    return { ...searched, note: point.note ? `${point.note}; ${offNote}` : offNote };
  }
  // Corrected: the search's calls and line were of another argument.
  const samples = perTaskOf.get(best.arg)!;
  return {
    target_s: target,
    arg: best.arg,
    seconds: median(samples),
    samples,
    source: 'serial',
    ...(miss(best.seconds) <= SERIAL_TOLERANCE ? {} : { note: offNote }),
  };
}

/**
 * Seconds the serial path's check adds to calibrationCostEstimate (calibration-search.ts) for one
 * runtime × workload, upper-ish as it is: per target, two serial runs (the check, and one
 * correction; SERIAL_CHECKS at most), each a fresh runner (counted as 0.2 s) running the cell's
 * tasks twice (the cold batch and the warm one).
 */
export function serialCheckCostEstimate(targets: number[], tasks: number): number {
  return targets.reduce((sum, target) => sum + 2 * (RUNNER_START_S + 2 * tasks * target), 0);
}
