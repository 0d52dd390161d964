// One repetition of one cell, in a fresh process (dist/runner.js): the orchestrator starts it,
// reads its messages on fd 3 and samples its process tree's memory between span-start and span-end.
import { writeSync } from 'node:fs';
import { oneLine } from '../one-line.ts';
import { startEventLoop } from '../strategies/event-loop.ts';
import { nodeStrategy } from '../strategies/index.ts';
import type { Pool } from '../strategies/types.ts';
import { resolveWorkload } from '../workloads/resolve.ts';
import { transferPayload } from '../workloads/transfer.ts';
import { calibrate } from './calibration-search.ts';
import type { Phases } from '../results/types.ts';
import { volunteerForOomKiller } from './oom-volunteer.ts';
import { MESSAGE_FD, type RunnerJob, type RunnerMessage, type WarmSpan } from './protocol.ts';
import { runTasks, TaskTimeoutError } from './run-tasks.ts';
import { treeCpuSeconds } from './tree-cpu.ts';

const say = (message: RunnerMessage) => writeSync(MESSAGE_FD, `${JSON.stringify(message)}\n`);
const seconds = (from: bigint, to: bigint) => Number(to - from) / 1e9;

/** What the measured span found: the cold figures, and the warm batch where there is one. */
interface Span {
  phases: Phases;
  cpu_time: number;
  cpu_phases: Phases;
  warm?: WarmSpan;
}

/**
 * What each task is handed: the level's argument, or for a workload that moves data (the
 * registry's `handed`) the payload of that size, built here before the clock starts (the data a
 * caller already has).
 */
function taskArgument(job: RunnerJob): unknown {
  const { name, payload } = job.workload;
  return payload === undefined ? job.arg : transferPayload(payload, job.arg, name);
}

/** Loads what must be loaded before the span; returns the measured part. */
async function prepare(job: RunnerJob): Promise<() => Promise<Span>> {
  const timeoutMs = (job.task_timeout_s ?? Infinity) * 1000;
  const arg = taskArgument(job);
  if (job.mode === 'serial') {
    // the event loop's "pool" is the workload called in this thread; one task at a time
    const inline = await startEventLoop({ workers: 1, workload: job.workload });
    const batch = { tasks: job.tasks, inFlight: 1, arg, timeoutMs };
    // Twice, like a pool's run: the second batch is the serial side of the warm speedup, with
    // the code as warm (JIT, caches) as a long-lived pool's.
    return async () => {
      const cpu0 = treeCpuSeconds();
      const t0 = process.hrtime.bigint();
      await runTasks(inline, batch);
      const t1 = process.hrtime.bigint();
      const cpu1 = treeCpuSeconds();
      const cold = {
        phases: { startup: 0, run: seconds(t0, t1), shutdown: 0 },
        cpu_time: cpu1 - cpu0,
        cpu_phases: { startup: 0, run: cpu1 - cpu0, shutdown: 0 },
      };
      if (job.cold_only) return cold; // a calibration check needs the first batch alone
      const t1b = process.hrtime.bigint();
      await runTasks(inline, batch);
      const t2 = process.hrtime.bigint();
      const cpu2 = treeCpuSeconds();
      return { ...cold, warm: { wall_time: seconds(t1b, t2), cpu_time: cpu2 - cpu1 } };
    };
  }
  const strategy = nodeStrategy(job.strategy ?? '');
  if (!strategy) throw new Error(`the Node runner has no strategy "${job.strategy}"`);
  const startPool = strategy.start;
  // The event loop starts every task at once: that is its model. Pools take one per worker.
  const batch = {
    tasks: job.tasks,
    inFlight: strategy.inFlight === 'all' ? job.tasks : job.workers,
    arg,
    timeoutMs,
  };
  return async () => {
    // Cold: pool created → tasks → pool shut down. Warm: the same tasks again on the started
    // pool, between the two; its time and CPU are kept apart from the cold span's.
    const cpu0 = treeCpuSeconds();
    const t0 = process.hrtime.bigint();
    const pool = await startPool({ workers: job.workers, workload: job.workload });
    const t1 = process.hrtime.bigint();
    const cpu1 = treeCpuSeconds();
    await runOrTearDown(pool, () => runTasks(pool, batch));
    const t2 = process.hrtime.bigint();
    const cpu2 = treeCpuSeconds();
    const t2b = process.hrtime.bigint();
    await runOrTearDown(pool, () => runTasks(pool, batch));
    const t3 = process.hrtime.bigint();
    const cpu3 = treeCpuSeconds();
    const t3b = process.hrtime.bigint();
    await pool.close();
    const t4 = process.hrtime.bigint();
    const cpu4 = treeCpuSeconds();
    return {
      phases: { startup: seconds(t0, t1), run: seconds(t1, t2), shutdown: seconds(t3b, t4) },
      cpu_time: cpu2 - cpu0 + (cpu4 - cpu3),
      cpu_phases: { startup: cpu1 - cpu0, run: cpu2 - cpu1, shutdown: cpu4 - cpu3 },
      warm: { wall_time: seconds(t2b, t3), cpu_time: cpu3 - cpu2 },
    };
  };
}

async function runOrTearDown(pool: Pool, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    // A hung worker would never close: the runner exits instead, which ends its threads, and
    // the orchestrator then kills the process group, which ends its child processes.
    if (!(error instanceof TaskTimeoutError)) await pool.close();
    throw error;
  }
}

/** Times one call of the workload in this thread, as the serial baseline calls it. */
async function calibrateJob(job: RunnerJob): Promise<void> {
  const fn = await resolveWorkload(job.workload);
  const timeCall = async (arg: number) => {
    const start = process.hrtime.bigint();
    await fn(arg);
    return seconds(start, process.hrtime.bigint());
  };
  const calibration = await calibrate(timeCall, job.targets_s ?? []);
  say({ type: 'result', wall_time: 0, cpu_time: 0, phases: { startup: 0, run: 0, shutdown: 0 }, calibration });
}

async function main(): Promise<void> {
  volunteerForOomKiller();
  const job = JSON.parse(process.argv[2]) as RunnerJob;
  if (job.mode === 'probe') {
    await resolveWorkload(job.workload);
    say({ type: 'result', wall_time: 0, cpu_time: 0, phases: { startup: 0, run: 0, shutdown: 0 } });
    return;
  }
  if (job.mode === 'calibrate') return calibrateJob(job);
  const measured = await prepare(job);
  say({ type: 'span-start' });
  const span = await measured();
  say({ type: 'span-end' });
  const { phases, cpu_time, cpu_phases, warm } = span;
  say({
    type: 'result',
    wall_time: phases.startup + phases.run + phases.shutdown,
    cpu_time,
    phases,
    cpu_phases,
    ...(warm ? { warm } : {}),
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    say({ type: 'error', message: oneLine(error) });
    process.exit(1);
  },
);
