// The time budget, before anything is measured (pure): what each group's rounds will cost, and
// which groups cannot fit their minimum rounds at all, so that they are skipped at once with the
// reason instead of found out at the end. measure/run-plan.ts keeps the budget during the run
// with the costs it measures.
import { runtimeWorkloadId } from '../results/types.ts';
import { budgetedRounds, type Plan, type PlannedCell, treeOf } from './plan.ts';

/**
 * Seconds a runner process costs besides its tasks: starting the interpreter and the harness, the
 * pool, the memory sampler, reporting. About 0.2 s here (a default run: 721 repetitions took
 * about 160 s more than their measured spans and calibration).
 */
export const REPETITION_OVERHEAD_S = 0.2;

/** What fitting a plan to the budget needs to know. */
export interface BudgetNeeds {
  /** Seconds left for calibration and rounds. */
  availableS: number;
  /** Seconds a calibration search takes for these targets (measure/calibration-search.ts). */
  calibrationS: (targets: number[]) => number;
}

/** Cells sharing a serial baseline, in plan order (the plan keeps them next to each other). */
export function groupsOf(cells: PlannedCell[]): PlannedCell[][] {
  const groups = new Map<string, PlannedCell[]>();
  for (const cell of cells) groups.set(cell.baselineKey, [...(groups.get(cell.baselineKey) ?? []), cell]);
  return [...groups.values()];
}

/** The serial seconds of one task, where known before measuring (a duration level); else 0. */
const taskSeconds = (cell: PlannedCell) => cell.calibration?.measured_s ?? cell.target_s ?? 0;

/** Seconds the serial run of a group takes, before any is measured: its tasks one after another, twice (cold, warm). */
export const serialEstimateS = (cell: PlannedCell) => 2 * cell.tasks * taskSeconds(cell) + REPETITION_OVERHEAD_S;

/** Seconds one run of a model takes, before any is measured: its batch twice, at best min(workers, tasks, cores) tasks at a time. */
export const runEstimateS = (cell: PlannedCell, cores: number) =>
  (2 * cell.tasks * taskSeconds(cell)) / Math.min(cell.workers, cell.tasks, cores) + REPETITION_OVERHEAD_S;

/**
 * One round of these cells (a serial run per tree, and one run of each cell), before any is
 * measured. A lower bound on purpose: what it says cannot fit, cannot. An argument level's tasks
 * are unknown until measured: only the processes count.
 */
export function roundEstimateS(cells: PlannedCell[], cores: number): number {
  const measured = cells.filter((cell) => !cell.skip && !cell.failure);
  const serialRuns = new Set(measured.map(treeOf)).size;
  if (measured.length === 0) return 0;
  return (
    serialRuns * serialEstimateS(measured[0]!) + measured.reduce((sum, cell) => sum + runEstimateS(cell, cores), 0)
  );
}

/** What a developer can do about a budget that does not fit, said once for every budget message. */
const BUDGET_ADVICE = 'raise max_minutes, or measure fewer workloads, levels or strategies';
const minutes = (budgetMs: number) => +(budgetMs / 60_000).toFixed(2);

/** Why a group is skipped before anything is measured. */
export const budgetReason = (needS: number, leftS: number, budgetMs: number) =>
  `did not fit in the time budget: its minimum rounds need at least ${Math.ceil(needS)} s, and ${Math.max(0, Math.floor(leftS))} s were left of max_minutes ${minutes(budgetMs)}: ${BUDGET_ADVICE}`;

/** Why a group is skipped during the run, when the costs measured so far no longer fit. */
export const BUDGET_SPENT = (budgetMs: number) =>
  `did not fit in the time budget (max_minutes ${minutes(budgetMs)}): ${BUDGET_ADVICE}`;

/**
 * The plan with every group that cannot fit its minimum rounds (and its share of calibration; a
 * group with twins, its reserve of rounds for an undecided comparison too) skipped, in plan
 * order: the earlier groups of the matrix come first, and a later, cheaper group still runs when
 * an expensive one before it did not fit.
 */
export function fitToBudget(plan: Plan, { availableS, calibrationS }: BudgetNeeds): Plan {
  let committedS = 0;
  const targetsByPair = new Map<string, number[]>();
  const skipped = new Map<PlannedCell, string>();
  for (const group of groupsOf(plan.cells)) {
    const measured = group.filter((cell) => !cell.skip);
    if (measured.length === 0) continue;
    const roundsS = budgetedRounds(plan.rounds, measured) * roundEstimateS(measured, plan.cores);
    const first = measured[0]!;
    const pair = runtimeWorkloadId(first);
    const before = targetsByPair.get(pair) ?? [];
    const after =
      first.target_s === undefined || before.includes(first.target_s) ? before : [...before, first.target_s];
    const calibrationExtraS = after === before ? 0 : calibrationS(after) - (before.length ? calibrationS(before) : 0);
    const needS = roundsS + calibrationExtraS;
    if (committedS + needS > availableS) {
      const reason = budgetReason(needS, availableS - committedS, plan.budgetMs);
      for (const cell of measured) skipped.set(cell, reason);
      continue;
    }
    committedS += needS;
    targetsByPair.set(pair, after);
  }
  if (skipped.size === 0) return plan;
  return {
    ...plan,
    cells: plan.cells.map((cell) => (skipped.has(cell) ? { ...cell, skip: skipped.get(cell)! } : cell)),
  };
}
