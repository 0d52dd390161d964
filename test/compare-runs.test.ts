// Comparisons of real runs through the built CLI: a workload made 1.5× as costly must regress in
// every cell; the same workload run again must not. The cost comes from COST_FACTOR in the
// environment (test/fixtures/cost.mjs), so the config, and hence every cell's name, is the same.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { compareResults, type Comparison } from '../src/compare/compare.ts';
import { fixture, readResults, repoRoot, scratchDir, writeJson } from './helpers.ts';

const STRATEGIES = ['event-loop', 'worker-threads'];

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
  comparison.cells.map((c) => `${c.strategy}: ×${c.wallRatio?.toFixed(3)} p=${c.pValue?.toFixed(4)} ${c.verdict}`).join('; ');

test('1.5× the cost regresses in every cell; the same cost again does not', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 5,
    strategies: STRATEGIES,
    workloads: { cost: { module: fixture('cost.mjs'), export: 'work', levels: { '150ms': 150 } } },
  });
  const a = run(dir, config, 'a', 1);
  const b = run(dir, config, 'b', 1.5);
  const c = run(dir, config, 'c', 1);

  const slower = compareResults(b, a);
  t.diagnostic(`1.5× vs 1×: ${summary(slower)}`);
  assert.equal(slower.cells.length, STRATEGIES.length);
  for (const cell of slower.cells) {
    assert.equal(cell.status, 'compared', `${cell.strategy}: ${cell.reason}`);
    assert.equal(cell.verdict, 'regression', `${cell.strategy}: ×${cell.wallRatio} p=${cell.pValue}`);
    // Ground truth: the tasks' CPU grew by half (pool start-up CPU dilutes it a little).
    assert.ok(cell.change!.cpu_time! > 0.3 && cell.change!.cpu_time! < 0.6, `${cell.strategy} cpu_time change ${cell.change!.cpu_time}`);
  }
  assert.equal(slower.regressions, STRATEGIES.length);
  assert.match(slower.method, /with 5 repetitions on each side p can go as low as 1\/252/);

  const same = compareResults(c, a);
  t.diagnostic(`1× vs 1×: ${summary(same)}`);
  assert.ok(same.cells.every((cell) => cell.status === 'compared'));
  assert.equal(same.regressions, 0, summary(same));
});
