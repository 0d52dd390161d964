// One line per finished cell, for a developer watching the run (pure).
import { plainText } from '../prose.ts';
import type { Span, Text } from './blocks.ts';
import { cellParts } from './cell-text.ts';
import { calibrationSpread, formatSeconds } from './summary-text.ts';
import type { CalibrationNeed, CalibrationOutcome } from '../plan/calibration.ts';
import type { RoundReason } from '../measure/run-plan.ts';
import type { PlannedCell } from '../plan/plan.ts';
import type { CellResult } from '../results/types.ts';

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** A table cell's text as a terminal line shows it: no emphasis. */
const span = (part: Span): string =>
  typeof part === 'string' ? part : Array.isArray(part) ? plainText(part) : part.strong.map(span).join('');
const plain = (text: Text) => text.map(span).join('');

/** `sweep`: the run has several pool sizes, so each line says which. */
export function progressLine(cell: CellResult, index: number, total: number, sweep = false): string {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const where = `${cell.runtime} ${cell.strategy} ${cell.workload}/${cell.level}${sweep ? ` ×${cell.workers}` : ''}`;
  let outcome: string;
  if (cell.status === 'ok') {
    // the cell's parts as every table shows them (cell-text.ts), then its raw figures
    const m = cell.metrics;
    outcome = `speedup ${cellParts(cell, 0, { labelled: true }).map(plain).join(' · ')}  wall ${formatSeconds(m.wall_time)}  cpu ${formatSeconds(m.cpu_time)}  mem ${m.memory_mb.toFixed(0)} MB`;
  } else if (cell.status === 'failed') {
    outcome = `FAILED: ${cell.error}`;
  } else {
    outcome = `skipped: ${cell.reason}`;
  }
  return `${counter} ${where.padEnd(40)} ${outcome}`;
}

/** What calibration chose for one runtime × workload, one line. */
export function calibrationLine(need: CalibrationNeed, outcome: CalibrationOutcome): string {
  const where = `${need.cell.runtime} ${need.cell.workload}`;
  if (!outcome.ok) return `  calibration ${where}: FAILED: ${outcome.error}`;
  const points = outcome.points.map((p) => {
    const spread = calibrationSpread(p.seconds, p.samples, p.source);
    return `${formatSeconds(p.target_s)} → ${p.arg} (${formatSeconds(p.seconds)}${spread ? `, ${spread}` : ''}${p.note ? `; ${p.note}` : ''})`;
  });
  return `  calibration ${where}: ${points.join(', ')}`;
}

/** After an extra round: why it was given, the cells refined and the precision they reached. */
export function refinedLine(
  cells: CellResult[],
  round: number,
  target: number,
  sweep = false,
  why: RoundReason = 'precision',
): string {
  const first = cells[0]!;
  const reached = cells.map((cell) =>
    cell.status === 'ok'
      ? `${cell.strategy} ±${(cell.precision * 100).toFixed(1)}%`
      : `${cell.strategy} ${cell.status}`,
  );
  const reason =
    why === 'comparison'
      ? 'the comparison with the base waits on it'
      : why === 'verdict'
        ? 'a verdict waits on it'
        : `target ±${+(target * 100).toFixed(1)}%`;
  return `  round ${round} of ${first.runtime} ${first.workload}/${first.level}${sweep ? ` ×${first.workers}` : ''} (${reason}): ${reached.join(', ')}`;
}

/** Every group has had `pass` of its `of` minimum rounds (they run round-robin). */
export function passLine(
  pass: number,
  of: number,
  elapsedSeconds: number,
  leftSeconds?: number,
  paired = false,
): string {
  const left = leftSeconds === undefined ? '' : `; ends within ${formatDuration(leftSeconds)}`;
  const which = paired ? 'every group measured against the base' : 'every group';
  return `round ${pass} of ${of} done in ${which} (${formatDuration(elapsedSeconds)} in${left})`;
}

/** The cells skipped before measuring because their minimum rounds cannot fit the budget. */
export function budgetLine(
  cells: Pick<PlannedCell, 'runtime' | 'workload' | 'level' | 'skip'>[],
  total: number,
): string {
  const places = [...new Set(cells.map((cell) => `${cell.runtime} ${cell.workload}/${cell.level}`))];
  const shown = places.slice(0, 6).join(', ');
  const more = places.length > 6 ? ` and ${places.length - 6} more` : '';
  return `${cells.length} of ${total} cells do not fit the time budget and are skipped: ${shown}${more} (${cells[0]?.skip ?? ''})`;
}
