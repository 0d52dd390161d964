// Exact one-sided sign tests and Holm's step-down adjustment (pure). A sign test asks only how
// many rounds fall on one side of a threshold: no assumption about the shape of the noise, which
// on a shared machine is skewed and heavy-tailed. Its price is rounds: n rounds that all agree
// give p = 2^-n, so 5 rounds are the fewest that can show anything at 5%.

import { binomialHalfCdf, binomialHalfUpperTail } from './binomial.ts';

/**
 * p-value of "the median is at most `threshold`" against "above it", from the samples above it.
 * A sample equal to the threshold counts against the claim. No samples: 1.
 */
export function pAbove(samples: readonly number[], threshold: number): number {
  return binomialHalfUpperTail(samples.filter((x) => x > threshold).length, samples.length);
}

/** p-value of "the median is at least `threshold`" against "below it". */
export function pBelow(samples: readonly number[], threshold: number): number {
  return binomialHalfUpperTail(samples.filter((x) => x < threshold).length, samples.length);
}

/**
 * Holm's step-down: which of the claims, each with its p-value, hold together at familywise
 * level `alpha`. The smallest p is held to alpha/m, the next to alpha/(m-1), and so on; the first
 * that fails stops the rest.
 */
export function holm(pValues: readonly number[], alpha: number): boolean[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const rejected = pValues.map(() => false);
  for (const [rank, { p, i }] of order.entries()) {
    if (p > alpha / (pValues.length - rank)) break;
    rejected[i] = true;
  }
  return rejected;
}

/**
 * p-value of "median(a) / median(b) is at most `threshold`", for samples that no round pairs
 * (two runtimes, two serial baselines): the claim holds at level α when a one-sided lower bound
 * of a's median over a one-sided upper bound of b's, each at α/2, exceeds the threshold. Both
 * bounds are order statistics (distribution-free); p is the smallest such α. Samples are
 * speedups, never negative: then for each bound of a, the bound of b that works and misses least
 * is the first that works, found by bisection (O(n log n), where trying every pair was O(n²)).
 */
export function pRatioAbove(a: readonly number[], b: readonly number[], threshold: number): number {
  const sortedA = [...a].sort((x, y) => x - y);
  const sortedB = [...b].sort((x, y) => x - y);
  const [cdfA, cdfB] = [binomialHalfCdf(sortedA.length), binomialHalfCdf(sortedB.length)];
  const nb = sortedB.length;
  let best = 1;
  // the k-th smallest of a is above a's median with probability P(X ≤ k-1); symmetrically for b
  for (let ka = 1; ka <= sortedA.length; ka++) {
    const low = sortedA[ka - 1]!;
    const works = (kb: number) => low / sortedB[nb - kb]! > threshold;
    // b's k-th largest falls as k grows, so low / it only rises: the first kb that works
    let [lo, hi] = [1, nb + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (works(mid)) hi = mid;
      else lo = mid + 1;
    }
    if (lo > nb) continue;
    best = Math.min(best, 2 * Math.max(cdfA[ka - 1]!, cdfB[lo - 1]!));
  }
  return Math.min(1, best);
}

/**
 * Benjamini–Hochberg's step-up: which claims hold with the false discovery rate (the expected
 * share of false claims among those made) at most `alpha`. The k-th smallest p is held to
 * k × alpha / m; every claim up to the largest k that passes holds. When no claim is true (an
 * A/A run), any claim is a false one and the rate is the chance of making one: at most alpha.
 * Valid for independent or positively dependent tests (cells of one run share the machine).
 */
export function benjaminiHochberg(pValues: readonly number[], alpha: number): boolean[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let passed = 0;
  for (const [rank, { p }] of order.entries()) if (p <= ((rank + 1) * alpha) / pValues.length) passed = rank + 1;
  const held = pValues.map(() => false);
  for (const { i } of order.slice(0, passed)) held[i] = true;
  return held;
}
