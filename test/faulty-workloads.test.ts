// Workloads that hang, end their process, abort it, return what cannot cross a boundary, or
// flood stdout: each fails only its own cells, with one line saying what happened, and leaves
// no process behind; the well-behaved cells of the same run finish.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CellResult } from '../src/results/types.ts';
import { fixture, leftoverProcesses, readResults, repoRoot, runCli, scratchDir, writeJson } from './helpers.ts';

const outcome = (cell: CellResult) => (cell.status === 'ok' ? 'ok' : cell.status === 'failed' ? cell.error : `skipped: ${cell.reason}`);

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
    workloads: { hang: workload('hang'), exit: workload('exit'), abort: workload('abort'), uncloneable: workload('uncloneable'), chatty: workload('chatty'), cpu: { low: 1000 } },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  const all = (pattern: RegExp) => ({ 'event-loop': pattern, 'worker-threads': pattern, 'child-processes': pattern });
  expectCells(cells, 'hang', all(/^timed out after 2 s \(config timeout_s\)/));
  expectCells(cells, 'exit', all(/exited with code 3 before reporting a result/));
  expectCells(cells, 'abort', all(/killed by SIGABRT/));
  expectCells(cells, 'uncloneable', { 'event-loop': /^ok$/, 'worker-threads': /worker thread died while running its task/, 'child-processes': /could not be cloned/ });
  expectCells(cells, 'chatty', all(/^ok$/));
  expectCells(cells, 'cpu', all(/^ok$/));
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
  expectCells(cells, 'hang', both(/^timed out after 2 s/));
  expectCells(cells, 'exit', both(/exited with code 3 before reporting a result/));
  expectCells(cells, 'chatty', both(/^ok$/));
  expectCells(cells, 'cpu', both(/^ok$/));
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
  const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--config', config, '--out', join(dir, 'out')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=48' },
  });
  assert.equal(run.status, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  const all = (pattern: RegExp) => ({ 'event-loop': pattern, 'worker-threads': pattern, 'child-processes': pattern });
  expectCells(cells, 'oom', all(/killed by SIGABRT \(FATAL ERROR: .*heap out of memory\)/));
  expectCells(cells, 'cpu', all(/^ok$/));
  assert.deepEqual(leftoverProcesses(), []);
});
