// Results → Markdown (pure): the same report for the terminal, report.md, the job summary and
// the PR comment. First the verdicts (with the break-even sentences and the runner's ceiling),
// then per workload a table of strategies × levels (cold speedup with its interval, efficiency,
// CPU utilization, warm speedup), what did not run and why, calibration, and the full metrics
// folded away.
import { type BreakEvenClaim, claimOf } from '../analysis/break-even.ts';
import { prose } from '../prose.ts';
import type { CellComparison, ComparisonView } from '../compare/types.ts';
import type { CellResult, OkCell, Results } from '../results/types.ts';
import { comparisonLead } from './comparison-lead.ts';
import { escapeMarkdown, inertName, markdownProse } from './escape.ts';
import { speedupChart } from './mermaid.ts';
import { modelProse } from './names.ts';
import { reportModel, type ReportModel, type WorkloadView } from './model.ts';
import {
  amdahlText,
  argText,
  calibrationText,
  noFitNote,
  peakText,
  uslText,
  breakEvenSentence,
  formatSeconds,
  interval,
  levelText,
  notShownWord,
  roughRange,
  roundsSetAside,
  speedupInterval,
  startupNote,
  TRANSFER_NOTE,
  utilizationText,
  type VerdictText,
  warmSetAsideNote,
} from './summary-text.ts';
import { cappedTable } from './table.ts';
import { isConclusive } from '../measure/metrics.ts';

/** A comparison with a baseline (src/compare), and how the report names the baseline. */
export interface MarkdownOptions {
  /** Mermaid charts: for GitHub, not for a terminal. */
  charts?: boolean;
  /** The full metrics in a <details> section: for GitHub and report.md, not for a terminal. */
  fullMetrics?: boolean;
  comparison?: ComparisonView;
}

/** "`node` · WorkerThreads": the row's model, its runtime label inert. */
const rowName = (cell: CellResult) => markdownProse(modelProse(cell.runtime, cell.strategy), 'table');
const inCell = (name: string) => inertName(name, 'table');

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;

function cellText(cell: CellResult | undefined, target: number): string {
  if (!cell) return '';
  if (cell.status !== 'ok') return notShownWord(cell);
  const m = cell.metrics;
  const speedup = isConclusive(cell, target) ? `**${m.speedup.toFixed(2)}×**` : `${m.speedup.toFixed(2)}×`;
  const found = speedupInterval(cell);
  const ci = found ? ` [${interval(found)}]` : '';
  const warm = cell.warm
    ? ` · warm ${cell.warm.speedup.toFixed(2)}×${warmSetAsideNote(cell)}`
    : cell.warm_set_aside
      ? ` · warm: not measurable (above ${cell.warm_set_aside.limit.toFixed(2)}×)`
      : '';
  const startup = startupNote(cell);
  const aside = cell.outliers?.length ? ` · ${roundsSetAside(cell.outliers.length)}` : '';
  return `${speedup}${ci} · ${m.efficiency.toFixed(2)} · ${utilizationText(cell)}${warm}${startup ? ` · ${startup}` : ''}${aside}`;
}

function deltaText(change: CellComparison | undefined): string {
  if (change?.change?.wall_time === undefined) return '';
  const text = `${signed(change.change.wall_time)}`;
  if (change.verdict === 'regression') return `**${text} ▲ slower**`;
  if (change.verdict === 'improvement') return `${text} ▼ faster`;
  return text;
}

function systemLine(model: ReportModel): string {
  return model.system
    .map(({ text, strong }) => (strong ? `**${markdownProse(text)}**` : markdownProse(text)))
    .join(' · ');
}

function ceilingLines({ ceiling, processTree }: ReportModel): string[] {
  const tree = processTree ? [`> **Note:** ${markdownProse(processTree)}`, ''] : [];
  if (!ceiling) return tree;
  return [
    ...tree,
    escapeMarkdown(ceiling.text),
    '',
    ...(ceiling.warning ? [`> **Warning:** ${escapeMarkdown(ceiling.warning)}`, ''] : []),
  ];
}

/** "pool made per job, at long (500 ms a task): **python3 · ProcessPool** (1.93×, interval 1.86–1.98); long-lived pool, …" */
export function verdictsMarkdown(verdicts: VerdictText[]): string {
  return verdicts
    .map((text) => {
      const names = text.names.length
        ? `**${text.names.map((name) => markdownProse(name)).join(' ≈ ')}** (${markdownProse(text.detail)})`
        : `**${markdownProse(text.detail)}**`;
      return `${markdownProse(text.basis)}: ${names}`;
    })
    .join('; ');
}

/** The summary users came for: per workload, what to use and above which task size it pays off. */
function verdictLines(model: ReportModel): string[] {
  const withVerdicts = model.workloads.filter((w) => w.verdicts.length > 0);
  if (withVerdicts.length === 0) return [];
  const lines = ['### Verdicts', ''];
  for (const workload of withVerdicts) {
    lines.push(`- **${inertName(workload.name)}**: ${verdictsMarkdown(workload.verdicts)}.`);
    for (const b of workload.namedBreakEvens) lines.push(`  - ${markdownProse(breakEvenSentence(b))}.`);
  }
  return [...lines, ''];
}

function workloadSection(model: ReportModel, workload: WorkloadView, options: MarkdownOptions): string[] {
  const levelHeader = ({ name, first }: WorkloadView['levels'][number]) =>
    first.target_s === undefined ? inCell(name) : markdownProse(levelText(first), 'table');
  const header = [
    'Model',
    ...workload.levels.flatMap((level) => (options.comparison ? [levelHeader(level), 'Δ wall'] : [levelHeader(level)])),
  ];
  const body = workload.rows.map((row) => [
    markdownProse(row.name, 'table'),
    ...row.cells.flatMap((entry) => {
      const text = cellText(entry?.cell, model.target);
      return options.comparison ? [text, deltaText(entry?.change)] : [text];
    }),
  ]);
  const lines = [
    `### ${inertName(workload.name)}`,
    '',
    cappedTable([header, ...body], ['l', ...header.slice(1).map(() => 'r')]),
    '',
  ];
  if (options.charts && workload.chart)
    lines.push(speedupChart(workload.name, workload.chart.level, workload.chart.cells, workload.chart.ideal), '');
  return lines;
}

/** Worker sweeps: speedup at each pool size, and what the scaling fits make of the curve. */
function sweepSection(model: ReportModel): string[] {
  if (model.sweeps.length === 0) return [];
  const lines = [
    '### Scaling: speedup by pool size',
    '',
    `Each pool size runs as many tasks as workers, against the same tasks run serially; * marks more workers than the ${model.sweeps[0]!.cores} cores (over-subscribed: they queue for the cores). The fits use only the pool sizes within the cores (4 or more, else no fit), each read against the same model with 1 worker (when the sweep has it), so a pool's own start-up is not taken for poor scaling. Amdahl's serial fraction is the share that never runs in parallel; Gunther's USL splits the loss into contention σ (waiting for something shared) and coherency κ (keeping workers in step, what makes a curve turn down), and puts the peak at √((1 − σ) / κ) workers.`,
    '',
  ];
  for (const sweep of model.sweeps) {
    const header = [
      markdownProse(prose`${sweep.workload} ${sweep.level}`, 'table'),
      ...sweep.workers.map((n) => (n > sweep.cores ? `${n}*` : String(n))),
      'Amdahl serial fraction',
      'USL',
      'Peak',
    ];
    const notes: string[] = [];
    const body = sweep.rows.map(({ name, curve }) => {
      const note = noFitNote(curve, sweep.cores);
      if (note && !notes.includes(note)) notes.push(note);
      return [
        markdownProse(name, 'table'),
        ...sweep.workers.map((n) => {
          const point = curve.points.find((p) => p.workers === n);
          return point ? `${point.speedup.toFixed(2)}×` : '';
        }),
        amdahlText(curve),
        uslText(curve),
        escapeMarkdown(peakText(curve, sweep.cores)),
      ];
    });
    lines.push(cappedTable([header, ...body], ['l', ...header.slice(1).map(() => 'r')]), '');
    for (const note of notes) lines.push(`${escapeMarkdown(note[0]!.toUpperCase() + note.slice(1))}.`, '');
  }
  return lines;
}

/** The transfer workloads: what moving a task's data costs each model, per MiB in and out. */
function transferSection(model: ReportModel): string[] {
  if (model.transfers.length === 0) return [];
  const lines = ['### Data crossing: milliseconds per MiB moved', '', escapeMarkdown(TRANSFER_NOTE), ''];
  const ms = (value: number | undefined) =>
    value === undefined ? '' : `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
  for (const view of model.transfers) {
    const header = [inCell(view.workload), ...view.levels.map((l) => `${inCell(l.name)} (${l.kib} KiB)`)];
    const body = [
      ...view.rows.map((row) => [markdownProse(row.name, 'table'), ...row.costs.map((c) => ms(c?.msPerMib))]),
      ...view.serial.map((s) => [`${inCell(s.runtime)} serially (no crossing)`, ...s.msPerMib.map(ms)]),
    ];
    lines.push(cappedTable([header, ...body], ['l', ...view.levels.map(() => 'r')]), '');
  }
  return lines;
}

function notMeasured(model: ReportModel): string[] {
  if (model.notMeasured.length === 0) return [];
  const lines = model.notMeasured.map(
    ({ model: name, why, places }) =>
      `- ${markdownProse(name)}: ${markdownProse(why)} (${places.map(([w, l]) => `${inertName(w)} ${inertName(l)}`).join(', ')})`,
  );
  return ['### Not measured', '', ...lines, ''];
}

/** Rounds whose figures could not be true here: left out, and said so. */
function setAside(model: ReportModel): string[] {
  if (model.setAside.length === 0) return [];
  const lines = model.setAside.map(
    ({ model: name, workload, level, text }) =>
      `- ${markdownProse(name)} ${inertName(workload)} ${inertName(level)}: ${markdownProse(text)}`,
  );
  return [
    '### Rounds set aside',
    '',
    'Their figures could not be true on this runner (a speedup above what the workers, tasks or cores allow, or more CPU than the machine has); they are kept in results.json and left out of every median, interval and verdict.',
    '',
    ...lines,
    '',
  ];
}

/** Duration levels: the argument each runtime got, and where no argument came close. */
function calibration(model: ReportModel): string[] {
  const rows = model.calibrated.map((cell) => {
    const c = cell.calibration!;
    return [
      inCell(cell.runtime),
      inCell(cell.workload),
      inCell(cell.level),
      formatSeconds(c.target_s),
      inCell(argText(cell.arg)),
      calibrationText(c.measured_s, c.samples, c.source),
      formatSeconds(cell.serial_wall_time / cell.tasks),
      c.note ? inCell(c.note) : '',
    ];
  });
  if (rows.length === 0) return [];
  const table = cappedTable(
    [['Runtime', 'Workload', 'Level', 'Target', 'Argument', 'Calibrated', 'Serial run, per task', 'Note'], ...rows],
    ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'],
  );
  return [
    '<details><summary>Calibration: the argument each runtime got for a duration level</summary>',
    '',
    table,
    '',
    '</details>',
    '',
  ];
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

function breakEvenTable(model: ReportModel): string[] {
  const all = model.breakEvens;
  if (all.length === 0) return [];
  const rows = all.map((b) => [
    markdownProse(modelProse(b.runtime, b.strategy), 'table'),
    inCell(b.workload),
    claimCell(claimOf(b, 'cold')),
    claimCell(claimOf(b, 'warm')),
    formatSeconds(b.fixed_cost_s),
    b.slope.toFixed(2),
  ]);
  const table = cappedTable(
    [['Model', 'Workload', 'Pays off (pool per job)', '(pool kept)', 'Start-up + shut-down', 'Batch ÷ task'], ...rows],
    ['l', 'l', 'r', 'r', 'r', 'r'],
  );
  return [
    '<details><summary>Break-even: the task size above which each model beats running serially here</summary>',
    '',
    "Start-up + shut-down is measured: the median of the rounds' own phases. The rest of a batch is fitted over the levels by weighted least squares, about a + b × (task length); Batch ÷ task is b, ideally tasks ÷ workers. A model pays off where tasks × length exceeds the two; in brackets, a 95% bootstrap interval over the rounds. A threshold is given only when that interval is bounded and the speedup at the longest task measured has a 95% interval above 1×; otherwise the cell says what was measured there.",
    '',
    table,
    '',
    '</details>',
    '',
  ];
}

function fullMetrics(model: ReportModel): string[] {
  const ok: OkCell[] = model.measured;
  if (ok.length === 0) return [];
  const seconds = (x: number) => `${x.toFixed(3)} s`;
  const table = cappedTable(
    [
      [
        'Model',
        'Workload',
        'Level',
        'Wall',
        'Warm wall',
        'CPU',
        'Throughput',
        'Memory',
        'Serial wall',
        'Rounds',
        'Start-up',
      ],
      ...ok.map((cell) => [
        rowName(cell),
        inCell(cell.workload),
        inCell(cell.level),
        seconds(cell.metrics.wall_time),
        cell.warm ? seconds(cell.warm.wall_time) : '',
        seconds(cell.metrics.cpu_time),
        `${cell.metrics.throughput.toFixed(2)}/s`,
        `${cell.metrics.memory_mb.toFixed(0)} MB`,
        seconds(cell.serial_wall_time),
        String(cell.stats.wall_time.samples.length),
        // the pool's own start-up: its wall time, and the CPU it took (workers, interpreters, imports)
        seconds(cell.phases.startup) + (cell.cpu_phases ? `, CPU ${seconds(cell.cpu_phases.startup)}` : ''),
      ]),
    ],
    ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  return ['<details><summary>Full metrics (medians over the rounds)</summary>', '', table, '', '</details>', ''];
}

function freeThreadedNote(model: ReportModel): string[] {
  const labels = model.freeThreaded.map((label) => inertName(label));
  return labels.length
    ? [`Free-threaded (no GIL): ${labels.join(', ')}; its ThreadPool runs threads in parallel.`, '']
    : [];
}

function comparisonSummary(comparison: ComparisonView): string[] {
  const verdict =
    comparison.regressions > 0
      ? `**${comparison.regressions} regression${comparison.regressions === 1 ? '' : 's'}**`
      : 'no regression';
  const notes = comparison.notes.map((note) => ` Note: ${markdownProse(note)}.`).join('');
  const memory =
    comparison.memoryRegressions > 0
      ? `, **${comparison.memoryRegressions} memory regression${comparison.memoryRegressions === 1 ? '' : 's'}**`
      : '';
  return [
    `Compared with ${inertName(comparison.baselineLabel)}: ${verdict}${memory}, ${comparison.improvements} improvement${comparison.improvements === 1 ? '' : 's'}. ${escapeMarkdown(comparison.method)}${notes}`,
    '',
  ];
}

/** A comparison comes first: what changed, one line each, then that nothing else did. */
function comparisonLeadLines(comparison: ComparisonView): string[] {
  const lead = comparisonLead(comparison);
  return [
    `### ${markdownProse(lead.heading)}`,
    '',
    ...lead.changed.map((line) => `- **${markdownProse(line)}**`),
    ...(lead.changed.length ? [''] : []),
    markdownProse(lead.rest),
    ...(lead.untold.length ? ['', ...lead.untold.map((line) => `- ${markdownProse(line)}`)] : []),
    '',
  ];
}

export function renderMarkdown(results: Results, options: MarkdownOptions = {}): string {
  const model = reportModel(results, options.comparison);
  const lines = [
    '## concurrency-bench',
    '',
    ...(model.comparison ? comparisonLeadLines(model.comparison) : []),
    systemLine(model),
    '',
    ...ceilingLines(model),
    ...freeThreadedNote(model),
    ...verdictLines(model),
    `Each cell: speedup with a pool made per job (serial time ÷ parallel time; ${model.ideal}) and its [95% interval], in bold when the interval is within ±${+(model.target * 100).toFixed(1)}% (conclusive) · efficiency (speedup ÷ workers) · CPU utilization of the workers ("too short" where the CPU clock's 10 ms ticks could make it 20% wrong) · warm speedup, on a pool already started.`,
    '',
    ...(model.precision ? [markdownProse(model.precision), ''] : []),
    ...(model.comparison ? comparisonSummary(model.comparison) : []),
    ...model.workloads.flatMap((workload) => workloadSection(model, workload, options)),
    ...sweepSection(model),
    ...transferSection(model),
    ...notMeasured(model),
    ...setAside(model),
    ...(options.fullMetrics ? [...calibration(model), ...breakEvenTable(model), ...fullMetrics(model)] : []),
  ];
  return lines.join('\n');
}
