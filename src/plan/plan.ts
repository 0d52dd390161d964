// From the resolved config and the runtimes found on this machine to the list of cells (pure).
import { isDurationLevel, type ResolvedConfig, type WorkloadRef } from '../config/types.ts';
import { runtimeKindOf, type RuntimeKind, type StrategyId } from '../registry.ts';
import { type CalibrationResult, type CellKey, groupId } from '../results/types.ts';

export interface Runtime {
  /** "node", or a Python interpreter's label ("python3.14"). */
  label: string;
  kind: RuntimeKind;
  /** Set when the runtime cannot run at all here (e.g. interpreter not found). */
  unavailable?: string;
  /** Strategies this runtime lacks, with the reason (e.g. InterpreterPool before 3.14). */
  lacks?: Partial<Record<StrategyId, string>>;
}

/**
 * Which version of the user's code a cell runs: the working tree (head), or the checkout given
 * as --baseline-tree (base), measured in the same rounds for the comparison (plan/with-base.ts).
 */
export type Tree = 'head' | 'base';

export interface PlannedCell extends CellKey {
  kind: RuntimeKind;
  /** Absent: head. */
  tree?: Tree;
  workloadRef: WorkloadRef;
  /** Cells with the same key are measured in the same rounds; each tree's share one serial run. */
  baselineKey: string;
  skip?: string;
  /** Set when the cell cannot be measured because its argument could not be calibrated. */
  failure?: string;
  /** A duration level, once calibrated (calibration.ts). */
  calibration?: CalibrationResult;
}

/** Rounds per group of cells: `min` always (budget allowing), more up to `max` while imprecise. */
export interface Rounds {
  min: number;
  max: number;
  /**
   * With a base tree: the minimum of a group with twins, whose comparison needs more rounds than a
   * speedup (plan/with-base.ts). Absent: `min`.
   */
  pairedMin?: number;
  /**
   * With a base tree: rounds of a group with twins the budget keeps room for beyond `pairedMin`,
   * for the cells whose comparison is still undecided then (plan/with-base.ts).
   */
  pairedReserve?: number;
}

export const treeOf = (cell: PlannedCell): Tree => cell.tree ?? 'head';

/** The fields of a planned cell its result carries (results.json's key of a cell). */
export function cellKeyOf(cell: PlannedCell): CellKey {
  const { runtime, strategy, workload, level, arg, target_s, workers, tasks } = cell;
  return { runtime, strategy, workload, level, arg, ...(target_s === undefined ? {} : { target_s }), workers, tasks };
}
const hasBase = (cells: readonly PlannedCell[]) => cells.some((cell) => treeOf(cell) === 'base');

/** The minimum rounds of a group of these cells. */
export const minRounds = (rounds: Rounds, cells: readonly PlannedCell[]) =>
  rounds.pairedMin !== undefined && hasBase(cells) ? rounds.pairedMin : rounds.min;

/** The rounds the budget keeps room for before anything runs: the minimum, and a group with twins' reserve. */
export const budgetedRounds = (rounds: Rounds, cells: readonly PlannedCell[]) =>
  minRounds(rounds, cells) + (hasBase(cells) ? (rounds.pairedReserve ?? 0) : 0);

/** config repetitions "auto": at least this many rounds, at most that many. */
export const AUTO_ROUNDS: Rounds = { min: 3, max: 30 };

export interface Plan {
  cells: PlannedCell[];
  rounds: Rounds;
  /** Target half-width of a speedup interval, relative to its median. */
  precision: number;
  /** The whole run's time budget (config max_minutes). */
  budgetMs: number;
  timeoutMs: number;
  /** The runner's cores: the speedup no CPU-bound round can exceed (measure/plausibility.ts). */
  cores: number;
}

/** The pool sizes to run: one, or a sweep's, smallest first. */
export function workerCounts(config: Pick<ResolvedConfig, 'workers'>, cores: number): number[] {
  if (config.workers === 'auto') return [cores];
  return Array.isArray(config.workers) ? [...config.workers].sort((a, b) => a - b) : [config.workers];
}

export function makePlan(config: ResolvedConfig, runtimes: Runtime[], cores: number): Plan {
  const cells: PlannedCell[] = [];
  for (const runtime of runtimes) {
    const strategies = config.strategies.filter((id) => runtimeKindOf(id) === runtime.kind);
    const workloads = config.workloads.filter((w) => w.language === 'any' || w.language === runtime.kind);
    for (const workload of workloads) {
      for (const level of workload.levels) {
        for (const workers of workerCounts(config, cores)) {
          const tasks = config.tasks === 'auto' ? workers : config.tasks;
          for (const strategy of strategies) {
            const skip = runtime.unavailable ?? runtime.lacks?.[strategy];
            // A duration level's argument is calibrated per runtime before measuring (calibration.ts).
            const what = isDurationLevel(level) ? { arg: undefined, target_s: level.target_s } : { arg: level.arg };
            cells.push({
              runtime: runtime.label,
              kind: runtime.kind,
              strategy,
              workload: workload.name,
              level: level.name,
              ...what,
              workers,
              tasks,
              workloadRef: {
                name: workload.name,
                module: workload.module,
                entry: workload.entry,
                ...(workload.payload ? { payload: workload.payload } : {}),
              },
              // the serial run does the same tasks: one per pool size (and task count) of a sweep
              baselineKey: groupId({
                runtime: runtime.label,
                workload: workload.name,
                level: level.name,
                workers,
                tasks,
              }),
              ...(skip ? { skip } : {}),
            });
          }
        }
      }
    }
  }
  const rounds = config.repetitions === 'auto' ? AUTO_ROUNDS : { min: config.repetitions, max: config.repetitions };
  return {
    cells,
    rounds,
    precision: config.precision,
    budgetMs: config.max_minutes * 60_000,
    timeoutMs: config.timeout_s * 1000,
    cores,
  };
}
