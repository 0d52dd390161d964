// Duration levels (pure): which calibrations a plan needs, and the plan once they are known.
// A level such as "100ms" becomes, per runtime, the whole-number argument with which one task
// takes 100 ms serially there; the measuring itself is src/measure/calibrate.ts.
import type { CalibrationPoint, CalibrationResult, CellResult, OkCell } from '../results/types.ts';
import type { Plan, PlannedCell } from './plan.ts';

/** One runtime × workload to calibrate, at every duration level it has. */
export interface CalibrationNeed {
  key: string;
  /** A cell of that runtime and workload: it tells which runner and workload to use. */
  cell: PlannedCell;
  targets: number[];
}

export type CalibrationOutcome = { ok: true; points: CalibrationPoint[] } | { ok: false; error: string };

const needKey = (cell: PlannedCell) => JSON.stringify([cell.runtime, cell.workload]);

export function calibrationNeeds(plan: Plan): CalibrationNeed[] {
  const needs = new Map<string, CalibrationNeed>();
  for (const cell of plan.cells) {
    if (cell.target_s === undefined || cell.skip) continue;
    const key = needKey(cell);
    const need = needs.get(key) ?? { key, cell, targets: [] };
    if (!need.targets.includes(cell.target_s)) need.targets.push(cell.target_s);
    // With a base tree, its code is calibrated and both trees run that argument: calibrating
    // each on its own would erase the very slowdown the comparison looks for.
    if (cell.tree === 'base' && need.cell.tree !== 'base') need.cell = cell;
    needs.set(key, need);
  }
  return [...needs.values()];
}

/** Every duration cell gets its runtime's argument and what calibration found, or fails with why not. */
export function applyCalibration(plan: Plan, outcomes: Map<string, CalibrationOutcome>): Plan {
  const cells = plan.cells.map((cell): PlannedCell => {
    if (cell.target_s === undefined || cell.skip) return cell;
    const outcome = outcomes.get(needKey(cell));
    if (!outcome) return { ...cell, failure: 'not calibrated (the run was stopped first)' };
    if (!outcome.ok)
      return { ...cell, failure: `calibrating ${cell.workload} for ${cell.runtime} failed: ${outcome.error}` };
    const point = outcome.points.find((p) => p.target_s === cell.target_s);
    if (!point) return { ...cell, failure: 'calibration returned no argument for this level' };
    const calibration: CalibrationResult = {
      target_s: point.target_s,
      measured_s: point.seconds,
      ...(point.samples ? { samples: point.samples } : {}),
      ...(point.source ? { source: point.source } : {}),
      ...(point.fit ? { fit: point.fit } : {}),
      ...(point.note ? { note: point.note } : {}),
    };
    return { ...cell, arg: point.arg, calibration };
  });
  return { ...plan, cells };
}

export const PINNED_NOTE = "the baseline's argument, so that both runs do the same work";

/**
 * With a baseline to compare with, a duration level takes the baseline's argument instead of a
 * fresh calibration: a regression check needs the same work on both sides, and a new
 * calibration would land a few percent off. Only needs whose every target the baseline has.
 */
export function pinnedToBaseline(
  needs: CalibrationNeed[],
  baselineCells: CellResult[],
): Map<string, CalibrationOutcome> {
  const pinned = new Map<string, CalibrationOutcome>();
  for (const need of needs) {
    const points = need.targets.map((target) => {
      const found = baselineCells.find(
        (c): c is OkCell =>
          c.status === 'ok' &&
          c.runtime === need.cell.runtime &&
          c.workload === need.cell.workload &&
          c.target_s === target &&
          typeof c.arg === 'number',
      );
      return (
        found && {
          target_s: target,
          arg: found.arg as number,
          seconds: found.calibration?.measured_s ?? target,
          note: PINNED_NOTE,
        }
      );
    });
    if (points.every((p) => p !== undefined)) pinned.set(need.key, { ok: true, points });
  }
  return pinned;
}
