// Results → Markdown (pure): a system line, a speedup and an efficiency table, the cells that
// did not run and why. The same text goes to the terminal, report.md and (later) GitHub.
import { markdownTable } from 'markdown-table';
import type { CellResult, OkCell, Results } from '../results/types.ts';
import { escapeMarkdown } from './escape.ts';

const STRATEGY_NAMES: Record<string, string> = {
  'event-loop': 'EventLoop',
  'worker-threads': 'WorkerThreads',
  'child-processes': 'ChildProcesses',
  'thread-pool': 'ThreadPool',
  'process-pool': 'ProcessPool',
  'interpreter-pool': 'InterpreterPool',
};

const uniq = <T>(values: T[]) => [...new Set(values)];
const rowName = (cell: CellResult) => `${escapeMarkdown(cell.runtime)} · ${STRATEGY_NAMES[cell.strategy] ?? escapeMarkdown(cell.strategy)}`;
/** A free-threaded Python's ThreadPool runs in parallel: its rows must say so. */
const freeThreadedNote = (results: Results) => {
  const labels = results.system.pythons.filter((p) => p.free_threaded).map((p) => escapeMarkdown(p.label));
  return labels.length ? `Free-threaded (no GIL): ${labels.join(', ')}; its ThreadPool runs threads in parallel.` : '';
};
const columnName = (cell: CellResult) => `${escapeMarkdown(cell.workload)} ${escapeMarkdown(cell.level)}`;

function cellText(cell: CellResult | undefined, value: (cell: OkCell) => string): string {
  if (!cell) return '';
  if (cell.status === 'failed') return 'failed';
  if (cell.status === 'skipped') return 'skipped';
  return cell.noisy ? `${value(cell)} ~` : value(cell);
}

function table(results: Results, value: (cell: OkCell) => string): string {
  const columns = uniq(results.cells.map(columnName));
  const rows = uniq(results.cells.map(rowName));
  const byPlace = new Map(results.cells.map((cell) => [`${rowName(cell)}\u0000${columnName(cell)}`, cell]));
  return markdownTable(
    [
      ['Strategy', ...columns],
      ...rows.map((row) => [row, ...columns.map((column) => cellText(byPlace.get(`${row}\u0000${column}`), value))]),
    ],
    { align: ['l', ...columns.map(() => 'r')] },
  );
}

function systemLine(results: Results): string {
  const { system } = results;
  const pythons = system.pythons.map((p) => `${escapeMarkdown(p.label)} ${escapeMarkdown(p.version)}${p.free_threaded ? ' (free-threaded)' : ''}`);
  return [
    `${system.cores} cores`,
    escapeMarkdown(system.cpu_model),
    `${system.memory_gb} GB`,
    `${escapeMarkdown(system.os)} ${escapeMarkdown(system.arch)}`,
    `Node ${escapeMarkdown(system.node)}`,
    ...pythons,
  ].join(' · ');
}

export function renderMarkdown(results: Results): string {
  const ok = results.cells.filter((cell): cell is OkCell => cell.status === 'ok');
  const workers = uniq(results.cells.map((cell) => cell.workers));
  const ideal = workers.length === 1 ? `ideal ${Math.min(workers[0], results.system.cores)}× with ${workers[0]} workers on ${results.system.cores} cores` : 'ideal = workers, up to the core count';
  const lines = [
    '## concurrency-bench',
    '',
    systemLine(results),
    '',
    ...(freeThreadedNote(results) ? [freeThreadedNote(results), ''] : []),
    `### Speedup (serial time ÷ parallel time; ${ideal})`,
    '',
    table(results, (cell) => `${cell.metrics.speedup.toFixed(2)}×`),
    '',
    '### Efficiency (speedup ÷ workers; ideal 1.00)',
    '',
    table(results, (cell) => cell.metrics.efficiency.toFixed(2)),
    '',
  ];
  if (ok.some((cell) => cell.noisy)) lines.push('`~` noisy: the repetitions differ by more than 10% (coefficient of variation); rerun before trusting it.', '');
  const notRun = results.cells.filter((cell) => cell.status !== 'ok');
  if (notRun.length > 0) {
    lines.push('### Not measured', '');
    // one line per strategy and reason: a missing interpreter is one fact, not twelve
    const groups = new Map<string, string[]>();
    for (const cell of notRun) {
      const why = cell.status === 'failed' ? `failed: ${cell.error}` : `skipped: ${cell.reason}`;
      const line = `${rowName(cell)}: ${escapeMarkdown(why)}`;
      groups.set(line, [...(groups.get(line) ?? []), columnName(cell)]);
    }
    for (const [line, columns] of groups) lines.push(`- ${line} (${columns.join(', ')})`);
    lines.push('');
  }
  return lines.join('\n');
}
