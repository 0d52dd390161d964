// A distribution-free confidence interval for a median (pure). The samples' order statistics
// bracket the true median with a probability that follows from the binomial distribution alone:
// [x(k), x(n+1-k)] misses it only when k-1 or fewer samples fall on one side. No assumption of
// normality, which run times on a shared machine (skewed, with outliers) would break.

/** The interval and the probability that it holds the median (its actual coverage). */
export interface Interval {
  low: number;
  high: number;
  /** Coverage of this interval: at least the confidence asked for, or less when there are too few samples. */
  level: number;
}

/** The confidence asked of every interval the reports show. */
export const CONFIDENCE = 0.95;

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomialHalfCdf(k: number, n: number): number {
  let term = 0.5 ** n; // P(X = 0)
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= (n - i + 1) / i;
    sum += term;
  }
  return sum;
}

/**
 * The narrowest order-statistic interval whose coverage reaches `confidence`. With too few
 * samples for that (fewer than 6 at 95%), [min, max], whose lower coverage `level` says.
 */
export function medianInterval(samples: readonly number[], confidence = CONFIDENCE): Interval {
  if (samples.length === 0) throw new Error('no samples to bracket a median');
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const coverage = (k: number) => 1 - 2 * binomialHalfCdf(k - 1, n);
  let k = 1;
  while (k + 1 <= Math.floor((n + 1) / 2) && coverage(k + 1) >= confidence) k++;
  return { low: sorted[k - 1]!, high: sorted[n - k]!, level: coverage(k) };
}
