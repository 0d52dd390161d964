// Runs every cell of a plan, one repetition per fresh runner process, and turns what the
// runners reported into cell results.
//
// The cells that share a serial baseline (same runtime × workload × level) are measured
// together, in rounds: one serial repetition, then one repetition of each of their strategies,
// as many rounds as the config's repetitions. Each repetition's speedup is then taken against its
// own round's serial run (metrics.ts), so a shared machine whose speed drifts from one minute to
// the next weighs on both sides of the ratio alike. The serial baseline is still measured once
// per round and shared by the strategies, as DESIGN §3 has it.
import type { PlannedCell, Plan } from '../plan/plan.ts';
import type { CellKey, CellResult } from '../results/types.ts';
import { cellFigures, type Repetition } from './metrics.ts';
import type { RunnerJob } from './protocol.ts';
import { CANCELLED, runRepetition, type RunnerCommand, type RunnerTimeout } from './spawn-runner.ts';

export interface PlanEvents {
  cellFinished(result: CellResult, index: number, total: number): void | Promise<void>;
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

function cellKey(cell: PlannedCell): CellKey {
  const { runtime, strategy, workload, level, arg, workers, tasks } = cell;
  return { runtime, strategy, workload, level, arg, workers, tasks };
}

/** How one cell stands while its group's rounds go on. */
interface CellProgress {
  cell: PlannedCell;
  reps: Repetition[];
  info?: Record<string, unknown>;
  /** Set once the cell will not be measured further: its result is decided. */
  ended?: CellResult;
}

/** Cells sharing a serial baseline, in plan order (the plan keeps them next to each other). */
function groupsOf(cells: PlannedCell[]): PlannedCell[][] {
  const groups = new Map<string, PlannedCell[]>();
  for (const cell of cells) groups.set(cell.baselineKey, [...(groups.get(cell.baselineKey) ?? []), cell]);
  return [...groups.values()];
}

/** After `signal` aborts, the cells under way and every later one are `skipped` as cancelled. */
export async function runPlan(
  plan: Plan,
  runnerFor: (cell: PlannedCell) => RunnerCommand,
  events: PlanEvents,
  signal?: AbortSignal,
): Promise<CellResult[]> {
  const results: CellResult[] = [];
  for (const group of groupsOf(plan.cells)) {
    for (const result of await measureGroup(group)) {
      results.push(result);
      await events.cellFinished(result, results.length - 1, plan.cells.length);
    }
  }
  return results;

  async function measureGroup(group: PlannedCell[]): Promise<CellResult[]> {
    const progress: CellProgress[] = group.map((cell) => ({
      cell,
      reps: [],
      ...(cell.skip ? { ended: { ...cellKey(cell), status: 'skipped' as const, reason: cell.skip } } : {}),
    }));
    const running = () => progress.filter((p) => !p.ended);
    const endAll = (outcome: { error: string; cancelled?: true }) => {
      for (const p of running()) p.ended = ended(p.cell, outcome);
    };
    const serialWalls: number[] = [];
    const first = group[0];
    const serialJob: RunnerJob = { mode: 'serial', workload: first.workloadRef, arg: first.arg, workers: 1, tasks: first.tasks };

    for (let round = 0; round < plan.repetitions && running().length > 0; round++) {
      const serial = await repetition(first, serialJob);
      if (!serial.ok) {
        endAll(serial);
        break;
      }
      serialWalls.push(serial.repetition.wall_time);
      for (const p of running()) {
        const outcome = await repetition(p.cell, parallelJob(p.cell));
        if (outcome.ok) {
          p.reps.push(outcome.repetition);
          p.info = outcome.info ?? p.info;
        } else {
          p.ended = ended(p.cell, outcome);
          if (outcome.cancelled) endAll(outcome);
        }
      }
    }
    return progress.map((p) => {
      if (p.ended) return p.ended;
      const figures = cellFigures(p.reps, serialWalls, p.cell.workers, p.cell.tasks);
      return { ...cellKey(p.cell), status: 'ok', ...figures, ...(p.info ? { info: p.info } : {}) };
    });
  }

  function repetition(cell: PlannedCell, job: RunnerJob) {
    const bound = repetitionTimeout(plan.timeoutMs, job.tasks);
    return runRepetition(runnerFor(cell), { ...job, task_timeout_s: plan.timeoutMs / 1000 }, bound, signal);
  }
}

function parallelJob(cell: PlannedCell): RunnerJob {
  return { mode: 'parallel', strategy: cell.strategy, workload: cell.workloadRef, arg: cell.arg, workers: cell.workers, tasks: cell.tasks };
}

function ended(cell: PlannedCell, outcome: { error: string; cancelled?: true }): CellResult {
  return outcome.cancelled ? { ...cellKey(cell), status: 'skipped', reason: CANCELLED } : { ...cellKey(cell), status: 'failed', error: outcome.error };
}
