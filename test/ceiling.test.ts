// The runner's own ceiling: /proc/stat parsing, steal arithmetic, and real busy processes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { measureCeiling, parseProcStat, readCpuTicks, stealShare } from '../src/measure/ceiling.ts';
import { descendants } from '../src/measure/process-tree.ts';

const noProcStat = !existsSync('/proc/stat') && 'needs /proc/stat';
const noProcFs = process.platform !== 'linux' && 'needs /proc';

/** Busy loops still alive under this test process (the marker is in their `-e` program). */
function strayLoops(): number[] {
  return descendants(process.pid)
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes('concurrency-bench-ceiling');
      } catch {
        return false; // gone meanwhile
      }
    })
    .map((p) => p.pid);
}

const SAMPLE = `cpu  3171 7 2094 32577 173 0 33 25 0 0
cpu0 1366 0 877 16790 9 0 7 12 0 0
cpu1 1805 7 1216 15787 164 0 25 13 0 0
intr 123456 0 0
ctxt 98765
btime 1700000000
`;

test('parses the aggregate cpu line, with and without guest fields', () => {
  const total = 3171 + 7 + 2094 + 32577 + 173 + 0 + 33 + 25;
  assert.deepEqual(parseProcStat(SAMPLE), { steal: 25, total });
  // guest time is already inside user, so guest fields never add to the total
  assert.deepEqual(parseProcStat(SAMPLE.replace('25 0 0', '25 400 9')), { steal: 25, total });
  assert.deepEqual(parseProcStat('cpu  10 0 5 80 1 0 1 3\ncpu0 10 0 5 80 1 0 1 3\n'), { steal: 3, total: 100 });
});

test('malformed /proc/stat text gives undefined', () => {
  assert.equal(parseProcStat(''), undefined);
  assert.equal(parseProcStat('cpu0 1 2 3 4 5 6 7 8\n'), undefined, 'only per-cpu lines');
  assert.equal(parseProcStat('cpu  1 2 3 4 5 6 7\n'), undefined, 'no steal field');
  assert.equal(parseProcStat('cpu  1 2 3 x 5 6 7 8\n'), undefined, 'not a number');
});

test('steal share is stolen ticks over all ticks between two readings', () => {
  assert.equal(stealShare({ steal: 10, total: 1000 }, { steal: 60, total: 1200 }), 0.25);
  assert.equal(stealShare({ steal: 10, total: 1000 }, { steal: 10, total: 1100 }), 0);
  assert.equal(stealShare(undefined, { steal: 1, total: 2 }), undefined);
  assert.equal(stealShare({ steal: 1, total: 2 }, undefined), undefined);
  assert.equal(stealShare({ steal: 1, total: 2 }, { steal: 1, total: 2 }), undefined, 'no time passed');
});

test('reads this machine’s cpu ticks', { skip: noProcStat }, () => {
  const ticks = readCpuTicks();
  assert.ok(ticks);
  assert.ok(ticks.total > 0);
  assert.ok(ticks.steal >= 0 && ticks.steal <= ticks.total);
});

test('two busy processes against one: a plausible ratio, nothing left behind', { skip: noProcFs }, async () => {
  const before = readCpuTicks();
  const reading = await measureCeiling(2, { loopSeconds: 0.05, trials: 2 });
  const steal = stealShare(before, readCpuTicks());
  console.log(
    `ceiling w=2: ratio ${reading.ratio.toFixed(2)} (samples ${reading.samples.map((s) => s.toFixed(2)).join(', ')}), alone ${reading.alone_s.toFixed(3)} s, together ${reading.together_s.toFixed(3)} s, steal ${steal}`,
  );
  assert.equal(reading.workers, 2);
  assert.ok(reading.ratio > 0.5 && reading.ratio <= 2.6, `ratio ${reading.ratio}`);
  assert.ok(reading.alone_s >= 0.01 && reading.alone_s <= 1, `alone ${reading.alone_s} s`);
  assert.ok(reading.together_s > 0);
  assert.equal(reading.samples.length, 2);
  assert.deepEqual(strayLoops(), []);
});

test('ground truth: one process against one is the same thing, ratio ≈ 1', { skip: noProcFs }, async () => {
  const reading = await measureCeiling(1, { loopSeconds: 0.05, trials: 5 }); // median of 5: a shared machine has bursts
  console.log(
    `ceiling w=1: ratio ${reading.ratio.toFixed(2)} (samples ${reading.samples.map((s) => s.toFixed(2)).join(', ')})`,
  );
  assert.ok(reading.ratio >= 0.7 && reading.ratio <= 1.3, `ratio ${reading.ratio}`);
});

test('cancelling kills the busy processes and rejects', { skip: noProcFs }, async () => {
  const controller = new AbortController();
  const running = measureCeiling(2, { loopSeconds: 0.5, trials: 3, signal: controller.signal });
  // Cancel once a busy process is up. A fixed 150 ms wait was not always enough on a loaded
  // runner (seen once in a clean-clone CI run): the loop's calibration and Node's own start
  // come first. The run lasts 3 s or more, so a process shows up well before it ends.
  const deadline = performance.now() + 10_000;
  while (strayLoops().length === 0 && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(strayLoops().length > 0, 'a busy process was running when we cancelled');
  controller.abort();
  await assert.rejects(running, { message: 'cancelled' });
  assert.deepEqual(strayLoops(), []);
  // already cancelled: nothing starts at all
  await assert.rejects(measureCeiling(2, { signal: AbortSignal.abort() }), { message: 'cancelled' });
});

test('a failing process rejects with one line saying what happened', {
  skip: process.platform === 'win32' && 'uses false and echo',
}, async () => {
  await assert.rejects(
    measureCeiling(1, { execPath: '/no/such/node' }),
    /^Error: ceiling: could not start \/no\/such\/node: .*ENOENT$/,
  );
  await assert.rejects(
    measureCeiling(2, { execPath: 'false' }),
    /^Error: ceiling: the busy process exited with code 1$/,
  );
  await assert.rejects(
    measureCeiling(1, { execPath: 'echo' }),
    /^Error: ceiling: the busy process printed ".*", not its loop seconds$/,
  );
});
