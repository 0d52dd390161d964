// 3. Accuracy: cpu_time against the CPU that tasks are known to burn, per strategy, Node and
// Python; memory_mb against the tree's RSS read independently from /proc at the peak.
// A pool's own start-up and shut-down (workers, interpreters, imports) is real CPU but no task's:
// it is shown apart (cpu_phases), and the rest, the run phase, is held to the truth.
// 2. Sampler: the orchestrator's own CPU while long cpu cells ran, against the CPU of the runners
// it watched (measured in the same run as the CPU accuracy).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CellResult, Phases } from '../../src/results/types.ts';
import { fixture, fmt, okCell, PYTHON_314, runEngine, whyNotMeasured } from './common.ts';

const NODE = ['event-loop', 'worker-threads', 'child-processes'];
const PYTHON = ['thread-pool', 'process-pool', 'interpreter-pool'];
const pythons = () => ['python3', ...(existsSync(PYTHON_314) ? [PYTHON_314] : [])];

export interface CpuFigures {
  lines: string[];
  /** The ratio furthest from 1 of the tasks' CPU (cpu_time less the pool's start-up and shut-down) / known CPU. */
  worst: number;
  samplerLines: string[];
  /** The highest orchestrator CPU / its runners' CPU over the groups of cells, in percent. */
  samplerWorstPercent: number;
}

/** Tasks of `seconds` CPU each, workers = tasks = 2: every strategy, Node and Python, one run. */
export async function measureCpuAccuracy(seconds: number): Promise<CpuFigures> {
  const tasks = 2;
  const run = await runEngine({
    workers: 2,
    tasks,
    repetitions: 1,
    strategies: [...NODE, ...PYTHON],
    python: pythons(),
    workloads: {
      burn_js: { module: fixture('burn.mjs'), export: 'burn', levels: { long: seconds } },
      burn_py: { module: fixture('burn.py'), function: 'burn', levels: { long: seconds } },
    },
  });
  const known = tasks * seconds;
  const lines = [
    `tasks that each burn ${seconds} s of CPU (their own thread's clock), workers = tasks = ${tasks}, known CPU ${known} s;`,
    `the pool's own start-up + shut-down CPU apart, and the rest (the tasks' run) against the known CPU:`,
  ];
  let worst = 1;
  for (const cell of run.cells) {
    const name = `  ${cell.runtime.padEnd(12)} ${cell.strategy.padEnd(16)}`;
    const figures = cpuFigures(cell);
    if (!figures) {
      lines.push(`${name} not measured: ${cell.status === 'ok' ? 'no CPU per phase' : whyNotMeasured(cell)}`);
      continue;
    }
    const { cpu_time, cpu_phases, note } = figures;
    const own = cpu_phases.startup + cpu_phases.shutdown;
    const ratio = (cpu_time - own) / known;
    if (Math.abs(ratio - 1) > Math.abs(worst - 1)) worst = ratio;
    lines.push(
      `${name} cpu_time ${fmt(cpu_time).padStart(7)} s  ratio ${fmt(cpu_time / known)}  pool's own ${fmt(own)} s  tasks ${fmt(cpu_time - own).padStart(7)} s  ratio ${fmt(ratio)}${note}`,
    );
  }
  return {
    lines,
    worst,
    ...samplerCost(run.cells, run.orchestratorCpuAtCellEnd, run.orchestratorCpuAtStart, known, 1),
  };
}

/** A cell's CPU, whole and per phase: its medians, or, for a cell whose only round was set aside
 * because its speedup could not be true (a slow serial run), that round's own CPU figures. */
function cpuFigures(cell: CellResult): { cpu_time: number; cpu_phases: Phases; note: string } | undefined {
  if (cell.status === 'ok' && cell.cpu_phases)
    return { cpu_time: cell.metrics.cpu_time, cpu_phases: cell.cpu_phases, note: '' };
  const round = cell.status === 'skipped' ? cell.outliers?.[0] : undefined;
  if (!round?.cpu_phases) return undefined;
  return { cpu_time: round.cpu_time, cpu_phases: round.cpu_phases, note: `  (round set aside: ${round.reason})` };
}

/**
 * The orchestrator's CPU while each group of cells sharing a serial baseline was measured (the
 * engine runs such a group in rounds and reports its cells together at the end), against all the
 * CPU its runners used meanwhile: each cell's cpu_time, plus the serial runs, whose CPU is known
 * (`serialCpuPerRound` a round) and not in any cell.
 */
function samplerCost(
  cells: CellResult[],
  cpuAtEnd: number[],
  cpuAtStart: number,
  serialCpuPerRound: number,
  rounds: number,
) {
  const lines = [
    'orchestrator CPU (spawning, sampling memory, messages, results.json) while each group of cells ran / the CPU its runners used:',
  ];
  let worst = 0;
  let groupStart = cpuAtStart;
  cells.forEach((cell, i) => {
    const next = cells[i + 1];
    const sameGroup =
      next && next.runtime === cell.runtime && next.workload === cell.workload && next.level === cell.level;
    if (sameGroup) return;
    const group = cells.filter(
      (c) => c.runtime === cell.runtime && c.workload === cell.workload && c.level === cell.level,
    );
    const measured = group.filter((c) => c.status === 'ok');
    const own = cpuAtEnd[i] - groupStart;
    groupStart = cpuAtEnd[i];
    if (measured.length === 0) return;
    const runners = measured.reduce((sum, c) => sum + c.metrics.cpu_time * rounds, 0) + serialCpuPerRound * rounds;
    const percent = (own / runners) * 100;
    worst = Math.max(worst, percent);
    lines.push(
      `  ${cell.runtime.padEnd(12)} ${measured
        .map((c) => c.strategy)
        .join(', ')
        .padEnd(
          45,
        )} orchestrator ${fmt(own * 1000, 1).padStart(6)} ms  runners ${fmt(runners, 2)} s  ${fmt(percent, 2)}%`,
    );
  });
  return { samplerLines: lines, samplerWorstPercent: worst };
}

export interface MemoryFigures {
  lines: string[];
  /** The ratio furthest from 1 (memory_mb / independent peak). */
  worst: number;
}

/** Each strategy alone: 2 tasks on 2 workers each hold `mib` MiB; ours against /proc read every 5 ms. */
export async function measureMemoryAccuracy(mib: number): Promise<MemoryFigures> {
  const lines = [
    `tasks that each fill and hold ${mib} MiB for 1.5 s, workers = tasks = 2; memory_mb (sampled every 50 ms at first, then once per 5% of the span) / the tree's VmRSS sum read independently every 5 ms:`,
  ];
  let worst = 1;
  const subjects = [
    ...NODE.map((strategy) => ({ strategy, python: 'python3' })),
    ...pythons().flatMap((python) =>
      PYTHON.filter((s) => s !== 'interpreter-pool' || python === PYTHON_314).map((strategy) => ({ strategy, python })),
    ),
  ];
  for (const { strategy, python } of subjects) {
    const { value: cells, peakBytes } = await independentPeak(() =>
      runEngine({
        workers: 2,
        tasks: 2,
        repetitions: 1,
        strategies: [strategy],
        python: [python],
        workloads: {
          hold: NODE.includes(strategy)
            ? { module: join(import.meta.dirname, 'fixtures', 'hold.mjs'), export: 'hold', levels: { held: mib } }
            : { module: join(import.meta.dirname, 'fixtures', 'hold.py'), function: 'hold', levels: { held: mib } },
        },
      }).then((run) => run.cells),
    );
    const found = cells.find((c) => c.strategy === strategy);
    if (found && found.status !== 'ok') {
      lines.push(`  ${found.runtime.padEnd(12)} ${strategy.padEnd(16)} not measured: ${whyNotMeasured(found)}`);
      continue;
    }
    const cell = okCell(cells, { strategy });
    const independentMib = peakBytes / 1024 / 1024;
    const ratio = cell.metrics.memory_mb / independentMib;
    if (Math.abs(ratio - 1) > Math.abs(worst - 1)) worst = ratio;
    lines.push(
      `  ${cell.runtime.padEnd(12)} ${strategy.padEnd(16)} memory_mb ${fmt(cell.metrics.memory_mb, 1).padStart(7)}  /proc ${fmt(independentMib, 1).padStart(7)}  ratio ${fmt(ratio)}`,
    );
  }
  return { lines, worst };
}

/** Runs `work` while proc-peak.mjs samples this process's descendants; returns their peak RSS. */
async function independentPeak<T>(work: () => Promise<T>): Promise<{ value: T; peakBytes: number }> {
  const sampler = spawn(process.execPath, [join(import.meta.dirname, 'proc-peak.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  sampler.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const exited = new Promise((done) => sampler.on('close', done));
  let value: T;
  try {
    value = await work();
  } finally {
    sampler.stdin.end();
    await exited;
  }
  return { value, peakBytes: Number(out.trim()) };
}
