// Results → Markdown (pure): the same report for the terminal, report.md, the job summary and
// the PR comment. Per workload: strategies × levels with speedup, efficiency and CPU
// utilization, the best model named; then what did not run and why; full metrics folded away.
import { markdownTable } from 'markdown-table';
import type { CellComparison, Comparison } from '../compare/types.ts';
import type { CellResult, OkCell, Results } from '../results/types.ts';
import { bestCell } from './best.ts';
import { escapeMarkdown } from './escape.ts';
import { speedupChart } from './mermaid.ts';
import { rowName, uniq } from './names.ts';

/** A comparison with a baseline (src/compare), and how the report names the baseline. */
export type ComparisonView = Comparison & { baselineLabel: string };

export interface MarkdownOptions {
  /** Mermaid charts: for GitHub, not for a terminal. */
  charts?: boolean;
  /** The full metrics in a <details> section: for GitHub and report.md, not for a terminal. */
  fullMetrics?: boolean;
  comparison?: ComparisonView;
}

const placeKey = (c: { runtime: string; strategy: string; workload: string; level: string }) => JSON.stringify([c.runtime, c.strategy, c.workload, c.level]);
const percent = (x: number) => `${Math.round(x * 100)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;

function cellText(cell: CellResult | undefined): string {
  if (!cell) return '';
  if (cell.status !== 'ok') return cell.status;
  const m = cell.metrics;
  return `${m.speedup.toFixed(2)}× · ${m.efficiency.toFixed(2)} · ${percent(m.gil_eff)}${cell.noisy ? ' ~' : ''}`;
}

function deltaText(change: CellComparison | undefined): string {
  if (change?.change?.wall_time === undefined) return '';
  const text = `${signed(change.change.wall_time)}`;
  if (change.verdict === 'regression') return `**${text} ▲ slower**`;
  if (change.verdict === 'improvement') return `${text} ▼ faster`;
  return text;
}

function systemLine({ system }: Results): string {
  const pythons = system.pythons.map((p) => `${escapeMarkdown(p.label)} ${escapeMarkdown(p.version)}${p.free_threaded ? ' (free-threaded)' : ''}`);
  const runner = system.runner?.name ? [`runner ${escapeMarkdown(system.runner.name)}`] : [];
  const git = system.git?.sha ? [`commit ${escapeMarkdown(system.git.sha.slice(0, 7))}`] : [];
  return [
    `**${system.cores} cores**`,
    escapeMarkdown(system.cpu_model),
    `${system.memory_gb} GB`,
    `${escapeMarkdown(system.os)} ${escapeMarkdown(system.arch)}`,
    `Node ${escapeMarkdown(system.node)}`,
    ...pythons,
    ...runner,
    ...git,
  ].join(' · ');
}

function workloadSection(results: Results, workload: string, options: MarkdownOptions): string[] {
  const cells = results.cells.filter((cell) => cell.workload === workload);
  const levels = uniq(cells.map((cell) => cell.level));
  const rows = uniq(cells.map(rowName));
  const byPlace = new Map(cells.map((cell) => [`${rowName(cell)}\u0000${cell.level}`, cell]));
  const changes = new Map(options.comparison?.cells.map((c) => [placeKey(c), c]));
  const header = ['Strategy', ...levels.flatMap((level) => (options.comparison ? [escapeMarkdown(level), 'Δ wall'] : [escapeMarkdown(level)]))];
  const body = rows.map((row) => [
    row,
    ...levels.flatMap((level) => {
      const cell = byPlace.get(`${row}\u0000${level}`);
      const text = cellText(cell);
      return options.comparison ? [text, deltaText(cell && changes.get(placeKey(cell)))] : [text];
    }),
  ]);
  const best = bestCell(cells, levels);
  const lines = [
    `### ${escapeMarkdown(workload)}`,
    '',
    best ? `Best here: **${rowName(best)}**, ${best.metrics.speedup.toFixed(2)}× at ${escapeMarkdown(best.level)}.` : 'No strategy measured.',
    '',
    markdownTable([header, ...body], { align: ['l', ...header.slice(1).map(() => 'r')] }),
    '',
  ];
  if (options.charts && best) {
    const top = cells.filter((cell): cell is OkCell => cell.status === 'ok' && cell.level === best.level);
    lines.push(speedupChart(workload, best.level, top, Math.min(best.workers, best.tasks, results.system.cores)), '');
  }
  return lines;
}

function notMeasured(results: Results): string[] {
  const notRun = results.cells.filter((cell) => cell.status !== 'ok');
  if (notRun.length === 0) return [];
  // one line per strategy and reason: a missing interpreter is one fact, not twelve
  const groups = new Map<string, string[]>();
  for (const cell of notRun) {
    const why = cell.status === 'failed' ? `failed: ${cell.error}` : `skipped: ${cell.reason}`;
    const line = `${rowName(cell)}: ${escapeMarkdown(why)}`;
    groups.set(line, [...(groups.get(line) ?? []), `${escapeMarkdown(cell.workload)} ${escapeMarkdown(cell.level)}`]);
  }
  return ['### Not measured', '', ...[...groups].map(([line, places]) => `- ${line} (${places.join(', ')})`), ''];
}

function fullMetrics(results: Results): string[] {
  const ok = results.cells.filter((cell): cell is OkCell => cell.status === 'ok');
  if (ok.length === 0) return [];
  const seconds = (x: number) => `${x.toFixed(3)} s`;
  const table = markdownTable(
    [
      ['Strategy', 'Workload', 'Level', 'Wall', 'CPU', 'Throughput', 'Memory', 'Serial wall', 'Wall CV', 'Start-up'],
      ...ok.map((cell) => [
        rowName(cell),
        escapeMarkdown(cell.workload),
        escapeMarkdown(cell.level),
        seconds(cell.metrics.wall_time),
        seconds(cell.metrics.cpu_time),
        `${cell.metrics.throughput.toFixed(2)}/s`,
        `${cell.metrics.memory_mb.toFixed(0)} MB`,
        seconds(cell.serial_wall_time),
        percent(cell.stats.wall_time.cv),
        seconds(cell.phases.startup),
      ]),
    ],
    { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
  return ['<details><summary>Full metrics (medians over the repetitions)</summary>', '', table, '', '</details>', ''];
}

function freeThreadedNote(results: Results): string[] {
  const labels = results.system.pythons.filter((p) => p.free_threaded).map((p) => escapeMarkdown(p.label));
  return labels.length ? [`Free-threaded (no GIL): ${labels.join(', ')}; its ThreadPool runs threads in parallel.`, ''] : [];
}

function comparisonSummary(comparison: ComparisonView): string[] {
  const verdict =
    comparison.regressions > 0
      ? `**${comparison.regressions} regression${comparison.regressions === 1 ? '' : 's'}**`
      : 'no regression';
  const notes = comparison.notes.map((note) => ` Note: ${escapeMarkdown(note)}.`).join('');
  return [`Compared with ${escapeMarkdown(comparison.baselineLabel)}: ${verdict}, ${comparison.improvements} improvement${comparison.improvements === 1 ? '' : 's'}. ${escapeMarkdown(comparison.method)}${notes}`, ''];
}

export function renderMarkdown(results: Results, options: MarkdownOptions = {}): string {
  const workers = uniq(results.cells.map((cell) => cell.workers));
  const ideal = workers.length === 1 ? `ideal ${Math.min(workers[0], results.system.cores)}× with ${workers[0]} workers on ${results.system.cores} cores` : 'ideal = workers, up to the core count';
  const lines = [
    '## concurrency-bench',
    '',
    systemLine(results),
    '',
    ...freeThreadedNote(results),
    `Each cell: **speedup** (serial time ÷ parallel time; ${ideal}) · **efficiency** (speedup ÷ workers; ideal 1.00) · **CPU utilization** of the workers. \`~\` noisy: the repetitions differ by more than 10%.`,
    '',
    ...(options.comparison ? comparisonSummary(options.comparison) : []),
    ...uniq(results.cells.map((cell) => cell.workload)).flatMap((workload) => workloadSection(results, workload, options)),
    ...notMeasured(results),
    ...(options.fullMetrics ? fullMetrics(results) : []),
  ];
  return lines.join('\n');
}
