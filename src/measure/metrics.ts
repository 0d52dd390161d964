// From a cell's repetitions to its metrics (pure). docs/architecture.md, "Metrics", says where each formula lives.
import {
  NOISE_CV,
  type Metrics,
  type MetricKey,
  type OkCell,
  type Phases,
  type SampleStats,
} from '../results/types.ts';
import { CONFIDENCE, medianInterval } from '../stats/interval.ts';
import type { WarmSpan } from './protocol.ts';
import { shownAboveLimit } from './plausibility.ts';
import { describe, median } from '../stats/summary.ts';

export interface Repetition {
  wall_time: number;
  cpu_time: number;
  peak_memory_bytes: number;
  phases: Phases;
  /** CPU seconds per phase, where the runner reports them. */
  cpu_phases?: Phases;
  /** The same tasks again: on the started pool (parallel), or in the same thread (serial). */
  warm?: WarmSpan;
}

const MIB = 1024 * 1024;

function repetitionMetrics(rep: Repetition, serialWallTime: number, workers: number, tasks: number): Metrics {
  const speedup = serialWallTime / rep.wall_time;
  return {
    wall_time: rep.wall_time,
    cpu_time: rep.cpu_time,
    throughput: tasks / rep.wall_time,
    memory_mb: rep.peak_memory_bytes / MIB,
    gil_eff: rep.cpu_time / (rep.wall_time * workers),
    speedup,
    efficiency: speedup / workers,
  };
}

/** Half the width of a speedup's interval relative to its median: 0.05 reads "±5%". */
export const relativeHalfWidth = (stats: SampleStats) =>
  stats.ci ? (stats.ci[1] - stats.ci[0]) / 2 / Math.abs(stats.median) : Infinity;

/** Precise enough: a 95% interval (6 rounds or more) no wider than the target. */
export const withinPrecision = (stats: SampleStats, target: number) =>
  (stats.ci_level ?? 0) >= CONFIDENCE && relativeHalfWidth(stats) <= target;

/** A speedup's interval: as stored, or worked out from its samples (cells being measured, old files). */
export function intervalOf(stats: SampleStats): [number, number] | undefined {
  if (stats.ci) return stats.ci;
  if (!stats.samples?.length) return undefined;
  const found = medianInterval(stats.samples);
  return [found.low, found.high];
}

/** Conclusive: a speedup's 95% interval (6 rounds or more) no wider than the run's target precision. */
export const isConclusive = (cell: OkCell, target: number) => withinPrecision(cell.stats.speedup, target);

/** A speedup's statistics with its interval of the median. */
function speedupStats(samples: number[]): SampleStats {
  const stats = describe(samples);
  const interval = medianInterval(samples);
  return { ...stats, ci: [interval.low, interval.high], ci_level: interval.level };
}

export type CellFigures = Pick<
  OkCell,
  | 'metrics'
  | 'serial_wall_time'
  | 'stats'
  | 'noisy'
  | 'phases'
  | 'cpu_phases'
  | 'precision'
  | 'warm'
  | 'warm_set_aside'
  | 'rounds'
>;

export interface RoundContext {
  /** The serial runs' second batch, per round: the serial side of the warm speedup. */
  serialWarmTimes?: (number | undefined)[];
  /** The serial runs' CPU seconds, per round: what a model's CPU use is measured against. */
  serialCpuTimes?: number[];
  /** The group's round (1 for the first) each repetition ran in; 1, 2, 3… when not given. */
  rounds?: number[];
  /** The highest plausible speedup (measure/plausibility.ts): a warm view shown above it is dropped. */
  warmLimit?: number;
}

/**
 * `serialWallTimes[i]` is the serial run of the same round as `reps[i]` (run-plan.ts measures a
 * serial repetition, then each strategy's, round after round): each repetition's speedup is taken
 * against its own round's serial time, so a shared machine's slow drift in speed cancels out
 * instead of landing on whichever side was measured in the slower minute.
 */
export function cellFigures(
  reps: Repetition[],
  serialWallTimes: number[],
  workers: number,
  tasks: number,
  { serialWarmTimes = [], serialCpuTimes, rounds = reps.map((_, i) => i + 1), warmLimit = Infinity }: RoundContext = {},
): CellFigures {
  if (serialWallTimes.length !== reps.length)
    throw new Error(`${reps.length} repetitions but ${serialWallTimes.length} serial runs to pair them with`);
  const serialWallTime = median(serialWallTimes);
  const perRep = reps.map((rep, i) => repetitionMetrics(rep, serialWallTimes[i]!, workers, tasks));
  const keys = Object.keys(perRep[0]!) as MetricKey[];
  const stats = Object.fromEntries(
    keys.map((key) => [
      key,
      key === 'speedup' ? speedupStats(perRep.map((m) => m[key])) : describe(perRep.map((m) => m[key])),
    ]),
  ) as Record<MetricKey, SampleStats>;
  const serialStats = describe(serialWallTimes);
  const speedup = stats.speedup;
  return {
    metrics: Object.fromEntries(keys.map((key) => [key, stats[key].median])) as Metrics,
    serial_wall_time: serialWallTime,
    stats: {
      ...stats,
      serial_wall_time: serialStats,
      ...(serialCpuTimes?.length === reps.length ? { serial_cpu_time: describe(serialCpuTimes) } : {}),
      // round by round, for break-even's fixed cost and its bootstrap (analysis/break-even.ts)
      startup: describe(reps.map((rep) => rep.phases.startup)),
      shutdown: describe(reps.map((rep) => rep.phases.shutdown)),
    },
    rounds,
    noisy: stats.wall_time.cv > NOISE_CV || serialStats.cv > NOISE_CV,
    precision: relativeHalfWidth(speedup),
    phases: medianPhases(reps.map((rep) => rep.phases)),
    ...cpuPhases(reps),
    ...warmFigures(
      reps,
      serialWallTimes.map((cold, i) => serialWarmTimes[i] ?? cold),
      workers,
      warmLimit,
      rounds,
    ),
  };
}

const medianPhases = (phases: Phases[]): Phases => ({
  startup: median(phases.map((p) => p.startup)),
  run: median(phases.map((p) => p.run)),
  shutdown: median(phases.map((p) => p.shutdown)),
});

/** Median CPU seconds per phase (the pool's own start-up and shut-down apart from its tasks),
 * when every repetition reports them. */
function cpuPhases(reps: Repetition[]): Pick<CellFigures, 'cpu_phases'> {
  const phases = reps.map((rep) => rep.cpu_phases);
  if (phases.length === 0 || !phases.every((p) => p !== undefined)) return {};
  return { cpu_phases: medianPhases(phases) };
}

/**
 * The warm view: the warm batch against the round's serial run's own second batch, so that both
 * sides run code as warm as a long-lived process's (JIT, caches); against the cold serial run
 * where there is none (results of runners that did not measure it).
 */
function warmFigures(
  reps: Repetition[],
  serialWallTimes: number[],
  workers: number,
  limit: number,
  rounds: number[],
): Pick<CellFigures, 'warm' | 'warm_set_aside'> {
  if (reps.length === 0 || !reps.every((rep) => rep.warm)) return {};
  // Every round is kept (plausibility.ts: trimming the fast ones biases the median down). A warm
  // view shown above the limit is dropped whole: warm batches can read above it on their own (a
  // serial process whose heap the first batch left full, against workers with half the garbage
  // each).
  const perRound = reps.map((rep, i) => ({
    round: rounds[i]!,
    rep,
    serial: serialWallTimes[i]!,
    speedup: serialWallTimes[i]! / rep.warm!.wall_time,
  }));
  if (
    shownAboveLimit(
      perRound.map((r) => r.speedup),
      limit,
    )
  )
    return { warm_set_aside: { rounds: perRound.map((r) => r.round), limit } };
  const walls = perRound.map((r) => r.rep.warm!.wall_time);
  const speedup = speedupStats(perRound.map((r) => r.speedup));
  return {
    warm: {
      wall_time: median(walls),
      serial_wall_time: median(perRound.map((r) => r.serial)),
      cpu_time: median(perRound.map((r) => r.rep.warm!.cpu_time)),
      speedup: speedup.median,
      efficiency: speedup.median / workers,
      stats: { wall_time: describe(walls), speedup },
      rounds: perRound.map((r) => r.round),
    },
  };
}
