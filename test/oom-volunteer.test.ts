// Every runner, Node and Python, raises its own oom_score_adj to 1000 before it loads the
// workload, so under a memory limit the kernel ends a runner, not the orchestrator. The two
// fixtures refuse to load anywhere else: the run's load check fails (exit 2) if either runner
// has not volunteered.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixture, leftoverProcesses, readResults, runCli, scratchDir, writeJson } from './helpers.ts';

test('Node and Python runners volunteer for the out-of-memory killer before loading a workload', {
  skip: process.platform !== 'linux' && 'needs /proc',
}, (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    workers: 2,
    tasks: 2,
    python: ['python3'],
    strategies: ['event-loop', 'thread-pool'],
    workloads: {
      'node-score': { module: fixture('oom-score.mjs'), export: 'noop', levels: { once: 1 } },
      'python-score': { module: fixture('oom_score.py'), function: 'noop', levels: { once: 1 } },
    },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells.filter((cell) => cell.status !== 'skipped' || cell.reason);
  assert.ok(cells.length >= 2, JSON.stringify(cells));
  for (const cell of cells) assert.notEqual(cell.status, 'failed', JSON.stringify(cell));
  assert.deepEqual(leftoverProcesses(), []);
});
