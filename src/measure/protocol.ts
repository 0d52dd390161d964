// What the orchestrator and a runner (dist/runner.js, or the Python harness) say to each other.
// The job goes in as argv[2] (JSON); the runner answers with JSON lines on file descriptor 3,
// so whatever a workload prints on stdout cannot be mistaken for a message.
import type { WorkloadRef } from '../workloads/resolve.ts';

export const MESSAGE_FD = 3;

export interface RunnerJob {
  /** serial: n tasks one after another, no pool. parallel: the strategy's pool. probe: load the workload only. about: describe the runtime. */
  mode: 'serial' | 'parallel' | 'probe' | 'about';
  strategy?: string;
  workload: WorkloadRef;
  arg: unknown;
  workers: number;
  tasks: number;
  /** Each task must settle within this many seconds of being handed to a worker (config timeout_s). */
  task_timeout_s?: number;
}

export interface Phases {
  /** Pool creation until every worker can take a task. */
  startup: number;
  /** First task submitted until the last result is in. */
  run: number;
  /** Pool shut down until every worker is gone. */
  shutdown: number;
}

export type RunnerMessage =
  | { type: 'span-start' }
  | { type: 'span-end' }
  | { type: 'result'; wall_time: number; cpu_time: number; phases: Phases; info?: Record<string, unknown> }
  | { type: 'error'; message: string };
