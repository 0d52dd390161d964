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
const checkIntervalMs = (timeoutMs: number) => Math.min(1000, Math.max(5, timeoutMs / 20));

const timeoutError = (timeoutMs: number) =>
  new TaskTimeoutError(
    `a task ran longer than ${timeoutMs / 1000} s (config timeout_s); its pool was torn down: does the workload hang or never settle its promise?`,
  );

/**
 * Resolves when every task has succeeded; rejects with the first task's error, or with a
 * TaskTimeoutError when a task outlives the bound. A task that blocks this very thread (the
 * event-loop strategy, the serial baseline) stops the watchdog too: the orchestrator's
 * repetition bound catches that.
 */
export function runTasks(pool: Pool, run: TaskRun): Promise<void> {
  return run.inFlight >= run.tasks ? allAtOnce(pool, run) : workerPaced(pool, run);
}

/** Every task starts now, so one timer bounds them all; nothing is kept per task. */
function allAtOnce(pool: Pool, { tasks, arg, timeoutMs }: TaskRun): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  // Kept referenced: while a task hangs on a promise that nothing will resolve, this timer is
  // what keeps the process alive until the bound is reached.
  const expired = new Promise<never>((_, reject) => {
    if (Number.isFinite(timeoutMs)) timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs);
  });
  const all = Promise.all(Array.from({ length: tasks }, () => pool.run(arg)));
  return Promise.race([all, expired]).then(
    () => clearTimeout(timer),
    (error) => {
      clearTimeout(timer);
      throw error;
    },
  );
}

/** A new task as soon as one settles; each one's start is kept, and checked by one interval timer. */
function workerPaced(pool: Pool, { tasks, inFlight, arg, timeoutMs }: TaskRun): Promise<void> {
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
    // Kept referenced, like the timer above.
    const watchdog = setInterval(() => {
      const now = performance.now();
      for (const started of startedAt.values()) {
        if (now - started > timeoutMs) {
          settle(timeoutError(timeoutMs));
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
    submit();
  });
}
