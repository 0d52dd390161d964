// Cancellation with real signals: the run stops within 5 s, every process it started is gone
// (pool workers, forkserver, resource tracker), its temp folder too, and results.json holds
// the cells that finished with the rest marked cancelled.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { descendants, readProcStat } from '../src/measure/process-tree.ts';
import { fixture, python314, readResults, repoRoot, scratchDir, writeJson } from './helpers.ts';

const scratchFolders = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('concurrency-bench-')));

async function cancelMidPool(
  t: { after(fn: () => void): void },
  signal: 'SIGINT' | 'SIGTERM',
  strategy: string,
  workload: object,
) {
  const dir = scratchDir(t);
  const config = writeJson(join(dir, 'config.json'), {
    workers: 2,
    tasks: 2,
    repetitions: 1,
    strategies: [strategy],
    python: [python314() ?? 'python3'],
    workloads: workload,
  });
  const before = scratchFolders();
  const cli = spawn(
    process.execPath,
    [join(repoRoot, 'dist', 'cli.js'), '--config', config, '--out', join(dir, 'out')],
    { cwd: dir, stdio: 'ignore' },
  );
  const exited = once(cli, 'exit');
  // Wait for the second cell's pool: runner + at least two more processes under it.
  const seen = new Set<number>();
  for (let waited = 0; ; waited += 50) {
    assert.ok(waited < 60_000, 'the pool never started');
    const tree = descendants(cli.pid!);
    for (const p of tree) seen.add(p.pid);
    if (
      existsSync(join(dir, 'out', 'results.json')) &&
      readResults(join(dir, 'out')).cells.length === 1 &&
      tree.length >= 3
    )
      break;
    await sleep(50);
  }
  const started = performance.now();
  cli.kill(signal);
  const [code] = await exited;
  const seconds = (performance.now() - started) / 1000;
  assert.ok(seconds <= 5, `stopped after ${seconds} s`);
  assert.equal(code, signal === 'SIGINT' ? 130 : 143);
  await sleep(200);
  // A killed worker whose parent died with it is a zombie of PID 1 until init reaps it (this
  // VM's init does so lazily): it has exited and holds nothing, so it does not count as left.
  const alive = [...seen].filter((pid) => {
    const stat = existsSync(`/proc/${pid}`) ? readProcStat(pid) : undefined;
    return stat !== undefined && stat.state !== 'Z';
  });
  assert.deepEqual(alive, [], `processes left: ${alive}`);
  assert.deepEqual(
    [...scratchFolders()].filter((name) => !before.has(name)),
    [],
  );
  const cells = readResults(join(dir, 'out')).cells;
  assert.deepEqual(
    cells.map((c) => [c.level, c.status]),
    [
      ['short', 'ok'],
      ['long', 'skipped'],
    ],
  );
  assert.ok(cells[1].status === 'skipped' && cells[1].reason.startsWith('cancelled'));
  return seconds;
}

test('SIGINT during a Python process pool', async (t) => {
  const seconds = await cancelMidPool(t, 'SIGINT', 'process-pool', {
    burn: { module: fixture('burn.py'), function: 'burn', levels: { short: 0.1, long: 2 } },
  });
  t.diagnostic(`stopped ${seconds.toFixed(2)} s after SIGINT`);
});

test('SIGTERM during a Node child-processes pool', async (t) => {
  const seconds = await cancelMidPool(t, 'SIGTERM', 'child-processes', {
    burn: { module: fixture('burn.mjs'), export: 'burn', levels: { short: 0.1, long: 2 } },
  });
  t.diagnostic(`stopped ${seconds.toFixed(2)} s after SIGTERM`);
});
