// What the scheduler (run-plan.ts) is handed to run one repetition: the real one starts a runner
// process per repetition (spawn-runner.ts); tests hand it a scripted one that runs nothing.
import type { PlannedCell } from '../plan/plan.ts';
import { REPETITION_TIMEOUT, type RunnerJob } from './protocol.ts';
import { runRepetition, type RepetitionOutcome, type RunnerCommand, type RunnerTimeout } from './spawn-runner.ts';

/**
 * Runs `job` (the cell's serial or parallel run) once and says how it went. `signal` cancels: the
 * outcome is then `{ ok: false, cancelled: true }`.
 */
export type Execute = (cell: PlannedCell, job: RunnerJob, signal?: AbortSignal) => Promise<RepetitionOutcome>;

/** The runner bounds each task by config timeout_s itself; REPETITION_TIMEOUT bounds the runner. */
export function repetitionTimeout(taskTimeoutMs: number, tasks: number): RunnerTimeout {
  return {
    ms: REPETITION_TIMEOUT.ms(taskTimeoutMs, tasks),
    what: `config ${REPETITION_TIMEOUT.formula}: a task blocked the runner itself, e.g. an endless loop in a serial or event-loop run`,
  };
}

/** One fresh runner process per repetition, of the cell's runtime (`runnerFor`). */
export function runnerExecutor(runnerFor: (cell: PlannedCell) => RunnerCommand): Execute {
  return (cell, job, signal) => {
    // the scheduler always sets it: the runner bounds each task by it, and this bounds the runner
    if (job.task_timeout_s === undefined) throw new Error('a scheduled job carries its task_timeout_s');
    const bound = repetitionTimeout(job.task_timeout_s * 1000, job.tasks);
    return runRepetition(runnerFor(cell), job, bound, signal);
  };
}
