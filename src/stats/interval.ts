// A distribution-free confidence interval for a median (pure). The samples' order statistics
// bracket the true median with a probability that follows from the binomial distribution alone:
// [x(k), x(n+1-k)] misses it only when k-1 or fewer samples fall on one side. No assumption of
// normality, which run times on a shared machine (skewed, with outliers) would break.
import { binomialHalfCdf } from './binomial.ts';

/** The interval and the probability that it holds the median (its actual coverage). */
export interface Interval {
  low: number;
  high: number;
  /** Coverage of this interval: at least the confidence asked for, or less when there are too few samples. */
  level: number;
}

/** The confidence asked of every interval the reports show. */
export const CONFIDENCE = 0.95;

/**
 * The narrowest order-statistic interval whose coverage reaches `confidence`. With too few
 * samples for that (fewer than 6 at 95%), [min, max], whose lower coverage `level` says.
 */
export function medianInterval(samples: readonly number[], confidence = CONFIDENCE): Interval {
  if (samples.length === 0) throw new Error('no samples to bracket a median');
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const cdf = binomialHalfCdf(n);
  // coverage falls as k grows: one pass up from k = 1, O(n) after the sort
  const coverage = (k: number) => 1 - 2 * cdf[k - 1]!;
  let k = 1;
  while (k + 1 <= Math.floor((n + 1) / 2) && coverage(k + 1) >= confidence) k++;
  return { low: sorted[k - 1]!, high: sorted[n - k]!, level: coverage(k) };
}
