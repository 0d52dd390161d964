// The transfer workloads: each task receives a payload of `kib` KiB (flat bytes, or small
// objects) and returns one of the same size. They must run in every model of both runtimes, and
// the report must show each model's time per MiB moved beside the serial copy's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { transferCosts } from '../src/analysis/transfer.ts';
import { ConfigError, loadConfig } from '../src/config/load.ts';
import type { OkCell } from '../src/results/types.ts';
import { NO_PYTHON_314, python314, readResults, runCli, scratchDir, writeJson } from './helpers.ts';

test('a batch moves 2 × tasks × KiB; its time per MiB is read on the warm batch, beside the serial one', () => {
  const cell = {
    runtime: 'node',
    strategy: 'worker-threads',
    workload: 'transfer',
    level: '1MiB',
    arg: 1024,
    workers: 2,
    tasks: 2,
    status: 'ok',
    metrics: { wall_time: 0.2, speedup: 0.05 },
    serial_wall_time: 0.01,
    warm: { wall_time: 0.02, speedup: 0.25, efficiency: 0.125 },
  } as unknown as OkCell;
  const [cost] = transferCosts([cell, { ...cell, workload: 'cpu' }]);
  assert.equal(cost?.mibMoved, 4, '2 tasks × 1 MiB, in and out');
  assert.equal(cost?.basis, 'warm');
  assert.ok(Math.abs(cost!.msPerMib - 5) < 1e-9, 'a 20 ms warm batch over 4 MiB');
  assert.ok(Math.abs(cost!.serialMsPerMib - 1.25) < 1e-9, 'the serial batch: 0.25 × 20 ms over 4 MiB');
});

test('transfer levels are sizes in KiB, not durations', (t) => {
  const dir = scratchDir(t);
  writeJson(join(dir, 'config.json'), { workloads: { transfer: { big: '100ms' } } });
  assert.throws(
    () => loadConfig('config.json', { cwd: dir }),
    (error: Error) =>
      error instanceof ConfigError &&
      error.message === 'config.json: workloads.transfer.big: must be a positive integer, got "100ms"',
  );
});

test('both shapes cross into every model of both runtimes, and the report shows the cost per MiB', (t) => {
  const dir = scratchDir(t);
  const py314 = python314();
  if (!py314) t.diagnostic(`InterpreterPool not run: ${NO_PYTHON_314}`);
  writeJson(join(dir, 'config.json'), {
    repetitions: 3,
    python: py314 ? ['python3', py314] : ['python3'],
    workloads: { transfer: { '64KiB': 64 }, transfer_objects: { '64KiB': 64 } },
  });
  const run = runCli(['--config', 'config.json', '--out', 'out'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const results = readResults(join(dir, 'out'));
  const notRun = results.cells.filter((c) => {
    if (c.status === 'ok') return false;
    return !(c.status === 'skipped' && /InterpreterPool needs Python 3\.14/.test(c.reason));
  });
  assert.deepEqual(
    notRun.map(
      (c) =>
        `${c.runtime} ${c.strategy} ${c.workload}: ${c.status === 'ok' ? '' : c.status === 'failed' ? c.error : c.reason}`,
    ),
    [],
  );
  const ok = results.cells.filter((c) => c.status === 'ok');
  assert.equal(ok.length, (3 + 2 + (py314 ? 3 : 0)) * 2, 'every model, both shapes');

  const markdown = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
  const section = markdown.slice(markdown.indexOf('### Data crossing: milliseconds per MiB moved'));
  assert.ok(markdown.includes('### Data crossing: milliseconds per MiB moved'));
  for (const row of [
    '`node` · WorkerThreads',
    '`node` · ChildProcesses',
    '`python3` · ProcessPool',
    '`node` serially (no crossing)',
  ]) {
    assert.match(section, new RegExp(`\\| ${row.replace(/[()]/g, '\\$&')} +\\| +\\d+(\\.\\d\\d)? ms \\|`), row);
  }
  if (py314) assert.match(section, /InterpreterPool +\| +\d+(\.\d\d)? ms \|/);
});
