// The resolved configuration: what the user asked for, after validation and defaults.
// Only src/config/ knows the two file shapes; everything downstream sees this.
import type { RuntimeKind, StrategyId } from '../registry.ts';
import type { PayloadShape } from '../workload-registry.ts';

/** Which runtime kind can run a workload: a built-in runs in every one. */
export type WorkloadLanguage = 'any' | RuntimeKind;

export interface WorkloadConfig {
  name: string;
  /** Built-in workloads run in both runtimes; a user module only in its own language. */
  language: WorkloadLanguage;
  /** Absolute path of the user module; absent for built-ins. */
  module?: string;
  /** Exported function (JS/TS) or module-level function (Python) to call. */
  entry?: string;
  /** A built-in whose tasks are handed a payload of the level's KiB instead of the argument (the registry's `handed`). */
  payload?: PayloadShape;
  /** In file order. */
  levels: LevelConfig[];
}

/** What a runner needs to load a workload's function: a built-in's name, or a module and its export. */
export type WorkloadRef = Pick<WorkloadConfig, 'name' | 'module' | 'entry' | 'payload'>;

/**
 * A level is the function's argument as written (the study's iteration counts), or a duration:
 * the serial time one task should take, for which the engine calibrates an argument per runtime.
 */
export type LevelConfig = { name: string; arg: unknown } | { name: string; duration: string; target_s: number };

export const isDurationLevel = (level: LevelConfig): level is Extract<LevelConfig, { target_s: number }> =>
  'target_s' in level;

export interface ResolvedConfig {
  /** A list is a sweep: each model runs at every size (plan.ts), and the report fits a curve. */
  workers: number | 'auto' | number[];
  tasks: number | 'auto';
  /** "auto": at least 3 rounds, more while a cell's interval is wider than `precision`. */
  repetitions: number | 'auto';
  /** Time budget of the whole run. */
  max_minutes: number;
  /** Target half-width of a speedup interval, relative to its median (0.05 = ±5%). */
  precision: number;
  strategies: StrategyId[];
  python: string[];
  timeout_s: number;
  network: { url: string | null; latency_ms: number };
  /** The regression gate's thresholds (config `regression`): smallest change that counts, significance level. */
  regression: { min_effect: number; alpha: number };
  workloads: WorkloadConfig[];
  /** Where the config came from, for messages and results. */
  source: string;
}
