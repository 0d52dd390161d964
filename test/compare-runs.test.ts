// Comparisons of real runs through the built CLI (another run: compare/compare.ts). A workload
// whose parallel runs are made 1.5× as costly regresses in that cell; one whose serial run is
// slowed as much as its model does not (the stored comparison tests speedups, which cancel the
// machine's speed, and say so); the same workload run again regresses nowhere. The cost comes
// from COST_FACTOR in the environment (test/fixtures/cost.mjs, `workOffMain`: only off the main
// thread), so the config, and hence every cell's name, is the same.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { compareResults, type Comparison } from '../src/compare/compare.ts';
import type { Results } from '../src/results/types.ts';
import { fixture, okCell, readResults, repoRoot, scratchDir, writeJson } from './helpers.ts';

const STRATEGIES = ['event-loop', 'worker-threads'];
// Long enough that the pool's start-up (~0.15 s, ±0.05 s from run to run) is a small part of
// the wall time: with 150 ms tasks it alone moved worker-threads cells by up to 25%.
const TASK_MS = 400;
const tasks = (results: Results) => results.cells[0].tasks;

function run(dir: string, config: string, name: string, costFactor: number) {
  const out = join(dir, name);
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--config', config, '--out', out], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, COST_FACTOR: String(costFactor) },
  });
  assert.equal(result.status, 0, `run ${name}: ${result.stderr}`);
  return readResults(out);
}

const summary = (comparison: Comparison) =>
  comparison.cells
    .map((c) => `${c.strategy}: ×${c.wallRatio?.toFixed(3)} [${c.ci?.map((x) => x.toFixed(3)).join('–')}] ${c.verdict}`)
    .join('; ');

test('parallel runs 1.5× as costly regress; the event loop, on the main thread like serial, does not; the same cost again regresses nowhere', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    // 6 rounds: a sign test over 5 pairs gives p = 1/32, above the 0.05 / 2 the first of 2 cells needs
    repetitions: 6,
    strategies: STRATEGIES,
    workloads: { cost: { module: fixture('cost.mjs'), export: 'workOffMain', levels: { '400ms': TASK_MS } } },
  });
  const a = run(dir, config, 'a', 1);
  const b = run(dir, config, 'b', 1.5);
  const c = run(dir, config, 'c', 1);

  const slower = compareResults(b, a);
  t.diagnostic(`1.5× off the main thread vs 1×: ${summary(slower)}`);
  assert.equal(slower.cells.length, STRATEGIES.length);
  const [eventLoop, workers] = STRATEGIES.map((strategy) => slower.cells.find((c) => c.strategy === strategy)!);
  assert.equal(workers!.verdict, 'regression', summary(slower));
  assert.equal(eventLoop!.verdict, 'unchanged', summary(slower));
  // Ground truth: each task in a worker burns TASK_MS / 2 more CPU. Worker start-up CPU (~0.2 s
  // here, give or take 0.05 s from run to run) comes on top, so the margin is wide.
  const extra = okCell(b, 'worker-threads').metrics.cpu_time - okCell(a, 'worker-threads').metrics.cpu_time;
  const expected = tasks(a) * (TASK_MS / 1000) * (1.5 - 1);
  assert.ok(Math.abs(extra - expected) < 0.1, `${extra.toFixed(3)} s more CPU, expected ${expected} s ± 0.1`);
  assert.equal(slower.regressions, 1);

  const same = compareResults(c, a);
  t.diagnostic(`1× vs 1×: ${summary(same)}`);
  assert.ok(same.cells.every((cell) => cell.status === 'compared'));
  assert.equal(same.regressions, 0, summary(same));
});
