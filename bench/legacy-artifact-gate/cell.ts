// FROZEN (see compare.ts here): one matched pair of ok cells, whether wall time regressed.
import type { CellComparison } from '../../src/compare/types.ts';
import { METRIC_KEYS, type MetricKey, type Metrics, type OkCell } from '../../src/results/types.ts';
import { mannWhitney } from './mann-whitney.ts';

export interface Thresholds {
  minEffect: number;
  alpha: number;
  /**
   * This run's machine speed ÷ the baseline's, on fixed work (the ceiling's busy loop): 1.2 =
   * the machine was 20% slower this time. This run's wall times are divided by it, so a runner
   * that got slower between the two runs does not read as a regression of the code.
   */
  speedFactor?: number;
}

/** A test needs this many repetitions on each side (with fewer, no p-value can be small). */
export const MIN_REPETITIONS = 2;

/** Floating-point slack so that e.g. 0.11 / 0.1 (= 1.0999…) counts as 10% slower. */
const SLACK = 1e-9;

/** (current − baseline) / baseline per metric; left out when the baseline is 0 and this run is not. */
export function relativeChanges(current: Metrics, baseline: Metrics): Partial<Record<MetricKey, number>> {
  const change: Partial<Record<MetricKey, number>> = {};
  for (const key of METRIC_KEYS) {
    const [now, before] = [current[key], baseline[key]];
    if (before !== 0 && Number.isFinite(before) && Number.isFinite(now)) change[key] = (now - before) / before;
    else if (before === 0 && now === 0) change[key] = 0;
  }
  return change;
}

export const wallSamples = (cell: OkCell): number[] => (cell.stats?.wall_time?.samples ?? []).filter(Number.isFinite);
const memorySamples = (cell: OkCell): number[] => (cell.stats?.memory_mb?.samples ?? []).filter(Number.isFinite);

type Figures = Pick<CellComparison, 'status' | 'reason' | 'change' | 'wallRatio' | 'pValue' | 'verdict' | 'memory'>;
type Shift = { pValue: number; verdict: NonNullable<CellComparison['verdict']> };

/**
 * Did `now` move away from `then` (ratio = now's median ÷ then's)? Up: by at least minEffect and
 * stochastically greater by a one-sided exact Mann-Whitney U test at alpha; down likewise.
 */
function shift(now: number[], then: number[], ratio: number, { minEffect, alpha }: Thresholds): Shift {
  const test = mannWhitney(now, then);
  const significant = (p: number) => p <= alpha * (1 + SLACK);
  const pValue = ratio >= 1 ? test.pGreater : test.pLess;
  if (ratio >= 1 + minEffect - SLACK && significant(test.pGreater)) return { pValue, verdict: 'regression' };
  if (ratio <= 1 - minEffect + SLACK && significant(test.pLess)) return { pValue, verdict: 'improvement' };
  return { pValue, verdict: 'unchanged' };
}

/** The memory gate: peak memory of the whole process tree, as measured (no machine-speed factor). */
function memoryShift(current: OkCell, baseline: OkCell, thresholds: Thresholds): CellComparison['memory'] {
  const [now, then] = [memorySamples(current), memorySamples(baseline)];
  const before = baseline.metrics.memory_mb;
  if (!(before > 0) || now.length < MIN_REPETITIONS || then.length < MIN_REPETITIONS) return undefined;
  const ratio = current.metrics.memory_mb / before;
  return { ratio, ...shift(now, then, ratio, thresholds) };
}

/**
 * How much of a cell's wall time follows the machine's speed: the part its CPU was busy. CPU
 * seconds per wall second, over the CPUs it kept busy in parallel (its speedup, at least one):
 * about 1 for CPU work in any model, about 0.1 for a cell that mostly waits on the network,
 * whose wall time a slower CPU barely moves.
 */
export function cellSpeedFactor(cell: OkCell, speedFactor: number): number {
  const busy = cell.metrics.cpu_time / cell.metrics.wall_time / Math.max(1, cell.metrics.speedup);
  const share = Number.isFinite(busy) ? Math.min(1, Math.max(0, busy)) : 1;
  return 1 + (speedFactor - 1) * share;
}

/**
 * Regression: median wall time at least minEffect above the baseline's AND this run's samples
 * stochastically greater by a one-sided exact Mann-Whitney U test at alpha. Improvement: at
 * least minEffect below and significantly smaller. With 3 repetitions a side the smallest p is
 * 1/20 = 0.05: only a complete separation (every repetition slower than every baseline one)
 * passes alpha = 0.05. Peak memory is tested the same way, apart (`memory`).
 */
export function compareCell(current: OkCell, baseline: OkCell, thresholds: Thresholds): Figures {
  const { speedFactor = 1 } = thresholds;
  const before = baseline.metrics.wall_time;
  if (!(before > 0) || !Number.isFinite(current.metrics.wall_time)) {
    return { status: 'not-comparable', reason: `the baseline's median wall time is ${before}, not a positive number` };
  }
  const factor = cellSpeedFactor(current, speedFactor);
  const wall = current.metrics.wall_time / factor;
  const change = { ...relativeChanges(current.metrics, baseline.metrics), wall_time: wall / before - 1 };
  const wallRatio = wall / before;
  const [now, then] = [wallSamples(current).map((x) => x / factor), wallSamples(baseline)];
  if (now.length < MIN_REPETITIONS || then.length < MIN_REPETITIONS) {
    const reason = `not enough repetitions to test (baseline ${then.length}, this run ${now.length}; at least ${MIN_REPETITIONS} on each side are needed)`;
    return { status: 'compared', reason, change, wallRatio };
  }
  const memory = memoryShift(current, baseline, thresholds);
  return {
    status: 'compared',
    change,
    wallRatio,
    ...shift(now, then, wallRatio, thresholds),
    ...(memory ? { memory } : {}),
  };
}
