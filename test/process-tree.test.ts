// /proc parsing and tree discovery, against real processes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { descendants, parseProcStat } from '../src/measure/process-tree.ts';

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
