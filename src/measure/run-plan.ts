// Runs every cell of a plan, one repetition per fresh runner process, and turns what the
// runners reported into cell results. The serial baseline of a runtime × workload × level is
// measured once, right before the first cell that needs it, and shared.
import type { PlannedCell, Plan } from '../plan/plan.ts';
import type { CellKey, CellResult } from '../results/types.ts';
import { cellFigures, type Repetition } from './metrics.ts';
import type { RunnerJob } from './protocol.ts';
import { CANCELLED, runRepetition, type RunnerCommand, type RunnerTimeout } from './spawn-runner.ts';

export interface PlanEvents {
  cellStarted?(cell: PlannedCell, index: number, total: number): void;
  cellFinished(result: CellResult, index: number, total: number): void | Promise<void>;
}

type Measured = { ok: true; reps: Repetition[]; info?: Record<string, unknown> } | { ok: false; error: string; cancelled?: true };

function cellKey(cell: PlannedCell): CellKey {
  const { runtime, strategy, workload, level, arg, workers, tasks } = cell;
  return { runtime, strategy, workload, level, arg, workers, tasks };
}

/**
 * The runner bounds each task by config timeout_s itself. A task that blocks the runner's own
 * thread (the event-loop strategy, the serial baseline) blocks that check too; the runner's whole
 * life is bounded from outside by what the longest legitimate repetition could take: every task
 * one after another, plus one more timeout_s for starting and closing the pool.
 */
export function repetitionTimeout(taskTimeoutMs: number, tasks: number): RunnerTimeout {
  return { ms: taskTimeoutMs * (tasks + 1), what: 'config timeout_s × (tasks + 1): a task blocked the runner itself, e.g. an endless loop in a serial or event-loop run' };
}

async function measure(runner: RunnerCommand, job: RunnerJob, plan: Plan, signal?: AbortSignal): Promise<Measured> {
  const reps: Repetition[] = [];
  let info: Record<string, unknown> | undefined;
  const bound = repetitionTimeout(plan.timeoutMs, job.tasks);
  for (let i = 0; i < plan.repetitions; i++) {
    const outcome = await runRepetition(runner, { ...job, task_timeout_s: plan.timeoutMs / 1000 }, bound, signal);
    if (!outcome.ok) return outcome;
    reps.push(outcome.repetition);
    info = outcome.info ?? info;
  }
  return { ok: true, reps, info };
}

/** After `signal` aborts, the cell under way and every later one are `skipped` as cancelled. */
export async function runPlan(
  plan: Plan,
  runnerFor: (cell: PlannedCell) => RunnerCommand,
  events: PlanEvents,
  signal?: AbortSignal,
): Promise<CellResult[]> {
  const baselines = new Map<string, Promise<Measured>>();
  const baseline = (cell: PlannedCell) => {
    if (!baselines.has(cell.baselineKey)) {
      const job: RunnerJob = { mode: 'serial', workload: cell.workloadRef, arg: cell.arg, workers: 1, tasks: cell.tasks };
      baselines.set(cell.baselineKey, measure(runnerFor(cell), job, plan, signal));
    }
    return baselines.get(cell.baselineKey)!;
  };

  const results: CellResult[] = [];
  for (const [index, cell] of plan.cells.entries()) {
    events.cellStarted?.(cell, index, plan.cells.length);
    const result = await runCell(cell);
    results.push(result);
    await events.cellFinished(result, index, plan.cells.length);
  }
  return results;

  async function runCell(cell: PlannedCell): Promise<CellResult> {
    const key = cellKey(cell);
    if (cell.skip) return { ...key, status: 'skipped', reason: cell.skip };
    if (signal?.aborted) return { ...key, status: 'skipped', reason: CANCELLED };
    const serial = await baseline(cell);
    if (!serial.ok) return serial.cancelled ? { ...key, status: 'skipped', reason: CANCELLED } : { ...key, status: 'failed', error: serial.error };
    const job: RunnerJob = {
      mode: 'parallel',
      strategy: cell.strategy,
      workload: cell.workloadRef,
      arg: cell.arg,
      workers: cell.workers,
      tasks: cell.tasks,
    };
    const parallel = await measure(runnerFor(cell), job, plan, signal);
    if (!parallel.ok) return parallel.cancelled ? { ...key, status: 'skipped', reason: CANCELLED } : { ...key, status: 'failed', error: parallel.error };
    const figures = cellFigures(parallel.reps, serial.reps.map((rep) => rep.wall_time), cell.workers, cell.tasks);
    return { ...key, status: 'ok', ...figures, ...(parallel.info ? { info: parallel.info } : {}) };
  }
}
