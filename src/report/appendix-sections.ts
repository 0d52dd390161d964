// The folded parts at the end of a report file (pure): calibration, break-even, the full metrics,
// how a verdict is reached, and the footer. A terminal leaves them out.
import { type BreakEvenClaim, claimOf } from '../analysis/break-even.ts';
import { formatSeconds } from '../format-seconds.ts';
import { ours, prose } from '../prose.ts';
import { modelId, type SampleStats } from '../results/types.ts';
import type { Block, TableBlock, TableRow, Text } from './blocks.ts';
import type { ReportModel } from './model.ts';
import { modelProse } from './names.ts';
import { argText, calibrationText, interval, roughRange } from './summary-text.ts';

const table = (header: string[], align: TableBlock['align'], rows: Text[][]): TableBlock => ({
  kind: 'table',
  header: header.map((h) => [h]),
  align,
  rows: rows.map((cells) => ({ cells: cells.map((text) => [text]) })),
});

const folded = (summary: string, blocks: Block[]): Block[] => [{ kind: 'details', summary: [summary], blocks }];

/** Duration levels: the argument each runtime got, and where no argument came close. */
function calibration(model: ReportModel): Block[] {
  if (model.calibrated.length === 0) return [];
  const rows = model.calibrated.map((cell): Text[] => {
    const c = cell.calibration!;
    return [
      [prose`${cell.runtime}`],
      [prose`${cell.workload}`],
      [prose`${cell.level}`],
      [formatSeconds(c.target_s)],
      [prose`${argText(cell.arg)}`],
      [calibrationText(c.measured_s, c.samples, c.source)],
      [formatSeconds(cell.serial_wall_time / cell.tasks)],
      c.note ? [prose`${c.note}`] : [],
    ];
  });
  return folded('Calibration: the argument each runtime got for a duration level', [
    table(
      ['Runtime', 'Workload', 'Level', 'Target', 'Argument', 'Calibrated', 'Serial run, per task', 'Note'],
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'],
      rows,
    ),
  ]);
}

/** One basis's break-even in a table cell: the threshold and its interval, or why there is none. */
function claimCell(claim: BreakEvenClaim): string {
  if (claim.kind === 'none') return '–';
  if (claim.kind === 'pays')
    return `${claim.task === 0 ? 'any size' : `above ${formatSeconds(claim.task)}`} (${roughRange(...claim.ci)})`;
  const at = `${claim.speedup.median.toFixed(2)}× (${interval(claim.speedup.ci)}) at ${formatSeconds(claim.longest)}`;
  switch (claim.kind) {
    case 'unbounded':
      return `not pinned down; ${at}`;
    case 'few-rounds':
      return 'too few rounds';
    case 'below':
      return `no: ${at}`;
    case 'not-shown':
      return `not shown: ${at}`;
  }
}

function breakEven(model: ReportModel): Block[] {
  if (model.breakEvens.length === 0) return [];
  const rows = model.breakEvens.map((b): Text[] => [
    [modelProse(b.runtime, b.strategy)],
    [prose`${b.workload}`],
    [claimCell(claimOf(b, 'cold'))],
    [claimCell(claimOf(b, 'warm'))],
    [formatSeconds(b.fixed_cost_s)],
    [b.slope.toFixed(2)],
  ]);
  return folded('Break-even: the task size above which each model beats running serially here', [
    {
      kind: 'paragraph',
      text: [
        "Start-up + shut-down is measured: the median of the rounds' own phases. The rest of a batch is fitted over the levels by weighted least squares, about a + b × (task length); Batch ÷ task is b, ideally tasks ÷ workers. A model pays off where tasks × length exceeds the two; in brackets, a 95% bootstrap interval over the rounds. A threshold is given only when that interval is bounded and the speedup at the longest task measured has a 95% interval above 1×; otherwise the cell says what was measured there.",
      ],
    },
    table(
      ['Model', 'Workload', 'Pays off (pool per job)', '(pool kept)', 'Start-up + shut-down', 'Batch ÷ task'],
      ['l', 'l', 'r', 'r', 'r', 'r'],
      rows,
    ),
  ]);
}

function fullMetrics(model: ReportModel): Block[] {
  const ok = model.measured;
  if (ok.length === 0) return [];
  const rows = ok.map(
    (cell): TableRow => ({
      cells: [
        [modelProse(cell.runtime, cell.strategy)],
        [prose`${cell.workload}`],
        [prose`${cell.level}`],
        [`${cell.workers}/${cell.tasks}`],
        [formatSeconds(cell.metrics.wall_time)],
        [spread(cell.stats.wall_time)],
        [cell.warm ? formatSeconds(cell.warm.wall_time) : ''],
        [formatSeconds(cell.metrics.cpu_time)],
        [`${cell.metrics.throughput.toFixed(2)}/s`],
        [`${cell.metrics.memory_mb.toFixed(0)} MB`],
        [formatSeconds(cell.serial_wall_time)],
        [String(cell.stats.wall_time.samples.length)],
      ].map((text): Text[] => [text]),
    }),
  );
  // the phases stack in one column where a format can (HTML), so that the table fits a screen
  for (const [i, row] of rows.entries()) row.cells.push(phases(ok[i]!));
  return folded('Full metrics (medians over the rounds)', [
    {
      kind: 'paragraph',
      text: [
        'w/n: workers / tasks. Phases: the pool’s start-up, the tasks’ run, its shut-down, and the CPU the start-up took (workers, interpreters, imports).',
      ],
    },
    {
      kind: 'table',
      header: [
        'Model',
        'Workload',
        'Level',
        'w/n',
        'Wall',
        'min – max, CV',
        'Warm wall',
        'CPU',
        'Throughput',
        'Memory',
        'Serial wall',
        'Rounds',
        'Phases',
      ].map((h) => [h]),
      align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows,
    },
    ...runtimeInfo(ok),
  ]);
}

/** "start-up 12.0 ms", "run 245 ms", "shut-down 3.1 ms", "start-up CPU 20.0 ms". */
function phases(cell: ReportModel['measured'][number]): Text[] {
  const { startup, run, shutdown } = cell.phases;
  return [
    [`start-up ${formatSeconds(startup)}`],
    [`run ${formatSeconds(run)}`],
    [`shut-down ${formatSeconds(shutdown)}`],
    ...(cell.cpu_phases ? [[`start-up CPU ${formatSeconds(cell.cpu_phases.startup)}`]] : []),
  ];
}

/**
 * What the runners said about themselves (versions, pool settings), once per model and what it
 * said: the same for every level as a rule. Its words come from the results file: names, never ours.
 */
function runtimeInfo(cells: ReportModel['measured']): Block[] {
  const lines = new Map<string, Text>();
  for (const cell of cells) {
    const info = Object.entries(cell.info ?? {})
      .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(', ');
    if (!info) continue;
    const key = `${modelId(cell)} ${info}`;
    if (!lines.has(key)) lines.set(key, [modelProse(cell.runtime, cell.strategy), ': ', prose`${info}`]);
  }
  if (lines.size === 0) return [];
  return [
    { kind: 'paragraph', text: ['Runtime info, as each runner reported it:'] },
    { kind: 'list', items: [...lines.values()].map((text) => ({ text })) },
  ];
}

/** "26.1 – 30.2 ms, CV 4%": how far the rounds' wall times spread. */
function spread(stats: SampleStats): string {
  const [low, high] = [formatSeconds(stats.min), formatSeconds(stats.max)];
  const unit = low.split(' ')[1];
  const range = unit === high.split(' ')[1] ? `${low.split(' ')[0]} – ${high}` : `${low} – ${high}`;
  return `${range}, CV ${Math.round(stats.cv * 100)}%`;
}

const VERDICT_RULE =
  'A verdict rests on the last level of a workload that ran. Each claim is a one-sided test at 5% on the rounds themselves (a sign test: no assumption about the noise, so 5 rounds are the fewest that can show anything). It first sorts the models: shown to beat running serially (their speedups above 1×), shown not to (below 1× plus the target precision, or keeping no more cores busy than the serial run: whatever such a model read, it ran the work one core at a time), and the rest. The leader among the first is named alone only when every other model still in the running is shown slower by more than the target precision (round by round against the same serial run within a runtime, by bounds on both medians across runtimes; Holm’s correction for the number of comparisons); otherwise the tie is named. Speedups above the ideal count as the ideal. With no model shown to beat serial it says to run the work serially if every model was shown not to, and "inconclusive" otherwise.';

/** "2026-11-25 10:41 UTC"; a date that does not parse, as written (a name: it came from the file). */
function when(iso: string) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : ours(`${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
}

export function appendix(model: ReportModel): Block[] {
  const { tool, version, schema } = model.footer;
  return [
    ...calibration(model),
    ...breakEven(model),
    ...fullMetrics(model),
    ...(model.workloads.length
      ? folded('How a verdict is reached', [{ kind: 'paragraph', text: [VERDICT_RULE] }])
      : []),
    {
      kind: 'paragraph',
      tone: 'fine',
      text: [prose`${tool} ${version} · results.json schema ${String(schema)} · ${when(model.createdAt)}`],
    },
  ];
}
