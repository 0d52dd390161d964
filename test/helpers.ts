// Shared by the end-to-end tests: run the built CLI as a user would, in a scratch folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readResultsFile } from '../src/results/read.ts';
import type { OkCell, Results } from '../src/results/types.ts';

export const repoRoot = resolve(import.meta.dirname, '..');

// Every run the tests start measures the runner's ceiling twice; a 0.1 s busy loop instead of
// 0.3 s takes about 1.2 s off each (src/benchmark.ts says why it may). Children inherit it.
process.env.CONCURRENCY_BENCH_CEILING_LOOP_S ??= '0.1';
export const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', name);

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd: string; cli?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): CliRun {
  const result = spawnSync(process.execPath, [options.cli ?? join(repoRoot, 'dist', 'cli.js'), ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function scratchDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'cb-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

/**
 * A run's results.json. Every real run a test makes is also read back the way a reader does
 * (validated, fields outside the schema dropped): it must come back whole, so the schema names
 * every field the tool writes.
 */
export function readResults(dir: string): Results {
  const path = join(dir, 'results.json');
  const written = JSON.parse(readFileSync(path, 'utf8'));
  assert.deepEqual(readResultsFile(path), written, `${path}: a field the tool writes is not in results.schema.json`);
  return written;
}

export function okCell(results: Results, strategy: string, workload?: string): OkCell {
  const cell = results.cells.find(
    (c) => c.strategy === strategy && (workload === undefined || c.workload === workload),
  );
  if (!cell) throw new Error(`no cell for ${strategy}`);
  if (cell.status !== 'ok')
    throw new Error(`${strategy} ${cell.workload}: ${cell.status === 'failed' ? cell.error : cell.reason}`);
  return cell;
}

/** Python 3.14 from ../shared/tools/get-python3.14 (or on the PATH); undefined when absent. */
export function python314(): string | undefined {
  for (const candidate of ['/opt/python3.14/bin/python3.14', 'python3.14']) {
    const probe = spawnSync(candidate, ['-c', 'from concurrent.futures import InterpreterPoolExecutor'], {
      stdio: 'ignore',
    });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/** The first lines of a `python3 -c` script that imports the harness package from the sources. */
export const importHarness = (...modules: string[]) =>
  `import sys\nsys.path.insert(0, ${JSON.stringify(join(repoRoot, 'src', 'python'))})\nfrom concurrency_bench_harness import ${modules.join(', ')}\n`;

export const NO_PYTHON_314 = 'Python 3.14 is not installed: run ../shared/tools/get-python3.14 (CI does)';

/** Processes still running a file of ours: there must be none once a run is over. */
export function leftoverProcesses(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (
        /(dist\/(concurrency_bench_harness|runner\.js|task-child\.js)|src\/(python\/concurrency_bench_harness|measure\/runner\.ts|strategies\/task-child\.ts))/.test(
          cmdline,
        )
      )
        found.push(`${pid} ${cmdline}`);
    } catch {
      // exited meanwhile
    }
  }
  return found;
}
