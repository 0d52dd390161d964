// One concurrency model, as the runner sees it: start a pool, run tasks on it, close it.
import type { WorkloadRef } from '../config/types.ts';

export interface Pool {
  run(arg: unknown): Promise<unknown>;
  /** Resolves once every worker has gone (threads terminated, processes exited and reaped). */
  close(): Promise<void>;
}

export interface PoolOptions {
  workers: number;
  workload: WorkloadRef;
}

/** Resolves once every worker has loaded the workload and can take a task. */
export type StartPool = (options: PoolOptions) => Promise<Pool>;
