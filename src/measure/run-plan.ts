// Runs every cell of a plan, one repetition per fresh runner process, and turns what the
// runners reported into cell results.
//
// The cells that share a serial baseline (same runtime × workload × level) form a group, measured
// in rounds: one serial run and one run of each of its models, in a random order (plan/order.ts;
// the order is recorded). Each run's speedup is taken against its own round's serial run
// (metrics.ts), and two models of a round are compared on the ratio of their times (the verdict
// rule): whatever the machine does during a round, it does to both sides.
//
// 1. The minimum rounds, round-robin: round 1 of every group, then round 2 of every group, and so
//    on, so that every group is sampled across the whole run and no runtime is measured only in
//    its first minutes. After each pass, the groups whose remaining minimum rounds no longer fit
//    the budget (at the costs measured so far) are skipped, the last in plan order first.
// 2. Then rounds go where they decide something (racing): to the cells a verdict still waits on
//    (`contested`), each round to the group with the fewest rounds, the cheapest among equals (see
//    pick); only the contested cells run, with the round's serial run. A cell whose verdict is
//    settled gets no more. When no such round fits, cells whose speedup interval is still wider
//    than the precision get rounds the same way, while the budget lasts.
//
// With a base tree (plan/with-base.ts), a group holds the cells of both trees: a round runs each
// tree's serial run and its cells, all in one random order, and a cell chosen for an extra round
// takes its twin along, so that every round of a matched cell is a pair.
import { cellId, type CellResult, type ScheduledRound } from '../results/types.ts';
import { BUDGET_SPENT, groupsOf, runEstimateS, serialEstimateS } from '../plan/budget.ts';
import { shuffled } from '../plan/order.ts';
import { cellKeyOf, minRounds, type PlannedCell, type Plan, type Tree, treeOf } from '../plan/plan.ts';
import type { Execute } from './executor.ts';
import { withinPrecision, type Repetition } from './metrics.ts';
import type { RunnerJob } from './protocol.ts';
import { CANCELLED } from './spawn-runner.ts';

/** Why an extra round ran: the comparison with the base tree, a verdict, or a precision target waited on it. */
export type RoundReason = 'comparison' | 'verdict' | 'precision';

export interface PlanEvents {
  /** Once per cell, when its group's minimum rounds are done (or it ended): in plan order. */
  cellFinished(result: CellResult, index: number, total: number, tree: Tree): void | Promise<void>;
  /** An extra round refined these cells of one tree (their new results replace the earlier ones). */
  cellsRefined?(results: CellResult[], round: number, why: RoundReason, tree: Tree): void | Promise<void>;
  /** A group's round ran (whatever its outcome): for results.json's schedule. */
  roundRan?(round: ScheduledRound): void | Promise<void>;
  /** Every group has had `pass` of its minimum rounds (`paired`: past the others' minimum, the groups with twins). */
  passFinished?(pass: number, of: number, paired: boolean): void | Promise<void>;
}

export interface PlanClock {
  /** Milliseconds, on the same clock as `deadline`. */
  now(): number;
  /** No round starts that would end after this. */
  deadline: number;
}

/** What one cell has measured so far. */
export interface MeasuredCell {
  cell: PlannedCell;
  reps: Repetition[];
  /** The group's round each repetition ran in (0 for the first): its serial run is that round's. */
  rounds: number[];
  info?: Record<string, unknown>;
  /** Set once the cell will not be measured further because it failed, was skipped or cancelled. */
  ended?: CellResult;
}

/** One tree's share of a group so far: its cells and each round's serial run. */
export interface MeasuredSide {
  cells: MeasuredCell[];
  serialRuns: Map<number, Repetition>;
}

/**
 * Turns a side's measurements into its cells' results, in the same order (analysis/assemble.ts).
 * `noRound`: why a cell that was never ended has no round (the run was cancelled, or ran out of time).
 */
export type Assemble = (side: MeasuredSide, cores: number, noRound: string) => CellResult[];

export interface RunPlanOptions {
  plan: Plan;
  /** Runs one repetition: a runner process (executor.ts), or a script in tests. */
  execute: Execute;
  assemble: Assemble;
  events: PlanEvents;
  /** After it aborts, cells keep the rounds they finished; a cell with none is `skipped` as cancelled. */
  signal?: AbortSignal;
  clock: PlanClock;
  /** Uniform in [0, 1): the order of the runs within a round. */
  random?: () => number;
  /** The cells (by cellId) some verdict still waits on, given the head's results so far. None: precision only. */
  contested?: (results: CellResult[]) => Set<string>;
  /** With a base tree: the cells (by cellId) whose comparison more rounds could still change; first of all. */
  undecided?: (head: CellResult[], base: CellResult[]) => Set<string>;
}

export { BUDGET_SPENT };

/** How one cell stands while its group's rounds go on. */
interface CellProgress extends MeasuredCell {
  /** Milliseconds its last run took, start to end (for the budget); an estimate before it ran. */
  cost: number;
}

/** One tree's share of a group: its cells and its own serial runs, by round number. */
interface Side extends MeasuredSide {
  tree: Tree;
  cells: CellProgress[];
  /** Milliseconds its last serial run took; an estimate before it ran. */
  serialCost: number;
}

interface Group {
  /** Head first; a base side only with a base tree. */
  sides: Side[];
  rounds: number;
  /** Its minimum rounds (more for a group with twins: plan.ts minRounds). */
  minRounds: number;
  /** The runner's cores (plausibility's limit). */
  cores: number;
  /** Its cells' results went out through cellFinished. */
  reported: boolean;
}

const cellsOf = (group: Group) => group.sides.flatMap((side) => side.cells);
const running = (group: Group) => cellsOf(group).filter((p) => !p.ended);
const sideOf = (group: Group, p: CellProgress) => group.sides.find((side) => side.tree === treeOf(p.cell))!;

function sidesOf(cells: PlannedCell[], cores: number): Side[] {
  const trees = [...new Set(cells.map(treeOf))].sort((a, b) => (a === 'head' ? -1 : b === 'head' ? 1 : 0));
  return trees.map((tree) => {
    const own = cells.filter((cell) => treeOf(cell) === tree);
    return {
      tree,
      cells: own.map((cell) => ({
        cell,
        reps: [],
        rounds: [],
        cost: runEstimateS(cell, cores) * 1000,
        ...initialEnd(cell),
      })),
      serialRuns: new Map(),
      serialCost: serialEstimateS(own[0]!) * 1000,
    };
  });
}

export async function runPlan({
  plan,
  execute,
  assemble,
  events,
  signal,
  clock,
  random = Math.random,
  contested = () => new Set(),
  undecided = () => new Set(),
}: RunPlanOptions): Promise<CellResult[]> {
  const groups: Group[] = groupsOf(plan.cells).map((cells) => ({
    sides: sidesOf(cells, plan.cores),
    rounds: 0,
    minRounds: minRounds(plan.rounds, cells),
    cores: plan.cores,
    reported: false,
  }));
  let finished = 0;
  const report = async (group: Group) => {
    if (group.reported) return;
    group.reported = true;
    for (const side of group.sides)
      for (const result of resultsOf(group, side))
        await events.cellFinished(result, finished++, plan.cells.length, side.tree);
  };
  /** A serial run for each tree with a cell in the round, and a run of each cell. */
  const roundCost = (group: Group, cells: CellProgress[]) =>
    group.sides.reduce(
      (sum, side) => sum + (cells.some((p) => sideOf(group, p) === side) ? side.serialCost : 0),
      cells.reduce((sum, p) => sum + p.cost, 0),
    );

  // 1. The minimum rounds, round-robin over the groups (a group with twins has more of them).
  const passes = Math.max(plan.rounds.min, ...groups.map((group) => group.minRounds));
  for (let pass = 0; pass < passes && !signal?.aborted; pass++) {
    let ran = false;
    for (const group of groups) {
      if (signal?.aborted) break;
      if (group.rounds === pass && pass < group.minRounds && running(group).length > 0) {
        if (clock.now() + roundCost(group, running(group)) > clock.deadline)
          endAll(group, { error: BUDGET_SPENT(plan.budgetMs), skipped: true });
        else {
          await round(group, running(group));
          ran = true;
        }
      }
      if (pass === group.minRounds - 1) await report(group);
    }
    if (!signal?.aborted) {
      dropWhatCannotFit(pass + 1);
      if (ran) await events.passFinished?.(pass + 1, passes, pass >= plan.rounds.min);
    }
  }
  // Stopped early (cancelled): every cell keeps the rounds it finished.
  for (const group of groups) await report(group);

  // 2. Extra rounds where they decide, then for precision, while the budget lasts.
  while (!signal?.aborted) {
    const [headResults, baseResults] = (['head', 'base'] as const).map((tree) =>
      groups.flatMap((group) => group.sides.filter((s) => s.tree === tree).flatMap((s) => resultsOf(group, s))),
    ) as [CellResult[], CellResult[]];
    const open = contested(headResults);
    const comparing = baseResults.length > 0 ? undecided(headResults, baseResults) : new Set<string>();
    const next =
      pick(
        groups.map((g) => ({ group: g, cells: running(g).filter((p) => comparing.has(cellId(p.cell))) })),
        'comparison',
      ) ??
      pick(
        groups.map((g) => ({ group: g, cells: running(g).filter((p) => open.has(cellId(p.cell))) })),
        'verdict',
      ) ??
      pick(
        groups.map((g) => ({ group: g, cells: withTwins(g, imprecise(g)) })),
        'precision',
      );
    if (!next) break;
    const before = next.group.rounds;
    await round(next.group, next.cells);
    if (next.group.rounds === before) break; // cancelled before the round began
    for (const side of next.group.sides) {
      const refined = next.cells.filter((p) => side.cells.includes(p));
      if (refined.length === 0) continue;
      const refreshed = resultsOf(next.group, side);
      await events.cellsRefined?.(
        refined.map((p) => refreshed[side.cells.indexOf(p)]!),
        next.group.rounds,
        next.why,
        side.tree,
      );
    }
  }
  return groups.flatMap((group) => group.sides.flatMap((side) => resultsOf(group, side)));

  /**
   * The candidate round that fits the budget, from the group with the fewest rounds, the cheapest
   * among equals. Fewest first: a sign test decides nothing below 5 or 6 rounds whatever a round
   * costs, and a round narrows a short series far more than a long one; cheapest next: the most
   * narrowing per second. (Ordering by 1 ÷ (rounds × cost) alone gave a cheap io group 16 rounds
   * while the cpu verdict's groups stopped at 5, one short of excluding the event loop.)
   */
  function pick(candidates: { group: Group; cells: CellProgress[] }[], why: RoundReason) {
    let best: { group: Group; cells: CellProgress[]; why: typeof why; cost: number } | undefined;
    for (const { group, cells } of candidates) {
      if (cells.length === 0 || group.rounds >= plan.rounds.max) continue;
      const cost = roundCost(group, cells);
      if (clock.now() + cost > clock.deadline) continue;
      if (!best || group.rounds < best.group.rounds || (group.rounds === best.group.rounds && cost < best.cost))
        best = { group, cells, why, cost };
    }
    return best;
  }

  function imprecise(group: Group): CellProgress[] {
    return group.sides.flatMap((side) => {
      const results = resultsOf(group, side);
      return side.cells.filter((p, i) => !p.ended && p.reps.length > 0 && !isPrecise(results[i]!, plan.precision));
    });
  }

  /** These cells and their twins in the other tree: a matched cell's rounds are pairs. */
  function withTwins(group: Group, cells: CellProgress[]): CellProgress[] {
    const ids = new Set(cells.map((p) => cellId(p.cell)));
    return running(group).filter((p) => ids.has(cellId(p.cell)));
  }

  /**
   * After a pass: if the minimum rounds still to run cannot end by the deadline at the costs
   * measured so far, skip whole groups, the last in plan order first, until they can.
   */
  function dropWhatCannotFit(done: number) {
    const owing = (group: Group) =>
      running(group).length > 0 ? Math.max(0, group.minRounds - done) * roundCost(group, running(group)) : 0;
    let needMs = groups.reduce((sum, group) => sum + owing(group), 0);
    for (const group of [...groups].reverse()) {
      if (clock.now() + needMs <= clock.deadline) return;
      const owed = owing(group);
      if (owed === 0) continue;
      needMs -= owed;
      endAll(group, { error: BUDGET_SPENT(plan.budgetMs), skipped: true });
    }
  }

  async function round(group: Group, cells: CellProgress[]): Promise<void> {
    type Run = { side: Side; cell: CellProgress | 'serial' };
    const sides = group.sides.filter((side) => cells.some((p) => sideOf(group, p) === side));
    const runs: Run[] = sides.flatMap((side) => [
      { side, cell: 'serial' as const },
      ...cells.filter((p) => sideOf(group, p) === side).map((cell) => ({ side, cell })),
    ]);
    const order = shuffled(runs, random);
    const thisRound = group.rounds;
    const ran: string[] = [];
    const done = new Map<CellProgress, Awaited<ReturnType<typeof repetition>>>();
    const serials = new Map<Side, Awaited<ReturnType<typeof repetition>>>();
    const serialFailed = (side: Side) => serials.has(side) && !serials.get(side)!.ok;
    for (const run of order) {
      if (signal?.aborted) break;
      // nothing of a tree can be paired with its serial run once that failed
      if (serialFailed(run.side)) continue;
      const began = clock.now();
      const mark = run.side.tree === 'base' ? 'base:' : '';
      if (run.cell === 'serial') {
        const first = run.side.cells[0]!.cell;
        serials.set(run.side, await repetition(first, serialJob(first)));
        run.side.serialCost = clock.now() - began;
        ran.push(`${mark}serial`);
      } else {
        const outcome = await repetition(run.cell.cell, parallelJob(run.cell.cell));
        run.cell.cost = clock.now() - began;
        done.set(run.cell, outcome);
        ran.push(`${mark}${run.cell.cell.strategy}`);
      }
    }
    if (ran.length === 0) return;
    group.rounds++;
    await events.roundRan?.({ ...groupFieldsOf(cellsOf(group)[0]!.cell), round: thisRound + 1, order: ran });
    // A round cut short by a cancellation is not a round: the cells keep the ones before it.
    if (signal?.aborted) return;
    for (const side of sides) {
      const serial = serials.get(side);
      if (!serial) continue;
      if (!serial.ok) {
        // The round's baseline failed: its cells cannot be measured, in this round or any other.
        if (!serial.cancelled) endAll(side, serial);
        continue;
      }
      side.serialRuns.set(thisRound, serial.repetition);
      for (const [p, outcome] of done) {
        if (sideOf(group, p) !== side) continue;
        if (outcome.ok) {
          p.reps.push(outcome.repetition);
          p.rounds.push(thisRound);
          p.info = outcome.info ?? p.info;
        } else if (!outcome.cancelled) {
          p.ended = ended(p.cell, outcome);
        }
      }
    }
  }

  function endAll(where: Group | Side, outcome: { error: string; cancelled?: true; skipped?: true }) {
    const cells = 'sides' in where ? cellsOf(where) : where.cells;
    for (const p of cells) if (!p.ended) p.ended = ended(p.cell, outcome);
  }

  function repetition(cell: PlannedCell, job: RunnerJob) {
    return execute(cell, { ...job, task_timeout_s: plan.timeoutMs / 1000 }, signal);
  }

  function resultsOf(group: Group, side: Side): CellResult[] {
    return assemble(side, group.cores, signal?.aborted ? CANCELLED : BUDGET_SPENT(plan.budgetMs));
  }
}

const groupFieldsOf = ({ runtime, workload, level, workers, tasks }: PlannedCell) => ({
  runtime,
  workload,
  level,
  workers,
  tasks,
});

function initialEnd(cell: PlannedCell): { ended?: CellResult } {
  if (cell.skip) return { ended: { ...cellKeyOf(cell), status: 'skipped', reason: cell.skip } };
  if (cell.failure) return { ended: { ...cellKeyOf(cell), status: 'failed', error: cell.failure } };
  return {};
}

/**
 * Precise enough: a 95% interval exists (6 rounds or more) and is no wider than the target, for
 * the cold speedup and the warm one alike (verdicts rest on either). A cell that is not measurable
 * (skipped) is as precise as it will get: more rounds will not make it so.
 */
function isPrecise(result: CellResult, target: number): boolean {
  if (result.status !== 'ok') return true;
  const speedups = [result.stats.speedup, ...(result.warm ? [result.warm.stats.speedup] : [])];
  return speedups.every((stats) => withinPrecision(stats, target));
}

function serialJob(cell: PlannedCell): RunnerJob {
  return { mode: 'serial', workload: cell.workloadRef, arg: cell.arg, workers: 1, tasks: cell.tasks };
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
  if (outcome.cancelled) return { ...cellKeyOf(cell), status: 'skipped', reason: CANCELLED };
  if (outcome.skipped) return { ...cellKeyOf(cell), status: 'skipped', reason: outcome.error };
  return { ...cellKeyOf(cell), status: 'failed', error: outcome.error };
}
