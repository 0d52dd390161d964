// Workloads that hang, end their process, abort it, return what cannot cross a boundary, or
// flood stdout: each fails only its own cells, with one line saying what happened, and leaves
// no process behind; the well-behaved cells of the same run finish.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { CellResult } from '../src/results/types.ts';
import {
  fixture,
  leftoverProcesses,
  NO_PYTHON_314,
  python314,
  readResults,
  repoRoot,
  runCli,
  scratchDir,
  writeJson,
} from './helpers.ts';

const TASK_TIMED_OUT = /^a task ran longer than 2 s \(config timeout_s\); its pool was torn down/;
// The well-behaved control cells are tiny (microseconds a task): they ran, and either gave a figure
// or, when their one round read an impossible speedup, were found not measurable.
const RAN = /^ok$|^skipped: not measurable on this runner right now/;

const outcome = (cell: CellResult) =>
  cell.status === 'ok' ? 'ok' : cell.status === 'failed' ? cell.error : `skipped: ${cell.reason}`;

function expectCells(cells: CellResult[], workload: string, expected: Record<string, RegExp>) {
  for (const [strategy, pattern] of Object.entries(expected)) {
    const cell = cells.find((c) => c.workload === workload && c.strategy === strategy);
    assert.ok(cell, `${workload} ${strategy} missing`);
    assert.match(outcome(cell), pattern, `${workload} ${strategy}`);
    assert.ok(!outcome(cell).includes('\n'), 'one line');
  }
}

test('Node workloads that misbehave fail their own cells only', (t) => {
  const dir = scratchDir(t);
  const workload = (entry: string) => ({ module: fixture('faulty.mjs'), export: entry, levels: { once: 1 } });
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    timeout_s: 2,
    strategies: ['event-loop', 'worker-threads', 'child-processes'],
    workloads: {
      hang: workload('hang'),
      exit: workload('exit'),
      abort: workload('abort'),
      uncloneable: workload('uncloneable'),
      chatty: workload('chatty'),
      cpu: { low: 1000 },
    },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  const all = (pattern: RegExp) => ({ 'event-loop': pattern, 'worker-threads': pattern, 'child-processes': pattern });
  // a promise that never settles, in the serial baseline: the runner's own per-task check
  expectCells(cells, 'hang', all(TASK_TIMED_OUT));
  expectCells(cells, 'exit', all(/exited with code 3 before reporting a result/));
  expectCells(cells, 'abort', all(/killed by SIGABRT/));
  expectCells(cells, 'uncloneable', {
    'event-loop': /^ok$/,
    'worker-threads': /worker thread died while running its task/,
    'child-processes': /could not be cloned/,
  });
  expectCells(cells, 'chatty', all(/^ok$/));
  expectCells(cells, 'cpu', all(RAN));
  assert.doesNotMatch(run.stdout, /x{1000}/, "a workload's output is not passed through");
  assert.deepEqual(leftoverProcesses(), []);
});

test('Python workloads that misbehave fail their own cells only', (t) => {
  const dir = scratchDir(t);
  const workload = (entry: string) => ({ module: fixture('faulty.py'), function: entry, levels: { once: 1 } });
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    timeout_s: 2,
    strategies: ['thread-pool', 'process-pool'],
    workloads: { hang: workload('hang'), exit: workload('exit'), chatty: workload('chatty'), cpu: { low: 1000 } },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  const both = (pattern: RegExp) => ({ 'thread-pool': pattern, 'process-pool': pattern });
  // the serial baseline blocks the harness's main thread: the orchestrator's bound, tasks = 2
  expectCells(cells, 'hang', both(/^timed out after 10 s \(config timeout_s × \(2 × tasks \+ 1\)/));
  expectCells(cells, 'exit', both(/exited with code 3 before reporting a result/));
  expectCells(cells, 'chatty', both(/^ok$/));
  expectCells(cells, 'cpu', both(RAN));
  assert.deepEqual(leftoverProcesses(), []);
});

test('a Node workload out of memory under a heap limit fails its cells, saying so', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: ['event-loop', 'worker-threads', 'child-processes'],
    workloads: { oom: { module: fixture('faulty.mjs'), export: 'oom', levels: { once: 1 } }, cpu: { low: 1000 } },
  });
  // the limit reaches the runner and its pools through NODE_OPTIONS; the orchestrator stays small anyway
  const run = spawnSync(
    process.execPath,
    [join(repoRoot, 'dist', 'cli.js'), '--config', config, '--out', join(dir, 'out')],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=48' },
    },
  );
  assert.equal(run.status, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  const all = (pattern: RegExp) => ({ 'event-loop': pattern, 'worker-threads': pattern, 'child-processes': pattern });
  expectCells(cells, 'oom', all(/killed by SIGABRT \(FATAL ERROR: .*heap out of memory\)/));
  expectCells(cells, 'cpu', all(RAN));
  assert.deepEqual(leftoverProcesses(), []);
});

// These workloads misbehave inside a pool only, so the serial baseline finishes and what is tested
// is the pool's side. config timeout_s bounds each task: a task that hangs in a pool fails its cell
// with the pool torn down (no process left), while the other cells finish.
test('a Node task that hangs, spins or ends its worker inside a pool fails that cell only', (t) => {
  const dir = scratchDir(t);
  const workload = (entry: string) => ({ module: fixture('faulty.mjs'), export: entry, levels: { once: 1 } });
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    timeout_s: 2,
    workers: 2,
    tasks: 4,
    strategies: ['event-loop', 'worker-threads', 'child-processes'],
    workloads: {
      hangInPool: workload('hangInPool'),
      spinInPool: workload('spinInPool'),
      spin: workload('spin'),
      exitInPool: workload('exitInPool'),
      abortInPool: workload('abortInPool'),
      cpu: { low: 1000 },
    },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  expectCells(cells, 'hangInPool', {
    'event-loop': TASK_TIMED_OUT,
    'worker-threads': TASK_TIMED_OUT,
    'child-processes': TASK_TIMED_OUT,
  });
  expectCells(cells, 'spinInPool', {
    'event-loop': /^ok$/,
    'worker-threads': TASK_TIMED_OUT,
    'child-processes': TASK_TIMED_OUT,
  });
  // an endless loop on the runner's own thread (the serial baseline) stops its watchdog too:
  // the orchestrator's bound of timeout_s × (2 × tasks + 1) ends it (a parallel run runs its tasks twice: cold, then warm)
  expectCells(cells, 'spin', { 'event-loop': /^timed out after 18 s \(config timeout_s × \(2 × tasks \+ 1\)/ });
  expectCells(cells, 'exitInPool', {
    'event-loop': /^the process exited with code 3 before reporting a result/,
    'worker-threads': /^a worker thread exited with code 3 while running a task/,
    'child-processes': /^worker process exited \(3\) while running a task/,
  });
  expectCells(cells, 'abortInPool', {
    'event-loop': /^the process was killed by SIGABRT/,
    'worker-threads': /process.abort\(\) is not supported in workers/, // Node's own rule
    'child-processes': /^worker process exited \(SIGABRT\) while running a task/,
  });
  expectCells(cells, 'cpu', { 'event-loop': RAN, 'worker-threads': RAN, 'child-processes': RAN });
  assert.deepEqual(leftoverProcesses(), []);
});

function pythonPoolTimeouts(t: TestContext, python: string, strategies: string[]) {
  const dir = scratchDir(t);
  const tempBefore = new Set(readdirSync(tmpdir()));
  const workload = (entry: string) => ({ module: fixture('faulty.py'), function: entry, levels: { once: 1 } });
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    timeout_s: 2,
    workers: 2,
    tasks: 4,
    python: [python],
    strategies,
    workloads: {
      hang_in_pool: workload('hang_in_pool'),
      spin_in_pool: workload('spin_in_pool'),
      exit_in_pool: workload('exit_in_pool'),
      oom_in_pool: workload('oom_in_pool'),
      cpu: { low: 1000 },
    },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  const each = (pattern: RegExp) => Object.fromEntries(strategies.map((strategy) => [strategy, pattern]));
  expectCells(cells, 'hang_in_pool', each(TASK_TIMED_OUT));
  expectCells(cells, 'spin_in_pool', each(TASK_TIMED_OUT));
  const ended = /^the process exited with code 3 before reporting a result/; // threads share the harness's process
  const died =
    /^a worker process died while running a task \(os._exit\(\), a crash, or the kernel's out-of-memory killer\): BrokenProcessPool/;
  expectCells(
    cells,
    'exit_in_pool',
    Object.fromEntries(strategies.map((strategy) => [strategy, strategy === 'process-pool' ? died : ended])),
  );
  // under an address-space limit (RLIMIT_AS) the workload sets itself: Python raises MemoryError
  expectCells(cells, 'oom_in_pool', each(/^MemoryError \(the workload ran out of memory\)$/));
  expectCells(cells, 'cpu', each(RAN));
  assert.deepEqual(leftoverProcesses(), []);
  // a harness that left at once after a timeout cannot remove its forkserver's /tmp/pymp-… folder:
  // the runners' TMPDIR is the run's own folder, removed with it
  const newInTemp = readdirSync(tmpdir()).filter(
    (name) => !tempBefore.has(name) && /^(pymp-|concurrency-bench-)/.test(name),
  );
  assert.deepEqual(newInTemp, []);
}

test('a Python task that hangs, spins, ends its process or runs out of memory in a thread or process pool fails that cell only', (t) => {
  pythonPoolTimeouts(t, 'python3', ['thread-pool', 'process-pool']);
});

test('a Python task that hangs, spins, ends its process or runs out of memory in a 3.14 process or interpreter pool fails that cell only', {
  skip: python314() ? false : NO_PYTHON_314,
}, (t) => {
  pythonPoolTimeouts(t, python314()!, ['process-pool', 'interpreter-pool']);
});

// A workload that floods stdout and then crashes: the flood neither blocks the runner (its pipe is
// drained and only a tail kept) nor reaches our output, and the crash fails that cell only.
function floodThenCrash(t: TestContext, strategies: string[], module: string, entry: string, python?: string) {
  const dir = scratchDir(t);
  const key = module.endsWith('.py') ? 'function' : 'export';
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    timeout_s: 20,
    workers: 2,
    tasks: 2,
    ...(python ? { python: [python] } : {}),
    strategies,
    workloads: { flood: { module: fixture(module), [key]: entry, levels: { once: 1 } }, cpu: { low: 1000 } },
  });
  const started = performance.now();
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  const seconds = (performance.now() - started) / 1000;
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  // a worker process aborted (process pool), or the runner itself (threads, subinterpreters, the event loop)
  const crashed =
    /killed by SIGABRT|a worker process died while running a task|child process .*SIGABRT|worker .*(exited|died)/;
  // a worker thread cannot abort the process: it throws from a timer, which ends the thread
  expectCells(
    cells,
    'flood',
    Object.fromEntries(
      strategies.map((strategy) => [
        strategy,
        strategy === 'worker-threads' ? /^Error: crashed after the flood$|^crashed after the flood$/ : crashed,
      ]),
    ),
  );
  expectCells(cells, 'cpu', Object.fromEntries(strategies.map((strategy) => [strategy, RAN])));
  assert.doesNotMatch(run.stdout + run.stderr, /y{1000}/, 'the flood is not passed through');
  assert.ok(seconds < 60, `no pipe held the run up: ${seconds.toFixed(1)} s`);
  assert.deepEqual(leftoverProcesses(), []);
}

test('a Node workload that floods stdout and then crashes fails its cells only, in every model', (t) => {
  floodThenCrash(t, ['event-loop', 'worker-threads', 'child-processes'], 'faulty.mjs', 'floodThenAbortInPool');
});

test('a Python workload that floods stdout and then crashes fails its cells only, in a thread or process pool', (t) => {
  floodThenCrash(t, ['thread-pool', 'process-pool'], 'faulty.py', 'flood_then_abort_in_pool', 'python3');
});

test('a Python workload that floods stdout and then crashes fails its cells only, in a 3.14 interpreter pool', {
  skip: python314() ? false : NO_PYTHON_314,
}, (t) => {
  floodThenCrash(t, ['interpreter-pool'], 'faulty.py', 'flood_then_abort_in_pool', python314()!);
});
