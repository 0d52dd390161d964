// The engine end to end on small cells: a failing workload fails only its cells, the built-in
// workloads run in every Node strategy, and results.json has the shape of src/results/types.ts.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { METRIC_KEYS } from '../src/results/types.ts';
import { fixture, readResults, runCli, scratchDir, writeJson } from './helpers.ts';

const NODE_STRATEGIES = ['event-loop', 'worker-threads', 'child-processes'];

test('a workload that throws fails its cells with one line; the other cells finish', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: NODE_STRATEGIES,
    workloads: {
      broken: { module: fixture('burn.mjs'), export: 'fail', levels: { once: 1 } },
      cpu: { low: 3_000_000 }, // ~3 ms a task: a plausible speedup in one round
    },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const results = readResults(join(dir, 'out'));
  assert.equal(results.cells.length, 6);
  for (const cell of results.cells.filter((c) => c.workload === 'broken')) {
    assert.equal(cell.status, 'failed');
    assert.ok(
      cell.status === 'failed' && cell.error.includes('boom from a user workload') && !cell.error.includes('\n'),
      JSON.stringify(cell),
    );
  }
  for (const cell of results.cells.filter((c) => c.workload === 'cpu'))
    assert.equal(cell.status, 'ok', JSON.stringify(cell));
  assert.match(run.stdout, /FAILED: .*boom from a user workload/);
});

test('built-in workloads in every Node strategy, results.json shape, no temp files left', (t) => {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 2,
    strategies: NODE_STRATEGIES,
    network: { latency_ms: 20 },
    workloads: { cpu: { low: 3_000_000 }, memory: { low: 300_000 }, io: { low: 2 }, network: { low: 2 } },
  });
  const tmpBefore = new Set(readdirSync('/tmp'));
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const results = readResults(join(dir, 'out'));
  assert.equal(results.schema_version, 1);
  assert.equal(results.tool.name, 'concurrency-bench');
  assert.ok(results.system.cores >= 1 && results.system.node.startsWith('v'));
  assert.equal(results.cells.length, 12);
  for (const cell of results.cells) {
    // io's serial runs meet the page cache's writeback: two rounds whose speedups cannot be true
    // make the cell not measurable, which is a right answer too
    if (
      cell.workload === 'io' &&
      cell.status === 'skipped' &&
      cell.reason.startsWith('not measurable on this runner right now')
    )
      continue;
    assert.equal(cell.status, 'ok', JSON.stringify(cell));
    if (cell.status !== 'ok') continue;
    assert.deepEqual(Object.keys(cell.metrics).sort(), [...METRIC_KEYS].sort());
    for (const key of METRIC_KEYS) {
      assert.ok(
        Number.isFinite(cell.metrics[key]) && cell.metrics[key] >= 0,
        `${key} of ${cell.strategy}/${cell.workload}`,
      );
      assert.equal(cell.stats[key].samples.length + (cell.outliers?.length ?? 0), 2, 'every round kept or set aside');
    }
    assert.equal(cell.workers, results.system.cores);
    assert.ok(cell.serial_wall_time > 0);
    assert.ok(Math.abs(cell.metrics.efficiency - cell.metrics.speedup / cell.workers) < 1e-9);
  }
  // the loopback server answers after 20 ms: serially, tasks × 2 requests can't be quicker
  const network = results.cells.find((c) => c.workload === 'network' && c.strategy === 'event-loop');
  assert.ok(network?.status === 'ok' && network.serial_wall_time >= network.tasks * 2 * 0.02);
  const leftovers = readdirSync('/tmp').filter((name) => !tmpBefore.has(name) && name.startsWith('concurrency-bench-'));
  assert.deepEqual(leftovers, []);
  for (const workload of ['cpu', 'memory', 'io', 'network']) {
    assert.match(
      run.stdout,
      new RegExp(
        `- \\*\\*\`${workload}\`\\*\\*: pool made per job, at \`low\` \\(arg \`\\d+\`\\): .*; long-lived pool, at \`low\``,
      ),
    );
    assert.match(run.stdout, new RegExp(`### \`${workload}\`\\n\\n\\| Model`));
  }
  assert.doesNotMatch(run.stdout, /```mermaid|<details>/, 'the terminal gets the tables only');
});

test('a TypeScript workload, its path relative to the config file, runs in all three strategies', (t) => {
  const dir = scratchDir(t);
  mkdirSync(join(dir, 'bench'));
  writeFileSync(
    join(dir, 'bench', 'parse.ts'),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is a TypeScript source file holding a template literal
    'interface Row { id: number; name: string }\nexport function parse(count: number): number {\n  const rows: Row[] = Array.from({ length: count }, (_, id) => ({ id, name: `row ${id}` }));\n  return JSON.parse(JSON.stringify(rows)).length;\n}\n',
  );
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: NODE_STRATEGIES,
    workloads: { parse: { module: 'bench/parse.ts', export: 'parse', levels: { small: 1000 } } },
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: '/' });
  assert.equal(run.code, 0, run.stderr);
  const cells = readResults(join(dir, 'out')).cells;
  assert.deepEqual(
    cells.map((c) => [c.strategy, c.status]),
    NODE_STRATEGIES.map((s) => [s, 'ok']),
  );
});
