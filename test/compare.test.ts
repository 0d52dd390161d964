// Comparing a run with a baseline: the exact Mann-Whitney U test on hand-computed cases, the
// effect threshold, and how cells are matched (src/compare).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareResults, ComparisonError, type CellComparison } from '../src/compare/compare.ts';
import { gateFailure } from '../src/compare/gate.ts';
import { compareWithBaseline } from '../src/compare/with-baseline.ts';
import { mannWhitney, smallestPValue } from '../src/compare/mann-whitney.ts';
import { cellFigures } from '../src/measure/metrics.ts';
import { plainText } from '../src/prose.ts';
import type { CellResult, OkCell, Results } from '../src/results/types.ts';

const close = (actual: number | undefined, expected: number, what = '') =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-12, `${what} ${actual} ≠ ${expected}`);

/** An ok cell whose repetitions took these wall times (CPU = wall, 2 workers, 2 tasks), and 50 MiB or these peaks. */
function cell(wallTimes: number[], place: Partial<OkCell> = {}, memoryMiB: number[] = wallTimes.map(() => 50)): OkCell {
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
    ...cellFigures(
      reps,
      reps.map(() => 1),
      2,
      2,
    ),
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

test('exact U p-values: complete separation is 1 / C(m+n, m)', () => {
  // 3 vs 3: only 1 of the C(6,3) = 20 splits puts all of x on top.
  const three = mannWhitney([4, 5, 6], [1, 2, 3]);
  assert.equal(three.pGreater, 1 / 20);
  assert.equal(three.pGreater, 0.05);
  assert.equal(three.pLess, 1);
  assert.equal(three.u, 9);
  assert.equal(three.exact, true);
  // 5 vs 5: 1 / C(10,5) = 1/252 ≈ 0.00397.
  close(mannWhitney([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]).pGreater, 1 / 252);
  close(smallestPValue(5, 5), 0.003968253968253968);
  // The other direction, and unequal sizes: 2 vs 4 → 1 / C(6,2) = 1/15.
  close(mannWhitney([1, 2], [3, 4, 5, 6]).pLess, 1 / 15);
});

test('exact U p-values without ties: one inversion', () => {
  // x = {3,5,6}, y = {1,2,4}: ranks of x 3+5+6 = 14. Rank sums of 3 out of 1..6 that are ≥ 14:
  // {4,5,6}=15, {3,5,6}=14 → 2 of 20.
  const test = mannWhitney([3, 5, 6], [1, 2, 4]);
  close(test.pGreater, 2 / 20);
  // ≤ 14: all but {4,5,6} → 19/20.
  close(test.pLess, 19 / 20);
  assert.equal(test.u, 8);
});

test('exact U p-values with ties: the permutation distribution over mid-ranks', () => {
  // Pooled 1,2,2,3,3,3 → mid-ranks 1, 2.5, 2.5, 5, 5, 5. x = {2,3,3} has rank sum 12.5.
  // Of the 20 equally likely choices of 3 positions, the sums ≥ 12.5 are: the three 5s (15, 1 way),
  // two 5s + a 2.5 (12.5, 3 × 2 = 6 ways) → 7/20 = 0.35.
  const tied = mannWhitney([2, 3, 3], [1, 2, 3]);
  close(tied.pGreater, 7 / 20);
  // ≤ 12.5: all but the one 15 → 19/20.
  close(tied.pLess, 19 / 20);
  assert.equal(tied.u, 6.5);
  // Everything tied: no evidence either way.
  assert.deepEqual([mannWhitney([1, 1, 1], [1, 1, 1]).pGreater, mannWhitney([1, 1, 1], [1, 1, 1]).pLess], [1, 1]);
});

test('above 100 repetitions a side: the normal approximation', () => {
  const x = Array.from({ length: 120 }, (_, i) => i + 30);
  const y = Array.from({ length: 120 }, (_, i) => i);
  const test = mannWhitney(x, y);
  assert.equal(test.exact, false);
  assert.ok(test.pGreater < 0.01 && test.pLess > 0.99, JSON.stringify(test));
});

test('3 vs 3, 20% slower with every repetition slower: a regression at p = 0.05', () => {
  const compared = only(cell([1.2, 1.21, 1.22]), cell([1.0, 1.01, 1.02]));
  assert.equal(compared.status, 'compared');
  assert.equal(compared.verdict, 'regression');
  close(compared.pValue, 0.05);
  close(compared.wallRatio, 1.21 / 1.01);
  close(compared.change?.wall_time, 0.2 / 1.01);
  close(compared.change?.throughput, 1.01 / 1.21 - 1, 'throughput');
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

test('the 10% threshold: 9% slower with perfect separation is unchanged; exactly 10% counts', () => {
  const nine = only(
    cell([1.09, 1.09, 1.09, 1.09, 1.09].map((x, i) => x + i * 1e-4)),
    cell([1, 1, 1, 1, 1].map((x, i) => x + i * 1e-4)),
  );
  assert.ok(nine.pValue! < 0.01, 'the test alone would flag it');
  assert.equal(nine.verdict, 'unchanged');
  // 0.11 / 0.1 is 1.0999999999999999 in floating point: still 10%.
  const ten = only(cell([0.109, 0.11, 0.111]), cell([0.099, 0.1, 0.101]));
  assert.equal(ten.verdict, 'regression');
  // A larger threshold is an option.
  const { cells } = compareResults(results([cell([0.109, 0.11, 0.111])]), results([cell([0.099, 0.1, 0.101])]), {
    minEffect: 0.2,
  });
  assert.equal(cells[0].verdict, 'unchanged');
});

test('slower but not significant: one overlap with 3 vs 3 gives p = 0.1 > 0.05', () => {
  const compared = only(cell([1.08, 1.5, 1.6]), cell([0.9, 1.05, 1.1]));
  close(compared.pValue, 2 / 20);
  assert.equal(compared.verdict, 'unchanged');
  // At alpha 0.1 it is a regression.
  const { cells } = compareResults(results([cell([1.08, 1.5, 1.6])]), results([cell([0.9, 1.05, 1.1])]), {
    alpha: 0.1,
  });
  assert.equal(cells[0].verdict, 'regression');
});

test('an improvement: faster by ≥ 10% and significant', () => {
  const comparison = compareResults(
    results([cell([0.7, 0.71, 0.72, 0.73, 0.74])]),
    results([cell([1, 1.01, 1.02, 1.03, 1.04])]),
  );
  const [compared] = comparison.cells;
  assert.equal(compared.verdict, 'improvement');
  close(compared.pValue, 1 / 252);
  assert.deepEqual([comparison.regressions, comparison.improvements], [0, 1]);
});

test('too few repetitions: medians compared, never a verdict', () => {
  const compared = only(cell([2]), cell([1, 1.01, 1.02]));
  assert.equal(compared.status, 'compared');
  assert.equal(compared.verdict, undefined);
  assert.equal(compared.pValue, undefined);
  close(compared.wallRatio, 2 / 1.01);
  assert.match(
    compared.reason!,
    /^not enough repetitions to test \(baseline 3, this run 1; at least 2 on each side are needed\)$/,
  );
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
    results([cell([1, 1, 1], { level: 'high' }), cell([1, 1, 1], { strategy: 'worker-threads' })]),
    results([cell([1, 1, 1], { strategy: 'worker-threads' }), cell([1, 1, 1], { level: 'med' })]),
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

test('the method sentence names the test, the thresholds and what the repetitions allow', () => {
  const three = compareResults(results([cell([1, 1.1, 1.2])]), results([cell([1, 1.1, 1.2])]));
  assert.equal(
    three.method,
    "A cell regressed when its median wall time is at least 10% above the baseline's and a one-sided exact Mann-Whitney U test " +
      "on the repetitions' wall times gives p ≤ 0.05 (improved: at least 10% below, same test the other way); with 3 repetitions " +
      'on each side the smallest possible p is 1/20 = 0.05, reached only when every repetition of one run is slower than every repetition of the other.',
  );
  const five = compareResults(results([cell([1, 1, 1, 1, 1])]), results([cell([1, 1, 1, 1, 1])]));
  assert.match(five.method, /with 5 repetitions on each side p can go as low as 1\/252 ≈ 0\.004\.$/);
  const two = compareResults(results([cell([1, 1])]), results([cell([1, 1])]));
  assert.match(
    two.method,
    /the smallest possible p is 1\/6 ≈ 0\.17, so no cell can be flagged: use more repetitions\.$/,
  );
  const mixed = compareResults(
    results([cell([1, 1, 1, 1, 1]), cell([1, 1, 1], { level: 'high' })]),
    results([cell([1, 1, 1, 1, 1]), cell([1, 1, 1], { level: 'high' })]),
  );
  assert.match(mixed.method, /with as few as 3 repetitions on each side the smallest possible p is 1\/20 = 0\.05/);
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
  const view = compareWithBaseline(results([cell([1.2, 1.21, 1.22])]), results([cell([1, 1.01, 1.02])]), 'main');
  assert.equal(view.comparison?.regressions, 1);
  assert.equal(view.comparison?.baselineLabel, 'main');
  const [shown] = view.comparison!.cells;
  assert.deepEqual(
    { ...shown, change: undefined, wallRatio: undefined, pValue: undefined },
    {
      runtime: 'node',
      strategy: 'event-loop',
      workload: 'cpu',
      level: 'low',
      status: 'compared',
      change: undefined,
      wallRatio: undefined,
      pValue: undefined,
      verdict: 'regression',
      memory: { ratio: 1, pValue: 1, verdict: 'unchanged' },
    },
  );
  close(shown.change?.wall_time, 0.2 / 1.01);
  close(shown.wallRatio, 1.21 / 1.01);
  close(shown.pValue, 0.05);
  const none = compareWithBaseline(results([cell([1], { workload: 'io' })]), results([cell([1])]), 'main');
  assert.deepEqual(none, {
    comparisonProblem: 'the baseline has no cell in common with this run (baseline: node × cpu; this run: node × io)',
  });
});

test("the machine's speed is divided out, in proportion to how CPU-bound a cell is", () => {
  const speed = (loop_ns: number) => ({
    system: { ...results([]).system, ceiling: { workers: 2, start: 2, loop_ns: [loop_ns, loop_ns] } },
  });
  // The machine got 20% slower and so did the CPU-bound cell: its work did not change.
  const before = cell([1, 1.01, 0.99, 1, 1.02]);
  const after = cell([1.2, 1.21, 1.19, 1.2, 1.22]);
  const normalized = compareResults(results([after], speed(1.2)), results([before], speed(1)));
  assert.equal(normalized.cells[0]!.verdict, 'unchanged');
  assert.ok(Math.abs(normalized.cells[0]!.wallRatio! - 1) < 0.01, String(normalized.cells[0]!.wallRatio));
  assert.match(normalized.notes.map(plainText).join('\n'), /the machine was 20\.0% slower than in the baseline's run/);
  // Without the division (or without a measured speed on both sides) it reads as a regression.
  assert.equal(
    compareResults(results([after], speed(1.2)), results([before], speed(1)), { normalize: false }).cells[0]!.verdict,
    'regression',
  );
  assert.equal(compareResults(results([after]), results([before], speed(1))).cells[0]!.verdict, 'regression');
  // A cell that mostly waits (CPU 10% of its wall time) is left nearly as it is: 20% slower is a regression.
  const waiting = (walls: number[]) => ({
    ...cell(walls),
    metrics: { ...cell(walls).metrics, cpu_time: 0.1 * cell(walls).metrics.wall_time },
  });
  assert.equal(
    compareResults(
      results([waiting([1.2, 1.21, 1.19, 1.2, 1.22])], speed(1.2)),
      results([waiting([1, 1.01, 0.99, 1, 1.02])], speed(1)),
    ).cells[0]!.verdict,
    'regression',
  );
});

test('the memory gate: peak memory tested like wall time, apart from it, with the same thresholds', () => {
  const baseline = cell([1, 1, 1], {}, [50, 51, 52]);
  const bigger = only(cell([1, 1, 1], {}, [60, 61, 62]), baseline);
  assert.equal(bigger.verdict, 'unchanged', 'wall time did not move');
  assert.equal(bigger.memory?.verdict, 'regression');
  close(bigger.memory?.ratio, 61 / 51);
  close(bigger.memory?.pValue, 0.05);
  // 6% more is under the default 10% minimum effect, and over a 5% one
  assert.equal(only(cell([1, 1, 1], {}, [53, 54, 55]), baseline).memory?.verdict, 'unchanged');
  const { cells, memoryRegressions } = compareResults(
    results([cell([1, 1, 1], {}, [53, 54, 55])]),
    results([baseline]),
    { minEffect: 0.05 },
  );
  assert.equal(cells[0].memory?.verdict, 'regression');
  assert.equal(memoryRegressions, 1);
  // overlapping samples are not significant, whatever the medians
  assert.equal(only(cell([1, 1, 1], {}, [49, 60, 62]), baseline).memory?.verdict, 'unchanged');
});

test('the gates: which one fails the run, and the line that says why', () => {
  const slower = compareWithBaseline(
    results([cell([1.2, 1.21, 1.22], {}, [60, 61, 62])]),
    results([cell([1, 1.01, 1.02], {}, [50, 51, 52])]),
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
  const same = compareWithBaseline(
    results([cell([1, 1.01, 1.02])]),
    results([cell([1, 1.01, 1.02])]),
    'main',
  ).comparison;
  assert.equal(gateFailure({ wallTime: true, memory: true }, same, undefined), undefined);
  assert.equal(
    gateFailure({ wallTime: true, memory: false }, undefined, 'no cell in common'),
    'cannot compare, so no gate could pass: no cell in common',
  );
});
