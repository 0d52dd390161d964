// The report as CSV (pure): one row per cell with the headline figures, for a spreadsheet or a
// script. RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break in
// double quotes (its quotes doubled). Every text field is a name from a results file (a fork's,
// possibly forged): one that a spreadsheet would read as a formula (= + - @, a tab or a carriage
// return first) gets a leading single quote, so it stays text (OWASP's CSV injection advice).
import type { CellResult } from '../results/types.ts';
import type { DrawnReport } from './blocks.ts';

const HEADER = [
  'runner',
  'runtime',
  'strategy',
  'workload',
  'level',
  'arg',
  'workers',
  'tasks',
  'status',
  'speedup',
  'speedup_ci_low',
  'speedup_ci_high',
  'efficiency',
  'cpu_utilization',
  'warm_speedup',
  'wall_time_s',
  'cpu_time_s',
  'memory_mb',
  'throughput',
  'serial_wall_time_s',
  'rounds',
  'reason',
];

/** A name as a spreadsheet will keep it: never a formula. */
export const inertCsvText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** One field, quoted where RFC 4180 asks for it. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const figure = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '' : String(value));

function row(runner: string | undefined, cell: CellResult): string[] {
  const names = [runner ?? '', cell.runtime, cell.strategy, cell.workload, cell.level].map(inertCsvText);
  const arg = inertCsvText(typeof cell.arg === 'number' ? String(cell.arg) : (JSON.stringify(cell.arg) ?? ''));
  const common = [...names, arg, figure(cell.workers), figure(cell.tasks), cell.status];
  if (cell.status !== 'ok')
    return [
      ...common,
      ...Array(HEADER.length - common.length - 1).fill(''),
      inertCsvText(cell.status === 'failed' ? cell.error : cell.reason),
    ];
  const m = cell.metrics;
  const ci = cell.stats.speedup.ci;
  return [
    ...common,
    figure(m.speedup),
    figure(ci?.[0]),
    figure(ci?.[1]),
    figure(m.efficiency),
    figure(m.gil_eff),
    figure(cell.warm?.speedup),
    figure(m.wall_time),
    figure(m.cpu_time),
    figure(m.memory_mb),
    figure(m.throughput),
    figure(cell.serial_wall_time),
    figure(cell.stats.wall_time.samples?.length),
    '',
  ];
}

export function renderCsv({ cells }: DrawnReport): string {
  const rows = [HEADER, ...cells.map(({ runner, cell }) => row(runner, cell))];
  return rows.map((fields) => `${fields.map(field).join(',')}\r\n`).join('');
}
