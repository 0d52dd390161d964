// The metric formulas (docs/architecture.md, "Metrics"), on figures worked out by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellFigures } from '../src/measure/metrics.ts';
import { NOISE_CV } from '../src/results/types.ts';
import { describe as describeSamples, median } from '../src/stats/summary.ts';

const phases = { startup: 0.1, run: 0.8, shutdown: 0.1 };

test('median, min, max and coefficient of variation', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  const stats = describeSamples([2, 4, 6]);
  assert.deepEqual([stats.median, stats.min, stats.max], [4, 2, 6]);
  assert.ok(Math.abs(stats.cv - 0.5) < 1e-12); // sample sd 2, mean 4
  assert.equal(describeSamples([5]).cv, 0);
});

test('speedup is serial ÷ parallel wall time, efficiency is speedup ÷ workers', () => {
  // 2 workers, 2 tasks; serially 4 s, in parallel 2 s with 4 s of CPU: perfect scaling.
  const figures = cellFigures([{ wall_time: 2, cpu_time: 4, peak_memory_bytes: 100 * 1024 * 1024, phases }], [4], 2, 2);
  assert.deepEqual(figures.metrics, {
    wall_time: 2,
    cpu_time: 4,
    throughput: 1,
    memory_mb: 100,
    gil_eff: 1,
    speedup: 2,
    efficiency: 1,
  });
  assert.equal(figures.serial_wall_time, 4);
  assert.equal(figures.noisy, false);
});

test('a GIL-bound pool: no speedup, half the CPU of 2 workers', () => {
  const figures = cellFigures([{ wall_time: 4, cpu_time: 4, peak_memory_bytes: 0, phases }], [4], 2, 2);
  assert.equal(figures.metrics.speedup, 1);
  assert.equal(figures.metrics.efficiency, 0.5);
  assert.equal(figures.metrics.gil_eff, 0.5);
});

test('every metric is the median of its per-repetition values; spread flags noise', () => {
  const reps = [1, 2, 4].map((wall) => ({ wall_time: wall, cpu_time: wall, peak_memory_bytes: 0, phases }));
  const figures = cellFigures(reps, [4, 4, 4], 2, 2);
  assert.equal(figures.metrics.wall_time, 2);
  assert.equal(figures.metrics.speedup, 2);
  assert.deepEqual(figures.stats.speedup.samples, [4, 2, 1]);
  assert.ok(figures.stats.wall_time.cv > NOISE_CV);
  assert.equal(figures.noisy, true);
  assert.deepEqual(figures.phases, phases);
});

test("each repetition's speedup is against the serial run of its own round", () => {
  // The machine slows by half between rounds: serial 4 s then 8 s, parallel 2 s then 4 s. Paired,
  // every round reads 2×; against the median serial (6 s) the rounds would read 3× and 1.5×.
  const reps = [2, 4].map((wall) => ({ wall_time: wall, cpu_time: 2 * wall, peak_memory_bytes: 0, phases }));
  const figures = cellFigures(reps, [4, 8], 2, 2);
  assert.deepEqual(figures.stats.speedup.samples, [2, 2]);
  assert.equal(figures.metrics.speedup, 2);
  assert.equal(figures.serial_wall_time, 6);
  assert.throws(() => cellFigures(reps, [4], 2, 2), /2 repetitions but 1 serial runs/);
});

test('a warm round above the limit stays in the warm view; a warm view shown above the limit is dropped', () => {
  const phases = { startup: 0.1, run: 1, shutdown: 0.1 };
  const rep = (warm: number) => ({
    wall_time: 1.2,
    cpu_time: 2,
    peak_memory_bytes: 0,
    phases,
    warm: { wall_time: warm, cpu_time: 2 },
  });
  // serial warm batches of 2 s: warm walls of 1 s read 2×, of 0.8 s read 2.5× (impossible on 2 workers)
  const some = cellFigures([rep(1), rep(0.8), rep(1.02)], [2.4, 2.4, 2.4], 2, 2, {
    serialWarmTimes: [2, 2, 2],
    warmLimit: 2,
  });
  assert.deepEqual(some.warm?.stats.speedup.samples, [2, 2.5, 2 / 1.02], 'every round: trimming one side biases');
  assert.equal(some.warm?.set_aside, undefined);
  assert.equal(some.warm?.speedup, 2);
  const shown = cellFigures([rep(0.8), rep(0.8), rep(0.8)], [2.4, 2.4, 2.4], 2, 2, {
    serialWarmTimes: [2, 2, 2],
    warmLimit: 2,
  });
  assert.equal(shown.warm, undefined, 'every round at 2.5×: the lower end of the interval is above 2.1×');
  assert.deepEqual(shown.warm_set_aside, { rounds: [1, 2, 3], limit: 2 }, 'said in results.json');
});
