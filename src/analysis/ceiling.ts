// The runner's ceiling over a run (pure): did the machine deliver the same at the end as at the start?
import type { CeilingInfo } from '../results/types.ts';

/** Start and end readings further apart than this flag the run: the machine changed under it. */
export const CEILING_MOVED = 0.1;

export function ceilingSummary(
  start: CeilingInfo,
  end: { ratio: number; loop_ns: number } | undefined,
  steal: number | undefined,
): CeilingInfo {
  if (!end) return { ...start, ...(steal === undefined ? {} : { steal }) };
  return {
    ...start,
    end: end.ratio,
    moved: Math.abs(end.ratio - start.start) / start.start > CEILING_MOVED,
    ...(steal === undefined ? {} : { steal }),
    loop_ns: [start.loop_ns?.[0] ?? end.loop_ns, end.loop_ns],
  };
}

/** The machine's speed on fixed work during a run: the mean of its loop timings (ns an iteration). */
export function machineSpeed(ceiling: CeilingInfo | undefined): number | undefined {
  const readings = (ceiling?.loop_ns ?? []).filter((x): x is number => typeof x === 'number' && x > 0);
  return readings.length ? readings.reduce((a, b) => a + b, 0) / readings.length : undefined;
}
