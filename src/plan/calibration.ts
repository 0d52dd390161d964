// Duration levels (pure): which calibrations a plan needs, and the plan once they are known.
// A level such as "100ms" becomes, per runtime, the whole-number argument with which one task
// takes 100 ms serially there; the measuring itself is src/measure/calibrate.ts.
import {
  type CalibrationPoint,
  type CalibrationResult,
  type CellResult,
  type OkCell,
  runtimeWorkloadId,
} from '../results/types.ts';
import { type Plan, type PlannedCell, treeOf } from './plan.ts';

/** One runtime × workload to calibrate, at every duration level it has. */
export interface CalibrationNeed {
  key: string;
  /** A cell of that runtime and workload: it tells which runner and workload to use. */
  cell: PlannedCell;
  targets: number[];
}

export type CalibrationOutcome = { ok: true; points: CalibrationPoint[] } | { ok: false; error: string };

export function calibrationNeeds(plan: Plan): CalibrationNeed[] {
  const needs = new Map<string, CalibrationNeed>();
  for (const cell of plan.cells) {
    if (cell.target_s === undefined || cell.skip) continue;
    const key = runtimeWorkloadId(cell);
    const need = needs.get(key) ?? { key, cell, targets: [] };
    if (!need.targets.includes(cell.target_s)) need.targets.push(cell.target_s);
    // With a base tree, its code is calibrated and both trees run that argument: calibrating
    // each on its own would erase the very slowdown the comparison looks for.
    if (treeOf(cell) === 'base' && treeOf(need.cell) !== 'base') need.cell = cell;
    needs.set(key, need);
  }
  return [...needs.values()];
}

/** Every duration cell gets its runtime's argument and what calibration found, or fails with why not. */
export function applyCalibration(plan: Plan, outcomes: Map<string, CalibrationOutcome>): Plan {
  const cells = plan.cells.map((cell): PlannedCell => {
    if (cell.target_s === undefined || cell.skip) return cell;
    const outcome = outcomes.get(runtimeWorkloadId(cell));
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

/** A baseline's argument is taken only within this factor of what this run calibrated. */
export const PIN_BOUND = 10;

export interface BoundedPins {
  /** Per need: the baseline's points where they are within bounds, else this run's. */
  outcomes: Map<string, CalibrationOutcome>;
  /** How many needs take the baseline's points. */
  taken: number;
  /** One line per need whose baseline argument was ignored, saying why. */
  ignored: string[];
}

/**
 * A baseline file may be a stranger's (a fork can forge one): its argument for a level is used
 * only within PIN_BOUND× of the argument this run calibrated, either way. An argument of 1e15
 * would otherwise run every cell to its timeout; a need with any point out of bounds takes this
 * run's calibration whole.
 */
export function boundedPins(
  pinned: Map<string, CalibrationOutcome>,
  calibrated: Map<string, CalibrationOutcome>,
  needs: CalibrationNeed[],
): BoundedPins {
  const outcomes = new Map(calibrated);
  const ignored: string[] = [];
  let taken = 0;
  for (const need of needs) {
    const pin = pinned.get(need.key);
    const own = calibrated.get(need.key);
    if (!pin?.ok || !own?.ok) continue;
    const wild = pin.points.find((point) => {
      const mine = own.points.find((p) => p.target_s === point.target_s);
      return !mine || !(point.arg <= mine.arg * PIN_BOUND && point.arg >= mine.arg / PIN_BOUND);
    });
    if (wild === undefined) {
      outcomes.set(need.key, pin);
      taken++;
    } else {
      const mine = own.points.find((p) => p.target_s === wild.target_s);
      ignored.push(
        `${need.cell.runtime} ${need.cell.workload}: the baseline's argument ${wild.arg} is not within ${PIN_BOUND}× of this run's ${mine?.arg ?? '(none)'}, so it is ignored and this run's calibration is used`,
      );
    }
  }
  return { outcomes, taken, ignored };
}
