// Runs a repetition's tasks on a pool: at most `inFlight` at a time, so that every task is
// handed to an idle worker the moment it is submitted, and each must settle within `timeoutMs`
// of that moment (config timeout_s is a per-task bound).
import type { Pool } from '../strategies/types.ts';

export class TaskTimeoutError extends Error {}

export interface TaskRun {
  tasks: number;
  inFlight: number;
  arg: unknown;
  timeoutMs: number;
}

/** How often the in-flight tasks' ages are checked: a twentieth of the bound, 5 ms to 1 s. */
export const checkIntervalMs = (timeoutMs: number) => Math.min(1000, Math.max(5, timeoutMs / 20));

/**
 * Resolves when every task has succeeded; rejects with the first task's error, or with a
 * TaskTimeoutError when a task outlives the bound. A task that blocks this very thread (the
 * event-loop strategy, the serial baseline) stops the watchdog too: the orchestrator's
 * repetition bound catches that.
 */
export function runTasks(pool: Pool, { tasks, inFlight, arg, timeoutMs }: TaskRun): Promise<void> {
  return new Promise((resolve, reject) => {
    const startedAt = new Map<number, number>();
    let submitted = 0;
    let succeeded = 0;
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      if (error) reject(error);
      else resolve();
    };
    // Kept referenced: while a task hangs on a promise that nothing will resolve, this timer is
    // what keeps the process alive until the bound is reached.
    const watchdog = setInterval(() => {
      const now = performance.now();
      for (const started of startedAt.values()) {
        if (now - started > timeoutMs) {
          settle(new TaskTimeoutError(`a task ran longer than ${timeoutMs / 1000} s (config timeout_s); its pool was torn down: does the workload hang or never settle its promise?`));
          return;
        }
      }
    }, checkIntervalMs(timeoutMs));
    const submit = () => {
      while (!settled && submitted < tasks && startedAt.size < inFlight) {
        const id = submitted++;
        startedAt.set(id, performance.now());
        pool.run(arg).then(() => {
          startedAt.delete(id);
          if (++succeeded === tasks) settle();
          else submit();
        }, settle);
      }
    };
    if (tasks === 0) settle();
    else submit();
  });
}
