// 4. Efficiency ceiling: worker-threads and Python's process-pool on CPU-bound tasks, workers =
// tasks = the machine's cores. The limit is 1.0.
// The reported figure uses tasks of a fixed CPU cost (burn: spin until the thread has used N s),
// because on a shared VM the speed of a core drifts by ±20% from one minute to the next (and
// drops when both cores are busy): a task of fixed *work* then takes a different time in the
// serial and the parallel runs, and efficiency swings from 0.8 to 1.1 for reasons that are not
// the tool's. The built-in cpu workload is shown too, beside the same work run bare (plain
// processes, one alone and then one per core at once), so the machine's share can be read off.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpu } from '../../src/workloads/builtin.ts';
import type { RuntimeKind } from '../../src/registry.ts';
import { fixture, fmt, median, okCell, root, runEngine } from './common.ts';

/** The study's own matrix (iteration counts): the repository's config.json uses durations now. */
export const studyMatrix = () =>
  JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'study-config.json'), 'utf8')) as Record<
    string,
    Record<string, number>
  >;

export interface EfficiencyFigures {
  lines: string[];
  /** The lower of the two efficiencies (NaN when neither could be measured). */
  lowest: number;
}

/** Node's cpu(n) runs ~40x faster than Python's: n for about `seconds` of Node work here. */
function nodeArgFor(seconds: number): number {
  const probe = 50_000_000;
  cpu(probe / 10); // warm up the JIT
  const started = performance.now();
  cpu(probe);
  const perIteration = (performance.now() - started) / 1000 / probe;
  return Math.round(seconds / perIteration / 1e6) * 1e6;
}

/** Wall seconds of `copies` processes running the built-in cpu(n) at once, each timing itself. */
async function bareWall(runtime: RuntimeKind, n: number, copies: number): Promise<number> {
  const builtin = runtime === 'node' ? join(root, 'src', 'workloads', 'builtin.ts') : join(root, 'src', 'python');
  const [command, args] =
    runtime === 'node'
      ? [
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `import { cpu } from '${builtin}'; const t = performance.now(); cpu(${n}); console.log((performance.now() - t) / 1000);`,
          ],
        ]
      : [
          'python3',
          [
            '-c',
            `import sys, time; sys.path.insert(0, '${builtin}'); from concurrency_bench_harness.workloads import cpu; t = time.perf_counter(); cpu(${n}); print(time.perf_counter() - t)`,
          ],
        ];
  const one = () =>
    new Promise<number>((done, fail) => {
      let out = '';
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('exit', (code) =>
        code === 0 ? done(Number(out.trim())) : fail(new Error(`${runtime} bare cpu run exited ${code}`)),
      );
    });
  const times = await Promise.all(Array.from({ length: copies }, one));
  return Math.max(...times);
}

/** The machine's own ceiling for this work: one copy alone against one per core at once, interleaved. */
export async function bareCeiling(runtime: 'node' | 'python', n: number, rounds: number): Promise<number> {
  const cores = availableParallelism();
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const alone = await bareWall(runtime, n, 1);
    const together = await bareWall(runtime, n, cores);
    ratios.push(alone / together);
  }
  return median(ratios);
}

/** The cell's efficiency, or none when every round was set aside, with a line of detail either way. */
async function efficiencyOf(
  strategy: string,
  workloads: Record<string, object>,
  repetitions: number,
): Promise<{ efficiency: number | undefined; runtime: string; detail: string }> {
  const run = await runEngine({
    workers: 'auto',
    tasks: 'auto',
    repetitions,
    strategies: [strategy],
    python: ['python3'],
    workloads,
  });
  const found = run.cells.find((c) => c.strategy === strategy);
  if (found && found.status === 'skipped' && found.outliers?.length) {
    // Every round set aside as implausible (a serial run this VM slowed): say so, with what the
    // rounds read, rather than end the harness before its summary line.
    const read = found.outliers.map((o) => `${fmt(o.speedup, 2)}×`).join(', ');
    return { efficiency: undefined, runtime: found.runtime, detail: `${found.reason}; its rounds read ${read}` };
  }
  const cell = okCell(run.cells, { strategy });
  const detail = `speedup ${fmt(cell.metrics.speedup, 2)} on ${cell.workers}; serial ${fmt(cell.serial_wall_time, 2)} s, parallel ${fmt(cell.metrics.wall_time, 2)} s of which start-up ${fmt(cell.phases.startup, 3)} s`;
  return { efficiency: cell.metrics.efficiency, runtime: cell.runtime, detail };
}

const efficiencyText = (efficiency: number | undefined) =>
  efficiency === undefined ? 'efficiency not measured' : `efficiency ${fmt(efficiency)}`;

export async function measureEfficiency(repetitions: number, taskSeconds: number): Promise<EfficiencyFigures> {
  const lines = [
    `tasks that each burn ${taskSeconds} s of CPU, workers = tasks = cores, ${repetitions} repetitions, medians:`,
  ];
  let lowest = Infinity;
  const burns = [
    {
      strategy: 'worker-threads',
      workload: { module: fixture('burn.mjs'), export: 'burn', levels: { long: taskSeconds } },
    },
    {
      strategy: 'process-pool',
      workload: { module: fixture('burn.py'), function: 'burn', levels: { long: taskSeconds } },
    },
  ];
  for (const { strategy, workload } of burns) {
    const { efficiency, runtime, detail } = await efficiencyOf(strategy, { burn: workload }, repetitions);
    if (efficiency !== undefined) lowest = Math.min(lowest, efficiency);
    lines.push(`  ${runtime.padEnd(8)} ${strategy.padEnd(15)} ${efficiencyText(efficiency)} (${detail})`);
  }

  lines.push(
    `for information, the built-in cpu workload (fixed work, ~${taskSeconds} s a task), and the same cpu(n) bare, one alone / one per core at once (${repetitions} rounds):`,
  );
  const builtins = [
    { strategy: 'worker-threads', runtime: 'node' as const, arg: nodeArgFor(taskSeconds) },
    { strategy: 'process-pool', runtime: 'python' as const, arg: studyMatrix().cpu.high! }, // ~3 s of Python here
  ];
  for (const { strategy, runtime, arg } of builtins) {
    const { efficiency, runtime: label, detail } = await efficiencyOf(strategy, { cpu: { long: arg } }, repetitions);
    const ceiling = await bareCeiling(runtime, arg, repetitions);
    lines.push(
      `  ${label.padEnd(8)} ${strategy.padEnd(15)} cpu(${arg}): ${efficiencyText(efficiency)} (${detail}); bare ${fmt(ceiling)}`,
    );
  }
  return { lines, lowest: Number.isFinite(lowest) ? lowest : Number.NaN };
}
