// What the orchestrator and a runner (dist/runner.js, or the Python harness) say to each other.
// The job goes in as argv[2] (JSON); the runner answers with JSON lines on file descriptor 3,
// so whatever a workload prints on stdout cannot be mistaken for a message.
import type { WorkloadRef } from '../config/types.ts';
import type { CalibrationPoint, Phases } from '../results/types.ts';
import { BUILTIN_WORKLOAD_NAMES, BUILTIN_WORKLOADS } from '../workload-registry.ts';

export const MESSAGE_FD = 3;

export interface RunnerJob {
  /**
   * serial: n tasks one after another, no pool. parallel: the strategy's pool, the tasks twice
   * (cold, then warm on the started pool). calibrate: find the argument for each of `targets_s`.
   * probe: load the workload only. about: describe the runtime.
   */
  mode: 'serial' | 'parallel' | 'calibrate' | 'probe' | 'about';
  strategy?: string;
  workload: WorkloadRef;
  arg: unknown;
  workers: number;
  tasks: number;
  /** Each task must settle within this many seconds of being handed to a worker (config timeout_s). */
  task_timeout_s?: number;
  /** calibrate: the serial seconds one task should take, one argument to find for each. */
  targets_s?: number[];
  /** serial: the first batch only (a calibration check), no warm one. */
  cold_only?: boolean;
}

/**
 * The calibration search's constants (both runners; calibration-search.ts says what each does):
 * the tolerance, how many checks per target at most, the probe's time, the largest argument,
 * the calls per check below and from `long_s`, and how much faster a later call must be for an
 * earlier one to leave the fit as stale.
 */
export const CALIBRATION = {
  tolerance: 0.03,
  attempts: 4,
  probe_s: 0.02,
  // no level of a built-in takes more (src/workload-registry.ts): the search never goes beyond
  max_arg: Math.max(...BUILTIN_WORKLOAD_NAMES.map((name) => BUILTIN_WORKLOADS[name].max)),
  calls_short: 5,
  calls_long: 3,
  long_s: 0.2,
  stale: 0.25,
} as const;

/**
 * The bound on a whole repetition, from outside the runner: a task that blocks the runner's own
 * thread (the event-loop strategy, the serial baseline) blocks its per-task check too. It is what
 * the longest legitimate repetition could take: every task one after another in each batch (cold,
 * then warm: two), plus one timeout_s for starting and closing the pool. Stated once: the config
 * schema's timeout_s description is written from `formula` (scripts/gen-validators.mjs), and the
 * README quotes it (test/config.test.ts checks).
 */
export const REPETITION_TIMEOUT = {
  formula: 'timeout_s × (2 × tasks + 1)',
  ms: (taskTimeoutMs: number, tasks: number, batches: 1 | 2 = 2) => taskTimeoutMs * (batches * tasks + 1),
} as const;

/** The warm batch: excluded from the cold wall and CPU time. */
export interface WarmSpan {
  wall_time: number;
  cpu_time: number;
}

export type RunnerMessage =
  | { type: 'span-start' }
  | { type: 'span-end' }
  | {
      type: 'result';
      /** Cold: start-up + run + shut-down. */
      wall_time: number;
      cpu_time: number;
      phases: Phases;
      /** CPU seconds of the tree per phase (serial: all of it in \`run\`); their sum is cpu_time. */
      cpu_phases?: Phases;
      /** parallel: the same tasks again on the started pool, between run and shut-down. */
      warm?: WarmSpan;
      /** calibrate: one point per target. */
      calibration?: CalibrationPoint[];
      info?: Record<string, unknown>;
    }
  | { type: 'error'; message: string };
