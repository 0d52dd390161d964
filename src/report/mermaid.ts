// Mermaid xychart-beta bar charts (GitHub renders them in comments and summaries): the speedup
// chart's headline level, a bar per model with the ideal as a line (pure).
import type { BarChartBlock } from './blocks.ts';

/** Mermaid labels are quoted strings: keep them to characters that cannot end or escape one. */
const label = (text: string) => text.replace(/[^\w .·+-]/g, '_').slice(0, 40);

/** The chart's headline group as Mermaid; '' when it has none. */
export function mermaidChart(chart: BarChartBlock): string {
  const group = chart.headline === undefined ? undefined : chart.groups[chart.headline];
  if (!group) return '';
  const drawn = group.bars.flatMap((bar, i) => (bar?.value == null ? [] : [{ bar, series: chart.series[i]! }]));
  if (drawn.length === 0) return '';
  const names = drawn.map(({ series }) => `"${label(series.short)}"`);
  const speedups = drawn.map(({ bar }) => Number(bar.value!.toFixed(2)));
  const top = Math.ceil(Math.max(group.ideal, ...speedups) * 1.15 * 10) / 10;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${label(chart.workload)} (${label(group.label)}): speedup by strategy, ideal ${group.ideal}x"`,
    `    x-axis [${names.join(', ')}]`,
    `    y-axis "speedup (x)" 0 --> ${top}`,
    `    bar [${speedups.join(', ')}]`,
    `    line [${drawn.map(() => group.ideal).join(', ')}]`,
    '```',
  ].join('\n');
}
