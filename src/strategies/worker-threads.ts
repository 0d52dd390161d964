// A piscina pool of worker_threads: one V8 isolate and event loop per worker, one process,
// arguments and results cross by structured clone.
import { Piscina } from 'piscina';
import { entryFile } from '../paths.ts';
import type { StartPool } from './types.ts';
import { READY_KEY, type WorkerReady } from './worker-ready.ts';

export const startWorkerThreads: StartPool = async ({ workers, workload }) => {
  const pool = new Piscina({
    filename: entryFile('task-worker.js'),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.MAX_SAFE_INTEGER,
    // 'async' waits for tasks with Atomics.waitAsync, so a worker's event loop keeps turning
    // between tasks: I/O and network workloads, and user code that leaves timers or sockets
    // behind, behave as in a real app. 'sync' would freeze that loop while idle.
    atomics: 'async',
    workerData: { workload },
  });
  const ready = everyWorkerReady(pool, workers);
  // A worker that dies (its result could not be cloned back, it ran out of memory…) makes piscina
  // emit 'error' on the pool, and reject its task with an empty Error: the task fails with the
  // pool's error, which says what happened, instead of the runner crashing on an unhandled event.
  let workerError: Error | undefined;
  const workerDied = new Promise<never>((_, reject) =>
    pool.on('error', (error: Error) => {
      workerError = error;
      reject(error);
    }),
  );
  workerDied.catch(() => {});
  await Promise.race([ready, workerDied]);
  const run = async (arg: unknown) => {
    try {
      return await pool.run(arg);
    } catch (error) {
      await new Promise((resolve) => setImmediate(resolve)); // the pool's 'error' comes just after
      throw explain(workerError ?? (error as Error));
    }
  };
  return { run, close: () => pool.destroy() };
};

/** piscina's own words for a worker that died are terse or empty: say what probably happened. */
function explain(error: Error): Error {
  const exited = /^worker exited with code: (-?\d+)/.exec(error.message);
  if (exited)
    return new Error(
      `a worker thread exited with code ${exited[1]} while running a task: does the workload call process.exit()?`,
    );
  if (!error.message)
    return new Error(
      'a worker thread died while running its task: a result that cannot be cloned back (a function, a socket…) or a crash in the worker',
    );
  return error;
}

/** Resolves when `count` workers have said they loaded the workload; rejects with the first load error. */
function everyWorkerReady(pool: Piscina, count: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let seen = 0;
    const onMessage = (message: WorkerReady) => {
      if (typeof message !== 'object' || message === null || !(READY_KEY in message)) return;
      if (!message[READY_KEY]) reject(new Error(message.error));
      else if (++seen < count) return;
      else resolve();
      pool.off('message', onMessage);
    };
    pool.on('message', onMessage);
  });
}
