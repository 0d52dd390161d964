// 1. Dispatch: the cost per task of handing a no-op to each of our models, as the runner does it
// (the strategy's pool plus runTasks, with its per-task timeout), against the same work done
// bare: piscina with its defaults, a plain fork + IPC loop, a plain Promise.all.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { runTasks } from '../../src/measure/run-tasks.ts';
import { startChildProcesses } from '../../src/strategies/child-processes.ts';
import { startEventLoop } from '../../src/strategies/event-loop.ts';
import type { Pool } from '../../src/strategies/types.ts';
import { startWorkerThreads } from '../../src/strategies/worker-threads.ts';
import { fixture, fmt, median } from './common.ts';

const WORKERS = 2;
const TIMEOUT_MS = 600_000; // the default timeout_s: the runner always runs with one
const workload = { name: 'noop', module: fixture('noop.mjs'), entry: 'noop' };
// the same function that our event-loop pool loads
const { noop } = (await import(fixture('noop.mjs'))) as { noop: (value: unknown) => unknown };

interface Side {
  name: string;
  /** Starts the pool; returns a function that times `tasks` tasks, and a close. */
  start(): Promise<{ time(tasks: number): Promise<number>; close(): Promise<void> }>;
}

const timed = async (work: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
};

/** Ours: a pool of one of our strategies, driven by the runner's own task loop. */
const ours = (name: string, startPool: () => Promise<Pool>, inFlight: (tasks: number) => number): Side => ({
  name,
  async start() {
    const pool = await startPool();
    return {
      time: (tasks) => timed(() => runTasks(pool, { tasks, inFlight: inFlight(tasks), arg: 1, timeoutMs: TIMEOUT_MS })),
      close: () => pool.close(),
    };
  },
});

const barePiscina: Side = {
  name: 'bare piscina (its defaults)',
  async start() {
    const pool = new Piscina({ filename: fixture('noop.mjs'), name: 'noop', minThreads: WORKERS, maxThreads: WORKERS });
    return {
      time: (tasks) => timed(() => Promise.all(Array.from({ length: tasks }, () => pool.run(1)))),
      close: () => pool.destroy(),
    };
  },
};

/** Each child gets its next task as soon as it answers: the loop anyone would write. */
const bareFork: Side = {
  name: 'bare fork + IPC loop',
  async start() {
    const children = Array.from({ length: WORKERS }, () =>
      fork(join(import.meta.dirname, 'bare-child.mjs'), [], { serialization: 'advanced', stdio: 'inherit' }),
    );
    await Promise.all(children.map((child) => once(child, 'spawn')));
    return {
      time: (tasks) =>
        timed(
          () =>
            new Promise<void>((done) => {
              let sent = 0;
              let received = 0;
              for (const child of children) {
                child.removeAllListeners('message');
                child.on('message', () => {
                  if (++received === tasks) done();
                  else if (sent < tasks) child.send(sent++);
                });
              }
              for (const child of children) if (sent < tasks) child.send(sent++);
            }),
        ),
      close: async () => {
        const exits = children.map((child) => once(child, 'exit'));
        children.forEach((child) => child.disconnect());
        await Promise.all(exits);
      },
    };
  },
};

const barePromiseAll: Side = {
  name: 'bare Promise.all',
  async start() {
    return { time: (tasks) => timed(() => Promise.all(Array.from({ length: tasks }, () => noop(1)))), close: async () => {} };
  },
};

interface Pair {
  model: string;
  ours: Side;
  bare: Side;
  tasks: number;
}

export const PAIRS: Pair[] = [
  {
    model: 'worker-threads',
    ours: ours('worker-threads (ours)', () => startWorkerThreads({ workers: WORKERS, workload }), () => WORKERS),
    bare: barePiscina,
    tasks: 20_000,
  },
  {
    model: 'child-processes',
    ours: ours('child-processes (ours)', () => startChildProcesses({ workers: WORKERS, workload }), () => WORKERS),
    bare: bareFork,
    tasks: 20_000,
  },
  {
    model: 'event-loop',
    ours: ours('event-loop (ours)', () => startEventLoop({ workers: WORKERS, workload }), (tasks) => tasks),
    bare: barePromiseAll,
    tasks: 200_000,
  },
];

async function microsPerTask(side: Side, tasks: number): Promise<number> {
  const pool = await side.start();
  try {
    await pool.time(Math.min(1000, tasks)); // warm up: JIT, first messages
    return ((await pool.time(tasks)) / tasks) * 1e6;
  } finally {
    await pool.close();
  }
}

export interface DispatchFigures {
  lines: string[];
  /** The worst of ours / bare over the three models. */
  worst: number;
}

export async function measureDispatch(rounds: number): Promise<DispatchFigures> {
  const samples = new Map<Side, number[]>();
  for (let round = 0; round < rounds; round++) {
    // interleaved, ours and bare in turn, so drift on a shared machine hits both alike
    for (const pair of PAIRS) {
      for (const side of round % 2 ? [pair.bare, pair.ours] : [pair.ours, pair.bare]) {
        samples.set(side, [...(samples.get(side) ?? []), await microsPerTask(side, pair.tasks)]);
      }
    }
  }
  const lines = [`no-op tasks, ${WORKERS} workers, median of ${rounds} rounds, µs per task (pool start-up excluded):`];
  let worst = 0;
  for (const pair of PAIRS) {
    const o = median(samples.get(pair.ours)!);
    const b = median(samples.get(pair.bare)!);
    worst = Math.max(worst, o / b);
    lines.push(`  ${pair.model.padEnd(16)} ours ${fmt(o, 2).padStart(7)}  bare ${fmt(b, 2).padStart(7)}  ratio ${fmt(o / b, 2)}x  (${pair.tasks} tasks; bare = ${pair.bare.name})`);
  }
  return { lines, worst };
}
