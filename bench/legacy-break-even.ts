// Break-even as it was before issue 20 item 7 (a least-squares intercept for the threshold, the
// median of cold − warm for the fixed cost, no interval: any crossing of the fitted lines was
// said as "pays off above X"), frozen here only so that bench/break-even-sim.ts can set the
// current rule beside it. Not used by the product.
// Break-even task size per model (pure): above what serial task length does a model beat
// running the tasks one after another, with a pool made per job (cold) and with a pool kept
// (warm)?
//
// Over a workload's levels, with x the serial time of one task (cold) and n tasks per batch,
// straight lines are fitted by least squares:
//   cold batch  ≈ a_c + b_c·x   against the cold serial run, n·x
//   warm batch  ≈ a_w + b_w·x   against the serial run's own second batch, ≈ s·x (s: its median
//                               ratio to x, about n; less where warm code runs faster)
// A model pays off where the serial side is the longer: x > a_c / (n − b_c) cold, and
// x > a_w / (s − b_w) warm. Where b ≥ n (resp. s), the batch grows as fast as the serial run
// whatever the size: it never pays off (the event loop, or threads under the GIL, on CPU work).
import { median } from '../src/stats/summary.ts';
import type { BreakEven, OkCell } from '../src/results/types.ts';

interface Point {
  x: number;
  cold: number;
  warm: number;
  serialWarm: number;
}

function fitLine(xs: number[], ys: number[]): { a: number; b: number } | undefined {
  const n = xs.length;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  const sxx = xs.reduce((s, x) => s + (x - meanX) ** 2, 0);
  if (sxx === 0) return undefined;
  const b = xs.reduce((s, x, i) => s + (x - meanX) * (ys[i]! - meanY), 0) / sxx;
  return { a: meanY - b * meanX, b };
}

/** The task length where the serial side (slope · x) overtakes overhead + b·x; 0 when there is no overhead; null: never. */
function threshold(overhead: number, b: number, serialSlope: number): number | null {
  if (b >= serialSlope) return null;
  return Math.max(0, overhead / (serialSlope - b));
}

export function breakEvenOf(cells: OkCell[]): BreakEven | undefined {
  const points: Point[] = cells
    .filter((cell) => cell.warm)
    .map((cell) => ({
      x: cell.serial_wall_time / cell.tasks,
      cold: cell.metrics.wall_time,
      warm: cell.warm!.wall_time,
      serialWarm: cell.warm!.serial_wall_time ?? cell.serial_wall_time,
    }));
  const first = cells[0];
  if (!first || points.length < 2) return undefined;
  const xs = points.map((p) => p.x);
  const cold = fitLine(
    xs,
    points.map((p) => p.cold),
  );
  const warm = fitLine(
    xs,
    points.map((p) => p.warm),
  );
  if (!cold || !warm) return undefined;
  const n = first.tasks;
  const serialWarmSlope = median(points.map((p) => p.serialWarm / p.x));
  return {
    runtime: first.runtime,
    strategy: first.strategy,
    workload: first.workload,
    fixed_cost_s: Math.max(0, median(points.map((p) => p.cold - p.warm))),
    per_task_s: (warm.a * Math.min(first.workers, n)) / n,
    slope: cold.b,
    cold_task_s: threshold(cold.a, cold.b, n),
    warm_task_s: threshold(warm.a, warm.b, serialWarmSlope),
    longest_task_s: Math.max(...xs),
  };
}
