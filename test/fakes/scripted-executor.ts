// An executor for the scheduler's tests: it runs nothing. Each repetition takes the seconds the
// script gives it on a fake clock, which moves by exactly that much, and the runs are logged as
// "mode strategy" (a base tree's run adds its module) in the order they ran.
import type { Execute } from '../../src/measure/executor.ts';
import type { PlanClock } from '../../src/measure/run-plan.ts';
import type { RunnerJob } from '../../src/measure/protocol.ts';
import { CANCELLED } from '../../src/measure/spawn-runner.ts';
import { seededRandom } from '../../src/stats/random.ts';

export interface Script {
  /** Seconds a serial run takes; the k-th serial run (1 for the first) when `slowSerial` is k: 3. */
  serialWall?: number;
  slowSerial?: number;
  /** Seconds a parallel run takes, plus up to `jitter` more, varying from run to run. */
  parallelWall?: number;
  jitter?: number;
  /** A strategy whose runs fail with "boom". */
  fail?: string;
  /** Called as each run starts (a test can cancel here). */
  onRun?: () => void;
  /** Where the fake clock's deadline lies, in ms. */
  deadline?: number;
}

export interface ScriptedExecutor {
  execute: Execute;
  clock: PlanClock;
  /** Every run, in order: "serial -", "parallel event-loop", "parallel event-loop /base/cpu.mjs". */
  log: string[];
}

export function scriptedExecutor(script: Script = {}): ScriptedExecutor {
  const { serialWall = 2, parallelWall = 1, jitter = 0, slowSerial } = script;
  const log: string[] = [];
  const random = seededRandom(1);
  let now = 0;
  let serials = 0;
  const clock: PlanClock = { now: () => now, deadline: script.deadline ?? Infinity };
  const execute: Execute = async (_cell, job: RunnerJob, signal) => {
    if (job.task_timeout_s === undefined) throw new Error('the scheduler hands every job its task timeout');
    script.onRun?.();
    if (signal?.aborted) return { ok: false, error: CANCELLED, cancelled: true };
    const module = job.workload.module ? ` ${job.workload.module}` : '';
    log.push(`${job.mode} ${job.strategy ?? '-'}${module}`);
    if (job.strategy !== undefined && job.strategy === script.fail) return { ok: false, error: 'boom' };
    if (job.mode === 'serial') serials++;
    const wall = job.mode === 'serial' ? (serials === slowSerial ? 3 : serialWall) : parallelWall + jitter * random();
    if (now + wall * 1000 > clock.deadline)
      throw new Error(`a run started at ${now} ms would end past the deadline, ${clock.deadline} ms`);
    now += wall * 1000;
    return {
      ok: true,
      repetition: {
        wall_time: wall,
        cpu_time: wall,
        peak_memory_bytes: 0,
        phases: { startup: 0, run: wall, shutdown: 0 },
        warm: { wall_time: wall, cpu_time: wall },
      },
    };
  };
  return { execute, clock, log };
}
