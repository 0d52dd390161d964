// GitHub runs an Action's dist/ with no node_modules anywhere: a copy of dist/ alone must run
// every Node strategy (piscina finds its thread entry, piscina-worker.cjs, beside the bundle).
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readResults, repoRoot, runCli, scratchDir, writeJson } from './helpers.ts';

test('a copy of dist/ alone runs the Node strategies', (t) => {
  const dir = scratchDir(t);
  cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: ['event-loop', 'worker-threads', 'child-processes'],
    workloads: { cpu: { low: 3_000_000 } }, // ~3 ms a task: a plausible speedup in one round
  });
  const run = runCli(['--config', config, '--out', join(dir, 'out')], { cwd: dir, cli: join(dir, 'dist', 'cli.js') });
  assert.equal(run.code, 0, run.stderr);
  const results = readResults(join(dir, 'out'));
  assert.deepEqual(
    results.cells.map((cell) => [cell.strategy, cell.status]),
    [
      ['event-loop', 'ok'],
      ['worker-threads', 'ok'],
      ['child-processes', 'ok'],
    ],
  );
});
