// One repetition of one cell, in a fresh process (dist/runner.js): the orchestrator starts it,
// reads its messages on fd 3 and samples its process tree's memory between span-start and span-end.
import { writeSync } from 'node:fs';
import { oneLine } from '../one-line.ts';
import { startChildProcesses } from '../strategies/child-processes.ts';
import { startEventLoop } from '../strategies/event-loop.ts';
import type { StartPool } from '../strategies/types.ts';
import { startWorkerThreads } from '../strategies/worker-threads.ts';
import { resolveWorkload } from '../workloads/resolve.ts';
import { MESSAGE_FD, type Phases, type RunnerJob, type RunnerMessage } from './protocol.ts';
import { runTasks, TaskTimeoutError } from './run-tasks.ts';
import { treeCpuSeconds } from './tree-cpu.ts';

const POOLS: Record<string, StartPool> = {
  'event-loop': startEventLoop,
  'worker-threads': startWorkerThreads,
  'child-processes': startChildProcesses,
};

const say = (message: RunnerMessage) => writeSync(MESSAGE_FD, `${JSON.stringify(message)}\n`);
const seconds = (from: bigint, to: bigint) => Number(to - from) / 1e9;

/** Loads what must be loaded before the span; returns the measured part. */
async function prepare(job: RunnerJob): Promise<() => Promise<Phases>> {
  const timeoutMs = (job.task_timeout_s ?? Infinity) * 1000;
  if (job.mode === 'serial') {
    // the event loop's "pool" is the workload called in this thread; one task at a time
    const inline = await startEventLoop({ workers: 1, workload: job.workload });
    return async () => {
      const start = process.hrtime.bigint();
      await runTasks(inline, { tasks: job.tasks, inFlight: 1, arg: job.arg, timeoutMs });
      return { startup: 0, run: seconds(start, process.hrtime.bigint()), shutdown: 0 };
    };
  }
  const startPool = POOLS[job.strategy ?? ''];
  if (!startPool) throw new Error(`the Node runner has no strategy "${job.strategy}"`);
  // The event loop starts every task at once: that is its model. Pools take one per worker.
  const inFlight = job.strategy === 'event-loop' ? job.tasks : job.workers;
  return async () => {
    const t0 = process.hrtime.bigint();
    const pool = await startPool({ workers: job.workers, workload: job.workload });
    const t1 = process.hrtime.bigint();
    try {
      await runTasks(pool, { tasks: job.tasks, inFlight, arg: job.arg, timeoutMs });
    } catch (error) {
      // A hung worker would never close: the runner exits instead, which ends its threads, and
      // the orchestrator then kills the process group, which ends its child processes.
      if (!(error instanceof TaskTimeoutError)) await pool.close();
      throw error;
    }
    const t2 = process.hrtime.bigint();
    await pool.close();
    return { startup: seconds(t0, t1), run: seconds(t1, t2), shutdown: seconds(t2, process.hrtime.bigint()) };
  };
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]) as RunnerJob;
  if (job.mode === 'probe') {
    await resolveWorkload(job.workload);
    say({ type: 'result', wall_time: 0, cpu_time: 0, phases: { startup: 0, run: 0, shutdown: 0 } });
    return;
  }
  const measured = await prepare(job);
  say({ type: 'span-start' });
  const cpuBefore = treeCpuSeconds();
  const phases = await measured();
  const cpuAfter = treeCpuSeconds();
  say({ type: 'span-end' });
  const wall = phases.startup + phases.run + phases.shutdown;
  say({ type: 'result', wall_time: wall, cpu_time: cpuAfter - cpuBefore, phases });
}

main().then(
  () => process.exit(0),
  (error) => {
    say({ type: 'error', message: oneLine(error) });
    process.exit(1);
  },
);
