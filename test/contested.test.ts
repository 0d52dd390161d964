// Where extra rounds go (analysis/contested.ts): only to cells a verdict still waits on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contestedCells } from '../src/analysis/contested.ts';
import { verdicts } from '../src/analysis/verdicts.ts';
import { cellId, type CellResult } from '../src/results/types.ts';
import { cell } from './cells.ts';

/** A cell of 2 workers whose rounds kept 2 cores busy for these walls, against serial runs of 2 s. */
const busy = (strategy: string, walls: number[]) => cell(strategy, walls, {}, 'node', 2);

const ids = (cells: CellResult[], open: Set<string>) => cells.filter((c) => open.has(cellId(c))).map((c) => c.strategy);

test('a tie shown within the precision is settled: more rounds would not split it', () => {
  // both about 1.8×, round by round within 1% of each other
  const cells = [
    busy('worker-threads', [1.1, 1.12, 1.09, 1.11, 1.1, 1.12]),
    busy('child-processes', [1.11, 1.12, 1.1, 1.1, 1.11, 1.11]),
  ];
  assert.equal(verdicts({ cells }, 0.05)[0]!.status, 'tie');
  assert.deepEqual(ids(cells, contestedCells(cells, 2, 0.05)), []);
});

test('a tie not shown within the precision stays open, the leader with it', () => {
  // about 1.8× both, but round by round 10% apart either way
  const cells = [
    busy('worker-threads', [1.0, 1.2, 1.0, 1.2, 1.0, 1.2]),
    busy('child-processes', [1.2, 1.0, 1.2, 1.0, 1.2, 1.0]),
  ];
  assert.equal(verdicts({ cells }, 0.05)[0]!.status, 'tie');
  assert.deepEqual(ids(cells, contestedCells(cells, 2, 0.05)).sort(), ['child-processes', 'worker-threads']);
});

test('a sole best is settled; too few rounds leave every model open', () => {
  const clear = [
    busy('worker-threads', [1, 1, 1, 1, 1, 1, 1]),
    busy('child-processes', [1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5]),
  ];
  assert.deepEqual(verdicts({ cells: clear }, 0.05)[0]!.best, ['node/worker-threads']);
  assert.deepEqual(ids(clear, contestedCells(clear, 2, 0.05)), []);
  const few = [busy('worker-threads', [1, 1, 1]), busy('child-processes', [1.5, 1.5, 1.5])];
  assert.deepEqual(ids(few, contestedCells(few, 2, 0.05)).sort(), ['child-processes', 'worker-threads']);
});
