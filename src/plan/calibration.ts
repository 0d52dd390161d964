// Duration levels (pure): which calibrations a plan needs, and the plan once they are known.
// A level such as "100ms" becomes, per runtime, the whole-number argument with which one task
// takes 100 ms serially there; the measuring itself is src/measure/calibrate.ts.
import type { CalibrationPoint } from '../measure/protocol.ts';
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
    if (!outcome.ok) return { ...cell, failure: `calibrating ${cell.workload} for ${cell.runtime} failed: ${outcome.error}` };
    const point = outcome.points.find((p) => p.target_s === cell.target_s);
    if (!point) return { ...cell, failure: 'calibration returned no argument for this level' };
    const calibration = { target_s: point.target_s, measured_s: point.seconds, ...(point.note ? { note: point.note } : {}) };
    return { ...cell, arg: point.arg, calibration };
  });
  return { ...plan, cells };
}
