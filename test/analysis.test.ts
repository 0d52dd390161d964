// The pure analysis: the interval of a median and verdicts, on figures whose answer is known
// (break-even: test/break-even.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verdicts } from '../src/analysis/verdicts.ts';
import { medianInterval } from '../src/stats/interval.ts';
import type { CellResult } from '../src/results/types.ts';
import { cell } from './cells.ts';

test('the interval of a median: order statistics, with the coverage the binomial gives them', () => {
  // n = 3: only [min, max], which holds the median with 1 − 2/8 = 75%.
  assert.deepEqual(medianInterval([3, 1, 2]), { low: 1, high: 3, level: 0.75 });
  // n = 6: [min, max] is the first to reach 95% (1 − 2/64 = 96.9%).
  assert.deepEqual(medianInterval([6, 1, 5, 2, 4, 3]), { low: 1, high: 6, level: 1 - 2 / 64 });
  // n = 20: [x(6), x(15)] (coverage 95.9%); one more step inwards would fall below 95%.
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
  const interval = medianInterval(twenty);
  assert.deepEqual([interval.low, interval.high], [6, 15]);
  assert.ok(interval.level >= 0.95 && interval.level < 0.96, String(interval.level));
  // Coverage, checked by simulation: the true median of U(0,1) is 0.5.
  let held = 0;
  let seed = 1;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let trial = 0; trial < 2000; trial++) {
    const { low, high } = medianInterval(Array.from({ length: 12 }, random));
    if (low <= 0.5 && 0.5 <= high) held++;
  }
  assert.ok(held / 2000 >= 0.95 - 0.015, `held ${held / 2000}`);
});

const steady = (wall: number) => [wall * 0.99, wall, wall * 1.01, wall, wall * 0.995, wall * 1.005];

test('verdicts: a clear best, a tie, run it serially, inconclusive', () => {
  const clear = verdicts({ cells: [cell('worker-threads', steady(1)), cell('event-loop', steady(1.6))] }, 0.05)[0]!;
  assert.deepEqual([clear.status, clear.best], ['best', ['node/worker-threads']]);

  // 2.00× and 1.94×: 3% apart is below the 5% precision, whatever the intervals.
  const close = verdicts(
    { cells: [cell('worker-threads', steady(1)), cell('process-pool', steady(1.03), {}, 'python3')] },
    0.05,
  )[0]!;
  assert.deepEqual([close.status, close.best], ['tie', ['node/worker-threads', 'python3/process-pool']]);

  // 1.00× and 0.95×, six rounds each: both shown below 1 + precision.
  const serial = verdicts(
    { cells: [cell('event-loop', steady(2)), cell('thread-pool', steady(2.1), {}, 'python3')] },
    0.05,
  )[0]!;
  assert.deepEqual([serial.status, serial.best], ['serial', []]);
  assert.deepEqual(
    serial.excluded?.map((e) => [e.model, e.by]),
    [
      ['node/event-loop', 'speed'],
      ['python3/thread-pool', 'speed'],
    ],
  );

  // The event loop reads 0.91–1.60×: neither shown to beat serial nor shown not to, and not shown
  // slower than worker threads round by round (it won 2 of 6). Worker threads lead; the event
  // loop stays open beside them.
  const noisy = verdicts(
    {
      cells: [
        cell('worker-threads', [0.6, 1.5, 0.8, 1.2, 0.7, 1.4]),
        cell('event-loop', [2.2, 1.3, 2.1, 1.4, 2.0, 1.25]),
      ],
    },
    0.05,
  )[0]!;
  assert.deepEqual([noisy.status, noisy.best, noisy.unresolved], ['tie', ['node/worker-threads'], ['node/event-loop']]);
  // Alone, the same noisy model is still shown faster than serial: it is named.
  assert.equal(verdicts({ cells: [cell('worker-threads', [0.6, 1.5, 0.8, 1.2, 0.7, 1.4])] }, 0.05)[0]!.status, 'best');

  // Nothing is shown either way: no model beats serial in every round.
  const unclear = verdicts(
    {
      cells: [
        cell('worker-threads', [2.2, 1.3, 2.1, 1.4, 2.0, 1.25]),
        cell('event-loop', [2.2, 1.3, 2.1, 1.4, 2.0, 1.25]),
      ],
    },
    0.05,
  )[0]!;
  assert.deepEqual([unclear.status, unclear.best], ['inconclusive', []]);

  // Above the ideal (2× with 2 workers) counts as the ideal: 2.15× and 1.97× are a tie.
  const above = verdicts(
    { cells: [cell('process-pool', steady(2 / 2.15), {}, 'python3'), cell('worker-threads', steady(2 / 1.97))] },
    0.05,
  )[0]!;
  assert.deepEqual(
    [above.status, above.best, +above.speedup!.toFixed(2)],
    ['tie', ['python3/process-pool', 'node/worker-threads'], 2.15],
  );

  // one cold and one warm verdict per workload, at its last level with a measured cell
  const both = verdicts(
    {
      cells: [
        cell('worker-threads', steady(1)),
        { ...cell('worker-threads', steady(1)), level: 'later', status: 'skipped', reason: 'x' } as CellResult,
      ],
    },
    0.05,
  );
  assert.deepEqual(
    both.map((v) => [v.basis, v.level]),
    [
      ['cold', 'long'],
      ['warm', 'long'],
    ],
  );
});

test('verdicts: fewer than 3 rounds in a cell name no model (one round reads [x, x])', () => {
  const [cold] = verdicts({ cells: [cell('worker-threads', [1]), cell('event-loop', [1.6])] }, 0.05);
  assert.equal(cold!.status, 'inconclusive');
  assert.deepEqual(cold!.best, []);
  // 3 rounds are an interval, but a sign test cannot show anything on fewer than 5 (p ≥ 1/8)
  const three = verdicts({ cells: [cell('worker-threads', [1, 1, 1]), cell('event-loop', [1.6, 1.6, 1.6])] }, 0.05);
  assert.equal(three[0]!.status, 'inconclusive');
  // 5 rounds show both beat serial (p = 1/32), but not yet which leads: that comparison is held
  // to 2.5% (the leader is picked after the fact), which takes 6
  const five = [1, 1, 1, 1, 1];
  const [both] = verdicts(
    {
      cells: [
        cell('worker-threads', five),
        cell(
          'event-loop',
          five.map(() => 1.6),
        ),
      ],
    },
    0.05,
  );
  assert.deepEqual([both!.status, both!.best], ['tie', ['node/worker-threads', 'node/event-loop']]);
  const six = [1, 1, 1, 1, 1, 1];
  const [enough] = verdicts(
    {
      cells: [
        cell('worker-threads', six),
        cell(
          'event-loop',
          six.map(() => 1.6),
        ),
      ],
    },
    0.05,
  );
  assert.equal(enough!.status, 'best');
});

/** A cell whose rounds kept `cores` cores busy, against a serial run of 2 s wall and 2 s CPU. */
const busyCell = (strategy: string, wall: number, cores: number, runtime = 'node') =>
  cell(strategy, steady(wall), {}, runtime, cores);

test('verdicts: a model that kept one core busy is not parallel, whatever its speedup read', () => {
  // The cpu verdict: worker threads and child processes both near 1.6×, the event loop at
  // 1.0× and a GIL-bound thread pool at 1.2× (a faster minute of the machine), each of those two
  // keeping one core busy, like the serial run.
  const [cold] = verdicts(
    {
      cells: [
        busyCell('worker-threads', 1.25, 2),
        busyCell('child-processes', 1.27, 2),
        busyCell('event-loop', 2, 1),
        busyCell('thread-pool', 1.65, 1, 'python3'),
      ],
    },
    0.05,
  );
  assert.deepEqual(
    [cold!.status, cold!.best, cold!.excluded?.map((e) => [e.model, e.by])],
    [
      'tie',
      ['node/worker-threads', 'node/child-processes'],
      [
        ['python3/thread-pool', 'cpu'],
        ['node/event-loop', 'cpu'],
      ],
    ],
  );
});

test('verdicts: the event loop is held to the tasks it runs at once, not to the workers, so a timer wait names it', () => {
  // bench/sleep.json: 32 waits on 2 workers against a serial run of 2 s. The event loop waits for
  // all 32 at once (about 31×); a pool of 2 for 2 at a time (1.9×). Capped at 2 workers, as the
  // verdict did before, 31× counted as 2× and read as a tie with the pool.
  const tasks = { tasks: 32 };
  const [cold] = verdicts(
    { cells: [cell('event-loop', steady(2 / 31), tasks), cell('worker-threads', steady(2 / 1.9), tasks)] },
    0.05,
  );
  assert.deepEqual([cold!.status, cold!.best], ['best', ['node/event-loop']]);
  // a pool is still held to its workers: 3× on 2 workers counts as 2×, a tie with 1.95×
  const [pools] = verdicts(
    { cells: [cell('worker-threads', steady(2 / 3), tasks), cell('child-processes', steady(2 / 1.95), tasks)] },
    0.05,
  );
  assert.equal(pools!.status, 'tie');
});
