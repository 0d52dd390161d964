// A Python workload out of memory under a cgroup's memory limit, in every Python model: the
// kernel's out-of-memory killer ends a process with SIGKILL (no MemoryError to catch, unlike
// RLIMIT_AS in faulty-workloads.test.ts). The cell fails saying so, the others finish, nothing is
// left behind. Needs a writable cgroup v1 memory controller (root); skips and says so otherwise.
//
// The runners run inside the limited cgroup (each interpreter is a wrapper that moves itself
// there, then execs the real one); the orchestrator does not. With the orchestrator inside too,
// the kernel sometimes killed it as well: in the few ms between killing a runner and uncharging
// its memory, any page the orchestrator touched (a V8 GC thread, a /proc read) found the cgroup
// still full, and the orchestrator was the only process left to kill. Runners volunteer first
// (oom_score_adj 1000), but only a privileged orchestrator could exempt itself, so that case is
// one this test cannot promise; the README says so.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CellResult } from '../src/results/types.ts';
import { fixture, leftoverProcesses, python314, readResults, repoRoot, scratchDir, writeJson } from './helpers.ts';

const MEMORY_CGROUPS = '/sys/fs/cgroup/memory';
const LIMIT_BYTES = 600 * 1024 * 1024;

function cgroupsUnavailable(): string | false {
  try {
    accessSync(join(MEMORY_CGROUPS, 'cgroup.procs'), constants.W_OK);
    return false;
  } catch {
    return `no writable cgroup v1 memory controller at ${MEMORY_CGROUPS} (needs root on a cgroup v1 host)`;
  }
}

test('a Python workload out of memory under a cgroup limit fails its cells only, in every Python model', {
  skip: cgroupsUnavailable(),
}, (t) => {
  const dir = scratchDir(t);
  const group = join(MEMORY_CGROUPS, `concurrency-bench-test-${process.pid}`);
  mkdirSync(group);
  t.after(() => {
    // every process has left it by now (the run is over); a cgroup is removed with rmdir
    for (let i = 0; i < 50; i++) {
      try {
        rmdirSync(group);
        return;
      } catch {
        spawnSync('sleep', ['0.1']);
      }
    }
  });
  writeFileSync(join(group, 'memory.limit_in_bytes'), String(LIMIT_BYTES));
  try {
    writeFileSync(join(group, 'memory.memsw.limit_in_bytes'), String(LIMIT_BYTES)); // no swap to escape to
  } catch {
    // no swap accounting: nothing to limit
  }
  const py314 = python314();
  // wrappers named as the interpreters, so that the cells keep their runtime labels
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const inGroup = (name: string, real: string) => {
    const path = join(bin, name);
    writeFileSync(path, `#!/bin/sh\necho $$ > ${join(group, 'cgroup.procs')} && exec ${real} "$@"\n`, { mode: 0o755 });
    return path;
  };
  const python3 = spawnSync('sh', ['-c', 'command -v python3'], { encoding: 'utf8' }).stdout.trim();
  const config = writeJson(join(dir, 'config.json'), {
    repetitions: 1,
    timeout_s: 60,
    workers: 2,
    tasks: 2,
    python: [inGroup('python3', python3), ...(py314 ? [inGroup('python3.14', py314)] : [])],
    strategies: ['thread-pool', 'process-pool', 'interpreter-pool'],
    workloads: {
      hoard: { module: fixture('faulty.py'), function: 'hoard_in_pool', levels: { once: 1 } },
      cpu: { low: 1000 },
    },
  });
  const run = spawnSync(
    process.execPath,
    [join(repoRoot, 'dist', 'cli.js'), '--config', config, '--out', join(dir, 'out')],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  assert.equal(
    run.status,
    0,
    `exit ${run.status} ${run.signal ?? ''}: ${run.stderr}\n${run.stdout.slice(-3000)}\n${readFileSync(join(group, 'memory.oom_control'), 'utf8')}`,
  );
  const cells = readResults(join(dir, 'out')).cells;
  const outcome = (cell: CellResult) =>
    cell.status === 'ok' ? 'ok' : cell.status === 'failed' ? cell.error : `skipped: ${cell.reason}`;
  const hoard = cells.filter((c) => c.workload === 'hoard' && c.status !== 'skipped');
  assert.ok(hoard.length >= 2, JSON.stringify(cells.map(outcome)));
  for (const cell of hoard) {
    const expected =
      cell.strategy === 'process-pool'
        ? /^a worker process died while running a task \(os\._exit\(\), a crash, or the kernel's out-of-memory killer\)/
        : /^the process was killed by SIGKILL: the workload crashed it or ran out of memory$/;
    assert.match(
      outcome(cell),
      expected,
      `${cell.runtime} ${cell.strategy}: ${JSON.stringify(cells.map((c) => [c.runtime, c.strategy, c.workload, outcome(c)]))}`,
    );
  }
  // the tiny control cells ran: a figure, or not measurable when their one round read an impossible speedup
  for (const cell of cells.filter((c) => c.workload === 'cpu'))
    assert.match(
      outcome(cell),
      /^ok$|^skipped: (not measurable on this runner right now|InterpreterPool needs)/,
      `${cell.runtime} ${cell.strategy}`,
    );
  const oomKills = Number(/oom_kill (\d+)/.exec(readFileSync(join(group, 'memory.oom_control'), 'utf8'))?.[1] ?? NaN);
  assert.ok(Number.isNaN(oomKills) || oomKills >= hoard.length, `the kernel's OOM killer did it (${oomKills} kills)`);
  assert.deepEqual(leftoverProcesses(), []);
});
