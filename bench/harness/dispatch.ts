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

/** piscina as a user would start it, with its default atomics ('sync') or with ours ('async'). */
const barePiscina = (atomics: 'sync' | 'async'): Side => ({
  name: `bare piscina (atomics '${atomics}'${atomics === 'sync' ? ', its default' : ', as ours'})`,
  async start() {
    const pool = new Piscina({
      filename: fixture('noop.mjs'),
      name: 'noop',
      minThreads: WORKERS,
      maxThreads: WORKERS,
      atomics,
    });
    return {
      time: (tasks) => timed(() => Promise.all(Array.from({ length: tasks }, () => pool.run(1)))),
      close: () => pool.destroy(),
    };
  },
});

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
        for (const child of children) child.disconnect();
        await Promise.all(exits);
      },
    };
  },
};

const barePromiseAll: Side = {
  name: 'bare Promise.all',
  async start() {
    return {
      time: (tasks) => timed(() => Promise.all(Array.from({ length: tasks }, () => noop(1)))),
      close: async () => {},
    };
  },
};

interface Pair {
  model: string;
  ours: Side;
  bare: Side;
  tasks: number;
  /** A second bare side, printed for information. */
  also?: Side;
}

export const PAIRS: Pair[] = [
  {
    model: 'worker-threads',
    ours: ours(
      'worker-threads (ours)',
      () => startWorkerThreads({ workers: WORKERS, workload }),
      () => WORKERS,
    ),
    // Our pool's atomics are 'async' on purpose (src/strategies/worker-threads.ts): what our
    // code adds is measured against piscina with that same setting; its default is shown too.
    bare: barePiscina('async'),
    also: barePiscina('sync'),
    tasks: 5_000,
  },
  {
    model: 'child-processes',
    ours: ours(
      'child-processes (ours)',
      () => startChildProcesses({ workers: WORKERS, workload }),
      () => WORKERS,
    ),
    bare: bareFork,
    tasks: 5_000,
  },
  {
    model: 'event-loop',
    ours: ours(
      'event-loop (ours)',
      () => startEventLoop({ workers: WORKERS, workload }),
      (tasks) => tasks,
    ),
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

/**
 * Each round times ours and bare back to back (their order alternating) and keeps the ratio, so
 * both sides of a ratio share the machine's state; the median ratio over the rounds is reported.
 */
export async function measureDispatch(rounds: number): Promise<DispatchFigures> {
  const lines = [
    `no-op tasks, ${WORKERS} workers, ${rounds} rounds; µs per task (pool start-up excluded) and ours / bare, medians over the rounds:`,
  ];
  let worst = 0;
  for (const pair of PAIRS) {
    const sides = [pair.ours, pair.bare, ...(pair.also ? [pair.also] : [])];
    const micros = new Map<Side, number[]>(sides.map((side) => [side, []]));
    const ratios = new Map<Side, number[]>(sides.slice(1).map((side) => [side, []]));
    for (let round = 0; round < rounds; round++) {
      const times = new Map<Side, number>();
      for (const side of round % 2 ? [...sides].reverse() : sides)
        times.set(side, await microsPerTask(side, pair.tasks));
      for (const side of sides) micros.get(side)!.push(times.get(side)!);
      for (const side of sides.slice(1)) ratios.get(side)!.push(times.get(pair.ours)! / times.get(side)!);
    }
    const ratio = median(ratios.get(pair.bare)!);
    worst = Math.max(worst, ratio);
    lines.push(`  ${pair.model}: ${pair.tasks} tasks a round`);
    lines.push(`    ${pair.ours.name.padEnd(40)} ${fmt(median(micros.get(pair.ours)!), 2).padStart(7)} µs`);
    for (const side of sides.slice(1)) {
      const counted = side === pair.bare ? '' : '  (for information)';
      lines.push(
        `    ${side.name.padEnd(40)} ${fmt(median(micros.get(side)!), 2).padStart(7)} µs   ours / this ${fmt(median(ratios.get(side)!), 2)}x${counted}`,
      );
    }
  }
  return { lines, worst };
}
