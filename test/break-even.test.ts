// Break-even (src/analysis/break-even.ts) on rounds whose answer is known: the fixed cost from the
// measured phases, the threshold and its bootstrap interval, and the rule that says "pays off
// above X" only when the interval is bounded and the speedup at the longest task is shown above 1×.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakEvenOf, breakEvens, claimOf, fitLine } from '../src/analysis/break-even.ts';
import { cellFigures, type Repetition } from '../src/measure/metrics.ts';
import { parseResults } from '../src/results/read.ts';
import type { BreakEven, OkCell, Results } from '../src/results/types.ts';

/** Round-to-round noise, the same every run: a seeded normal. */
function noise(seed: number) {
  let s = seed;
  const uniform = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  return (sigma: number) => Math.exp(sigma * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()));
}

interface Model {
  strategy: string;
  startup: number;
  shutdown: number;
  /** The cold run phase and the warm batch, for tasks of serial length t (2 tasks). */
  run: (t: number) => number;
  warm: (t: number) => number;
}

/**
 * One cell per task length: 2 tasks on 2 workers, serial 2t, each round's figures times its own
 * noise (`sigma`; 0: none).
 */
function cells(model: Model, rounds: number, sigma = 0, seed = 1, lengths = [0.01, 0.1, 0.5]): OkCell[] {
  const jitter = noise(seed);
  return lengths.map((t) => {
    const reps: Repetition[] = [];
    const serials: number[] = [];
    const serialWarms: number[] = [];
    for (let r = 0; r < rounds; r++) {
      serials.push(2 * t * jitter(sigma));
      serialWarms.push(2 * t * jitter(sigma));
      const phases = {
        startup: model.startup * jitter(sigma),
        run: model.run(t) * jitter(sigma),
        shutdown: model.shutdown * jitter(sigma),
      };
      reps.push({
        wall_time: phases.startup + phases.run + phases.shutdown,
        cpu_time: 0,
        peak_memory_bytes: 0,
        phases,
        warm: { wall_time: model.warm(t) * jitter(sigma), cpu_time: 0 },
      });
    }
    return {
      runtime: 'node',
      strategy: model.strategy,
      workload: 'cpu',
      level: `${t * 1000}ms`,
      arg: 1,
      workers: 2,
      tasks: 2,
      status: 'ok',
      ...cellFigures(reps, serials, 2, 2, { serialWarmTimes: serialWarms }),
    };
  });
}

// Start-up 80 ms + shut-down 20 ms; 10 ms of dispatch a batch; the cold run 20 ms slower than the
// warm one (code not yet warm). Cold pays off above (0.1 + 0.02 + 0.01) / (2 − 1) = 0.13 s, warm
// above 0.01 s. Cold − warm reads 0.12 s: the old rule's fixed cost, not the phases'.
const workerThreads: Model = {
  strategy: 'worker-threads',
  startup: 0.08,
  shutdown: 0.02,
  run: (t) => t + 0.03,
  warm: (t) => t + 0.01,
};
// The event loop on CPU work: one task after another, as long as the serial run.
const eventLoop: Model = {
  strategy: 'event-loop',
  startup: 0.0002,
  shutdown: 0.0001,
  run: (t) => 2 * t,
  warm: (t) => 2 * t,
};

test('the fixed cost is the measured start-up + shut-down, and the threshold rests on that one figure', () => {
  const b = breakEvenOf(cells(workerThreads, 6))!;
  assert.ok(Math.abs(b.fixed_cost_s - 0.1) < 1e-12, String(b.fixed_cost_s));
  assert.ok(Math.abs(b.cold_task_s! - 0.13) < 1e-9, String(b.cold_task_s));
  assert.ok(Math.abs(b.warm_task_s! - 0.01) < 1e-9, String(b.warm_task_s));
  assert.ok(Math.abs(b.slope - 1) < 1e-9);
  assert.ok(Math.abs(b.per_task_s - 0.01) < 1e-9, String(b.per_task_s));
  assert.equal(b.longest_task_s, 0.5);
  // no noise: every resample is the same, and so is the interval
  assert.ok(Math.abs(b.cold_task_ci![0] - 0.13) < 1e-9 && Math.abs(b.cold_task_ci![1] - 0.13) < 1e-9);
  assert.deepEqual(claimOf(b, 'cold'), { kind: 'pays', task: b.cold_task_s, ci: b.cold_task_ci, longest: 0.5 });
});

test('with noise, the interval holds the true break-even about 95% of the time, and the claim is made', () => {
  let cold = 0;
  let warm = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const b = breakEvenOf(cells(workerThreads, 10, 0.05, seed))!;
    const [low, high] = b.cold_task_ci!;
    if (low <= 0.13 && 0.13 <= high) cold++;
    const [warmLow, warmHigh] = b.warm_task_ci!;
    if (warmLow <= 0.01 && 0.01 <= warmHigh) warm++;
    assert.ok(high < 0.5, 'bounded, within the sizes measured');
    assert.notEqual(b.cold_task_s, null);
    assert.notEqual(b.warm_task_s, null);
  }
  // 95% intervals: 34 of 40 or more, unless the interval is too narrow (bench/break-even-sim.ts
  // measures it over thousands of runs)
  assert.ok(cold >= 34, `cold: held in ${cold} of 40`);
  assert.ok(warm >= 34, `warm: held in ${warm} of 40`);
});

test('the same rounds give the same interval (a seeded bootstrap); other rounds, another', () => {
  const a = breakEvenOf(cells(workerThreads, 8, 0.05, 7))!;
  const again = breakEvenOf(cells(workerThreads, 8, 0.05, 7))!;
  const other = breakEvenOf(cells(workerThreads, 8, 0.05, 8))!;
  assert.deepEqual(again, a);
  assert.notDeepEqual(other.cold_task_ci, a.cold_task_ci);
});

test('a model that runs the work one task at a time is not told it pays off, though its fitted lines cross', () => {
  // Threads under the GIL on CPU work: one task at a time, 3% slower than serial (switching).
  const gil = { ...eventLoop, strategy: 'thread-pool', run: (t: number) => 2.06 * t, warm: (t: number) => 2.06 * t };
  // Exactly as long as serial: the edge, where noise alone decides which side reads faster.
  const edge = eventLoop;
  for (const [model, allowed, crossings] of [
    [gil, 0, 0],
    [edge, 3, 15],
  ] as const) {
    let crossed = 0;
    let claimed = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const b = breakEvenOf(cells(model, 8, 0.05, seed))!;
      if (b.slope < 2) crossed++; // the rule before said "pays off above X" whenever the lines crossed
      for (const basis of ['cold', 'warm'] as const) if (claimOf(b, basis).kind === 'pays') claimed++;
      assert.equal(b.cold_task_s !== null, claimOf(b, 'cold').kind === 'pays');
    }
    assert.ok(crossed >= crossings, `the fitted cold lines crossed in ${crossed} of 60`);
    assert.ok(claimed <= allowed, `claimed in ${claimed} of 120 (cold and warm)`);
  }
  // exactly as long as serial, no noise: the lines never cross, and the speedup is 1×
  const exact = breakEvenOf(cells(eventLoop, 6))!;
  assert.deepEqual([exact.cold_task_s, exact.warm_task_s, exact.warm_task_ci], [null, null, null]);
  assert.equal(claimOf(exact, 'warm').kind, 'not-shown');
});

test('a model slower than serial at every size is said not to pay off', () => {
  const gil = { ...eventLoop, strategy: 'thread-pool', run: (t: number) => 2.2 * t, warm: (t: number) => 2.2 * t };
  const b = breakEvenOf(cells(gil, 6, 0.02))!;
  assert.equal(b.cold_task_s, null);
  assert.equal(claimOf(b, 'cold').kind, 'below');
  assert.equal(claimOf(b, 'warm').kind, 'below');
});

test('fewer than 6 rounds: no 95% speedup interval, so no claim either way', () => {
  const b = breakEvenOf(cells(workerThreads, 3))!;
  assert.notEqual(b.cold_task_ci, null, 'the fit itself is clear');
  assert.equal(b.cold_task_s, null);
  assert.equal(claimOf(b, 'cold').kind, 'few-rounds');
});

test('what a break-even says, basis by basis: the claim needs both a bounded interval and a 95% speedup above 1×', () => {
  const b: BreakEven = {
    runtime: 'node',
    strategy: 'worker-threads',
    workload: 'cpu',
    fixed_cost_s: 0.04,
    per_task_s: 0.001,
    slope: 1,
    cold_task_s: null,
    warm_task_s: null,
    longest_task_s: 0.5,
  };
  const shown = { median: 1.8, ci: [1.7, 1.9] as [number, number], ci_level: 0.97 };
  const kind = (extra: Partial<BreakEven>) => claimOf({ ...b, ...extra }, 'cold').kind;
  assert.equal(kind({ cold_task_s: 0.04, cold_task_ci: [0.03, 0.05], cold_speedup: shown }), 'pays');
  assert.equal(kind({ cold_task_ci: null, cold_speedup: shown }), 'unbounded');
  assert.equal(kind({ cold_task_ci: [0.03, 0.05], cold_speedup: { ...shown, ci_level: 0.75 } }), 'few-rounds');
  assert.equal(kind({ cold_task_ci: [0.03, 0.05], cold_speedup: { ...shown, ci: [0.95, 1.1] } }), 'not-shown');
  assert.equal(kind({ cold_task_ci: [0.03, 0.05], cold_speedup: { ...shown, ci: [0.9, 0.97] } }), 'below');
  assert.equal(kind({}), 'none');
});

test('results of an earlier version (no start-up samples, no warm view): fixed cost from the phases, cold only', () => {
  const old = cells(workerThreads, 6).map((cell): OkCell => {
    const { startup: _s, shutdown: _d, ...stats } = cell.stats;
    const { warm: _w, ...rest } = cell;
    return { ...rest, stats };
  });
  const b = breakEvenOf(old)!;
  assert.ok(Math.abs(b.fixed_cost_s - 0.1) < 1e-12);
  assert.ok(Math.abs(b.cold_task_s! - 0.13) < 1e-9);
  assert.deepEqual([b.warm_task_s, b.warm_task_ci, b.warm_speedup], [null, null, undefined]);
  assert.equal(claimOf(b, 'warm').kind, 'none');
  assert.equal(breakEvenOf(old.slice(0, 1)), undefined, 'one level: no line to fit');
});

test('weighted least squares: each level by its relative error, not weighed by its own reading', () => {
  // Exact points lie on the line whatever the weights.
  const exact = fitLine([1, 2, 3], [3, 5, 7])!;
  assert.ok(Math.abs(exact.a - 1) < 1e-12 && Math.abs(exact.b - 2) < 1e-12);
  // 10% off at 500 ms (50 ms) is within that level's noise: it moves the intercept, which sets
  // the threshold, by under 1 ms (ordinary least squares: by 5.5 ms).
  const xs = [0.01, 0.1, 0.5];
  const long = fitLine(xs, [0.011, 0.101, 0.501 * 1.1])!;
  assert.ok(Math.abs(long.a - 0.001) < 0.001, String(long.a));
  // A level that read slow keeps its weight (weights from the fitted line, not from the readings,
  // which would give 1.17 here): 0.3 s at 100 ms pulls the slope up to 1.76.
  assert.ok(fitLine(xs, [0.04, 0.3, 0.53])!.b > 1.5);
  assert.equal(fitLine([1, 1], [2, 3]), undefined, 'one task length: no line');
});

test('results.json: break_even with its intervals passes the schema; a malformed interval does not', () => {
  const results = {
    schema_version: 1,
    tool: { name: 'concurrency-bench', version: '0' },
    created_at: '2025-01-01T00:00:00Z',
    system: { os: 'Linux', arch: 'x64', cpu_model: 'x', cores: 2, memory_gb: 4, node: 'v24', pythons: [] },
    config: {},
    cells: cells(workerThreads, 6),
  } as Results;
  results.break_even = breakEvens(results);
  assert.equal(results.break_even.length, 1);
  parseResults(JSON.parse(JSON.stringify(results)), 'r.json');
  const bad = JSON.parse(JSON.stringify(results));
  bad.break_even[0].cold_task_ci = [1];
  assert.throws(() => parseResults(bad, 'r.json'), /break_even\.0\.cold_task_ci/);
});
