// The resolved configuration: what the user asked for, after validation and defaults.
// Only src/config/ knows the two file shapes; everything downstream sees this.

export const NODE_STRATEGIES = ['event-loop', 'worker-threads', 'child-processes'] as const;
export const PYTHON_STRATEGIES = ['thread-pool', 'process-pool', 'interpreter-pool'] as const;
export const ALL_STRATEGIES = [...NODE_STRATEGIES, ...PYTHON_STRATEGIES] as const;
export const BUILTIN_WORKLOADS = ['cpu', 'memory', 'io', 'network'] as const;

export type NodeStrategyId = (typeof NODE_STRATEGIES)[number];
export type PythonStrategyId = (typeof PYTHON_STRATEGIES)[number];
export type StrategyId = (typeof ALL_STRATEGIES)[number];
export type BuiltinWorkloadName = (typeof BUILTIN_WORKLOADS)[number];

/** Which runtime runs a strategy. */
export const runtimeKindOf = (id: StrategyId): 'node' | 'python' =>
  (NODE_STRATEGIES as readonly string[]).includes(id) ? 'node' : 'python';

/** Which runtime family can run a workload. */
export type WorkloadLanguage = 'any' | 'node' | 'python';

export interface WorkloadConfig {
  name: string;
  /** Built-in workloads run in both runtimes; a user module only in its own language. */
  language: WorkloadLanguage;
  /** Absolute path of the user module; absent for built-ins. */
  module?: string;
  /** Exported function (JS/TS) or module-level function (Python) to call. */
  entry?: string;
  /** In file order. */
  levels: LevelConfig[];
}

/**
 * A level is the function's argument as written (the study's iteration counts), or a duration:
 * the serial time one task should take, for which the engine calibrates an argument per runtime.
 */
export type LevelConfig = { name: string; arg: unknown } | { name: string; duration: string; target_s: number };

export const isDurationLevel = (level: LevelConfig): level is Extract<LevelConfig, { target_s: number }> => 'target_s' in level;

export interface ResolvedConfig {
  workers: number | 'auto';
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
  workloads: WorkloadConfig[];
  /** Where the config came from, for messages and results. */
  source: string;
}
