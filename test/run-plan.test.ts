// runPlan measures the cells that share a serial baseline in rounds: serial, then each strategy,
// round after round; a failing strategy ends only its own cell.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { BUDGET_SPENT, runPlan, type PlanClock } from '../src/measure/run-plan.ts';
import type { PlannedCell, Rounds } from '../src/plan/plan.ts';
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

interface Options {
  fail?: string;
  jitter?: number;
  rounds?: Rounds;
  clock?: PlanClock;
  slowSerial?: number;
  parallelWall?: number;
}

async function run(t: import('node:test').TestContext, cells: PlannedCell[], options: Options = {}) {
  const log = join(scratchDir(t), 'runner.log');
  writeFileSync(log, '');
  const env = {
    ...process.env,
    RUNNER_LOG: log,
    RUNNER_FAIL: options.fail ?? '',
    RUNNER_JITTER: String(options.jitter ?? 0),
    RUNNER_SLOW_SERIAL: String(options.slowSerial ?? ''),
    RUNNER_PARALLEL_WALL: String(options.parallelWall ?? ''),
  };
  const finished: CellResult[] = [];
  const refined: number[] = [];
  const results = await runPlan(
    {
      cells,
      rounds: options.rounds ?? { min: 3, max: 3 },
      precision: 0.05,
      budgetMs: 600_000,
      timeoutMs: 30_000,
      cores: 2,
    },
    () => ({ command: process.execPath, args: [fixture('logging-runner.mjs')], env }),
    { cellFinished: (result) => void finished.push(result), cellsRefined: (_, round) => void refined.push(round) },
    undefined,
    options.clock,
  );
  return { results, finished, refined, log: readFileSync(log, 'utf8').trim().split('\n') };
}

const rounds = (result: CellResult) => (result.status === 'ok' ? result.stats.speedup.samples.length : 0);

test('cells sharing a baseline run in rounds: serial, then each strategy, three times', async (t) => {
  const { results, finished, log } = await run(t, [
    cell('event-loop', 'low'),
    cell('worker-threads', 'low'),
    cell('event-loop', 'high'),
  ]);
  const round = ['serial -', 'parallel event-loop', 'parallel worker-threads'];
  const high = ['serial -', 'parallel event-loop'];
  assert.deepEqual(log, [...round, ...round, ...round, ...high, ...high, ...high]);
  assert.deepEqual(finished, results);
  assert.deepEqual(
    results.map((r) => [r.strategy, r.level, r.status]),
    [
      ['event-loop', 'low', 'ok'],
      ['worker-threads', 'low', 'ok'],
      ['event-loop', 'high', 'ok'],
    ],
  );
  for (const result of results)
    assert.ok(result.status === 'ok' && result.metrics.speedup === 2 && result.stats.speedup.samples.length === 3);
});

test('a strategy that fails ends its own cell; the others go on with their rounds', async (t) => {
  const { results, log } = await run(t, [cell('event-loop', 'low'), cell('worker-threads', 'low')], {
    fail: 'event-loop',
  });
  assert.deepEqual(log, [
    'serial -',
    'parallel event-loop',
    'parallel worker-threads',
    'serial -',
    'parallel worker-threads',
    'serial -',
    'parallel worker-threads',
  ]);
  assert.deepEqual(
    results.map((r) => (r.status === 'failed' ? r.error : r.status)),
    ['boom', 'ok'],
  );
});

test('a skipped cell is not measured, and a group with no cell to measure runs no serial', async (t) => {
  const skipped = { ...cell('worker-threads', 'low'), skip: 'not here' };
  const { results, log } = await run(t, [skipped, cell('event-loop', 'high')]);
  assert.deepEqual(log, [
    'serial -',
    'parallel event-loop',
    'serial -',
    'parallel event-loop',
    'serial -',
    'parallel event-loop',
  ]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['skipped', 'ok'],
  );
});

test('auto rounds: a cell whose speedup never varies stops at 6 rounds, the first with a 95% interval', async (t) => {
  const { results, refined } = await run(t, [cell('event-loop', 'low'), cell('worker-threads', 'low')], {
    rounds: { min: 3, max: 10 },
  });
  assert.deepEqual(results.map(rounds), [6, 6]);
  assert.deepEqual(refined, [4, 5, 6]);
  for (const result of results)
    assert.ok(result.status === 'ok' && result.stats.speedup.ci_level! >= 0.95 && result.precision === 0);
});

test('auto rounds: a cell that stays noisier than the precision gets rounds up to the maximum', async (t) => {
  const { results } = await run(t, [cell('event-loop', 'low')], { rounds: { min: 3, max: 8 }, jitter: 0.5 });
  assert.equal(rounds(results[0]!), 8);
  assert.ok(
    results[0]!.status === 'ok' && results[0]!.precision > 0.05,
    'still imprecise: it ran out of rounds, not of noise',
  );
});

test('the time budget: groups that cannot start in time are skipped, and no extra round starts past it', async (t) => {
  // A clock that moves 1 s each time it is read; the deadline lets the first group in only.
  let now = 0;
  const clock = { now: () => (now += 1000), deadline: 5_000 };
  const { results, log } = await run(t, [cell('event-loop', 'low'), cell('event-loop', 'high')], {
    rounds: { min: 3, max: 10 },
    jitter: 0.5,
    clock,
  });
  assert.equal(rounds(results[0]!), 3, 'the first group keeps its minimum rounds, and gets no extra');
  assert.deepEqual(results[1], { ...results[1], status: 'skipped', reason: BUDGET_SPENT(600_000) });
  assert.equal(log.filter((line) => line === 'serial -').length, 3);
});

test('a round whose serial run the machine slowed is set aside for every cell of the group, and named', async (t) => {
  // serial 2 s, parallel 1 s on 2 workers and 2 cores: 2×, the limit. Round 2's serial run takes
  // 3 s, so that round reads 3×: impossible, and the serial run is the one that moved.
  const { results } = await run(t, [cell('event-loop', 'low'), cell('worker-threads', 'low')], {
    slowSerial: 2,
    rounds: { min: 4, max: 4 },
  });
  for (const result of results) {
    assert.equal(result.status, 'ok');
    if (result.status !== 'ok') continue;
    assert.deepEqual(result.stats.speedup.samples, [2, 2, 2], 'the other rounds only');
    assert.deepEqual(result.stats.speedup.ci, [2, 2]);
    assert.equal(result.serial_wall_time, 2);
    assert.deepEqual(
      result.outliers?.map((o) => [o.round, o.speedup, o.serial_wall_time]),
      [[2, 3, 3]],
    );
    assert.match(
      result.outliers![0]!.reason,
      /^its serial run was 50% slower than the other rounds' \(3\.00× here; 2× is the most 2 workers allow\)$/,
    );
  }
});

test('a cell most of whose rounds cannot be true is not measurable, with its rounds kept', async (t) => {
  // parallel 0.5 s against serial 2 s: 4× on 2 workers, every round
  const { results } = await run(t, [cell('event-loop', 'low')], { parallelWall: 0.5 });
  const [result] = results;
  assert.equal(result!.status, 'skipped');
  assert.match(
    (result as { reason: string }).reason,
    /^not measurable on this runner right now: 3 of 3 rounds could not be true \(round 1: it read 4\.00× where 2× is the most 2 workers allow\)$/,
  );
  assert.equal((result as { outliers?: unknown[] }).outliers?.length, 3);
});
