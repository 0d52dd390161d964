// Comparing a run with a baseline file from another run: the speedups set against the baseline's
// round by round, the paired gate's thresholds, and how cells are matched (src/compare).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareResults, ComparisonError, type CellComparison } from '../src/compare/compare.ts';
import { gateFailure } from '../src/compare/gate.ts';
import { compareWithBaseline } from '../src/compare/with-baseline.ts';
import { cellFigures } from '../src/measure/metrics.ts';
import { plainText } from '../src/prose.ts';
import type { CellResult, OkCell, Results } from '../src/results/types.ts';

/**
 * An ok cell whose repetitions took these wall times (CPU = wall, 2 workers, 2 tasks) against serial
 * runs of 1 s (or these), and 50 MiB or these peaks.
 */
function cell(
  wallTimes: number[],
  place: Partial<OkCell> = {},
  memoryMiB: number[] = wallTimes.map(() => 50),
  serial: number[] = wallTimes.map(() => 1),
): OkCell {
  const phases = { startup: 0, run: 0, shutdown: 0 };
  const reps = wallTimes.map((wall_time, i) => ({
    wall_time,
    cpu_time: wall_time,
    peak_memory_bytes: memoryMiB[i] * 1024 * 1024,
    phases,
  }));
  return {
    runtime: 'node',
    strategy: 'event-loop',
    workload: 'cpu',
    level: 'low',
    arg: 1000,
    workers: 2,
    tasks: 2,
    status: 'ok',
    ...cellFigures(reps, serial, 2, 2),
    ...place,
  };
}

function results(cells: CellResult[], extra: Partial<Results> = {}): Results {
  return {
    schema_version: 1,
    tool: { name: 'concurrency-bench', version: '0' },
    created_at: '2026-01-01T00:00:00Z',
    system: { os: 'Linux', arch: 'x64', cpu_model: 'Test CPU', cores: 2, memory_gb: 8, node: 'v24.0.0', pythons: [] },
    config: {},
    cells,
    ...extra,
  };
}

const only = (current: OkCell, baseline: OkCell): CellComparison => {
  const { cells } = compareResults(results([current]), results([baseline]));
  assert.equal(cells.length, 1);
  return cells[0];
};

/** n rounds around `level`, a little apart (no two alike). */
const around = (level: number, n = 6) => Array.from({ length: n }, (_, i) => level * (1 + (i - n / 2) * 0.002));

test('20% slower relative to serial in every one of 6 rounds: a regression, with the ratio and its interval', () => {
  const compared = only(cell(around(1.2)), cell(around(1)));
  assert.equal(compared.status, 'compared');
  assert.equal(compared.verdict, 'regression');
  assert.equal(compared.pairs, 6);
  assert.ok(Math.abs(compared.wallRatio! - 1.2) < 0.001, String(compared.wallRatio));
  assert.ok(compared.ci![0] > 1.15 && compared.ci![1] < 1.25, String(compared.ci));
  // the Δ columns: how each median moved
  assert.ok(Math.abs(compared.change!.wall_time! - 0.2) < 0.001);
  assert.deepEqual(Object.keys(compared.change!).sort(), [
    'cpu_time',
    'efficiency',
    'gil_eff',
    'memory_mb',
    'speedup',
    'throughput',
    'wall_time',
  ]);
  assert.equal(compared.change?.memory_mb, 0);
});

test('the machine cancels: serial runs and models 20% slower alike are unchanged', () => {
  const slowerMachine = only(cell(around(1.2), {}, undefined, around(1.2)), cell(around(1)));
  assert.equal(slowerMachine.verdict, 'unchanged');
  assert.ok(Math.abs(slowerMachine.wallRatio! - 1) < 0.01, String(slowerMachine.wallRatio));
});

test('the 10% threshold: 8% slower in every round is unchanged; 12% counts; a larger min_effect is an option', () => {
  assert.equal(only(cell(around(1.08)), cell(around(1))).verdict, 'unchanged');
  assert.equal(only(cell(around(1.12)), cell(around(1))).verdict, 'regression');
  const { cells } = compareResults(results([cell(around(1.12))]), results([cell(around(1))]), { minEffect: 0.2 });
  assert.equal(cells[0].verdict, 'unchanged');
});

test('slower in the median but not shown: 2 of 6 rounds below the line are not enough at 5%', () => {
  const mixed = [1.2, 1.21, 1.22, 1.23, 1.0, 1.01];
  assert.equal(only(cell(mixed), cell(around(1))).verdict, 'unchanged');
});

test('an improvement: faster by ≥ 10% in every round', () => {
  const comparison = compareResults(results([cell(around(0.7))]), results([cell(around(1))]));
  const [compared] = comparison.cells;
  assert.equal(compared.verdict, 'improvement');
  assert.deepEqual([comparison.regressions, comparison.improvements], [0, 1]);
});

test('too few rounds: medians compared, never a verdict', () => {
  const compared = only(cell([2, 2, 2, 2]), cell(around(1)));
  assert.equal(compared.status, 'compared');
  assert.equal(compared.verdict, undefined);
  assert.equal(compared.pairs, 4);
  assert.match(compared.reason!, /^4 rounds on the side with fewer: too few to test \(5 at least\)$/);
});

test('not comparable: different workers, tasks or argument, or a cell that did not run', () => {
  const workers = only(cell([1, 1, 1], { workers: 4 }), cell([1, 1, 1]));
  assert.deepEqual([workers.status, workers.reason], ['not-comparable', 'workers differ (baseline 2, this run 4)']);
  assert.equal(workers.change, undefined);
  const both = only(cell([1, 1, 1], { tasks: 8, arg: 2000 }), cell([1, 1, 1]));
  assert.equal(
    both.reason,
    "tasks differ (baseline 2, this run 8); the level's argument differs (baseline 1000, this run 2000)",
  );
  const failed: CellResult = { ...cell([1]), status: 'failed', error: 'Error: boom' };
  const broke = compareResults(results([failed]), results([cell([1, 1, 1])])).cells[0];
  assert.deepEqual(
    [broke.status, broke.reason, broke.verdict],
    ['not-comparable', 'failed in this run: Error: boom', undefined],
  );
});

test('new and gone cells; this run’s order first', () => {
  const comparison = compareResults(
    results([cell([1, 1, 1], { level: 'high' }), cell(around(1), { strategy: 'worker-threads' })]),
    results([cell(around(1), { strategy: 'worker-threads' }), cell([1, 1, 1], { level: 'med' })]),
  );
  assert.deepEqual(
    comparison.cells.map((c) => [c.strategy, c.level, c.status, c.verdict]),
    [
      ['event-loop', 'high', 'new', undefined],
      ['worker-threads', 'low', 'compared', 'unchanged'],
      ['event-loop', 'med', 'gone', undefined],
    ],
  );
  assert.equal(comparison.regressions, 0);
});

test('no cell in common: a ComparisonError that says what each side has', () => {
  const baseline = results([cell([1, 1, 1], { runtime: 'python3', strategy: 'thread-pool', workload: 'cpu' })]);
  const current = results([cell([1, 1, 1], { workload: 'io' })]);
  assert.throws(
    () => compareResults(current, baseline),
    (error: Error) => {
      assert.ok(error instanceof ComparisonError);
      assert.equal(
        error.message,
        'the baseline has no cell in common with this run (baseline: python3 × cpu; this run: node × io)',
      );
      return true;
    },
  );
  // Same runtimes and workloads, other levels: the levels are named.
  assert.throws(() => compareResults(results([cell([1], { level: 'high' })]), results([cell([1], { level: 'low' })])), {
    message:
      'the baseline has no cell in common with this run (baseline: node × cpu × low; this run: node × cpu × high)',
  });
  assert.throws(() => compareResults(current, results([])), { message: 'the baseline has no cells to compare with' });
});

test('schema_version other than 1: a ComparisonError', () => {
  const baseline = { ...results([cell([1, 1, 1])]), schema_version: 2 } as unknown as Results;
  assert.throws(
    () => compareResults(results([cell([1, 1, 1])]), baseline),
    (error: Error) => {
      assert.ok(error instanceof ComparisonError);
      assert.equal(error.message, 'the baseline has schema_version 2; this version compares schema_version 1 only');
      return true;
    },
  );
});

test('bad options: a ComparisonError', () => {
  const one = results([cell([1, 1, 1])]);
  assert.throws(() => compareResults(one, one, { minEffect: -0.1 }), ComparisonError);
  assert.throws(() => compareResults(one, one, { alpha: 0 }), ComparisonError);
});

test('the method sentence says what is compared, the rule, and what it cannot see', () => {
  const one = compareResults(results([cell(around(1))]), results([cell(around(1))]));
  assert.match(one.method, /^Per cell, each round's wall time relative to its own run's serial run/);
  assert.match(one.method, /the false discovery rate across the 1 cell tested held at 0\.05 \(Benjamini–Hochberg/);
  assert.match(one.method, /It cannot see a change that slows the serial run as much as the models/);
  assert.equal(one.kind, 'another-run');
});

test('notes: another machine or Node version', () => {
  const other = results([cell([1, 1, 1])], {
    system: { os: 'Linux', arch: 'x64', cpu_model: 'Other CPU', cores: 4, memory_gb: 8, node: 'v24.1.0', pythons: [] },
  });
  assert.deepEqual(compareResults(results([cell([1, 1, 1])]), other).notes.map(plainText), [
    'the baseline ran on another machine (Other CPU, 4 cores) than this run (Test CPU, 2 cores): differences may come from the machine',
    'the baseline ran on Node v24.1.0, this run on Node v24.0.0',
  ]);
});

test('compareWithBaseline: the report view, or the reason there is none', () => {
  const view = compareWithBaseline(results([cell(around(1.2))]), results([cell(around(1))]), 'main');
  assert.equal(view.comparison?.regressions, 1);
  assert.equal(view.comparison?.baselineLabel, 'main');
  const [shown] = view.comparison!.cells;
  assert.deepEqual(
    { ...shown, change: undefined, wallRatio: undefined, ci: undefined, memory: { ...shown.memory, ci: undefined } },
    {
      runtime: 'node',
      strategy: 'event-loop',
      workload: 'cpu',
      level: 'low',
      status: 'compared',
      change: undefined,
      pairs: 6,
      wallRatio: undefined,
      ci: undefined,
      verdict: 'regression',
      memory: { ratio: 1, ci: undefined, verdict: 'unchanged' },
    },
  );
  const none = compareWithBaseline(results([cell([1], { workload: 'io' })]), results([cell([1])]), 'main');
  assert.deepEqual(none, {
    comparisonProblem: 'the baseline has no cell in common with this run (baseline: node × cpu; this run: node × io)',
  });
});

test('the memory gate: peak memory tested like wall time, apart from it, with the same thresholds', () => {
  const baseline = cell(around(1), {}, around(50));
  const bigger = only(cell(around(1), {}, around(60)), baseline);
  assert.equal(bigger.verdict, 'unchanged', 'wall time did not move');
  assert.equal(bigger.memory?.verdict, 'regression');
  assert.ok(Math.abs(bigger.memory!.ratio - 1.2) < 0.001);
  // 6% more is under the default 10% minimum effect, and over a 5% one
  assert.equal(only(cell(around(1), {}, around(53)), baseline).memory?.verdict, 'unchanged');
  const { cells, memoryRegressions } = compareResults(results([cell(around(1), {}, around(53))]), results([baseline]), {
    minEffect: 0.05,
  });
  assert.equal(cells[0].memory?.verdict, 'regression');
  assert.equal(memoryRegressions, 1);
});

test('the gates: which one fails the run, and the line that says why', () => {
  const slower = compareWithBaseline(
    results([cell(around(1.2), {}, around(60))]),
    results([cell(around(1), {}, around(50))]),
    'main',
  ).comparison;
  assert.equal(gateFailure({ wallTime: false, memory: false }, slower, undefined), undefined);
  assert.equal(
    gateFailure({ wallTime: true, memory: false }, slower, undefined),
    '1 cell got slower than main, beyond noise',
  );
  assert.equal(
    gateFailure({ wallTime: false, memory: true }, slower, undefined),
    '1 cell took more memory than main, beyond noise',
  );
  assert.equal(
    gateFailure({ wallTime: true, memory: true }, slower, undefined),
    '1 cell got slower, and 1 cell took more memory than main, beyond noise',
  );
  const same = compareWithBaseline(results([cell(around(1))]), results([cell(around(1))]), 'main').comparison;
  assert.equal(gateFailure({ wallTime: true, memory: true }, same, undefined), undefined);
  assert.equal(
    gateFailure({ wallTime: true, memory: false }, undefined, 'no cell in common'),
    'cannot compare, so no gate could pass: no cell in common',
  );
});
