// Runs every cell of a plan, one repetition per fresh runner process, and turns what the
// runners reported into cell results.
//
// The cells that share a serial baseline (same runtime × workload × level) are measured
// together, in rounds: one serial repetition, then one repetition of each of their strategies.
// Each repetition's speedup is taken against its own round's serial run (metrics.ts), so a
// shared machine whose speed drifts from one minute to the next weighs on both sides of the
// ratio alike.
//
// Every group first gets the plan's minimum rounds, in plan order, as long as the time budget
// lets a group start. Then, while the budget lasts, passes over the groups add one round to
// each group whose cells' speedup intervals are still wider than the plan's precision (only
// those cells run, each against the new round's serial run), until every cell is precise
// enough, reaches the maximum rounds, or no further round fits.
import type { PlannedCell, Plan } from '../plan/plan.ts';
import type { CellKey, CellResult } from '../results/types.ts';
import { cellFigures, withinPrecision, type Repetition } from './metrics.ts';
import { implausibleRounds, mostlyImplausible, notMeasurableReason, type CellJudgement } from './plausibility.ts';
import type { RunnerJob } from './protocol.ts';
import { CANCELLED, runRepetition, type RunnerCommand, type RunnerTimeout } from './spawn-runner.ts';

export interface PlanEvents {
  /** Once per cell, when its group's minimum rounds are done (or it ended): in plan order. */
  cellFinished(result: CellResult, index: number, total: number): void | Promise<void>;
  /** An extra round refined these cells (their new results replace the earlier ones). */
  cellsRefined?(results: CellResult[], round: number): void | Promise<void>;
}

export interface PlanClock {
  /** Milliseconds, on the same clock as `deadline`. */
  now(): number;
  /** No group starts, and no extra round is added, that would end after this. */
  deadline: number;
}

export const BUDGET_SPENT = (budgetMs: number) =>
  `did not fit in the time budget (max_minutes ${+(budgetMs / 60_000).toFixed(2)}): raise max_minutes, or measure fewer workloads, levels or strategies`;

/**
 * The runner bounds each task by config timeout_s itself. A task that blocks the runner's own
 * thread (the event-loop strategy, the serial baseline) blocks that check too; the runner's whole
 * life is bounded from outside by what the longest legitimate repetition could take: every task
 * one after another, twice for a parallel run (cold, then warm), plus one more timeout_s for
 * starting and closing the pool.
 */
export function repetitionTimeout(taskTimeoutMs: number, tasks: number): RunnerTimeout {
  return {
    ms: taskTimeoutMs * (2 * tasks + 1),
    what: 'config timeout_s × (2 × tasks + 1): a task blocked the runner itself, e.g. an endless loop in a serial or event-loop run',
  };
}

function cellKey(cell: PlannedCell): CellKey {
  const { runtime, strategy, workload, level, arg, target_s, workers, tasks } = cell;
  return { runtime, strategy, workload, level, arg, ...(target_s === undefined ? {} : { target_s }), workers, tasks };
}

/** How one cell stands while its group's rounds go on. */
interface CellProgress {
  cell: PlannedCell;
  reps: Repetition[];
  /** The group's round each repetition ran in: its serial run is that round's. */
  rounds: number[];
  info?: Record<string, unknown>;
  /** Set once the cell will not be measured further because it failed, was skipped or cancelled. */
  ended?: CellResult;
  /** Seconds its last repetition took, start to end (for the budget). */
  lastCost: number;
}

interface Group {
  cells: CellProgress[];
  rounds: number;
  /** Each round's serial run, by round number. */
  serialRuns: Map<number, Repetition>;
  serialCost: number;
  /** The runner's cores (plausibility's limit). */
  cores: number;
}

/** Cells sharing a serial baseline, in plan order (the plan keeps them next to each other). */
function groupsOf(cells: PlannedCell[]): PlannedCell[][] {
  const groups = new Map<string, PlannedCell[]>();
  for (const cell of cells) groups.set(cell.baselineKey, [...(groups.get(cell.baselineKey) ?? []), cell]);
  return [...groups.values()];
}

const realClock = (budgetMs: number): PlanClock => ({
  now: () => performance.now(),
  deadline: performance.now() + budgetMs,
});

/** After `signal` aborts, the cells under way and every later one are `skipped` as cancelled. */
export async function runPlan(
  plan: Plan,
  runnerFor: (cell: PlannedCell) => RunnerCommand,
  events: PlanEvents,
  signal?: AbortSignal,
  clock: PlanClock = realClock(plan.budgetMs),
): Promise<CellResult[]> {
  const groups: Group[] = groupsOf(plan.cells).map((cells) => ({
    cells: cells.map((cell) => ({ cell, reps: [], rounds: [], lastCost: 0, ...initialEnd(cell) })),
    rounds: 0,
    serialRuns: new Map(),
    serialCost: 0,
    cores: plan.cores,
  }));
  const running = (group: Group) => group.cells.filter((p) => !p.ended);
  let finished = 0;

  for (const group of groups) {
    if (running(group).length > 0) {
      if (signal?.aborted) endAll(group, { error: CANCELLED, cancelled: true });
      else if (clock.now() >= clock.deadline) endAll(group, { error: BUDGET_SPENT(plan.budgetMs), skipped: true });
      while (group.rounds < plan.rounds.min && running(group).length > 0) await round(group, running(group));
    }
    const results = resultsOf(group);
    for (const result of results) await events.cellFinished(result, finished++, plan.cells.length);
  }

  // Extra rounds, while the budget lasts, for the groups with imprecise cells.
  for (;;) {
    let added = false;
    for (const group of groups) {
      const judged = judge(group);
      const imprecise = running(group).filter(
        (p) => p.reps.length > 0 && !isPrecise(p, group, judged.get(p)!, plan.precision),
      );
      if (imprecise.length === 0 || group.rounds >= plan.rounds.max || signal?.aborted) continue;
      const cost = group.serialCost + imprecise.reduce((sum, p) => sum + p.lastCost, 0);
      if (clock.now() + cost >= clock.deadline) continue;
      await round(group, imprecise);
      added = true;
      const results = resultsOf(group);
      await events.cellsRefined?.(
        imprecise.map((p) => results[group.cells.indexOf(p)]!),
        group.rounds,
      );
    }
    if (!added) break;
  }
  return groups.flatMap((group) => resultsOf(group));

  async function round(group: Group, cells: CellProgress[]): Promise<void> {
    const first = group.cells[0]!.cell;
    const serialJob: RunnerJob = {
      mode: 'serial',
      workload: first.workloadRef,
      arg: first.arg,
      workers: 1,
      tasks: first.tasks,
    };
    const began = clock.now();
    // Cancelled during an extra round, a cell keeps the rounds it finished: they are results.
    const extra = group.rounds >= plan.rounds.min;
    const serial = await repetition(first, serialJob);
    group.serialCost = clock.now() - began;
    const thisRound = group.rounds++;
    if (!serial.ok) {
      if (serial.cancelled && extra) return;
      // The round's baseline failed: its cells cannot be measured, in this round or any other.
      endAll(group, serial);
      return;
    }
    group.serialRuns.set(thisRound, serial.repetition);
    for (const p of cells) {
      if (p.ended) continue;
      const start = clock.now();
      const outcome = await repetition(p.cell, parallelJob(p.cell));
      p.lastCost = clock.now() - start;
      if (outcome.ok) {
        p.reps.push(outcome.repetition);
        p.rounds.push(thisRound);
        p.info = outcome.info ?? p.info;
      } else if (outcome.cancelled) {
        if (!extra) endAll(group, outcome);
        return;
      } else {
        p.ended = ended(p.cell, outcome);
      }
    }
  }

  function endAll(group: Group, outcome: { error: string; cancelled?: true; skipped?: true }) {
    for (const p of running(group)) p.ended = ended(p.cell, outcome);
  }

  function repetition(cell: PlannedCell, job: RunnerJob) {
    const bound = repetitionTimeout(plan.timeoutMs, job.tasks);
    return runRepetition(runnerFor(cell), { ...job, task_timeout_s: plan.timeoutMs / 1000 }, bound, signal);
  }
}

function initialEnd(cell: PlannedCell): { ended?: CellResult } {
  if (cell.skip) return { ended: { ...cellKey(cell), status: 'skipped', reason: cell.skip } };
  if (cell.failure) return { ended: { ...cellKey(cell), status: 'failed', error: cell.failure } };
  return {};
}

/**
 * Precise enough: a 95% interval exists (6 rounds or more) and is no wider than the target, for
 * the cold speedup and the warm one alike (verdicts rest on either).
 */
function isPrecise(p: CellProgress, group: Group, judgement: CellJudgement, target: number): boolean {
  if (mostlyImplausible(judgement.setAside.length, p.reps.length)) return false;
  const figures = keptFigures(p, group, judgement);
  const speedups = [figures.stats.speedup, ...(figures.warm ? [figures.warm.stats.speedup] : [])];
  return speedups.every((stats) => withinPrecision(stats, target));
}

/** Each cell's limit, and its rounds that could not be true (plausibility.ts). */
function judge(group: Group): Map<CellProgress, CellJudgement> {
  const measured = group.cells.filter((p) => p.reps.length > 0);
  const serials = new Map(
    [...group.serialRuns].map(([round, run]) => [round, { wall_time: run.wall_time, cpu_time: run.cpu_time }]),
  );
  const cells = measured.map((p) => ({
    workers: p.cell.workers,
    tasks: p.cell.tasks,
    reps: p.reps.map((rep, i) => ({ round: p.rounds[i]!, wall_time: rep.wall_time, cpu_time: rep.cpu_time })),
  }));
  const found = implausibleRounds({ cores: group.cores, serials, cells });
  // a cell with no round yet has nothing to judge, and no warm round to hold to a limit
  return new Map(group.cells.map((p) => [p, found[measured.indexOf(p)] ?? { limit: Infinity, setAside: [] }]));
}

/** A cell's figures from the rounds that were kept, each against its own round's serial run. */
function keptFigures(p: CellProgress, group: Group, { limit, setAside }: CellJudgement) {
  const aside = new Set(setAside.map((s) => s.round));
  const kept = p.reps
    .map((rep, i) => ({ rep, serial: group.serialRuns.get(p.rounds[i]!)!, round: p.rounds[i]! }))
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

function resultsOf(group: Group): CellResult[] {
  const judged = judge(group);
  return group.cells.map((p) => resultOf(p, group, judged.get(p)!));
}

function resultOf(p: CellProgress, group: Group, judgement: CellJudgement): CellResult {
  if (p.ended) return p.ended;
  const { setAside } = judgement;
  const outliers = setAside.map(({ round, reason }) => {
    const rep = p.reps[p.rounds.indexOf(round)]!;
    const serial = group.serialRuns.get(round)!;
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
  if (mostlyImplausible(setAside.length, p.reps.length)) {
    return { ...cellKey(p.cell), status: 'skipped', reason: notMeasurableReason(setAside, p.reps.length), ...kept };
  }
  const figures = keptFigures(p, group, judgement);
  const calibration = p.cell.calibration ? { calibration: p.cell.calibration } : {};
  return { ...cellKey(p.cell), status: 'ok', ...figures, ...kept, ...calibration, ...(p.info ? { info: p.info } : {}) };
}

function parallelJob(cell: PlannedCell): RunnerJob {
  return {
    mode: 'parallel',
    strategy: cell.strategy,
    workload: cell.workloadRef,
    arg: cell.arg,
    workers: cell.workers,
    tasks: cell.tasks,
  };
}

function ended(cell: PlannedCell, outcome: { error: string; cancelled?: true; skipped?: true }): CellResult {
  if (outcome.cancelled) return { ...cellKey(cell), status: 'skipped', reason: CANCELLED };
  if (outcome.skipped) return { ...cellKey(cell), status: 'skipped', reason: outcome.error };
  return { ...cellKey(cell), status: 'failed', error: outcome.error };
}
