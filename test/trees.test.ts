// Base and head in one run (issue 21), the pure parts: which cells are twins and in what order the
// plan holds them, and the comparison of the rounds' head ÷ base ratios.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareTrees, undecidedCells } from '../src/compare/trees.ts';
import { roundEstimateS } from '../src/plan/budget.ts';
import { calibrationNeeds } from '../src/plan/calibration.ts';
import type { Plan, PlannedCell } from '../src/plan/plan.ts';
import { twinsOf, withBase } from '../src/plan/with-base.ts';
import type { CellResult, OkCell, Results } from '../src/results/types.ts';
import { cell as okCell } from './cells.ts';

const planned = (strategy: string, level: string, extra: Partial<PlannedCell> = {}): PlannedCell => ({
  runtime: 'node',
  kind: 'node',
  strategy,
  workload: 'spin',
  level,
  arg: undefined,
  target_s: level === 'long' ? 0.25 : 0.1,
  workers: 2,
  tasks: 2,
  workloadRef: { name: 'spin', module: '/head/spin.mjs' },
  baselineKey: JSON.stringify(['node', 'spin', level, 2, 2]),
  ...extra,
});
const plan = (cells: PlannedCell[]): Plan => ({
  cells,
  rounds: { min: 3, max: 30 },
  precision: 0.05,
  budgetMs: 60_000,
  timeoutMs: 30_000,
  cores: 2,
});
const base = (cell: PlannedCell): PlannedCell => ({ ...cell, workloadRef: { name: 'spin', module: '/base/spin.mjs' } });

test('twins share place, pool and work; groups with twins come first; a level that means other work is no twin', () => {
  const head = plan([
    planned('event-loop', 'new-level'),
    planned('event-loop', 'medium'),
    planned('worker-threads', 'medium'),
    planned('event-loop', 'long'),
  ]);
  const basePlan = plan([
    base(planned('event-loop', 'medium')),
    base(planned('worker-threads', 'medium')),
    // same name, other work: 500 ms in the base
    base(planned('event-loop', 'long', { target_s: 0.5 })),
  ]);
  const both = withBase(head, basePlan);
  assert.deepEqual(
    both.cells.map((c) => `${c.tree ?? 'head'} ${c.strategy} ${c.level}`),
    [
      'head event-loop medium',
      'head worker-threads medium',
      'base event-loop medium',
      'base worker-threads medium',
      'head event-loop new-level',
      'head event-loop long',
      'base event-loop long',
    ],
  );
  assert.deepEqual(
    twinsOf(both.cells).map(([h, b]) => [h.tree ?? 'head', b.tree, h.strategy, h.level]),
    [
      ['head', 'base', 'event-loop', 'medium'],
      ['head', 'base', 'worker-threads', 'medium'],
    ],
  );
  // the base is calibrated, and both trees run its argument
  const needs = calibrationNeeds(both);
  assert.equal(needs.length, 1);
  assert.equal(needs[0]!.cell.tree, 'base');
  assert.equal(needs[0]!.cell.workloadRef.module, '/base/spin.mjs');
  assert.deepEqual(needs[0]!.targets.sort(), [0.1, 0.25, 0.5]);
  // a round of a group with both trees runs two serial runs
  const medium = both.cells.filter((c) => c.level === 'medium');
  const one = roundEstimateS(medium.slice(0, 2), 2);
  const two = roundEstimateS(medium, 2);
  assert.ok(Math.abs(two - 2 * one) < 1e-9, `${two} = 2 × ${one}`);
});

/** A cell of one tree whose rounds took these walls (and the group's serial runs these). */
function measured(strategy: string, walls: number[], serial: number[], extra: Partial<OkCell> = {}): CellResult {
  const cell = okCell(strategy, walls, { target_s: 0.1, arg: 1000, ...extra }) as OkCell;
  return {
    ...cell,
    rounds: walls.map((_, i) => i + 1),
    stats: { ...cell.stats, serial_wall_time: { ...cell.stats.serial_wall_time, samples: serial } },
  };
}
const noise = (n: number, level: number, seed: number) =>
  Array.from({ length: n }, (_, i) => level * (1 + 0.02 * Math.sin(seed + i * 2.1)));

function results(head: CellResult[], baseCells: CellResult[]): Results {
  return {
    schema_version: 1,
    tool: { name: 'concurrency-bench', version: 'test' },
    created_at: '',
    system: { os: 'linux', arch: 'x64', cpu_model: '', cores: 2, memory_gb: 1, node: '', pythons: [] },
    config: {},
    cells: head,
    base: { label: '../base', cells: baseCells },
  };
}
const thresholds = { minEffect: 0.1, alpha: 0.05 };

test('a cell 15% slower in every one of 10 paired rounds is a regression; its twin-less and unchanged neighbours are not', () => {
  const n = 10;
  const comparison = compareTrees(
    results(
      [
        measured('event-loop', noise(n, 1.15, 1), noise(n, 1.15, 2)),
        measured('worker-threads', noise(n, 0.6, 3), noise(n, 1.15, 2)),
        measured('child-processes', noise(n, 0.7, 4), noise(n, 1.15, 2)),
      ],
      [
        measured('event-loop', noise(n, 1, 5), noise(n, 1, 6)),
        measured('worker-threads', noise(n, 0.6, 7), noise(n, 1, 6)),
      ],
    ),
    thresholds,
  );
  const row = (strategy: string) => comparison.cells.find((c) => c.strategy === strategy)!;
  assert.equal(row('event-loop').verdict, 'regression');
  assert.ok(Math.abs(row('event-loop').wallRatio! - 1.15) < 0.03, String(row('event-loop').wallRatio));
  assert.ok(row('event-loop').ci![0] > 1.05);
  assert.equal(row('event-loop').pairs, n);
  assert.equal(row('worker-threads').verdict, 'unchanged');
  assert.equal(row('child-processes').status, 'new');
  // the serial row: the function itself, 15% slower
  assert.equal(row('serial').verdict, 'regression');
  assert.equal(comparison.regressions, 2);
  assert.equal(comparison.kind, 'same-run');
});

test('identical trees flag nothing; with fewer than 5 paired rounds a cell is not tested, and says so', () => {
  const same = compareTrees(
    results(
      [measured('event-loop', noise(8, 1, 1), noise(8, 1, 2))],
      [measured('event-loop', noise(8, 1, 3), noise(8, 1, 4))],
    ),
    thresholds,
  );
  assert.equal(same.regressions + same.improvements, 0);
  const few = compareTrees(
    results(
      [measured('event-loop', noise(4, 2, 1), noise(4, 2, 2))],
      [measured('event-loop', noise(4, 1, 3), noise(4, 1, 4))],
    ),
    thresholds,
  );
  assert.equal(few.cells[0]!.verdict, undefined);
  assert.match(few.cells[0]!.reason!, /4 paired rounds: too few to show a change/);
});

test('the comparison still waits on a cell that reads 15% slower and is not yet shown, not on one near 1', () => {
  const head = [
    measured('event-loop', noise(3, 1.15, 1), noise(3, 1.0, 2)),
    measured('worker-threads', noise(3, 1.0, 3), noise(3, 1, 2)),
  ];
  const baseCells = [
    measured('event-loop', noise(3, 1, 5), noise(3, 1, 6)),
    measured('worker-threads', noise(3, 1, 7), noise(3, 1, 6)),
  ];
  const open = undecidedCells(head, baseCells, 2, thresholds);
  assert.deepEqual(
    [...open].map((id) => JSON.parse(id)[1]),
    ['event-loop'],
  );
  // shown: 12 rounds all above, held alone to alpha ÷ 3 rows: nothing left to wait for
  const shown = [measured('event-loop', noise(12, 1.15, 1), noise(12, 1.0, 2))];
  assert.equal(
    undecidedCells(shown, [measured('event-loop', noise(12, 1, 5), noise(12, 1, 6))], 2, thresholds).size,
    0,
  );
});
