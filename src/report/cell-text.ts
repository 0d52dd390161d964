// What one table cell says (pure), for every report and format alike: a cell's speedup and the
// figures beside it, and its change against a baseline. Written once; the drawers only lay the
// parts out (one line each in HTML, joined by " · " in Markdown).
import type { CellComparison } from '../compare/types.ts';
import { isConclusive } from '../measure/metrics.ts';
import type { CellResult } from '../results/types.ts';
import { strong, type Text } from './blocks.ts';
import {
  interval,
  notShownWord,
  roundsSetAside,
  speedupInterval,
  startupNote,
  utilizationText,
  warmSetAsideNote,
} from './summary-text.ts';

/** "−12%", "+3%": a relative change, rounded to a percent. */
export const signedPercent = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;

/**
 * A cell's parts: its speedup (bold when conclusive) with its interval, then its efficiency, and
 * unless `brief`, CPU utilization, warm speedup and notes. A cell not measured: its status word.
 * `labelled`: each figure says what it is, for a line with no table header above it (progress).
 */
export function cellParts(
  cell: CellResult | undefined,
  target: number,
  { brief = false, labelled = false }: { brief?: boolean; labelled?: boolean } = {},
): Text[] {
  if (!cell) return [];
  if (cell.status !== 'ok') return [[notShownWord(cell)]];
  const m = cell.metrics;
  const figure = `${m.speedup.toFixed(2)}×`;
  const found = speedupInterval(cell);
  const speedup: Text = [
    isConclusive(cell, target) ? strong(figure) : figure,
    ...(found ? [` [${interval(found)}]`] : []),
  ];
  const efficiency = [`${labelled ? 'efficiency ' : ''}${m.efficiency.toFixed(2)}`];
  if (brief) return [speedup, efficiency];
  const warm = cell.warm
    ? `warm ${cell.warm.speedup.toFixed(2)}×${warmSetAsideNote(cell)}`
    : cell.warm_set_aside
      ? `warm: not measurable (above ${cell.warm_set_aside.limit.toFixed(2)}×)`
      : undefined;
  const startup = startupNote(cell);
  const aside = cell.outliers?.length ? roundsSetAside(cell.outliers.length) : undefined;
  const utilization = utilizationText(cell);
  return [
    speedup,
    efficiency,
    [labelled && !utilization.startsWith('CPU') ? `CPU ${utilization}` : utilization],
    ...[warm, startup, aside].filter((part): part is string => part !== undefined).map((part) => [part]),
  ];
}

/** A cell's change against the baseline: its wall time, and its peak memory when that regressed. */
export function deltaText(change: CellComparison | undefined): Text {
  const wall = change?.change?.wall_time;
  if (wall === undefined) return [];
  const text = signedPercent(wall);
  const time: Text =
    change!.verdict === 'regression'
      ? [strong(`${text} ▲ slower`)]
      : change!.verdict === 'improvement'
        ? [`${text} ▼ faster`]
        : [text];
  const memory = change!.memory;
  return memory?.verdict === 'regression'
    ? [...time, ', ', strong(`memory ${signedPercent(memory.ratio - 1)} ▲`)]
    : time;
}
