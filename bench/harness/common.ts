// What the harness's parts share: running the real engine in this process on a config, and the
// statistics of a few samples.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBenchmark } from '../../src/benchmark.ts';
import type { CellResult, OkCell, Results } from '../../src/results/types.ts';

export const root = resolve(import.meta.dirname, '..', '..');
export const fixture = (name: string) => join(root, 'test', 'fixtures', name);

export { median } from '../../src/stats/summary.ts';

/** The Python 3.14 to use for InterpreterPool, if this machine has one. */
export const PYTHON_314 = '/opt/python3.14/bin/python3.14';

export interface EngineRun {
  cells: CellResult[];
  results: Results;
  /** CPU seconds this process (the orchestrator) had used when each cell was reported (a group of
   * cells sharing a serial baseline is measured in rounds and reported together, at its end). */
  orchestratorCpuAtCellEnd: number[];
  /** The same, when the run announced its cells (after config, interpreter discovery, probes). */
  orchestratorCpuAtStart: number;
}

const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Runs the engine that the CLI and the Action run, in this process, on `config` (an object in
 * the full shape), and keeps what it measured. Progress lines mark the run's start and each
 * cell's end, which is where this process's own CPU is read.
 */
/** `config` undefined: the repository's own config.json, as `npm run bench` runs it. */
export async function runEngine(config: object | undefined): Promise<EngineRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'cb-harness-'));
  try {
    const configPath = config === undefined ? join(root, 'config.json') : join(scratch, 'config.json');
    if (config !== undefined) writeFileSync(configPath, JSON.stringify(config));
    const startCpu = ownCpuSeconds();
    const marks: number[] = [];
    const outcome = await runBenchmark({
      configPath,
      outDir: join(scratch, 'out'),
      overrides: {},
      cwd: scratch,
      env: process.env,
      // the line announcing the cells, then one per finished cell (not the ceiling's, calibration's or extra rounds')
      progress: (line) => {
        if (line.startsWith('concurrency-bench:') || line.startsWith('[')) marks.push(ownCpuSeconds() - startCpu);
      },
      withEta: false,
    });
    // the first line announces the cells; then one line per finished cell
    return {
      cells: outcome.results.cells,
      results: outcome.results,
      orchestratorCpuAtStart: marks[0]!,
      orchestratorCpuAtCellEnd: marks.slice(1),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function okCell(
  cells: CellResult[],
  match: Partial<Pick<CellResult, 'runtime' | 'strategy' | 'workload' | 'level'>>,
): OkCell {
  const cell = cells.find((c) => Object.entries(match).every(([key, value]) => c[key as keyof CellResult] === value));
  if (!cell) throw new Error(`no cell ${JSON.stringify(match)} in the run`);
  if (cell.status !== 'ok') throw new Error(`cell ${JSON.stringify(match)} did not run: ${whyNotMeasured(cell)}`);
  return cell;
}

/** A failed cell's error, a skipped cell's reason. */
export const whyNotMeasured = (cell: Exclude<CellResult, OkCell>) =>
  cell.status === 'failed' ? cell.error : cell.reason;

export const fmt = (value: number, digits = 3) => value.toFixed(digits);
