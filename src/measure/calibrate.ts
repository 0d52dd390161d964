// Measures what duration levels need, for each runtime × workload:
// 1. a search for the argument in one fresh runner (calibration-search.ts, or the harness's
//    twin), calling the workload again and again in one process: quick, but a process that has
//    run the workload many times is not the fresh process a serial repetition runs in (a heap
//    already grown, code already optimized, files already cached);
// 2. so each argument is then checked on the serial path itself: the serial job the rounds run,
//    in fresh runners, twice (the median), and corrected once in proportion when off by more than
//    SERIAL_TOLERANCE; the closer is kept. The point records where its samples come from
//    (`source`): the search's calls (an argument too coarse to check), or the serial runs.
import { formatSeconds } from '../format-seconds.ts';
import type { CalibrationNeed, CalibrationOutcome } from '../plan/calibration.ts';
import type { PlannedCell } from '../plan/plan.ts';
import type { CalibrationPoint } from '../results/types.ts';
import { REPETITION_TIMEOUT, type RunnerJob } from './protocol.ts';
import { runRepetition, type RunnerCommand } from './spawn-runner.ts';
import { median } from '../stats/summary.ts';

/** How far the serial path's time per task may be from the target before it is corrected. */
export const SERIAL_TOLERANCE = 0.05;
/** Serial runs per argument checked on the serial path (onSerialPath says why more than one). */
const SERIAL_RUNS = 2;
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
 * The search's point checked against the serial job itself: the cell's tasks one after another in
 * a fresh runner (the first batch only), SERIAL_RUNS times, their median per task. A fresh
 * process is not the search's warm one (Node's loop runs before its JIT has optimised it, a heap
 * starts small), and one run is not enough: the same serial run moves by ±20% from one process to
 * the next here, and a correction made on one run chased that noise. Within SERIAL_TOLERANCE, the
 * search's argument stands; else it is corrected once in proportion and checked the same way, and
 * the argument whose median is closer is kept. Either way the samples recorded are the serial
 * runs of the argument kept (`source: 'serial'`).
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
  const serialRuns = async (arg: number): Promise<number[]> => {
    const samples: number[] = [];
    for (let run = 0; run < SERIAL_RUNS && !signal?.aborted; run++) {
      const job: RunnerJob = {
        mode: 'serial',
        workload: need.cell.workloadRef,
        arg,
        workers: 1,
        tasks,
        task_timeout_s: taskTimeoutMs / 1000,
        cold_only: true,
      };
      const outcome = await runRepetition(
        runner,
        job,
        // cold_only: one batch
        {
          ms: REPETITION_TIMEOUT.ms(taskTimeoutMs, tasks, 1),
          what: 'checking a calibrated argument on the serial path',
        },
        signal,
      );
      if (!outcome.ok) break;
      samples.push(outcome.repetition.wall_time / tasks);
    }
    return samples;
  };
  const first = await serialRuns(point.arg);
  if (first.length === 0) return searched;
  let kept = { arg: point.arg, samples: first };
  if (miss(median(first)) > SERIAL_TOLERANCE) {
    const corrected = Math.max(1, Math.round((point.arg * target) / median(first)));
    const second = corrected === point.arg ? [] : await serialRuns(corrected);
    if (second.length > 0 && miss(median(second)) < miss(median(first))) kept = { arg: corrected, samples: second };
  }
  const seconds = median(kept.samples);
  const offNote = `on the serial path, the closest argument took ${formatSeconds(seconds)} a task`;
  return {
    target_s: target,
    arg: kept.arg,
    seconds,
    samples: kept.samples,
    source: 'serial',
    ...(point.fit && kept.arg === point.arg ? { fit: point.fit } : {}),
    ...(miss(seconds) <= SERIAL_TOLERANCE ? {} : { note: offNote }),
  };
}

/**
 * Seconds the serial path's check adds to calibrationCostEstimate (calibration-search.ts) for one
 * runtime × workload, upper-ish as it is: per target, SERIAL_RUNS serial runs of the search's
 * argument and as many of one correction, each a fresh runner (counted as 0.2 s) running the
 * cell's tasks once.
 */
export function serialCheckCostEstimate(targets: number[], tasks: number): number {
  return targets.reduce((sum, target) => sum + 2 * SERIAL_RUNS * (RUNNER_START_S + tasks * target), 0);
}
