// The tests a verdict's claims rest on, against values worked out by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benjaminiHochberg, holm, pAbove, pBelow, pRatioAbove } from '../src/stats/sign-test.ts';

test('sign test: exact binomial tails, ties counted against the claim', () => {
  assert.equal(pAbove([2, 3, 4, 5, 6], 1), 1 / 32); // all 5 above: 2^-5
  assert.equal(pAbove([2, 3, 4, 5, 0], 1), 6 / 32); // 4 of 5: P(X ≥ 4) = (5 + 1) / 32
  assert.equal(pAbove([1, 1, 1], 1), 1); // on the threshold is not above it
  assert.equal(pBelow([0.9, 0.95, 1.0, 0.99, 0.97, 0.98], 1.05), 1 / 64);
  assert.equal(pAbove([], 1), 1);
});

test('Holm: step-down, the first failure stops the rest', () => {
  assert.deepEqual(holm([0.01, 0.04, 0.03], 0.05), [true, false, false]); // 0.01 ≤ 0.05/3; 0.03 > 0.05/2
  assert.deepEqual(holm([0.01, 0.02, 0.04], 0.05), [true, true, true]); // 0.01 ≤ .0167, 0.02 ≤ .025, 0.04 ≤ .05
  assert.deepEqual(holm([0.2], 0.05), [false]);
});

test('unpaired ratio of medians: order-statistic bounds at half the level each', () => {
  const a = [2.0, 2.1, 1.9, 2.05, 1.95, 2.02];
  const b = [1.0, 1.1, 0.9, 1.05, 0.95, 1.02];
  // min(a) / max(b) = 1.9 / 1.1 > 1.05 with each bound missing with 2^-6: p = 2 / 64
  assert.equal(pRatioAbove(a, b, 1.05), 2 / 64);
  // 1.9 / 1.1 is not above 2: nothing shown
  assert.equal(pRatioAbove(a, b, 2), 1);
  // 5 rounds a side: the widest bounds miss with 2^-5 each, p = 1/16 > 0.05
  assert.equal(pRatioAbove(a.slice(0, 5), b.slice(0, 5), 1.05), 2 / 32);
});

test("Benjamini–Hochberg: the textbook example, and an A/A run's p-values hold nothing", () => {
  // Benjamini & Hochberg (1995), section 4: 15 p-values, q = 0.05: the four smallest are rejected
  const p = [
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1,
  ];
  assert.deepEqual(
    benjaminiHochberg(p, 0.05)
      .map((held, i) => (held ? i : -1))
      .filter((i) => i >= 0),
    [0, 1, 2, 3],
  );
  assert.deepEqual(benjaminiHochberg([0.5, 0.2, 0.9], 0.05), [false, false, false]);
  // step-up: a p above its own rank's level still holds when a larger rank passes
  assert.deepEqual(benjaminiHochberg([0.03, 0.04], 0.05), [true, true]);
  assert.deepEqual(holm([0.03, 0.04], 0.05), [false, false], 'where Holm holds neither');
});
