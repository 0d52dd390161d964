// The time budget holds: what cannot fit its minimum rounds is skipped before anything is
// measured, with the reason, and the run ends within max_minutes. The in-run half (groups dropped
// after a pass) is test/run-plan.test.ts's.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fitToBudget, roundEstimateS } from '../src/plan/budget.ts';
import type { Plan, PlannedCell } from '../src/plan/plan.ts';
import { readResults, runCli, scratchDir, writeJson } from './helpers.ts';

const cell = (strategy: string, level: string, target_s: number): PlannedCell => ({
  runtime: 'node',
  kind: 'node',
  strategy,
  workload: 'cpu',
  level,
  arg: undefined,
  target_s,
  workers: 2,
  tasks: 2,
  workloadRef: { name: 'cpu' },
  baselineKey: JSON.stringify(['node', 'cpu', level]),
});

const plan = (cells: PlannedCell[], budgetMs = 60_000): Plan => ({
  cells,
  rounds: { min: 3, max: 30 },
  precision: 0.05,
  budgetMs,
  timeoutMs: 600_000,
  cores: 2,
});

test('a round is at least: the serial batch twice, each model its batch twice at min(workers, tasks, cores) at a time, and a process each', () => {
  // serial 2 × 2 × 1 s = 4 s; each model 4 s ÷ 2 = 2 s; 3 processes × 0.2 s
  assert.ok(Math.abs(roundEstimateS([cell('event-loop', 'l', 1), cell('worker-threads', 'l', 1)], 2) - 8.6) < 1e-9);
});

test('groups that cannot fit their minimum rounds are skipped in plan order, and a later cheaper group still runs', () => {
  const cells = [cell('event-loop', 'big', 5), cell('event-loop', 'small', 0.01), cell('event-loop', 'mid', 1)];
  // big: 3 × (20 + 10 + 0.4) = 91.2 s; small: 3 × (0.04 + 0.02 + 0.4) ≈ 1.4 s; mid: 3 × (4 + 2 + 0.4) = 19.2 s
  const fitted = fitToBudget(plan(cells), { availableS: 20, calibrationS: () => 0 });
  assert.deepEqual(
    fitted.cells.map((c) => [c.level, c.skip === undefined]),
    [
      ['big', false],
      ['small', true],
      ['mid', false],
    ],
  );
  assert.match(
    fitted.cells[0]!.skip!,
    /^did not fit in the time budget: its minimum rounds need at least 92 s, and 20 s were left of max_minutes 1: raise max_minutes/,
  );
  assert.match(fitted.cells[2]!.skip!, /need at least 20 s, and 18 s were left/);
});

test('calibration counts once per runtime × workload, with the group that first needs it', () => {
  const cells = [cell('event-loop', 'a', 0.01), cell('event-loop', 'b', 0.01)];
  const calls: number[][] = [];
  const calibrationS = (targets: number[]) => {
    calls.push(targets);
    return 10 * targets.length;
  };
  // a: 1.4 s of rounds + 10 s of calibration; b: its target is the same one, no more calibration
  const fitted = fitToBudget(plan(cells), { availableS: 13, calibrationS });
  assert.deepEqual(
    fitted.cells.map((c) => c.skip === undefined),
    [true, true],
  );
  assert.deepEqual(calls, [[0.01]], 'asked once, for the first group');
  const tight = fitToBudget(plan(cells), { availableS: 11, calibrationS });
  assert.deepEqual(
    tight.cells.map((c) => c.skip === undefined),
    [false, false],
    'with its calibration, the first group does not fit; the second then owes it too',
  );
});

test('--max-minutes 1 on tasks of 5 s: nothing fits, the run says so at once and ends in seconds', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), { workloads: { cpu: { huge: '5s' } } });
  const started = performance.now();
  const run = runCli(['--config', config, '--out', join(dir, 'out'), '--max-minutes', '1'], { cwd: dir });
  const seconds = (performance.now() - started) / 1000;
  assert.equal(run.code, 0, run.stderr);
  assert.ok(seconds < 66, `ended after ${seconds.toFixed(1)} s, past max_minutes + 10%`);
  assert.match(
    run.stdout + run.stderr,
    /cells do not fit the time budget and are skipped: node cpu\/huge, python3 cpu\/huge/,
  );
  assert.doesNotMatch(run.stdout + run.stderr, /calibrating/, 'nothing left to calibrate');
  assert.doesNotMatch(run.stdout + run.stderr, /round 1 of 3 done/, 'no round ran');
  const cells = readResults(join(dir, 'out')).cells;
  assert.ok(cells.length >= 5);
  for (const c of cells) {
    assert.equal(c.status, 'skipped');
    if (c.strategy !== 'interpreter-pool' || c.status !== 'skipped' || !c.reason.startsWith('InterpreterPool'))
      assert.match(
        (c as { reason: string }).reason,
        /^did not fit in the time budget: its minimum rounds need at least \d+ s/,
      );
  }
});
