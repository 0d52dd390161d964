// The Binomial(n, 1/2) distribution, which every order-statistic rule here rests on: the interval
// of a median, the sign test, bounds of a ratio of medians (pure). All its cumulative
// probabilities at once, in O(n), and right for any n: 0.5 ** n is exact down to 2^-1022 and
// underflows to 0 above n = 1074, which collapsed the interval of a median of 1,075 samples to a
// point. Beyond n = 1022 each term comes from its logarithm instead.

/** Above this n, 0.5 ** n is no longer a normal double: the terms are taken from their logarithms. */
const LINEAR_UP_TO = 1022;

/** cdf[k] = P(X ≤ k) for X ~ Binomial(n, 1/2), k = 0 … n. */
export function binomialHalfCdf(n: number): Float64Array {
  const cdf = new Float64Array(n + 1);
  let term = 0.5 ** n; // P(X = 0), then P(X = k) from P(X = k − 1)
  let logTerm = -n * Math.LN2;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) {
      term *= (n - k + 1) / k;
      logTerm += Math.log((n - k + 1) / k);
    }
    sum += n <= LINEAR_UP_TO ? term : Math.exp(logTerm);
    cdf[k] = Math.min(1, sum);
  }
  return cdf;
}

/** P(X ≥ k) for X ~ Binomial(n, 1/2): by symmetry P(X ≤ n − k), summed from the small end. */
export const binomialHalfUpperTail = (k: number, n: number, cdf = binomialHalfCdf(n)): number =>
  k <= 0 ? 1 : k > n ? 0 : cdf[n - k]!;
