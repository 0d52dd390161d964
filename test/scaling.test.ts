// Scaling models against curves whose parameters are known: each fit must give them back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitAmdahl, fitUsl, karpFlatt, usl } from '../src/analysis/scaling.ts';

const close = (actual: number, expected: number, what: string, tolerance = 1e-6) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs ${expected}`);

test('Amdahl: a curve with a serial fraction of 0.1 gives back 0.1, and Karp–Flatt reads 0.1 at every point', () => {
  const points = [1, 2, 4, 8, 16].map((workers) => ({ workers, speedup: 1 / (0.1 + 0.9 / workers) }));
  const fit = fitAmdahl(points);
  close(fit.serialFraction, 0.1, 'f');
  close(fit.r2, 1, 'R²');
  assert.deepEqual(
    fit.karpFlatt.map((k) => k.workers),
    [2, 4, 8, 16],
  );
  for (const { e, workers } of fit.karpFlatt) close(e, 0.1, `e(${workers})`);
});

test('USL: σ 0.05 and κ 0.002 come back, with the peak at √(0.95/0.002) ≈ 21.8 workers', () => {
  const points = [1, 2, 4, 8, 16, 32].map((workers) => ({ workers, speedup: usl(0.05, 0.002, workers) }));
  const fit = fitUsl(points);
  close(fit.sigma, 0.05, 'σ');
  close(fit.kappa, 0.002, 'κ');
  close(fit.r2, 1, 'R²');
  close(fit.peakWorkers!, Math.sqrt(0.95 / 0.002), 'N*');
  close(fit.peakSpeedup!, usl(0.05, 0.002, Math.sqrt(0.95 / 0.002)), 'C(N*)');
});

test('linear scaling: no contention, no coherency, no peak; Amdahl reads no serial part', () => {
  const points = [1, 2, 4, 8].map((workers) => ({ workers, speedup: workers }));
  const fit = fitUsl(points);
  close(fit.sigma, 0, 'σ');
  close(fit.kappa, 0, 'κ');
  assert.equal(fit.peakWorkers, undefined);
  close(fitAmdahl(points).serialFraction, 0, 'f', 1e-6);
});

test('pure contention (κ = 0) is fitted with κ kept at 0, never negative', () => {
  const points = [1, 2, 4, 8].map((workers) => ({
    workers,
    speedup: usl(0.2, 0, workers) * (workers === 8 ? 1.02 : 1),
  }));
  const fit = fitUsl(points);
  assert.ok(fit.kappa >= 0 && fit.sigma >= 0, JSON.stringify(fit));
  close(fit.sigma, 0.2, 'σ', 0.02);
});

test('Karp–Flatt of one point: 2 workers at 1.6× means a serial fraction of 0.25', () => {
  close(karpFlatt({ workers: 2, speedup: 1.6 }), 0.25, 'e');
});
