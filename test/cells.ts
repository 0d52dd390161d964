// Result cells built from known walls, for the tests of the pure analysis (verdicts, contested).
import { cellFigures, type Repetition } from '../src/measure/metrics.ts';
import type { CellResult, OkCell } from '../src/results/types.ts';

/**
 * A cell whose repetitions took these walls (cold and warm alike) against a 2 s serial run. With
 * `cores`, its rounds kept that many cores busy, against a serial run of 2 s of CPU.
 */
export function cell(
  strategy: string,
  walls: number[],
  extra: Partial<OkCell> = {},
  runtime = 'node',
  cores?: number,
): CellResult {
  const reps: Repetition[] = walls.map((wall) => ({
    wall_time: wall,
    cpu_time: wall * (cores ?? 1),
    peak_memory_bytes: 0,
    phases: { startup: 0, run: wall, shutdown: 0 },
    warm: { wall_time: wall, cpu_time: wall },
  }));
  return {
    runtime,
    strategy,
    workload: 'cpu',
    level: 'long',
    arg: 1,
    workers: 2,
    tasks: 2,
    status: 'ok',
    ...cellFigures(
      reps,
      walls.map(() => 2),
      2,
      2,
      cores === undefined ? {} : { serialCpuTimes: walls.map(() => 2) },
    ),
    ...extra,
  };
}
