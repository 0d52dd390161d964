// Worker sweeps (config `workers: [1, 2, 4, 8]`): which pool size the verdicts rest on, and the
// curve of each model with its scaling fits (pure).
import { type CellResult, type OkCell, placeId } from '../results/types.ts';
import { type AmdahlFit, type CurvePoint, fitAmdahl, fitUsl, type UslFit } from './scaling.ts';

/**
 * The pool size the verdicts, tables and comparisons rest on: the largest that fits the cores
 * (more workers than cores only queue for them), or the smallest when none fits.
 */
export function primaryWorkers(counts: number[], cores: number): number {
  const fitting = counts.filter((n) => n <= cores);
  return fitting.length > 0 ? Math.max(...fitting) : Math.min(...counts);
}

/** The cells at the primary pool size: all of them, unless the run was a sweep. */
export function primaryCells<T extends Pick<CellResult, 'workers'>>(cells: T[], cores: number): T[] {
  const counts = [...new Set(cells.map((cell) => cell.workers))];
  if (counts.length <= 1) return cells;
  const primary = primaryWorkers(counts, cores);
  return cells.filter((cell) => cell.workers === primary);
}

export interface SweepCurve {
  runtime: string;
  strategy: string;
  workload: string;
  level: string;
  /** Median speedup at each pool size measured, smallest first. */
  points: (CurvePoint & { cell: OkCell; overSubscribed: boolean })[];
  /** How many of the points lie within the cores: the fits use those alone. */
  withinCores: number;
  /** The fits, when MIN_POINTS_TO_FIT or more points lie within the cores; else none (see there). */
  amdahl?: AmdahlFit;
  usl?: UslFit;
  /**
   * What the fits scale against: the speedup with 1 worker when the sweep has it (the USL's
   * C(N) = X(N) / X(1): a pool's own start-up and dispatch cost is then not read as poor
   * scaling), else 1 (against running serially). The fits' peak speedup is scaled back.
   */
  base: number;
  /** The fitted peak lies within the cores, where this runner could show it. */
  peakObservable?: boolean;
}

/**
 * Pool sizes within the cores a fit needs. Above the cores a curve flattens because the cores run
 * out, whatever the model: fitted on such points, a perfectly scaling workload on 2 cores (1, 2, 2,
 * 2 at 1, 2, 4, 8 workers) got a USL "peak" near 5 workers, which is the core count, not the
 * model. USL has two parameters: four points leave two degrees of freedom to judge the fit by.
 */
export const MIN_POINTS_TO_FIT = 4;

/** Amdahl and USL on `points` read against `base`, the USL's peak scaled back to speedup. */
function fitsOf(
  points: CurvePoint[],
  base: number,
  cores: number,
): Pick<SweepCurve, 'amdahl' | 'usl' | 'peakObservable'> {
  const used = points.map((p) => ({ workers: p.workers, speedup: p.speedup / base }));
  const relative = fitUsl(used);
  const usl = relative.peakSpeedup === undefined ? relative : { ...relative, peakSpeedup: relative.peakSpeedup * base };
  return {
    amdahl: fitAmdahl(used),
    usl,
    ...(usl.peakWorkers !== undefined ? { peakObservable: usl.peakWorkers <= cores } : {}),
  };
}

/**
 * One curve per model × workload × level measured at two or more pool sizes, with its fits when
 * MIN_POINTS_TO_FIT or more of its points lie within the cores (on those points alone); otherwise
 * the points alone, and the report says why no fit is given.
 */
export function sweepCurves(cells: CellResult[], cores: number): SweepCurve[] {
  const byPlace = new Map<string, OkCell[]>();
  for (const cell of cells) {
    if (cell.status !== 'ok') continue;
    byPlace.set(placeId(cell), [...(byPlace.get(placeId(cell)) ?? []), cell]);
  }
  const curves: SweepCurve[] = [];
  for (const group of byPlace.values()) {
    const sorted = [...group].sort((a, b) => a.workers - b.workers);
    if (new Set(sorted.map((c) => c.workers)).size < 2) continue;
    const points = sorted.map((cell) => ({
      workers: cell.workers,
      speedup: cell.metrics.speedup,
      cell,
      overSubscribed: cell.workers > cores,
    }));
    const within = points.filter((p) => !p.overSubscribed);
    const base = points[0]!.workers === 1 && points[0]!.speedup > 0 ? points[0]!.speedup : 1;
    const first = sorted[0]!;
    curves.push({
      runtime: first.runtime,
      strategy: first.strategy,
      workload: first.workload,
      level: first.level,
      points,
      withinCores: within.length,
      base,
      ...(within.length >= MIN_POINTS_TO_FIT ? fitsOf(within, base, cores) : {}),
    });
  }
  return curves;
}
