// One matched pair of ok cells from two runs (pure): how every median moved (for the Δ columns),
// and the ratios the stored comparison's gate tests.
//
// Two runs are two machines, or one machine hours apart: their wall times differ by whatever the
// machines did. Each run's speedups do not: a round's speedup is its serial run's wall time over
// the model's, both in that round, so the machine's speed cancels within the run. The gate sets
// the baseline's speedups against this run's, round by round (rounds are in no particular order,
// so pairing the i-th with the i-th is a random pairing): baseline ÷ this run = this run's wall
// time relative to its serial run, over the baseline's (> 1: slower).
import { METRIC_KEYS, type MetricKey, type Metrics, type OkCell } from '../results/types.ts';

export type { PairedGateOptions as Thresholds } from './paired-gate.ts';

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

const positive = (samples: number[] | undefined) => (samples ?? []).filter((x) => Number.isFinite(x) && x > 0);

/** a[i] ÷ b[i] over the rounds both have. */
const byIndex = (a: number[], b: number[]) => a.slice(0, Math.min(a.length, b.length)).map((x, i) => x / b[i]!);

/** Per round: the baseline's speedup ÷ this run's (this run's wall time relative to its serial run, over the baseline's). */
export const speedRatios = (current: OkCell, baseline: OkCell): number[] =>
  byIndex(positive(baseline.stats?.speedup?.samples), positive(current.stats?.speedup?.samples));

/** Per round: this run's peak memory ÷ the baseline's (of the whole process tree, as measured). */
export const memoryRatios = (current: OkCell, baseline: OkCell): number[] =>
  byIndex(positive(current.stats?.memory_mb?.samples), positive(baseline.stats?.memory_mb?.samples));
