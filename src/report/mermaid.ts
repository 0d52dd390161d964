// Mermaid xychart-beta bar charts (GitHub renders them in comments and summaries): speedup by
// strategy at a workload's highest level, with the ideal as a line (pure).
import type { OkCell } from '../results/types.ts';
import { strategyName } from './names.ts';

/** Mermaid labels are quoted strings: keep them to characters that cannot end or escape one. */
const label = (text: string) => text.replace(/[^\w .·+-]/g, '_').slice(0, 40);

export function speedupChart(workload: string, level: string, cells: OkCell[], ideal: number): string {
  const names = cells.map((cell) => `"${label(`${cell.runtime} ${strategyName(cell.strategy)}`)}"`);
  const speedups = cells.map((cell) => Number(cell.metrics.speedup.toFixed(2)));
  const top = Math.ceil(Math.max(ideal, ...speedups) * 1.15 * 10) / 10;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${label(workload)} (${label(level)}): speedup by strategy, ideal ${ideal}x"`,
    `    x-axis [${names.join(', ')}]`,
    `    y-axis "speedup (x)" 0 --> ${top}`,
    `    bar [${speedups.join(', ')}]`,
    `    line [${cells.map(() => ideal).join(', ')}]`,
    '```',
  ].join('\n');
}
