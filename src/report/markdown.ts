// Results → Markdown (pure): the same report for the terminal, report.md, the job summary and
// the PR comment. First the verdicts (with the break-even sentences and the runner's ceiling),
// then per workload a table of strategies × levels (cold speedup with its interval, efficiency,
// CPU utilization, warm speedup), what did not run and why, calibration, and the full metrics
// folded away.
import { markdownTable } from 'markdown-table';
import type { CellComparison, ComparisonView } from '../compare/types.ts';
import type { BreakEven, CellResult, OkCell, Results } from '../results/types.ts';
import { prose } from '../prose.ts';
import { escapeMarkdown, inertName, markdownProse, type MarkdownPlace } from './escape.ts';
import { speedupChart } from './mermaid.ts';
import { modelProse, uniq } from './names.ts';
import {
  argText,
  breakEvenSentence,
  ceilingText,
  formatSeconds,
  interval,
  isConclusive,
  levelText,
  notShownWord,
  precisionText,
  roundsSetAside,
  setAsideText,
  speedupInterval,
  startupNote,
  targetPrecision,
  utilizationText,
  verdictsOf,
  verdictText,
  warmSetAsideNote,
} from './summary-text.ts';

/** A comparison with a baseline (src/compare), and how the report names the baseline. */
export interface MarkdownOptions {
  /** Mermaid charts: for GitHub, not for a terminal. */
  charts?: boolean;
  /** The full metrics in a <details> section: for GitHub and report.md, not for a terminal. */
  fullMetrics?: boolean;
  comparison?: ComparisonView;
}

/** "`node` · WorkerThreads": the row's model, its runtime label inert. */
const rowName = (cell: CellResult, place: MarkdownPlace = 'table') => markdownProse(modelProse(cell.runtime, cell.strategy), place);
const inCell = (name: string) => inertName(name, 'table');

const placeKey = (c: { runtime: string; strategy: string; workload: string; level: string }) => JSON.stringify([c.runtime, c.strategy, c.workload, c.level]);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;

function cellText(cell: CellResult | undefined, target: number): string {
  if (!cell) return '';
  if (cell.status !== 'ok') return notShownWord(cell);
  const m = cell.metrics;
  const speedup = isConclusive(cell, target) ? `**${m.speedup.toFixed(2)}×**` : `${m.speedup.toFixed(2)}×`;
  const found = speedupInterval(cell);
  const ci = found ? ` [${interval(found)}]` : '';
  const warm = cell.warm ? ` · warm ${cell.warm.speedup.toFixed(2)}×${warmSetAsideNote(cell)}` : cell.warm_set_aside ? ` · warm: not measurable (above ${cell.warm_set_aside.limit}×)` : '';
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

function systemLine({ system }: Results): string {
  // every string here comes from the results file: inert
  const pythons = system.pythons.map((p) => `${inertName(p.label)} ${inertName(p.version)}${p.free_threaded ? ' (free-threaded)' : ''}`);
  const runner = system.runner?.name ? [`runner ${inertName(system.runner.name)}`] : [];
  const git = system.git?.sha ? [`commit ${inertName(system.git.sha.slice(0, 7))}`] : [];
  return [
    `**${system.cores} cores**`,
    inertName(system.cpu_model),
    `${system.memory_gb} GB`,
    `${inertName(system.os)} ${inertName(system.arch)}`,
    `Node ${inertName(system.node)}`,
    ...pythons,
    ...runner,
    ...git,
  ].join(' · ');
}

function ceilingLines(results: Results): string[] {
  const ceiling = ceilingText(results.system);
  if (!ceiling) return [];
  return [escapeMarkdown(ceiling.text), '', ...(ceiling.warning ? [`> **Warning:** ${escapeMarkdown(ceiling.warning)}`, ''] : [])];
}

/** The summary users came for: per workload, what to use and above which task size it pays off. */
function verdictLines(results: Results): string[] {
  const verdicts = verdictsOf(results, targetPrecision(results));
  if (verdicts.length === 0) return [];
  const lines = ['### Verdicts', ''];
  for (const workload of uniq(verdicts.map((v) => v.workload))) {
    const mine = verdicts.filter((v) => v.workload === workload);
    const parts = mine.map((v) => {
      const text = verdictText(v, results.cells);
      const names = text.names.length ? `**${text.names.map((name) => markdownProse(name)).join(' ≈ ')}** (${escapeMarkdown(text.detail)})` : `**${escapeMarkdown(text.detail)}**`;
      return `${markdownProse(text.basis)}: ${names}`;
    });
    lines.push(`- **${inertName(workload)}**: ${parts.join('; ')}.`);
    const named = uniq(mine.flatMap((v) => v.best));
    for (const b of breakEvensOf(results, workload, named)) lines.push(`  - ${markdownProse(breakEvenSentence(b))}.`);
  }
  return [...lines, ''];
}

const breakEvensOf = (results: Results, workload: string, models: string[]): BreakEven[] =>
  (results.break_even ?? []).filter((b) => b.workload === workload && models.includes(`${b.runtime}/${b.strategy}`));

function workloadSection(results: Results, workload: string, options: MarkdownOptions): string[] {
  const cells = results.cells.filter((cell) => cell.workload === workload);
  const levels = uniq(cells.map((cell) => cell.level));
  const rows = uniq(cells.map((cell) => rowName(cell)));
  const byPlace = new Map(cells.map((cell) => [`${rowName(cell)}\u0000${cell.level}`, cell]));
  const changes = new Map(options.comparison?.cells.map((c) => [placeKey(c), c]));
  const levelHeader = (level: string) => {
    const first = cells.find((c) => c.level === level)!;
    return first.target_s === undefined ? inCell(level) : markdownProse(levelText(first), 'table');
  };
  const header = ['Strategy', ...levels.flatMap((level) => (options.comparison ? [levelHeader(level), 'Δ wall'] : [levelHeader(level)]))];
  const body = rows.map((row) => [
    row,
    ...levels.flatMap((level) => {
      const cell = byPlace.get(`${row}\u0000${level}`);
      const text = cellText(cell, targetPrecision(results));
      return options.comparison ? [text, deltaText(cell && changes.get(placeKey(cell)))] : [text];
    }),
  ]);
  const lines = [`### ${inertName(workload)}`, '', markdownTable([header, ...body], { align: ['l', ...header.slice(1).map(() => 'r')] }), ''];
  const verdict = verdictsOf(results, targetPrecision(results)).find((v) => v.workload === workload && v.basis === 'cold');
  if (options.charts && verdict) {
    const top = cells.filter((cell): cell is OkCell => cell.status === 'ok' && cell.level === verdict.level);
    if (top.length > 0) lines.push(speedupChart(workload, verdict.level, top, Math.min(top[0]!.workers, top[0]!.tasks, results.system.cores)), '');
  }
  return lines;
}

function notMeasured(results: Results): string[] {
  const notRun = results.cells.filter((cell) => cell.status !== 'ok');
  if (notRun.length === 0) return [];
  // one line per strategy and reason: a missing interpreter is one fact, not twelve
  const groups = new Map<string, string[]>();
  for (const cell of notRun) {
    const why = cell.status === 'failed' ? prose`failed: ${cell.error}` : prose`skipped: ${cell.reason}`;
    const line = `${rowName(cell, 'text')}: ${markdownProse(why)}`;
    groups.set(line, [...(groups.get(line) ?? []), `${inertName(cell.workload)} ${inertName(cell.level)}`]);
  }
  return ['### Not measured', '', ...[...groups].map(([line, places]) => `- ${line} (${places.join(', ')})`), ''];
}

/** Rounds whose figures could not be true here: left out, and said so. */
function setAside(results: Results): string[] {
  const lines = results.cells.flatMap((cell) => {
    const text = setAsideText(cell);
    return text ? [`- ${rowName(cell, 'text')} ${inertName(cell.workload)} ${inertName(cell.level)}: ${markdownProse(text)}`] : [];
  });
  if (lines.length === 0) return [];
  return ['### Rounds set aside', '', 'Their figures could not be true on this runner (a speedup above what the workers, tasks or cores allow, or more CPU than the machine has); they are kept in results.json and left out of every median, interval and verdict.', '', ...lines, ''];
}

/** Duration levels: the argument each runtime got, and where no argument came close. */
function calibration(results: Results): string[] {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const cell of results.cells) {
    if (cell.status !== 'ok' || !cell.calibration) continue;
    const key = JSON.stringify([cell.runtime, cell.workload, cell.level]);
    if (seen.has(key)) continue;
    seen.add(key);
    const c = cell.calibration;
    rows.push([inCell(cell.runtime), inCell(cell.workload), inCell(cell.level), formatSeconds(c.target_s), inCell(argText(cell.arg)), formatSeconds(c.measured_s), formatSeconds(cell.serial_wall_time / cell.tasks), c.note ? inCell(c.note) : '']);
  }
  if (rows.length === 0) return [];
  const table = markdownTable([['Runtime', 'Workload', 'Level', 'Target', 'Argument', 'Calibrated', 'Serial run, per task', 'Note'], ...rows], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'] });
  return ['<details><summary>Calibration: the argument each runtime got for a duration level</summary>', '', table, '', '</details>', ''];
}

function breakEvenTable(results: Results): string[] {
  const all = results.break_even ?? [];
  if (all.length === 0) return [];
  const when = (t: number | null) => (t === null ? 'never' : t === 0 ? 'any size' : formatSeconds(t));
  const rows = all.map((b) => [
    markdownProse(modelProse(b.runtime, b.strategy), 'table'),
    inCell(b.workload),
    when(b.cold_task_s),
    when(b.warm_task_s),
    formatSeconds(b.fixed_cost_s),
    b.slope.toFixed(2),
  ]);
  const table = markdownTable([['Model', 'Workload', 'Pays off above (pool per job)', '(pool kept)', 'Start-up + shut-down', 'Batch ÷ task'], ...rows], { align: ['l', 'l', 'r', 'r', 'r', 'r'] });
  return [
    '<details><summary>Break-even: the task size above which each model beats running serially here</summary>',
    '',
    'Fitted over the levels: a warm batch takes about a + b × (task length); a cold one adds the start-up and shut-down. A model pays off where tasks × length exceeds that. Batch ÷ task is b: ideally tasks ÷ workers.',
    '',
    table,
    '',
    '</details>',
    '',
  ];
}

function fullMetrics(results: Results): string[] {
  const ok = results.cells.filter((cell): cell is OkCell => cell.status === 'ok');
  if (ok.length === 0) return [];
  const seconds = (x: number) => `${x.toFixed(3)} s`;
  const table = markdownTable(
    [
      ['Strategy', 'Workload', 'Level', 'Wall', 'Warm wall', 'CPU', 'Throughput', 'Memory', 'Serial wall', 'Rounds', 'Start-up'],
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
        seconds(cell.phases.startup),
      ]),
    ],
    { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
  return ['<details><summary>Full metrics (medians over the rounds)</summary>', '', table, '', '</details>', ''];
}

function freeThreadedNote(results: Results): string[] {
  const labels = results.system.pythons.filter((p) => p.free_threaded).map((p) => inertName(p.label));
  return labels.length ? [`Free-threaded (no GIL): ${labels.join(', ')}; its ThreadPool runs threads in parallel.`, ''] : [];
}

function comparisonSummary(comparison: ComparisonView): string[] {
  const verdict =
    comparison.regressions > 0
      ? `**${comparison.regressions} regression${comparison.regressions === 1 ? '' : 's'}**`
      : 'no regression';
  const notes = comparison.notes.map((note) => ` Note: ${markdownProse(note)}.`).join('');
  return [`Compared with ${inertName(comparison.baselineLabel)}: ${verdict}, ${comparison.improvements} improvement${comparison.improvements === 1 ? '' : 's'}. ${escapeMarkdown(comparison.method)}${notes}`, ''];
}

export function renderMarkdown(results: Results, options: MarkdownOptions = {}): string {
  const workers = uniq(results.cells.map((cell) => cell.workers));
  const ideal = workers.length === 1 ? `ideal ${Math.min(workers[0]!, results.system.cores)}× with ${workers[0]} workers on ${results.system.cores} cores` : 'ideal = workers, up to the core count';
  const precision = precisionText(results, targetPrecision(results));
  const lines = [
    '## concurrency-bench',
    '',
    systemLine(results),
    '',
    ...ceilingLines(results),
    ...freeThreadedNote(results),
    ...verdictLines(results),
    `Each cell: speedup with a pool made per job (serial time ÷ parallel time; ${ideal}) and its [95% interval], in bold when the interval is within ±${+(targetPrecision(results) * 100).toFixed(1)}% (conclusive) · efficiency (speedup ÷ workers) · CPU utilization of the workers ("too short" where the CPU clock's 10 ms ticks could make it 20% wrong) · warm speedup, on a pool already started.`,
    '',
    ...(precision ? [markdownProse(precision), ''] : []),
    ...(options.comparison ? comparisonSummary(options.comparison) : []),
    ...uniq(results.cells.map((cell) => cell.workload)).flatMap((workload) => workloadSection(results, workload, options)),
    ...notMeasured(results),
    ...setAside(results),
    ...(options.fullMetrics ? [...calibration(results), ...breakEvenTable(results), ...fullMetrics(results)] : []),
  ];
  return lines.join('\n');
}
