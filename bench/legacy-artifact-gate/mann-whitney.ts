// FROZEN (see compare.ts here): one-sided Mann-Whitney U (Wilcoxon rank-sum) test (pure).
//
// The statistic is the sum of the ranks of `x` in the pooled sample; tied values share their
// mid-rank. Under the null hypothesis (both samples from one distribution) every way of choosing
// which m of the N = m + n pooled values belong to `x` is equally likely, so the exact p-value is
// the share of the C(N, m) choices whose rank sum is at least (or at most) the observed one.
// That permutation distribution is counted exactly by dynamic programming over the pooled
// mid-ranks — with ties too, where it is the exact conditional distribution, not an approximation.
// Ranks are doubled so mid-ranks (k + ½) stay integers and comparisons are exact.
//
// Small samples cannot give small p-values: the smallest one-sided p is 1 / C(m + n, m), reached
// only when every x is above every y. With 3 vs 3 that is 1/20 = 0.05; with 5 vs 5, 1/252 ≈ 0.004.
//
// Above EXACT_LIMIT values on a side, the normal approximation with tie correction and a
// continuity correction is used instead (then exact counting would cost ~N³ steps).

export const EXACT_LIMIT = 100;

export interface RankTest {
  /** P(rank sum ≥ observed): small when x tends to be greater than y. */
  pGreater: number;
  /** P(rank sum ≤ observed): small when x tends to be smaller than y. */
  pLess: number;
  /** Mann-Whitney U of x: pairs (x_i, y_j) with x_i > y_j, ties counting ½. */
  u: number;
  exact: boolean;
}

interface Group {
  size: number;
  /** Twice the group's mid-rank (ranks start at 1). */
  doubledRank: number;
}

/** The pooled values' tie groups in ascending order, and x's doubled rank sum. */
function rank(x: number[], y: number[]): { groups: Group[]; doubledSum: number } {
  const pooled = [...x.map((value) => ({ value, fromX: true })), ...y.map((value) => ({ value, fromX: false }))];
  pooled.sort((a, b) => a.value - b.value);
  const groups: Group[] = [];
  let doubledSum = 0;
  for (let start = 0; start < pooled.length; ) {
    let end = start;
    while (end + 1 < pooled.length && pooled[end + 1].value === pooled[start].value) end++;
    const doubledRank = start + 1 + (end + 1); // (first rank + last rank), i.e. 2 × mid-rank
    for (let i = start; i <= end; i++) if (pooled[i].fromX) doubledSum += doubledRank;
    groups.push({ size: end - start + 1, doubledRank });
    start = end + 1;
  }
  return { groups, doubledSum };
}

export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) result = (result * (n - i + 1)) / i;
  return result <= Number.MAX_SAFE_INTEGER ? Math.round(result) : result;
}

/**
 * counts[s − lowest] = number of ways to pick m of the pooled values with doubled rank sum s.
 * Row k holds the picks of k values; the sum of k doubled mid-ranks lies in
 * [k(k+1), k(2N−k+1)] (averaging ties keeps sums inside the untied range), so row k is stored
 * from offset k(k+1) with 2k(N−k) + 1 entries.
 */
function exactCounts(groups: Group[], m: number, total: number): { counts: Float64Array; lowest: number } {
  const rows: Float64Array[] = [];
  // Per row, the first and last index that can be non-zero so far: loops skip the empty rest.
  const first: number[] = [];
  const last: number[] = [];
  for (let k = 0; k <= m; k++) {
    rows.push(new Float64Array(2 * k * (total - k) + 1));
    first.push(Infinity);
    last.push(-Infinity);
  }
  rows[0][0] = 1;
  first[0] = last[0] = 0;
  const offset = (k: number) => k * (k + 1);
  let seen = 0;
  for (const { size, doubledRank } of groups) {
    const remaining = total - seen; // values not yet placed, this group included
    // Descending k: a row is read before anything is added to it in this step. Rows that can no
    // longer reach m picks are skipped.
    for (let k = Math.min(m - 1, seen); k >= Math.max(0, m - remaining); k--) {
      const source = rows[k];
      if (first[k] > last[k]) continue;
      for (let c = 1; c <= Math.min(size, m - k); c++) {
        const target = rows[k + c];
        const ways = binomial(size, c);
        const shift = offset(k) + c * doubledRank - offset(k + c);
        for (let i = first[k]; i <= last[k]; i++) if (source[i] !== 0) target[i + shift] += source[i] * ways;
        first[k + c] = Math.min(first[k + c], first[k] + shift);
        last[k + c] = Math.max(last[k + c], last[k] + shift);
      }
    }
    seen += size;
  }
  return { counts: rows[m], lowest: offset(m) };
}

function normalUpperTail(z: number): number {
  // erfc(z/√2)/2, with Numerical Recipes' erfc (fractional error < 1.2e-7).
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

function approximate(groups: Group[], m: number, n: number, u: number): Pick<RankTest, 'pGreater' | 'pLess'> {
  const total = m + n;
  const ties = groups.reduce((sum, { size }) => sum + size ** 3 - size, 0);
  const variance = ((m * n) / 12) * (total + 1 - ties / (total * (total - 1)));
  if (variance <= 0) return { pGreater: 1, pLess: 1 };
  const mean = (m * n) / 2;
  const sd = Math.sqrt(variance);
  return { pGreater: normalUpperTail((u - mean - 0.5) / sd), pLess: 1 - normalUpperTail((u - mean + 0.5) / sd) };
}

/** Tests whether x tends to be greater (pGreater) or smaller (pLess) than y. Needs ≥ 1 value each. */
export function mannWhitney(x: number[], y: number[]): RankTest {
  if (x.length === 0 || y.length === 0) throw new RangeError('mannWhitney needs at least one value on each side');
  if (![...x, ...y].every(Number.isFinite)) throw new RangeError('mannWhitney needs finite values');
  const m = x.length;
  const n = y.length;
  const { groups, doubledSum } = rank(x, y);
  const u = (doubledSum - m * (m + 1)) / 2;
  if (m > EXACT_LIMIT || n > EXACT_LIMIT) return { ...approximate(groups, m, n, u), u, exact: false };

  const { counts, lowest } = exactCounts(groups, m, m + n);
  const observed = doubledSum - lowest;
  let above = 0;
  let below = 0;
  let all = 0;
  for (let i = 0; i < counts.length; i++) {
    all += counts[i];
    if (i >= observed) above += counts[i];
    if (i <= observed) below += counts[i];
  }
  // all = C(m+n, m); dividing by the sum of the counts keeps rounding errors from moving p above 1.
  return { pGreater: Math.min(1, above / all), pLess: Math.min(1, below / all), u, exact: true };
}

/** The smallest one-sided p an exact test can reach with m and n values (no ties): 1 / C(m+n, m). */
export function smallestPValue(m: number, n: number): number {
  return 1 / binomial(m + n, m);
}
