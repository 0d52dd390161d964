// Python's three pools through the whole engine: known CPU burns give back their CPU time in
// every pool, speedups are what the GIL and 2 cores allow, and several interpreters run side
// by side, each its own runtime.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Results } from '../src/results/types.ts';
import { cpuAgainstTruth } from './cpu-truth.ts';
import {
  fixture,
  leftoverProcesses,
  NO_PYTHON_314,
  okCell,
  python314,
  readResults,
  runCli,
  scratchDir,
  writeJson,
} from './helpers.ts';

const SECONDS_PER_TASK = 2;
const TASKS = 2;
const BURN = `${SECONDS_PER_TASK}s`;
const py314 = python314();

function cellOf(results: Results, runtime: string, strategy: string) {
  return okCell({ ...results, cells: results.cells.filter((c) => c.runtime === runtime) }, strategy);
}

test('ground truth and speedups in every pool, python3 and python3.14 side by side', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    workers: 2,
    tasks: TASKS,
    repetitions: 1,
    strategies: ['thread-pool', 'process-pool', 'interpreter-pool'],
    python: py314 ? ['python3', py314] : ['python3'],
    workloads: {
      burn: { module: fixture('burn.py'), function: 'burn', levels: { zero: 0, [BURN]: SECONDS_PER_TASK } },
    },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const all = readResults(join(dir, 'out'));
  const results = { ...all, cells: all.cells.filter((c) => c.level === BURN) };
  const zeroCell = (runtime: string, strategy: string) =>
    all.cells.find((c) => c.level === 'zero' && c.runtime === runtime && c.strategy === strategy)!;
  const truth = TASKS * SECONDS_PER_TASK;
  const runtimes = py314 ? ['python3', 'python3.14'] : ['python3'];
  assert.deepEqual(
    results.system.pythons.map((p) => p.label),
    runtimes,
  );

  for (const runtime of runtimes) {
    const pools =
      runtime === 'python3.14' ? ['thread-pool', 'process-pool', 'interpreter-pool'] : ['thread-pool', 'process-pool'];
    for (const strategy of pools) {
      const cell = cellOf(results, runtime, strategy);
      t.diagnostic(
        `${runtime} ${strategy}: ${JSON.stringify(cell.metrics)}, CPU per phase ${JSON.stringify(cell.cpu_phases)}`,
      );
      // the truth plus the pool's own CPU, bounded by the no-work cell of the same run (cpu-truth.ts)
      const wrong = cpuAgainstTruth(cell, zeroCell(runtime, strategy), truth);
      assert.equal(wrong, undefined, wrong);
    }
    const threads = cellOf(results, runtime, 'thread-pool').metrics;
    assert.ok(threads.speedup >= 0.9 && threads.speedup <= 1.1, `${runtime} thread-pool speedup ${threads.speedup}`);
    assert.ok(threads.gil_eff <= 0.55, `${runtime} thread-pool gil_eff ${threads.gil_eff}`);
    const processes = cellOf(results, runtime, 'process-pool');
    assert.ok(processes.metrics.speedup >= 1.7, `${runtime} process-pool speedup ${processes.metrics.speedup}`);
    assert.ok(processes.metrics.gil_eff >= 0.8, `${runtime} process-pool gil_eff ${processes.metrics.gil_eff}`);
    assert.equal(typeof processes.info?.start_method, 'string');
  }
  const python3 = results.cells.find((c) => c.runtime === 'python3' && c.strategy === 'interpreter-pool');
  assert.ok(python3?.status === 'skipped' && /needs Python 3\.14/.test(python3.reason), JSON.stringify(python3));
  if (py314) {
    assert.equal(cellOf(results, 'python3.14', 'process-pool').info?.start_method, 'forkserver');
    const interpreters = cellOf(results, 'python3.14', 'interpreter-pool').metrics;
    assert.ok(interpreters.speedup >= 1.7, `interpreter-pool speedup ${interpreters.speedup}`);
  } else {
    t.diagnostic(`python3.14 part not run: ${NO_PYTHON_314}`);
  }
  assert.deepEqual(leftoverProcesses(), []);
});

test('a missing interpreter skips its cells with the reason; the others run', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: ['thread-pool'],
    python: ['python3', 'python9.9'],
    workloads: { cpu: { low: 100_000 } }, // ~3 ms a task: long enough to read a plausible speedup
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  assert.deepEqual(
    cells.map((c) => [c.runtime, c.status]),
    [
      ['python3', 'ok'],
      ['python9.9', 'skipped'],
    ],
  );
  assert.ok(cells[1].status === 'skipped' && cells[1].reason === 'python9.9 not found', JSON.stringify(cells[1]));
});

test('a Python task that raises, or returns what cannot be shared, fails its cell in one line', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: ['thread-pool', 'process-pool', 'interpreter-pool'],
    python: py314 ? [py314] : ['python3'],
    workloads: {
      raises: { module: fixture('burn.py'), function: 'fail', levels: { once: 1 } },
      unshareable: { module: fixture('burn.py'), function: 'unshareable', levels: { once: 1 } },
    },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  for (const cell of cells.filter((c) => c.workload === 'raises' && c.status !== 'skipped')) {
    assert.ok(
      cell.status === 'failed' &&
        cell.error.includes('ValueError: boom from a Python workload') &&
        !cell.error.includes('\n'),
      JSON.stringify(cell),
    );
  }
  const byStrategy = (strategy: string) => cells.find((c) => c.workload === 'unshareable' && c.strategy === strategy)!;
  // threads share one interpreter: any value comes back
  assert.equal(byStrategy('thread-pool').status, 'ok', JSON.stringify(byStrategy('thread-pool')));
  const processes = byStrategy('process-pool');
  assert.ok(processes.status === 'failed' && /pickl/i.test(processes.error), JSON.stringify(processes));
  if (py314) {
    const interpreters = byStrategy('interpreter-pool');
    assert.ok(interpreters.status === 'failed' && !interpreters.error.includes('\n'), JSON.stringify(interpreters));
    t.diagnostic(`interpreter-pool, unshareable result: ${interpreters.status === 'failed' ? interpreters.error : ''}`);
  }
  assert.deepEqual(leftoverProcesses(), []);
});

test('a module importable only from the config folder runs in worker processes and subinterpreters', (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'sibling_helper.py'), 'def double(x):\n    return 2 * x\n');
  writeJson(
    join(dir, 'uses_sibling.py'),
    'import sibling_helper\n\ndef work(x):\n    return sibling_helper.double(x)\n',
  );
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: ['process-pool', 'interpreter-pool'],
    python: py314 ? [py314] : ['python3'],
    workloads: { sibling: { module: 'uses_sibling.py', function: 'work', levels: { one: 21 } } },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: '/' });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  assert.equal(cells.find((c) => c.strategy === 'process-pool')?.status, 'ok', JSON.stringify(cells));
  if (py314) assert.equal(cells.find((c) => c.strategy === 'interpreter-pool')?.status, 'ok', JSON.stringify(cells));
});

test('a Python module that fails to import, or lacks the function, stops the run before measuring (exit 2)', (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'broken.py'), 'import no_such_module_anywhere\n');
  for (const [workload, mention] of [
    [{ module: 'broken.py', function: 'work', levels: { one: 1 } }, "No module named 'no_such_module_anywhere'"],
    [{ module: fixture('burn.py'), function: 'nope', levels: { one: 1 } }, 'nope'],
  ] as const) {
    const config = writeJson(join(dir, 'config.json'), { strategies: ['thread-pool'], workloads: { mine: workload } });
    const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    assert.ok(run.stderr.includes('workloads.mine') && run.stderr.includes(mention), run.stderr);
  }
});
