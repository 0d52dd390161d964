// Where extra rounds go (analysis/contested.ts): only to cells a verdict still waits on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contestedCells } from '../src/analysis/contested.ts';
import { verdicts } from '../src/analysis/verdicts.ts';
import { cellFigures, type Repetition } from '../src/measure/metrics.ts';
import { cellId, type CellResult } from '../src/results/types.ts';

/** A cell of 2 workers whose rounds took these walls against serial runs of 2 s (wall and CPU). */
function cell(strategy: string, walls: number[]): CellResult {
  const reps: Repetition[] = walls.map((wall) => ({
    wall_time: wall,
    cpu_time: wall * 2,
    peak_memory_bytes: 0,
    phases: { startup: 0, run: wall, shutdown: 0 },
    warm: { wall_time: wall, cpu_time: wall * 2 },
  }));
  const figures = cellFigures(
    reps,
    walls.map(() => 2),
    2,
    2,
    { serialCpuTimes: walls.map(() => 2) },
  );
  return {
    runtime: 'node',
    strategy,
    workload: 'cpu',
    level: 'long',
    arg: 1,
    workers: 2,
    tasks: 2,
    status: 'ok',
    ...figures,
  };
}

const ids = (cells: CellResult[], open: Set<string>) => cells.filter((c) => open.has(cellId(c))).map((c) => c.strategy);

test('a tie shown within the precision is settled: more rounds would not split it', () => {
  // both about 1.8×, round by round within 1% of each other
  const cells = [
    cell('worker-threads', [1.1, 1.12, 1.09, 1.11, 1.1, 1.12]),
    cell('child-processes', [1.11, 1.12, 1.1, 1.1, 1.11, 1.11]),
  ];
  assert.equal(verdicts({ cells }, 0.05)[0]!.status, 'tie');
  assert.deepEqual(ids(cells, contestedCells(cells, 2, 0.05)), []);
});

test('a tie not shown within the precision stays open, the leader with it', () => {
  // about 1.8× both, but round by round 10% apart either way
  const cells = [
    cell('worker-threads', [1.0, 1.2, 1.0, 1.2, 1.0, 1.2]),
    cell('child-processes', [1.2, 1.0, 1.2, 1.0, 1.2, 1.0]),
  ];
  assert.equal(verdicts({ cells }, 0.05)[0]!.status, 'tie');
  assert.deepEqual(ids(cells, contestedCells(cells, 2, 0.05)).sort(), ['child-processes', 'worker-threads']);
});

test('a sole best is settled; too few rounds leave every model open', () => {
  const clear = [
    cell('worker-threads', [1, 1, 1, 1, 1, 1, 1]),
    cell('child-processes', [1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5]),
  ];
  assert.deepEqual(verdicts({ cells: clear }, 0.05)[0]!.best, ['node/worker-threads']);
  assert.deepEqual(ids(clear, contestedCells(clear, 2, 0.05)), []);
  const few = [cell('worker-threads', [1, 1, 1]), cell('child-processes', [1.5, 1.5, 1.5])];
  assert.deepEqual(ids(few, contestedCells(few, 2, 0.05)).sort(), ['child-processes', 'worker-threads']);
});
