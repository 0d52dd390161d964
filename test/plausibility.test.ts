// Plausibility before presentation, end to end: a round whose serial run the machine slowed reads
// a speedup no pool can reach; it is set aside, named in the report, and the cell's figures are
// what the other rounds say. The rules themselves: test/run-plan.test.ts and below.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { medianInterval } from '../src/measure/interval.ts';
import { cpuShare, cpuTooCoarse, implausibleRounds, speedupLimit } from '../src/measure/plausibility.ts';
import { median } from '../src/measure/stats.ts';
import { fixture, okCell, readResults, runCli, scratchDir, writeJson } from './helpers.ts';

test('the limit: workers, tasks, and the cores for work as busy as the serial run says', () => {
  assert.equal(speedupLimit(2, 2, 2, 1), 2);
  assert.equal(speedupLimit(4, 4, 2, 1), 2, 'CPU-bound: the cores');
  assert.equal(speedupLimit(4, 4, 2, 0.05), 4, 'mostly waiting: the workers');
  assert.equal(speedupLimit(4, 3, 2, 0.1), 3, 'the tasks');
  assert.equal(speedupLimit(8, 8, 2, 0.5), 4, 'half busy: cores ÷ 0.5');
  assert.equal(cpuShare([{ wall_time: 1, cpu_time: 1.2 }]), 1, 'background threads do not make work busier than busy');
});

test("a cell that reads too fast in every round is its own matter, not its serial runs' (they moved by 2%)", () => {
  const serials = new Map(
    [2, 2.04, 1.98, 2.01].map((wall, round) => [round, { wall_time: wall, cpu_time: wall * 0.3 }]),
  );
  const reps = [2, 2.04, 1.98, 2.01].map((wall, round) => ({ round, wall_time: wall / 2.9, cpu_time: 0.1 }));
  const other = [2, 2.04, 1.98, 2.01].map((wall, round) => ({ round, wall_time: wall, cpu_time: wall * 0.3 }));
  const [{ setAside: fast }, { setAside: steady }] = implausibleRounds({
    cores: 2,
    serials,
    cells: [
      { workers: 2, tasks: 2, reps },
      { workers: 2, tasks: 2, reps: other },
    ],
  });
  assert.equal(fast!.length, 4);
  for (const aside of fast!) assert.match(aside.reason, /^it read 2\.90× where 2× is the most 2 workers allow$/);
  assert.deepEqual(steady, [], 'the other cell of the group keeps its rounds');
});

test('a parallel round that alone reads too fast is set aside for its own cell only; CPU beyond the machine too', () => {
  const serials = new Map([0, 1, 2].map((round) => [round, { wall_time: 2, cpu_time: 2 }]));
  const rep = (round: number, wall_time: number, cpu_time = wall_time * 2) => ({ round, wall_time, cpu_time });
  const found = implausibleRounds({
    cores: 2,
    serials,
    cells: [
      { workers: 2, tasks: 2, reps: [rep(0, 1.05), rep(1, 0.8), rep(2, 1.04)] },
      { workers: 2, tasks: 2, reps: [rep(0, 1.1), rep(1, 1.1), rep(2, 1.1, 2.6)] },
    ],
  }).map((judgement) => judgement.setAside);
  assert.deepEqual(
    found[0]!.map((s) => s.round),
    [1],
  );
  assert.match(found[0]![0]!.reason, /^it read 2\.50× where 2× is the most 2 workers allow$/);
  assert.deepEqual(
    found[1]!.map((s) => [s.round, s.reason]),
    [[2, 'it used 2.4 CPU-seconds a second, more than the 2 cores can give']],
  );
  assert.equal(cpuTooCoarse(0.07, 2), true, '0.14 worker-seconds against 30 ms of tick error: 21%');
  assert.equal(cpuTooCoarse(0.08, 2), false, '0.16 worker-seconds: 19%');
});

test("one serial round slowed on purpose: set aside and named; the median and interval are the other rounds'", (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 6,
    workers: 2,
    tasks: 2,
    strategies: ['worker-threads', 'child-processes'],
    workloads: { slow: { module: fixture('slow-serial-round.mjs'), export: 'slowRound', levels: { ms300: 300 } } },
  });
  // the 3rd runner to load the module on its main thread: a serial run, round 2 or 3 (the CLI's
  // own check of the workload's export may load it first)
  const env = { ...process.env, SLOW_ROUND_COUNTER: join(dir, 'counter'), SLOW_ROUND: '3', SLOW_FACTOR: '1.5' };
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir, env });
  assert.equal(run.code, 0, run.stderr);
  const results = readResults(join(dir, 'out'));
  for (const strategy of ['worker-threads', 'child-processes']) {
    const cell = okCell(results, strategy);
    assert.equal(cell.outliers?.length, 1, `${strategy}: one round set aside ${JSON.stringify(cell.outliers)}`);
    const [outlier] = cell.outliers!;
    const others = median(cell.stats.serial_wall_time.samples);
    assert.ok(
      outlier!.serial_wall_time / others > 1.3,
      `the round set aside is the slowed one: ${outlier!.serial_wall_time} against ${others}`,
    );
    assert.match(
      outlier!.reason,
      /^its serial run was (3\d|4\d|5\d|6\d)% slower than the other rounds' \(\d\.\d\d× here; 2× is the most 2 workers allow\)$/,
    );
    // what the other five rounds say, and only them
    const kept = cell.stats.speedup.samples;
    assert.equal(kept.length, 5);
    assert.ok(!kept.includes(outlier!.speedup));
    assert.equal(cell.metrics.speedup, median(kept));
    const interval = medianInterval(kept);
    assert.deepEqual(cell.stats.speedup.ci, [interval.low, interval.high]);
    assert.ok(cell.metrics.speedup <= 2.1, `the kept median is plausible: ${cell.metrics.speedup}`);
  }
  const report = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
  assert.match(
    report,
    /### Rounds set aside[\s\S]*- `node` · WorkerThreads `slow` `ms300`: 1 of 6 rounds set aside \(round [23]: `its serial run was \d+% slower than the other rounds'/,
  );
  assert.match(report, /1 round set aside/);
});
