// Scaling models fitted to a speedup curve (pure): speedup at N workers against N.
//
// With tasks = workers (the default), each point runs N tasks on N workers against the same N
// tasks run serially, so the speedup is the relative capacity C(N) = X(N) / X(1) that both
// models below describe.
// - Amdahl: C(N) = 1 / (f + (1 − f) / N). f is the serial fraction; the Karp–Flatt metric
//   e(N) = (1/C − 1/N) / (1 − 1/N) estimates it from each point alone, and a constant e means
//   Amdahl holds; an e that grows with N means overhead grows with the workers.
// - Gunther's Universal Scalability Law: C(N) = N / (1 + σ(N − 1) + κN(N − 1)). σ is contention
//   (queueing for something shared), κ coherency (the cost of keeping workers in step, which
//   makes the curve turn down). With κ > 0 it peaks at N* = √((1 − σ) / κ).
// Both are fitted by least squares; R² says how well the curve follows the model.

export interface CurvePoint {
  workers: number;
  speedup: number;
}

export interface AmdahlFit {
  /** Serial fraction, 0 (all parallel) … 1 (all serial). */
  serialFraction: number;
  r2: number;
  /** Karp–Flatt serial fraction at each point with more than one worker. */
  karpFlatt: { workers: number; e: number }[];
}

export interface UslFit {
  sigma: number;
  kappa: number;
  r2: number;
  /** Where the fitted curve peaks; undefined when it never turns down (κ = 0). */
  peakWorkers?: number;
  /** The fitted curve's speedup there. */
  peakSpeedup?: number;
}

const amdahl = (f: number, n: number) => 1 / (f + (1 - f) / n);
export const usl = (sigma: number, kappa: number, n: number) => n / (1 + sigma * (n - 1) + kappa * n * (n - 1));

function rSquared(points: CurvePoint[], model: (n: number) => number): number {
  const mean = points.reduce((sum, p) => sum + p.speedup, 0) / points.length;
  const total = points.reduce((sum, p) => sum + (p.speedup - mean) ** 2, 0);
  const residual = points.reduce((sum, p) => sum + (p.speedup - model(p.workers)) ** 2, 0);
  return total === 0 ? (residual === 0 ? 1 : 0) : 1 - residual / total;
}

export const karpFlatt = (point: CurvePoint) => (1 / point.speedup - 1 / point.workers) / (1 - 1 / point.workers);

/** Least squares over f in [0, 1]: the error is unimodal in f, so a golden-section search finds it. */
export function fitAmdahl(points: CurvePoint[]): AmdahlFit {
  const error = (f: number) => points.reduce((sum, p) => sum + (p.speedup - amdahl(f, p.workers)) ** 2, 0);
  let [lo, hi] = [0, 1];
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 100; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (error(a) <= error(b)) hi = b;
    else lo = a;
  }
  const f = (lo + hi) / 2;
  return {
    serialFraction: f,
    r2: rSquared(points, (n) => amdahl(f, n)),
    karpFlatt: points.filter((p) => p.workers > 1).map((p) => ({ workers: p.workers, e: karpFlatt(p) })),
  };
}

/**
 * USL by least squares on its linear form N/C − 1 = σ(N − 1) + κN(N − 1) (no intercept: C(1) = 1),
 * with σ and κ kept ≥ 0: where the free solution has one negative, it is set to 0 and the other
 * refitted alone (a negative contention or coherency has no meaning).
 */
export function fitUsl(points: CurvePoint[]): UslFit {
  const rows = points.map((p) => ({
    x1: p.workers - 1,
    x2: p.workers * (p.workers - 1),
    y: p.workers / p.speedup - 1,
  }));
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const [a, b, c] = [sum((r) => r.x1 * r.x1), sum((r) => r.x1 * r.x2), sum((r) => r.x2 * r.x2)];
  const [d, e] = [sum((r) => r.x1 * r.y), sum((r) => r.x2 * r.y)];
  const det = a * c - b * b;
  let sigma = det > 0 ? (d * c - b * e) / det : 0;
  let kappa = det > 0 ? (a * e - b * d) / det : 0;
  if (!(sigma >= 0) || !(kappa >= 0) || det <= 0) {
    const sigmaAlone = a > 0 ? Math.max(0, d / a) : 0;
    const kappaAlone = c > 0 ? Math.max(0, e / c) : 0;
    const err = (s: number, k: number) => sum((r) => (r.y - s * r.x1 - k * r.x2) ** 2);
    [sigma, kappa] = err(sigmaAlone, 0) <= err(0, kappaAlone) ? [sigmaAlone, 0] : [0, kappaAlone];
  }
  const fit: UslFit = { sigma, kappa, r2: rSquared(points, (n) => usl(sigma, kappa, n)) };
  if (kappa > 0 && sigma < 1) {
    const peak = Math.sqrt((1 - sigma) / kappa);
    return { ...fit, peakWorkers: peak, peakSpeedup: usl(sigma, kappa, peak) };
  }
  return fit;
}
