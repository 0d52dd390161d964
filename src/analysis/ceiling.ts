// The runner's ceiling over a run (pure): did the machine deliver the same at the end as at the start?
import type { CeilingInfo } from '../results/types.ts';

/** Start and end readings further apart than this flag the run: the machine changed under it. */
export const CEILING_MOVED = 0.1;

export function ceilingSummary(start: CeilingInfo, end: number | undefined, steal: number | undefined): CeilingInfo {
  return {
    ...start,
    ...(end === undefined ? {} : { end, moved: Math.abs(end - start.start) / start.start > CEILING_MOVED }),
    ...(steal === undefined ? {} : { steal }),
  };
}
