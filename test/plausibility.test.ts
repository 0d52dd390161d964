// Plausibility before presentation, end to end: a round whose serial run the machine slowed reads
// a speedup no pool can reach; it is kept, and the median of every round stays what the machine
// can do. Only a cause sets a round aside (CPU beyond the machine), and a cell whose median cannot
// be true is not shown. The rules themselves: test/run-plan.test.ts and below.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { medianInterval } from '../src/stats/interval.ts';
import { cpuShare, cpuTooCoarse, implausibleRounds, speedupLimit } from '../src/measure/plausibility.ts';
import { median } from '../src/stats/summary.ts';
import { tasksInFlight } from '../src/registry.ts';
import { fixture, okCell, readResults, runCli, scratchDir, writeJson } from './helpers.ts';

test('the limit: workers, tasks, and the cores for work as busy as the serial run says', () => {
  assert.equal(speedupLimit(2, 2, 2, 1), 2);
  assert.equal(speedupLimit(4, 4, 2, 1), 2, 'CPU-bound: the cores');
  assert.equal(speedupLimit(4, 4, 2, 0.05), 4, 'mostly waiting: the workers');
  assert.equal(speedupLimit(4, 3, 2, 0.1), 3, 'the tasks');
  assert.equal(speedupLimit(8, 8, 2, 0.5), 4, 'half busy: cores ÷ 0.5');
  assert.equal(cpuShare([{ wall_time: 1, cpu_time: 1.2 }]), 1, 'background threads do not make work busier than busy');
});

test('the event loop runs every task at once: its limit is the tasks, not the workers', () => {
  // 32 waits of 50 ms on 2 workers: the event loop waits for all 32 together (measured: ~28×)
  const serials = new Map([0, 1, 2].map((round) => [round, { wall_time: 1.6, cpu_time: 0.01 }]));
  const reps = [0, 1, 2].map((round) => ({ round, wall_time: 0.057, cpu_time: 0.005 }));
  const [eventLoop, pool] = implausibleRounds({
    cores: 2,
    serials,
    cells: [
      { workers: 2, tasks: 32, inFlight: tasksInFlight('event-loop', 2, 32), reps },
      { workers: 2, tasks: 32, inFlight: tasksInFlight('worker-threads', 2, 32), reps },
    ],
  });
  assert.deepEqual(eventLoop, { limit: 32, setAside: [] });
  assert.equal(
    pool!.implausible,
    'its speedup, 28.07× (at least 28.07× over 3 rounds), is above what 2 workers allow (2×)',
    'a pool of 2 cannot wait for 32 at once',
  );
});

test("a cell that reads too fast in every round is not measurable as a whole; the group's other cell keeps its figure", () => {
  const serials = new Map(
    [2, 2.04, 1.98, 2.01].map((wall, round) => [round, { wall_time: wall, cpu_time: wall * 0.3 }]),
  );
  const reps = [2, 2.04, 1.98, 2.01].map((wall, round) => ({ round, wall_time: wall / 2.9, cpu_time: 0.1 }));
  const other = [2, 2.04, 1.98, 2.01].map((wall, round) => ({ round, wall_time: wall, cpu_time: wall * 0.3 }));
  const [fast, steady] = implausibleRounds({
    cores: 2,
    serials,
    cells: [
      { workers: 2, tasks: 2, reps },
      { workers: 2, tasks: 2, reps: other },
    ],
  });
  assert.equal(
    fast!.implausible,
    'its speedup, 2.90× (at least 2.90× over 4 rounds), is above what 2 workers allow (2×)',
  );
  assert.deepEqual(fast!.setAside, [], 'no round is set aside for reading high');
  assert.deepEqual(steady, { limit: 2, setAside: [] });
});

test('a parallel round that alone reads too fast is kept; a round whose CPU reading cannot be true is set aside', () => {
  const serials = new Map([0, 1, 2].map((round) => [round, { wall_time: 2, cpu_time: 2 }]));
  const rep = (round: number, wall_time: number, cpu_time = wall_time * 2) => ({ round, wall_time, cpu_time });
  const [lucky, overcounted] = implausibleRounds({
    cores: 2,
    serials,
    cells: [
      { workers: 2, tasks: 2, reps: [rep(0, 1.05), rep(1, 0.8), rep(2, 1.04)] },
      { workers: 2, tasks: 2, reps: [rep(0, 1.1), rep(1, 1.1), rep(2, 1.1, 2.6)] },
    ],
  });
  assert.deepEqual(lucky, { limit: 2, setAside: [] }, 'round 2 read 2.5×: kept, the median (1.92×) is plausible');
  assert.deepEqual(
    overcounted!.setAside.map((s) => [s.round, s.reason]),
    [[2, 'it used 2.4 CPU-seconds a second, more than the 2 cores can give']],
  );
  assert.equal(overcounted!.implausible, undefined);
});

test('CPU readings too coarse to judge: 2 workers need 75 ms of wall time', () => {
  assert.equal(cpuTooCoarse(0.07, 2), true, '0.14 worker-seconds against 30 ms of tick error: 21%');
  assert.equal(cpuTooCoarse(0.08, 2), false, '0.16 worker-seconds: 19%');
});

test('one serial round slowed on purpose: kept, and the median is still what the machine can do', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 6,
    workers: 2,
    tasks: 2,
    strategies: ['worker-threads', 'child-processes'],
    workloads: { slow: { module: fixture('slow-serial-round.mjs'), export: 'slowRound', levels: { ms300: 300 } } },
  });
  // the 3rd runner to load the module on its main thread: a serial run of round 2 or 3 (the order
  // within a round is random; the CLI's own check of the workload's export may load it first)
  const env = { ...process.env, SLOW_ROUND_COUNTER: join(dir, 'counter'), SLOW_ROUND: '3', SLOW_FACTOR: '1.5' };
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir, env });
  assert.equal(run.code, 0, run.stderr);
  const results = readResults(join(dir, 'out'));
  for (const strategy of ['worker-threads', 'child-processes']) {
    const cell = okCell(results, strategy);
    assert.equal(cell.outliers, undefined, `${strategy}: no round set aside`);
    const serials = cell.stats.serial_wall_time.samples;
    const slowed = serials.indexOf(Math.max(...serials));
    assert.ok(
      serials[slowed]! / median(serials) > 1.3,
      `one serial run was slowed: ${serials.map((s) => s.toFixed(3))}`,
    );
    const speedups = cell.stats.speedup.samples;
    assert.equal(speedups.length, 6, 'every round');
    assert.equal(cell.metrics.speedup, median(speedups));
    const interval = medianInterval(speedups);
    assert.deepEqual(cell.stats.speedup.ci, [interval.low, interval.high]);
    assert.ok(cell.metrics.speedup <= 2.1, `the median is plausible: ${cell.metrics.speedup}`);
    assert.ok(speedups[slowed]! > cell.metrics.speedup, 'the slowed round read higher than the median');
  }
  const report = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
  assert.doesNotMatch(report, /### Rounds set aside/);
});
