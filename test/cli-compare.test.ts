// --compare-to and --fail-on-regression through the real CLI: a known slow-down fails the gate,
// an equal run does not, and a baseline that is not comparable is a clear message.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixture, repoRoot, runCli, scratchDir, writeJson } from './helpers.ts';

function runWithCost(dir: string, out: string, factor: number, extra: string[] = []) {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'dist', 'cli.js'), '--config', join(dir, 'config.json'), '--out', join(dir, out), ...extra],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, COST_FACTOR: String(factor) },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("parallel runs 1.5× as costly fail --fail-on-regression; the report shows the change, says it is another run's, and takes the baseline's argument", (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'config.json'), {
    repetitions: 6,
    strategies: ['worker-threads'],
    // cost.mjs's workOffMain: COST_FACTOR only off the main thread, so the serial run stays as it
    // was and the speedup (what a comparison with another run tests) falls
    workloads: { cost: { module: fixture('cost.mjs'), export: 'workOffMain', levels: { base: '150ms' } } },
  });
  assert.equal(runWithCost(dir, 'base', 1).code, 0);
  const slower = runWithCost(dir, 'slower', 1.5, ['--compare-to', 'base/results.json', '--fail-on-regression']);
  assert.equal(slower.code, 3, slower.stdout + slower.stderr);
  assert.match(
    slower.stderr,
    /^concurrency-bench: regression gate: 1 cell got slower than base\/results\.json, beyond noise$/m,
  );
  assert.match(slower.stdout, /^duration levels: 1 runtime × workload pairs take the baseline's arguments/m);
  assert.match(slower.stdout, /^### Against `base\/results\.json`: another run, another machine: indicative only$/m);
  assert.match(
    slower.stdout,
    /^- \*\*`node` · WorkerThreads `cost`\/`base`: 1\.\d\d× the wall time relative to serial, slower \\\[\d\.\d\d–\d\.\d\d\\\], 6 rounds\*\*$/m,
  );
  assert.match(slower.stdout, /Compared with `base\/results\.json`: \*\*1 regression\*\*/);
  assert.match(readFileSync(join(dir, 'slower', 'report.md'), 'utf8'), /\*\*\+\d+% ▲ slower\*\*/);
  // report.html shows the same comparison: the counts and method, and the change in the cell
  const html = readFileSync(join(dir, 'slower', 'report.html'), 'utf8');
  assert.match(html, /<p class="warning">Compared with base\/results\.json: <b>1 regression<\/b>, 0 improvements\. /);
  assert.match(html, /<th>Δ wall<\/th>/);
  assert.match(html, /<td><b>\+\d+% ▲ slower<\/b><\/td>/);
});

test('a baseline of another schema_version is exit 2 before anything runs; one with no cell in common is a warning', (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'config.json'), {
    repetitions: 2,
    strategies: ['event-loop'],
    workloads: { cpu: { low: 1000 } },
  });
  writeJson(join(dir, 'v2.json'), { schema_version: 2, cells: [] });
  const v2 = runCli(['--config', 'config.json', '--compare-to', 'v2.json', '--out', 'out'], { cwd: dir });
  assert.equal(v2.code, 2);
  assert.match(
    v2.stderr.trim(),
    /^concurrency-bench: \S*v2\.json: schema_version 2 is not supported \(this version reads 1\)$/,
  );
  assert.equal(v2.stdout, '', 'nothing ran');

  const first = runCli(['--config', 'config.json', '--out', 'first'], { cwd: dir });
  assert.equal(first.code, 0, first.stderr);
  writeJson(join(dir, 'other.json'), {
    repetitions: 2,
    strategies: ['event-loop'],
    workloads: { memory: { low: 1000 } },
  });
  const other = runCli(['--config', 'other.json', '--out', 'other', '--compare-to', 'first/results.json'], {
    cwd: dir,
  });
  assert.equal(other.code, 0, other.stderr);
  assert.match(other.stderr, /^concurrency-bench: no comparison: .*no cell in common/m);
  const gated = runCli(
    ['--config', 'other.json', '--out', 'other', '--compare-to', 'first/results.json', '--fail-on-regression'],
    { cwd: dir },
  );
  assert.equal(gated.code, 3);
  assert.match(gated.stderr, /regression gate: cannot compare, so no gate could pass: .*no cell in common/);
});
