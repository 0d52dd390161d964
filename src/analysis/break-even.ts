// Break-even task size per model (pure): above what serial task length does a model beat
// running the tasks one after another, with a pool made per job (cold) and with a pool kept
// (warm)? And is that shown, or only fitted?
//
// x is the serial time of one task at a level (the cold serial run ÷ n tasks). A cold batch is the
// pool's start-up, its run and its shut-down (measure/runner.ts: wall = startup + run + shutdown).
// - The fixed cost F (start-up + shut-down) is measured, not fitted: the median over every round
//   of every level of the phases the runner timed. The report's figure and the threshold are
//   this one estimate.
// - The rest is fitted over the levels (each level's mean over its rounds) by weighted least
//   squares (`fitLine`):
//     cold run    ≈ a_c + b_c·x    against the cold serial run, n·x
//     warm batch  ≈ a_w + b_w·x    against the serial run's own second batch, ≈ s·x (s: its median
//                                  ratio to x over the levels, about n; less where warm code runs faster)
//   A model pays off where the serial side is the longer: x > (F + a_c) / (n − b_c) cold, and
//   x > a_w / (s − b_w) warm; where b ≥ n (resp. s) the fitted batch grows as fast as the serial
//   run and the lines never cross.
// - The interval: a bootstrap over rounds. Each level's rounds (their spread widened for how few
//   they are: `widened`) are resampled with replacement (a cold round keeps its serial run, run phase and fixed cost together; a warm round its batch
//   and its serial batch), everything above is worked out again, and the 2.5% and 97.5% points of
//   the thresholds are taken, a resample whose lines never cross counting as infinitely far. When
//   more than 2.5% never cross, the interval has no upper end: null. The generator is seeded from
//   the figures themselves, so the same results give the same interval.
// - The claim: "pays off above X" (`cold_task_s`, `warm_task_s`) only when that interval is
//   bounded and the model's own speedup at the longest task measured has a 95% interval (6 rounds
//   or more) above 1×; otherwise null, and the speedup there (`cold_speedup`, `warm_speedup`) says
//   what was measured (`claimOf`). Lines fitted through three noisy levels cross somewhere about
//   half the time for a model that cannot run the work in parallel at all (the event loop or
//   GIL-bound threads on CPU work): bench/break-even-sim.ts counts how often each rule claims a
//   threshold for such a model, and how often the interval holds the true break-even.
import { CONFIDENCE, medianInterval } from '../stats/interval.ts';
import { seededRandom } from '../stats/random.ts';
import { median } from '../stats/summary.ts';
import {
  type BreakEven,
  modelId,
  type OkCell,
  type Results,
  type SampleStats,
  type SpeedupAt,
} from '../results/types.ts';

/** Resamples per interval: enough for steady 2.5% and 97.5% points, a few ms per model. */
export const BOOTSTRAP_RESAMPLES = 2000;
/** Two-sided coverage of the break-even interval. */
export const BREAK_EVEN_CONFIDENCE = 0.95;

/** One level's rounds, in the order measured. */
export interface LevelRounds {
  /** Cold rounds: the serial batch, the pool's run phase, its start-up + shut-down. */
  serial: number[];
  run: number[];
  fixed: number[];
  /** Warm rounds (may be fewer: some set aside): the warm batch and the serial run's second batch. */
  warm: number[];
  serialWarm: number[];
}

interface Line {
  a: number;
  b: number;
}

/**
 * What the thresholds are worked out from: each level's means over its rounds, and the fixed
 * cost. Typed arrays, filled in place: the bootstrap works this out 2000 times a model.
 */
interface Summary {
  /** Serial seconds of one task, per level. */
  xs: Float64Array;
  /** The cold run phase, per level. */
  runs: Float64Array;
  /** Levels with a warm view (the first `warmLevels`): their x, warm batch and serial second batch. */
  warmXs: Float64Array;
  warms: Float64Array;
  serialWarms: Float64Array;
  warmLevels: number;
  /** Start-up + shut-down: the median over every round of every level. */
  fixed: number;
}

const emptySummary = (levels: number): Summary => ({
  xs: new Float64Array(levels),
  runs: new Float64Array(levels),
  warmXs: new Float64Array(levels),
  warms: new Float64Array(levels),
  serialWarms: new Float64Array(levels),
  warmLevels: 0,
  fixed: 0,
});

interface Estimate {
  fixed: number;
  cold: Line;
  warm?: Line;
  coldTask: number;
  warmTask?: number;
}

const mean = (values: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
};

/** Weighted least squares with the weights `weight(i)`. */
function weightedLine(xs: ArrayLike<number>, ys: ArrayLike<number>, count: number, weight: (i: number) => number) {
  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (let i = 0; i < count; i++) {
    const w = weight(i);
    sw += w;
    swx += w * xs[i]!;
    swy += w * ys[i]!;
  }
  const meanX = swx / sw;
  const meanY = swy / sw;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < count; i++) {
    const w = weight(i);
    const dx = xs[i]! - meanX;
    sxx += w * dx * dx;
    sxy += w * dx * (ys[i]! - meanY);
  }
  if (!(sxx > 0)) return undefined;
  const b = sxy / sxx;
  return { a: meanY - b * meanX, b };
}

/**
 * A batch's time against task length by weighted least squares, each level weighted by
 * 1 / (its expected batch time)². Run-to-run noise on a runner is multiplicative (a VM's speed
 * moves from one process to the next by a few percent), so a level's spread grows with its batch
 * time, and those weights weigh each level by its precision. The expected time is the line's own:
 * a first fit weighted by 1/x² (about the same where the batch is mostly tasks, and blind to the
 * measured times), then the fit again with 1/ŷ². Not the levels' own times: a level that came out
 * slow would weigh itself down. Not their sample variances: from 3 rounds those are so rough that
 * a level whose few rounds happened to agree would take over the fit.
 */
export function fitLine(xs: ArrayLike<number>, ys: ArrayLike<number>, count = xs.length): Line | undefined {
  const first = weightedLine(xs, ys, count, (i) => 1 / Math.max(xs[i]! * xs[i]!, 1e-18));
  if (!first) return undefined;
  return weightedLine(xs, ys, count, (i) => {
    // a fitted time at or below zero: the level's own
    const expected = first.a + first.b * xs[i]!;
    const y = expected > 0 ? expected : Math.abs(ys[i]!);
    return 1 / Math.max(y * y, 1e-18);
  });
}

/** The task length where the serial side (slope · x) overtakes overhead + b·x; 0 when there is no overhead; Infinity: never. */
function threshold(overhead: number, b: number, serialSlope: number): number {
  if (!(b < serialSlope)) return Infinity;
  return Math.max(0, overhead / (serialSlope - b));
}

/** The median serial-warm-to-x ratio over the levels with a warm view (no sort for the usual three). */
function serialWarmSlope({ warmXs, serialWarms, warmLevels }: Summary): number {
  const ratio = (i: number) => serialWarms[i]! / warmXs[i]!;
  if (warmLevels === 3) {
    const [a, b, c] = [ratio(0), ratio(1), ratio(2)];
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
  return median(Array.from({ length: warmLevels }, (_, i) => ratio(i)));
}

function estimate(summary: Summary, tasks: number): Estimate | undefined {
  const { xs, runs, warmXs, warms, warmLevels, fixed } = summary;
  const cold = fitLine(xs, runs);
  if (!cold) return undefined;
  const coldTask = threshold(fixed + cold.a, cold.b, tasks);
  const warm = warmLevels >= 2 ? fitLine(warmXs, warms, warmLevels) : undefined;
  if (!warm) return { fixed, cold, coldTask };
  return { fixed, cold, warm, coldTask, warmTask: threshold(warm.a, warm.b, serialWarmSlope(summary)) };
}

function summaryOf(levels: LevelRounds[], tasks: number): Summary {
  const summary = emptySummary(levels.length);
  levels.forEach((level, l) => {
    const x = mean(level.serial) / tasks;
    summary.xs[l] = x;
    summary.runs[l] = mean(level.run);
    if (level.warm.length === 0) return;
    const w = summary.warmLevels++;
    summary.warmXs[w] = x;
    summary.warms[w] = mean(level.warm);
    summary.serialWarms[w] = mean(level.serialWarm);
  });
  summary.fixed = median(levels.flatMap((l) => l.fixed));
  return summary;
}

/** The figures as text: what the seed is hashed from, and what the cache of intervals is keyed on. */
const signatureOf = (levels: LevelRounds[]) =>
  levels.map((l) => [l.serial, l.run, l.fixed, l.warm, l.serialWarm].map((v) => v.join(',')).join(';')).join('|');

/** FNV-1a over the figures: the seed. */
function seedOf(signature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < signature.length; i++) h = Math.imul(h ^ signature.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every round's start-up + shut-down, sorted, and each level's rounds' places in that order. */
interface FixedOrder {
  sorted: number[];
  ranks: number[][];
  /** Scratch: how often each place was drawn. */
  counts: Uint16Array;
}

function fixedOrder(levels: LevelRounds[]): FixedOrder {
  const all = levels.flatMap((l, level) => l.fixed.map((value, round) => ({ value, level, round })));
  all.sort((a, b) => a.value - b.value);
  const ranks = levels.map((l) => l.fixed.map(() => 0));
  all.forEach((entry, rank) => {
    ranks[entry.level]![entry.round] = rank;
  });
  return { sorted: all.map((e) => e.value), ranks, counts: new Uint16Array(all.length) };
}

/** The median of the drawn places (counted in `counts`, `drawn` of them), read off in order. */
function countedMedian({ sorted, counts }: FixedOrder, drawn: number): number {
  const lowRank = Math.floor((drawn - 1) / 2);
  const highRank = Math.floor(drawn / 2);
  let low: number | undefined;
  let seen = 0;
  for (let place = 0; place < counts.length; place++) {
    seen += counts[place]!;
    if (low === undefined && seen > lowRank) low = sorted[place]!;
    if (seen > highRank) return (low! + sorted[place]!) / 2;
  }
  return Number.NaN;
}

/** One bootstrap resample into `summary`: each level's cold rounds and warm rounds drawn with replacement. */
function resample(levels: LevelRounds[], tasks: number, random: () => number, order: FixedOrder, summary: Summary) {
  order.counts.fill(0);
  let drawn = 0;
  summary.warmLevels = 0;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l]!;
    const m = level.serial.length;
    const ranks = order.ranks[l]!;
    let serial = 0;
    let run = 0;
    for (let k = 0; k < m; k++) {
      const i = Math.floor(random() * m);
      serial += level.serial[i]!;
      run += level.run[i]!;
      order.counts[ranks[i]!]!++;
    }
    drawn += m;
    const x = serial / m / tasks;
    summary.xs[l] = x;
    summary.runs[l] = run / m;
    const mw = level.warm.length;
    if (mw === 0) continue;
    let warm = 0;
    let serialWarm = 0;
    for (let k = 0; k < mw; k++) {
      const i = Math.floor(random() * mw);
      warm += level.warm[i]!;
      serialWarm += level.serialWarm[i]!;
    }
    const w = summary.warmLevels++;
    summary.warmXs[w] = x;
    summary.warms[w] = warm / mw;
    summary.serialWarms[w] = serialWarm / mw;
  }
  summary.fixed = countedMedian(order, drawn);
}

/** The central BREAK_EVEN_CONFIDENCE of the sorted values; null when its upper end is infinite. */
function percentileInterval(sorted: Float64Array): [number, number] | null {
  const tail = (1 - BREAK_EVEN_CONFIDENCE) / 2;
  const low = sorted[Math.floor(tail * sorted.length)];
  const high = sorted[Math.ceil((1 - tail) * sorted.length) - 1];
  if (low === undefined || high === undefined || !Number.isFinite(high)) return null;
  return [low, high];
}

/**
 * A level's rounds spread about their mean by √(m / (m − 1)): resampling m rounds draws a spread
 * (m − 1)/m of theirs in variance, too narrow with few rounds (3 rounds: an interval meant to
 * hold 95% held about 85% in bench/break-even-sim.ts). Each round's figures move together.
 */
function widened(level: LevelRounds): LevelRounds {
  const widen = (values: number[]) => {
    if (values.length < 2) return values;
    const centre = mean(values);
    const factor = Math.sqrt(values.length / (values.length - 1));
    return values.map((v) => centre + (v - centre) * factor);
  };
  return {
    serial: widen(level.serial),
    run: widen(level.run),
    fixed: widen(level.fixed),
    warm: widen(level.warm),
    serialWarm: widen(level.serialWarm),
  };
}

type Intervals = { cold: [number, number] | null; warm: [number, number] | null };

/**
 * Intervals already worked out, by their figures: a run writes results.json (break-even
 * included) after every cell and every extra round, and most models' rounds have not changed
 * since the last time. A few hundred entries at most.
 */
const worked = new Map<string, Intervals>();

/** The bootstrap intervals of the cold and warm thresholds. */
export function bootstrapIntervals(levels: LevelRounds[], tasks: number, resamples = BOOTSTRAP_RESAMPLES): Intervals {
  const signature = signatureOf(levels);
  const key = `${tasks}:${resamples}:${signature}`;
  const known = worked.get(key);
  // copies: what the caller does with its intervals is not the cache's
  if (known) return { cold: known.cold && [...known.cold], warm: known.warm && [...known.warm] };
  const random = seededRandom(seedOf(signature));
  const spread = levels.map(widened);
  const order = fixedOrder(spread);
  const summary = emptySummary(spread.length);
  const cold = new Float64Array(resamples);
  const warm = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    resample(spread, tasks, random, order, summary);
    const found = estimate(summary, tasks);
    cold[r] = found?.coldTask ?? Infinity;
    warm[r] = found?.warmTask ?? Infinity;
  }
  const intervals = { cold: percentileInterval(cold.sort()), warm: percentileInterval(warm.sort()) };
  if (worked.size >= 500) worked.clear();
  worked.set(key, { cold: intervals.cold && [...intervals.cold], warm: intervals.warm && [...intervals.warm] });
  return intervals;
}

/** A cell's rounds (results of earlier versions: one start-up + shut-down, the phases' medians, for every round). */
export function levelRounds(cell: OkCell): LevelRounds {
  const serialSamples = cell.stats.serial_wall_time.samples;
  const wallSamples = cell.stats.wall_time.samples;
  const paired = serialSamples.length > 0 && serialSamples.length === wallSamples.length;
  const serial = paired ? serialSamples : [cell.serial_wall_time];
  const wall = paired ? wallSamples : [cell.metrics.wall_time];
  const startup = cell.stats.startup?.samples;
  const shutdown = cell.stats.shutdown?.samples;
  const fixed =
    startup?.length === wall.length && shutdown?.length === wall.length
      ? startup.map((s, i) => s + shutdown[i]!)
      : wall.map(() => cell.phases.startup + cell.phases.shutdown);
  const warmWalls = cell.warm?.stats.wall_time.samples ?? [];
  const warmSpeedups = cell.warm?.stats.speedup.samples ?? [];
  const warmPaired = warmWalls.length > 0 && warmWalls.length === warmSpeedups.length;
  const warm = warmPaired ? warmWalls : cell.warm ? [cell.warm.wall_time] : [];
  const serialWarm = warmPaired
    ? warmWalls.map((w, i) => w * warmSpeedups[i]!)
    : cell.warm
      ? [cell.warm.serial_wall_time ?? cell.serial_wall_time]
      : [];
  return { serial, run: wall.map((w, i) => Math.max(0, w - fixed[i]!)), fixed, warm, serialWarm };
}

/** The speedup and its interval at a cell, cold or warm (worked out from the samples for results of an earlier version). */
function speedupAt(stats: SampleStats | undefined): SpeedupAt | undefined {
  if (!stats) return undefined;
  if (stats.ci && stats.ci_level !== undefined) return { median: stats.median, ci: stats.ci, ci_level: stats.ci_level };
  if (!stats.samples?.length) return undefined;
  const found = medianInterval(stats.samples);
  return { median: stats.median, ci: [found.low, found.high], ci_level: found.level };
}

/** What a break-even says for one basis, and why. */
export type BreakEvenClaim =
  /** Shown: a bounded interval, and a 95% speedup interval above 1× at the longest task. */
  | { kind: 'pays'; task: number; ci: [number, number]; longest: number }
  /** Too few rounds at the longest task for a 95% speedup interval (fewer than 6): nothing shown either way. */
  | { kind: 'few-rounds'; speedup: SpeedupAt; longest: number }
  /** Shown below 1× at the longest task. */
  | { kind: 'below'; speedup: SpeedupAt; longest: number }
  /** The speedup interval at the longest task reaches down to 1×. */
  | { kind: 'not-shown'; speedup: SpeedupAt; longest: number }
  /** Shown above 1× at the longest task, but the threshold's interval has no upper end. */
  | { kind: 'unbounded'; speedup: SpeedupAt; longest: number }
  /** No figures for this basis (no warm view, or no speedup samples). */
  | { kind: 'none' };

export function claimOf(b: BreakEven, basis: 'cold' | 'warm'): BreakEvenClaim {
  const speedup = basis === 'cold' ? b.cold_speedup : b.warm_speedup;
  const task = basis === 'cold' ? b.cold_task_s : b.warm_task_s;
  const ci = basis === 'cold' ? b.cold_task_ci : b.warm_task_ci;
  const longest = b.longest_task_s;
  if (!speedup) return { kind: 'none' };
  if (speedup.ci_level < CONFIDENCE) return { kind: 'few-rounds', speedup, longest };
  if (speedup.ci[1] < 1) return { kind: 'below', speedup, longest };
  if (!(speedup.ci[0] > 1)) return { kind: 'not-shown', speedup, longest };
  if (task === null || !ci) return { kind: 'unbounded', speedup, longest };
  return { kind: 'pays', task, ci, longest };
}

/** Pays off, shown: a bounded interval, and a 95% speedup interval above 1× at the longest task. */
const shown = (task: number | undefined, ci: [number, number] | null, speedup: SpeedupAt | undefined): number | null =>
  task !== undefined &&
  Number.isFinite(task) &&
  ci !== null &&
  speedup !== undefined &&
  speedup.ci_level >= CONFIDENCE &&
  speedup.ci[0] > 1
    ? task
    : null;

export function breakEvenOf(cells: OkCell[]): BreakEven | undefined {
  const first = cells[0];
  if (!first || cells.length < 2) return undefined;
  const levels = cells.map(levelRounds);
  const n = first.tasks;
  const summary = summaryOf(levels, n);
  const found = estimate(summary, n);
  if (!found) return undefined;
  const intervals = bootstrapIntervals(levels, n);
  const { xs } = summary;
  const longest = cells[xs.indexOf(Math.max(...xs))]!;
  const coldSpeedup = speedupAt(longest.stats.speedup);
  const warmSpeedup = speedupAt(longest.warm?.stats.speedup);
  return {
    runtime: first.runtime,
    strategy: first.strategy,
    workload: first.workload,
    fixed_cost_s: found.fixed,
    per_task_s: found.warm ? (Math.max(0, found.warm.a) * Math.min(first.workers, n)) / n : 0,
    slope: found.cold.b,
    cold_task_s: shown(found.coldTask, intervals.cold, coldSpeedup),
    warm_task_s: shown(found.warmTask, intervals.warm, warmSpeedup),
    cold_task_ci: intervals.cold,
    warm_task_ci: found.warm ? intervals.warm : null,
    ...(coldSpeedup ? { cold_speedup: coldSpeedup } : {}),
    ...(warmSpeedup ? { warm_speedup: warmSpeedup } : {}),
    longest_task_s: Math.max(...xs),
  };
}

/** One entry per runtime × strategy × workload with at least two measured levels. */
export function breakEvens(results: Pick<Results, 'cells'>): BreakEven[] {
  const groups = new Map<string, OkCell[]>();
  for (const cell of results.cells) {
    if (cell.status !== 'ok') continue;
    const key = JSON.stringify([cell.workload, modelId(cell)]);
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  return [...groups.values()].flatMap((cells) => breakEvenOf(cells) ?? []);
}
