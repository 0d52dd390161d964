// The binomial rules behind every interval and sign test (src/measure/binomial.ts): the same
// answers as the frozen quadratic versions wherever those were right, and right where they were
// not (above 1,074 samples 0.5 ** n is 0, and the interval of a median collapsed to a point).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { legacyMedianInterval, legacyPRatioAbove } from '../bench/legacy-order-statistics/quadratic.ts';
import { pRatioAbove } from '../src/stats/sign-test.ts';
import { binomialHalfCdf } from '../src/stats/binomial.ts';
import { medianInterval } from '../src/stats/interval.ts';

test('P(X ≤ k) for Binomial(n, 1/2) matches published values, and sums to 1 for any n', () => {
  // exact fractions: C(10, k) / 1024
  const ten = binomialHalfCdf(10);
  assert.equal(ten[0], 1 / 1024);
  assert.equal(ten[2], 56 / 1024);
  assert.equal(ten[8], 1013 / 1024);
  assert.equal(ten[10], 1);
  // the normal approximation at the 2.5% point: P(X ≤ n/2 − 1.96·√n/2) ≈ 0.025 (continuity corrected)
  for (const n of [1075, 10_000, 100_000]) {
    const cdf = binomialHalfCdf(n);
    const k = Math.floor(n / 2 - (1.96 * Math.sqrt(n)) / 2);
    assert.ok(Math.abs(cdf[k]! - 0.025) < 0.005, `n=${n}: P(X ≤ ${k}) = ${cdf[k]}`);
    assert.ok(Math.abs(cdf[n]! - 1) < 1e-9, `n=${n}: total ${cdf[n]}`);
    assert.ok(
      cdf.every((p, i) => i === 0 || p >= cdf[i - 1]!),
      'non-decreasing',
    );
  }
});

test('the interval of a median is the frozen one up to 1,000 samples (2,000 random cases)', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 1000 }), (xs) => {
      assert.deepEqual(medianInterval(xs), legacyMedianInterval(xs));
    }),
    { numRuns: 2000 },
  );
});

test('above 1,074 samples the interval is still a 95% interval, where the frozen one collapsed to the median', () => {
  const n = 40_001;
  const samples = Array.from({ length: n }, (_, i) => i); // the median is 20000
  const interval = medianInterval(samples);
  const legacy = legacyMedianInterval(samples.slice(0, 2001));
  assert.equal(legacy.low, legacy.high, 'the frozen rule: [median, median]');
  // k ≈ n/2 − 1.96·√n/2 = 19804: the interval holds the middle ~392 samples
  assert.ok(interval.low >= 19_790 && interval.low <= 19_810, `low ${interval.low}`);
  assert.equal(interval.high, n - 1 - interval.low);
  assert.ok(interval.level >= 0.95 && interval.level < 0.951, `level ${interval.level}`);
});

test('the ratio bound by bisection is the frozen pairwise one (2,000 random cases)', () => {
  const speedups = fc.array(fc.double({ min: 0, max: 8, noNaN: true }), { minLength: 1, maxLength: 40 });
  fc.assert(
    fc.property(speedups, speedups, fc.double({ min: 0.5, max: 2, noNaN: true }), (a, b, threshold) => {
      const legacy = legacyPRatioAbove(a, b, threshold);
      const now = pRatioAbove(a, b, threshold);
      // 0 / 0 counted as above every threshold in the frozen rule; it is above none now
      if (a.includes(0) && b.includes(0)) return;
      assert.ok(Math.abs(now - legacy) < 1e-12, `${now} vs ${legacy}`);
    }),
    { numRuns: 2000 },
  );
});
