// Frozen (issue 22): the interval of a median and the ratio bound as they were before
// src/measure/binomial.ts: each binomial tail summed afresh (O(n) a call, so the interval was O(n²)
// and the ratio bound O(n³)), with 0.5 ** n, which is 0 above n = 1074. Kept for
// test/order-statistics.test.ts (the new ones agree where these were right) and
// bench/order-statistics.ts (their cost side by side). Not used by the tool.

function binomialHalfCdf(k: number, n: number): number {
  let term = 0.5 ** n;
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= (n - i + 1) / i;
    sum += term;
  }
  return sum;
}

function binomialHalfUpperTail(k: number, n: number): number {
  if (k <= 0) return 1;
  let term = 0.5 ** n;
  let sum = term;
  for (let i = n - 1; i >= k; i--) {
    term *= (i + 1) / (n - i);
    sum += term;
  }
  return Math.min(1, sum);
}

export function legacyMedianInterval(samples: readonly number[], confidence = 0.95) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const coverage = (k: number) => 1 - 2 * binomialHalfCdf(k - 1, n);
  let k = 1;
  while (k + 1 <= Math.floor((n + 1) / 2) && coverage(k + 1) >= confidence) k++;
  return { low: sorted[k - 1]!, high: sorted[n - k]!, level: coverage(k) };
}

const lowerTail = (k: number, n: number) => 1 - binomialHalfUpperTail(k + 1, n);

export function legacyPRatioAbove(a: readonly number[], b: readonly number[], threshold: number): number {
  const sortedA = [...a].sort((x, y) => x - y);
  const sortedB = [...b].sort((x, y) => x - y);
  let best = 1;
  for (let ka = 1; ka <= sortedA.length; ka++) {
    const missA = lowerTail(ka - 1, sortedA.length);
    for (let kb = 1; kb <= sortedB.length; kb++) {
      const low = sortedA[ka - 1]!;
      const high = sortedB[sortedB.length - kb]!;
      if (low / high <= threshold) continue;
      best = Math.min(best, 2 * Math.max(missA, lowerTail(kb - 1, sortedB.length)));
    }
  }
  return Math.min(1, best);
}
