// 7. Start-up: what our code adds to a cold cell. Two tasks that each burn a known CPU time, on 2
// workers, in a fresh process each time: our runner (serial job, then the strategy's parallel
// job, as a cell's round runs them) against the same two tasks bare (serially, then on a piscina
// pool or a plain fork pool, bench/harness/bare-startup.mjs). Each side's cold speedup is its own
// serial time ÷ its parallel time, pool made and gone; the figure is ours ÷ bare, per round, with
// the rounds' order alternating so that both sides share the machine's state. Where our extra
// time goes: our runner's phases (start-up, tasks, shut-down) beside the bare pool's whole span.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Repetition } from '../../src/measure/metrics.ts';
import { runRepetition } from '../../src/measure/spawn-runner.ts';
import { NODE_RUNTIME } from '../../src/runtimes/node.ts';
import { fixture, fmt, median } from './common.ts';

const TASKS = 2;
const WORKERS = 2;
const workload = { name: 'burn', module: fixture('burn.mjs'), entry: 'burn' };
const TIMEOUT = { ms: 120_000, what: 'the harness bound' };

async function oursOnce(job: 'serial' | 'worker-threads' | 'child-processes', seconds: number): Promise<Repetition> {
  const outcome = await runRepetition(
    NODE_RUNTIME.runner(process.env),
    job === 'serial'
      ? { mode: 'serial', workload, arg: seconds, workers: 1, tasks: TASKS, task_timeout_s: 600 }
      : {
          mode: 'parallel',
          strategy: job,
          workload,
          arg: seconds,
          workers: WORKERS,
          tasks: TASKS,
          task_timeout_s: 600,
        },
    TIMEOUT,
  );
  if (!outcome.ok) throw new Error(`our ${job} run failed: ${outcome.error}`);
  return outcome.repetition;
}

function bareOnce(mode: 'serial' | 'piscina' | 'fork', seconds: number): Promise<number> {
  return new Promise((done, fail) => {
    let out = '';
    const child = spawn(process.execPath, [join(import.meta.dirname, 'bare-startup.mjs'), mode, String(seconds)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) =>
      code === 0 ? done((JSON.parse(out) as { wall: number }).wall) : fail(new Error(`bare ${mode} exited ${code}`)),
    );
  });
}

export interface StartupFigures {
  lines: string[];
  /** The lower of ours ÷ bare over the two pools. */
  lowest: number;
}

export async function measureStartup(rounds: number, seconds: number): Promise<StartupFigures> {
  const lines = [
    `two tasks of ${seconds} s CPU on ${WORKERS} workers, a fresh process per run, ${rounds} rounds; cold speedup (serial ÷ parallel, pool made and gone), medians:`,
  ];
  let lowest = Infinity;
  const pairs = [
    { model: 'worker-threads' as const, bare: 'piscina' as const },
    { model: 'child-processes' as const, bare: 'fork' as const },
  ];
  for (const { model, bare } of pairs) {
    const ratios: number[] = [];
    const ours: number[] = [];
    const bares: number[] = [];
    const phases: { startup: number[]; run: number[]; shutdown: number[] } = { startup: [], run: [], shutdown: [] };
    const bareExtra: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const measureOurs = async () => {
        const serial = await oursOnce('serial', seconds);
        const parallel = await oursOnce(model, seconds);
        phases.startup.push(parallel.phases.startup);
        phases.run.push(parallel.phases.run);
        phases.shutdown.push(parallel.phases.shutdown);
        return serial.wall_time / parallel.wall_time;
      };
      const measureBare = async () => {
        const serial = await bareOnce('serial', seconds);
        const parallel = await bareOnce(bare, seconds);
        bareExtra.push(parallel - serial / TASKS);
        return serial / parallel;
      };
      const [o, b] =
        round % 2
          ? [await measureOurs(), await measureBare()]
          : await measureBare().then(async (b2) => [await measureOurs(), b2]);
      ours.push(o);
      bares.push(b);
      ratios.push(o / b);
    }
    const ratio = median(ratios);
    lowest = Math.min(lowest, ratio);
    const ms = (xs: number[]) => `${fmt(median(xs) * 1000, 0)} ms`;
    lines.push(
      `  ${model.padEnd(16)} ours ${fmt(median(ours))}×, bare ${bare} ${fmt(median(bares))}×: ours / bare ${fmt(ratio)}` +
        `  (ours: start-up ${ms(phases.startup)}, tasks ${ms(phases.run)}, shut-down ${ms(phases.shutdown)}; bare: ${ms(bareExtra)} beyond one task's serial time)`,
    );
  }
  return { lines, lowest };
}
