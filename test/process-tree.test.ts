// /proc parsing and tree discovery, against real processes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readlinkSync } from 'node:fs';
import { test } from 'node:test';
import { descendants, ProcessTreeWatcher, parseProcStat } from '../src/measure/process-tree.ts';

test('parses a stat line whose command name holds spaces and parentheses', () => {
  const line =
    '4242 (my (odd) name) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 50 30 20 20 0 1 0 100 1000000 2560 18446744073709551615';
  const stat = parseProcStat(4242, line);
  assert.equal(stat.ppid, 17);
  assert.equal(stat.state, 'S');
  assert.equal(stat.ownCpu, 3); // (250 + 50) ticks at 100 Hz
  assert.equal(stat.reapedChildrenCpu, 0.5);
  assert.ok(stat.rssBytes >= 2560 * 4096);
});

test('finds children and grandchildren', { skip: process.platform !== 'linux' && 'needs /proc' }, async () => {
  // a shell that starts a sleeping grandchild, then waits
  const child = spawn('sh', ['-c', 'sleep 30 & echo started; wait'], { stdio: ['ignore', 'pipe', 'ignore'] });
  await once(child.stdout, 'data');
  try {
    const found = descendants(process.pid);
    const shell = found.find((p) => p.pid === child.pid);
    assert.ok(shell, 'the shell is a descendant');
    assert.ok(
      found.some((p) => p.ppid === child.pid),
      'the sleep under it is too',
    );
  } finally {
    child.kill('SIGKILL');
    for (const p of descendants(process.pid)) process.kill(p.pid, 'SIGKILL');
  }
});

/** Descriptors this process holds open on files under /proc/<pid>/ or /proc/loadavg. */
function openProcFiles(): string[] {
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => /^\/proc\/(\d+\/stat|loadavg)$/.test(target));
}

test('the tree watcher follows a tree through held descriptors and closes them all', {
  skip: process.platform !== 'linux' && 'needs /proc',
}, async () => {
  const before = openProcFiles();
  // a shell with a sleeping child; once the sleep ends the shell reaps it and waits on its stdin
  const child = spawn('sh', ['-c', 'sleep 30 & echo started; wait; read line'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const closed = once(child, 'close');
  await once(child.stdout, 'data');
  const watcher = new ProcessTreeWatcher(child.pid!);
  try {
    const first = watcher.members();
    assert.equal(first.length, 2, 'the shell and its sleep');
    const again = watcher.members(); // no new PID in between, on a quiet machine: the held files
    assert.deepEqual(again.map((p) => p.pid).sort(), first.map((p) => p.pid).sort());
    const sleeper = first.find((p) => p.pid !== child.pid)!;
    process.kill(sleeper.pid, 'SIGKILL');
    // the shell reaps it: gone from the members, whichever path the next read takes
    let members = watcher.members();
    for (let i = 0; i < 100 && members.some((p) => p.pid === sleeper.pid); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      members = watcher.members();
    }
    assert.deepEqual(
      members.map((p) => p.pid),
      [child.pid],
    );
    assert.ok(!openProcFiles().includes(`/proc/${sleeper.pid}/stat`), "a member's file closes when it leaves");
  } finally {
    watcher.close();
    child.kill('SIGKILL');
    await closed;
  }
  assert.deepEqual(openProcFiles(), before, 'close() leaves no descriptor behind');
});
