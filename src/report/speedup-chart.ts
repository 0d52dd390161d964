// A workload's speedup chart as a block (pure): a group per level, a bar per model, each bar's
// label and tooltip. report.html draws every group (svg-bar-chart.ts); Markdown draws the cold
// verdict's level alone (mermaid.ts), the one chart a comment has room for.
import { plainText } from '../prose.ts';
import type { CellResult } from '../results/types.ts';
import type { BarChartBlock } from './blocks.ts';
import type { WorkloadView } from './model.ts';
import { strategyName } from './names.ts';
import type { Bar } from './svg-bar-chart.ts';
import { argText, interval, notShownWord, speedupInterval } from './summary-text.ts';

const notRunText = (cell: CellResult) =>
  cell.status === 'failed'
    ? `failed: ${cell.error}`
    : cell.status === 'skipped'
      ? `${notShownWord(cell)}: ${cell.reason}`
      : '';

function bar(cell: CellResult, where: string): Bar {
  if (cell.status !== 'ok')
    return { value: null, label: '', note: cell.status, title: `${where}: ${notRunText(cell)}` };
  const speedup = cell.metrics.speedup;
  const label = Number.isFinite(speedup) ? `${speedup.toFixed(2)}×` : '–';
  const range = speedupInterval(cell);
  const wide = (cell.stats?.speedup?.ci_level ?? 0) < 0.95;
  return {
    value: Number.isFinite(speedup) ? speedup : null,
    label,
    dashed: wide,
    range,
    note: 'n/a',
    title: `${where}: ${label} (median${range ? `, interval ${interval(range)}` : ''})${wide ? ', fewer than 6 rounds: the interval is the min–max range' : ''}`,
  };
}

export function speedupChart(workload: WorkloadView, index: number): BarChartBlock {
  const headline = workload.chart ? workload.levels.findIndex((level) => level.name === workload.chart!.level) : -1;
  return {
    kind: 'chart',
    shape: 'bars',
    id: `chart-${index}`,
    workload: workload.name,
    series: workload.rows.map((row) => {
      const first = row.cells.find((entry) => entry)!.cell;
      return {
        name: plainText(row.name),
        short: `${first.runtime} ${strategyName(first.strategy)}`,
        color: row.color,
        texture: row.texture,
      };
    }),
    groups: workload.levels.map((level, l) => ({
      label: level.name,
      sublabel: `arg ${argText(level.first.arg)}`,
      ideal: level.ideal,
      bars: workload.rows.map((row) => {
        const cell = row.cells[l]?.cell;
        return cell && bar(cell, `${plainText(row.name)}, ${cell.level}`);
      }),
    })),
    ...(headline >= 0 ? { headline } : {}),
  };
}
