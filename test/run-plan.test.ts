// runPlan measures the cells that share a serial baseline in rounds: serial, then each strategy,
// round after round; a failing strategy ends only its own cell.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPlan } from '../src/measure/run-plan.ts';
import type { PlannedCell } from '../src/plan/plan.ts';
import type { CellResult } from '../src/results/types.ts';
import { fixture, scratchDir } from './helpers.ts';

const cell = (strategy: string, level: string): PlannedCell => ({
  runtime: 'node',
  kind: 'node',
  strategy,
  workload: 'cpu',
  level,
  arg: 1,
  workers: 2,
  tasks: 2,
  workloadRef: { name: 'cpu' },
  baselineKey: JSON.stringify(['node', 'cpu', level]),
});

async function run(t: import('node:test').TestContext, cells: PlannedCell[], fail?: string) {
  const log = join(scratchDir(t), 'runner.log');
  const env = { ...process.env, RUNNER_LOG: log, RUNNER_FAIL: fail ?? '' };
  const finished: CellResult[] = [];
  const results = await runPlan(
    { cells, rounds: { min: 3, max: 3 }, precision: 0.05, budgetMs: 600_000, timeoutMs: 30_000 },
    () => ({ command: process.execPath, args: [fixture('logging-runner.mjs')], env }),
    { cellFinished: (result) => void finished.push(result) },
  );
  return { results, finished, log: readFileSync(log, 'utf8').trim().split('\n') };
}

test('cells sharing a baseline run in rounds: serial, then each strategy, three times', async (t) => {
  const { results, finished, log } = await run(t, [cell('event-loop', 'low'), cell('worker-threads', 'low'), cell('event-loop', 'high')]);
  const round = ['serial -', 'parallel event-loop', 'parallel worker-threads'];
  const high = ['serial -', 'parallel event-loop'];
  assert.deepEqual(log, [...round, ...round, ...round, ...high, ...high, ...high]);
  assert.deepEqual(finished, results);
  assert.deepEqual(results.map((r) => [r.strategy, r.level, r.status]), [['event-loop', 'low', 'ok'], ['worker-threads', 'low', 'ok'], ['event-loop', 'high', 'ok']]);
  for (const result of results) assert.ok(result.status === 'ok' && result.metrics.speedup === 2 && result.stats.speedup.samples.length === 3);
});

test('a strategy that fails ends its own cell; the others go on with their rounds', async (t) => {
  const { results, log } = await run(t, [cell('event-loop', 'low'), cell('worker-threads', 'low')], 'event-loop');
  assert.deepEqual(log, ['serial -', 'parallel event-loop', 'parallel worker-threads', 'serial -', 'parallel worker-threads', 'serial -', 'parallel worker-threads']);
  assert.deepEqual(results.map((r) => (r.status === 'failed' ? r.error : r.status)), ['boom', 'ok']);
});

test('a skipped cell is not measured, and a group with no cell to measure runs no serial', async (t) => {
  const skipped = { ...cell('worker-threads', 'low'), skip: 'not here' };
  const { results, log } = await run(t, [skipped, cell('event-loop', 'high')]);
  assert.deepEqual(log, ['serial -', 'parallel event-loop', 'serial -', 'parallel event-loop', 'serial -', 'parallel event-loop']);
  assert.deepEqual(results.map((r) => r.status), ['skipped', 'ok']);
});
