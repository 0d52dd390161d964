// From the resolved config and the runtimes found on this machine to the list of cells (pure).
import { runtimeKindOf, type ResolvedConfig, type StrategyId } from '../config/types.ts';
import type { CellKey } from '../results/types.ts';
import type { WorkloadRef } from '../workloads/resolve.ts';

export interface Runtime {
  /** "node", or a Python interpreter's label. */
  label: string;
  kind: 'node' | 'python';
  /** Set when the runtime cannot run at all here (e.g. interpreter not found). */
  unavailable?: string;
  /** Strategies this runtime lacks, with the reason (e.g. InterpreterPool before 3.14). */
  lacks?: Partial<Record<StrategyId, string>>;
}

export interface PlannedCell extends CellKey {
  kind: 'node' | 'python';
  workloadRef: WorkloadRef;
  /** Cells with the same key share one serial baseline. */
  baselineKey: string;
  skip?: string;
}

export interface Plan {
  cells: PlannedCell[];
  repetitions: number;
  timeoutMs: number;
}

export function makePlan(config: ResolvedConfig, runtimes: Runtime[], cores: number): Plan {
  const workers = config.workers === 'auto' ? cores : config.workers;
  const tasks = config.tasks === 'auto' ? workers : config.tasks;
  const cells: PlannedCell[] = [];
  for (const runtime of runtimes) {
    const strategies = config.strategies.filter((id) => runtimeKindOf(id) === runtime.kind);
    const workloads = config.workloads.filter((w) => w.language === 'any' || w.language === runtime.kind);
    for (const workload of workloads) {
      for (const level of workload.levels) {
        for (const strategy of strategies) {
          const skip = runtime.unavailable ?? runtime.lacks?.[strategy];
          cells.push({
            runtime: runtime.label,
            kind: runtime.kind,
            strategy,
            workload: workload.name,
            level: level.name,
            arg: level.arg,
            workers,
            tasks,
            workloadRef: { name: workload.name, module: workload.module, entry: workload.entry },
            baselineKey: JSON.stringify([runtime.label, workload.name, level.name]),
            ...(skip ? { skip } : {}),
          });
        }
      }
    }
  }
  return { cells, repetitions: config.repetitions, timeoutMs: config.timeout_s * 1000 };
}
