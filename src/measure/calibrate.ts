// Measures what duration levels need: for each runtime × workload, one fresh runner process
// searches the arguments (calibration-search.ts, or the harness's twin) on the serial path.
import type { CalibrationNeed, CalibrationOutcome } from '../plan/calibration.ts';
import type { PlannedCell } from '../plan/plan.ts';
import { runRepetition, type RunnerCommand } from './spawn-runner.ts';

/** Generous: the search makes about a dozen calls per target, mostly shorter than it. */
const boundMs = (targets: number[], taskTimeoutMs: number) => Math.min(taskTimeoutMs * 2, 30_000 + 40_000 * targets.reduce((a, b) => a + b, 0));

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
    const job = { mode: 'calibrate' as const, workload: need.cell.workloadRef, arg: null, workers: 1, tasks: 1, targets_s: need.targets };
    const ms = boundMs(need.targets, taskTimeoutMs);
    const outcome = await runRepetition(runnerFor(need.cell), job, { ms, what: 'calibrating the argument of a duration level' }, signal);
    if (outcome.ok && outcome.calibration) outcomes.set(need.key, { ok: true, points: outcome.calibration });
    else if (!outcome.ok && outcome.cancelled) break;
    else outcomes.set(need.key, { ok: false, error: outcome.ok ? 'the runner returned no calibration' : outcome.error });
    onDone(need, outcomes.get(need.key)!);
  }
  return outcomes;
}
