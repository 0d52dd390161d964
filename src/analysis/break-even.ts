// Break-even task size per model (pure): above what serial task length does a model beat
// running the tasks one after another, with a pool made per job (cold) and with a pool kept
// (warm)?
//
// Over a workload's levels, with t the serial time of one task and n tasks per batch:
//   warm batch time  ≈ a + b·t      (least squares over the levels; a: dispatch overhead,
//                                    b: how many task-lengths the batch takes, ideally n/w)
//   cold batch time  ≈ warm + F     (F: start-up + shut-down, the median of cold − warm)
//   serial time      =  n·t
// The model pays off where n·t > a + b·t (+ F cold): t > a / (n − b) (resp. (a + F) / (n − b)).
// Where b ≥ n, the batch takes as long as the serial run whatever the size: it never pays off.
import type { BreakEven, OkCell, Results } from '../results/types.ts';

interface Point {
  t: number;
  warm: number;
  cold: number;
}

function fitLine(points: Point[]): { a: number; b: number } | undefined {
  const n = points.length;
  const meanT = points.reduce((s, p) => s + p.t, 0) / n;
  const meanY = points.reduce((s, p) => s + p.warm, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.t - meanT) ** 2, 0);
  if (sxx === 0) return undefined;
  const b = points.reduce((s, p) => s + (p.t - meanT) * (p.warm - meanY), 0) / sxx;
  return { a: meanY - b * meanT, b };
}

const medianOf = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The task length where n·t = overhead + b·t; 0 when the overhead is nil; null when it never pays off. */
function threshold(overhead: number, b: number, n: number): number | null {
  if (b >= n) return null;
  return Math.max(0, overhead / (n - b));
}

export function breakEvenOf(cells: OkCell[]): BreakEven | undefined {
  const points = cells
    .filter((cell) => cell.warm)
    .map((cell) => ({ t: cell.serial_wall_time / cell.tasks, warm: cell.warm!.wall_time, cold: cell.metrics.wall_time }));
  const first = cells[0];
  if (!first || points.length < 2) return undefined;
  const line = fitLine(points);
  if (!line) return undefined;
  const n = first.tasks;
  const fixed = Math.max(0, medianOf(points.map((p) => p.cold - p.warm)));
  const longest = Math.max(...points.map((p) => p.t));
  return {
    runtime: first.runtime,
    strategy: first.strategy,
    workload: first.workload,
    fixed_cost_s: fixed,
    per_task_s: (line.a * Math.min(first.workers, n)) / n,
    slope: line.b,
    cold_task_s: threshold(line.a + fixed, line.b, n),
    warm_task_s: threshold(line.a, line.b, n),
    longest_task_s: longest,
  };
}

/** One entry per runtime × strategy × workload with at least two measured levels. */
export function breakEvens(results: Pick<Results, 'cells'>): BreakEven[] {
  const groups = new Map<string, OkCell[]>();
  for (const cell of results.cells) {
    if (cell.status !== 'ok') continue;
    const key = JSON.stringify([cell.workload, cell.runtime, cell.strategy]);
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  return [...groups.values()].flatMap((cells) => breakEvenOf(cells) ?? []);
}
