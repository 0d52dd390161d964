// Where a run writes: only inside --out (plus its own temp folder, removed at the end).
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXPORTERS } from '../src/report/exporters.ts';
import { runCli, scratchDir, writeJson } from './helpers.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

test('a run writes only inside --out', (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    strategies: ['event-loop', 'worker-threads'],
    workloads: { io: { low: 1 }, cpu: { low: 1000 } },
  });
  const before = filesUnder(dir);
  const tmpBefore = new Set(readdirSync(tmpdir()));
  const run = runCli(['--out', join('deep', 'er', 'out')], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const added = filesUnder(dir).filter((file) => !before.includes(file));
  assert.deepEqual(
    added,
    [
      'deep',
      join('deep', 'er'),
      join('deep', 'er', 'out'),
      // results.json and every report format's file (report/exporters.ts): a new format needs no edit here
      ...['results.json', ...EXPORTERS.map((e) => e.file)].map((f) => join('deep', 'er', 'out', f)),
    ].sort(),
  );
  assert.deepEqual(
    readdirSync(tmpdir()).filter((name) => !tmpBefore.has(name) && name.startsWith('concurrency-bench-')),
    [],
  );
});

test('--out where a file stands: one line, exit 2, before anything runs', (t) => {
  const dir = scratchDir(t);
  writeFileSync(join(dir, 'taken'), 'a file');
  const run = runCli(['--out', join('taken', 'out'), '--workloads', 'cpu', '--levels', 'short'], { cwd: dir });
  assert.equal(run.code, 2);
  assert.equal(
    run.stderr.trim(),
    `concurrency-bench: output folder ${join(dir, 'taken', 'out')}: a file is in the way`,
  );
  assert.equal(run.stdout, '');
});
