// Results → one self-contained report.html (pure): inline CSS and inline SVG, no script, no
// font, image or request of any kind (a Content-Security-Policy says so to the browser too).
// Per workload: a speedup chart, a strategies × levels table, the best strategy, full metrics;
// with a baseline, the comparison. It formats the report model (model.ts), as markdown.ts does.
import type { CellComparison, ComparisonView } from '../compare/types.ts';
import { comparisonLead } from './comparison-lead.ts';
import { type CellResult, modelId, type Results } from '../results/types.ts';
import { plainText, type Prose } from '../prose.ts';
import { clip, escapeHtml as esc } from './html-escape.ts';
import { htmlPage } from './html-page.ts';
import { reportModel, type ReportModel, type RowView, type WorkloadView } from './model.ts';
import { renderBarChart, type Bar, type BarSeries } from './svg-bar-chart.ts';
import { renderLineChart } from './svg-line-chart.ts';
import {
  amdahlText,
  breakEvenSentence,
  noFitNote,
  peakText,
  uslText,
  interval,
  levelText,
  notShownWord,
  setAsideText,
  speedupInterval,
  startupNote,
  TRANSFER_NOTE,
  utilizationText,
  warmSetAsideNote,
  type VerdictText,
} from './summary-text.ts';
import { textureCss } from './svg-palette.ts';

/** A sentence with names in it: in HTML, names and words alike are escaped text. */
const prosed = (prose: Prose) => esc(plainText(prose));
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// numbers
const sig = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const fmtSpeedup = (v: unknown) => (finite(v) ? `${v.toFixed(2)}×` : '–');
const fmtRatio = (v: unknown) => (finite(v) ? v.toFixed(2) : '–');
const fmtPercent = (v: unknown) => (finite(v) ? `${Math.round(v * 100)}%` : '–');
function fmtSeconds(v: unknown): string {
  if (!finite(v)) return '–';
  if (v < 1e-3) return `${sig(v * 1e6)} µs`;
  return v < 1 ? `${sig(v * 1e3)} ms` : `${sig(v)} s`;
}
const fmtMiB = (v: unknown) =>
  !finite(v) ? '–' : v >= 1024 ? `${(v / 1024).toFixed(2)} GiB` : `${v.toFixed(v >= 100 ? 0 : 1)} MiB`;
const fmtRate = (v: unknown) => (finite(v) ? sig(v) : '–');
/** "27.7 – 28.3 ms" when both ends share a unit, else each with its own. */
function fmtRange(lo: unknown, hi: unknown): string {
  const [a, b] = [fmtSeconds(lo), fmtSeconds(hi)];
  const unit = a.split(' ')[1];
  return unit && unit === b.split(' ')[1] ? `${a.split(' ')[0]} – ${b}` : `${a} – ${b}`;
}
const group3 = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
function fmtArg(arg: unknown): string {
  if (finite(arg)) return Number.isInteger(arg) ? group3(String(arg)) : String(arg);
  return clip(typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? ''), 40);
}
function fmtDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// who is who: a row is runtime × strategy; the strategy gives the colour, the runtime a texture
const rowName = (row: RowView) => plainText(row.name);
/** A reason in a table cell: wrapped in a zero-width box, so it wraps inside the width the number columns give and never widens the table. */
const whyText = (cell: CellResult) => `<div class="wrap">${esc(notRunText(cell))}</div>`;
const notRunText = (cell: CellResult) =>
  cell.status === 'failed'
    ? `failed: ${cell.error}`
    : cell.status === 'skipped'
      ? `${notShownWord(cell)}: ${cell.reason}`
      : '';

const VERDICT_RULE =
  'A verdict rests on the last level of a workload that ran. Each claim is a one-sided test at 5% on the rounds themselves (a sign test: no assumption about the noise, so 5 rounds are the fewest that can show anything). It first sorts the models: shown to beat running serially (their speedups above 1×), shown not to (below 1× plus the target precision, or keeping no more cores busy than the serial run: whatever such a model read, it ran the work one core at a time), and the rest. The leader among the first is named alone only when every other model still in the running is shown slower by more than the target precision (round by round against the same serial run within a runtime, by bounds on both medians across runtimes; Holm’s correction for the number of comparisons); otherwise the tie is named. Speedups above the ideal count as the ideal. With no model shown to beat serial it says to run the work serially if every model was shown not to, and "inconclusive" otherwise.';

const swatch = (row: RowView) => `<span class="sw" style="${textureCss(row.color, row.texture)}"></span>`;

function systemLine(model: ReportModel): string {
  const parts = model.system.map(({ text, strong }) => (strong ? `<b>${prosed(text)}</b>` : prosed(text)));
  parts.push(`<time datetime="${esc(model.createdAt)}">${esc(fmtDate(model.createdAt))}</time>`);
  return parts.map((part) => `<span class="fact">${part}</span>`).join(' · ');
}

function legend(model: ReportModel): string {
  return `<div class="legend">
<p><b>Speedup</b> = serial time ÷ parallel time for the same tasks; ideal = workers, up to the core count (dashed line; here ${esc(model.ideal)}); below 1× is slower than one after another.</p>
<p><b>Efficiency</b> = speedup ÷ workers, ideal 1.00. <b>CPU utilization</b> = CPU time ÷ (wall time × workers): 100% = every worker busy the whole time.</p>
</div>`;
}

function chart(workload: WorkloadView, index: number): string {
  const series: BarSeries[] = workload.rows.map((row) => ({
    name: rowName(row),
    color: row.color,
    texture: row.texture,
  }));
  const groups = workload.levels.map((level, l) => {
    const bars = workload.rows.map((row): Bar | undefined => {
      const cell = row.cells[l]?.cell;
      if (!cell) return undefined;
      const where = `${rowName(row)}, ${cell.level}`;
      if (cell.status !== 'ok')
        return { value: null, label: '', note: cell.status, title: `${where}: ${notRunText(cell)}` };
      const label = fmtSpeedup(cell.metrics.speedup);
      const range = speedupInterval(cell);
      const wide = (cell.stats?.speedup?.ci_level ?? 0) < 0.95;
      const title = `${where}: ${fmtSpeedup(cell.metrics.speedup)} (median${range ? `, interval ${interval(range)}` : ''})${wide ? ', fewer than 6 rounds: the interval is the min–max range' : ''}`;
      return {
        value: finite(cell.metrics.speedup) ? cell.metrics.speedup : null,
        label,
        dashed: wide,
        range,
        note: 'n/a',
        title,
      };
    });
    return { label: level.name, sublabel: `arg ${fmtArg(level.first.arg)}`, ideal: level.ideal, bars };
  });
  return renderBarChart({
    id: `chart-${index}`,
    title: `Speedup by model and level, workload ${workload.name}`,
    series,
    groups,
    baseline: { value: 1, label: 'serial 1×' },
    formatTick: (v) => `${Number(v.toFixed(3))}×`,
    formatIdeal: (v) => `ideal ${Number(v.toFixed(2))}×`,
    empty: 'No cell of this workload was measured.',
  });
}

/** A cell's change against the baseline, under its speedup: "Δ wall +12% ▲ slower". */
function deltaHtml(change: CellComparison | undefined): string {
  const wall = change?.change?.wall_time;
  if (wall === undefined) return '';
  const text = `Δ wall ${wall >= 0 ? '+' : '−'}${Math.abs(Math.round(wall * 100))}%`;
  const verdict = change!.verdict === 'regression' ? ' ▲ slower' : change!.verdict === 'improvement' ? ' ▼ faster' : '';
  const memory =
    change!.memory?.verdict === 'regression' ? `, memory +${Math.round((change!.memory.ratio - 1) * 100)}% ▲` : '';
  const strong = change!.verdict === 'regression' || change!.memory?.verdict === 'regression';
  return `<div class="note delta${strong ? ' regressed' : ''}">${esc(text + verdict + memory)}</div>`;
}

function table(workload: WorkloadView): string {
  const head1 = workload.levels.map(({ name, first }) => {
    const what =
      first.target_s === undefined ? `arg ${fmtArg(first.arg)}` : plainText(levelText(first)).replace(`${name} `, '');
    return `<th colspan="4" class="lv">${esc(name)} <span class="arg">${esc(what)}</span></th>`;
  });
  const head2 = workload.levels.map(
    () =>
      '<th class="lv" title="serial time ÷ parallel time, pool made per job; [95% interval]">Speedup</th><th title="speedup ÷ workers">Efficiency</th><th title="CPU time ÷ (wall time × workers)">CPU util.</th><th title="speedup on a pool already started">Warm</th>',
  );
  const body = workload.rows.map((row) => {
    const here = row.cells.map((entry) => entry?.cell);
    const tds: string[] = [];
    for (let i = 0; i < here.length; i++) {
      const cell = here[i];
      if (!cell) {
        tds.push('<td class="lv"></td><td></td><td></td><td></td>');
      } else if (cell.status === 'ok') {
        const found = speedupInterval(cell);
        const ci = found ? ` <span class="ci">[${esc(interval(found))}]</span>` : '';
        const note = startupNote(cell);
        const aside = setAsideText(cell);
        const change = deltaHtml(row.cells[i]?.change);
        const startup =
          (note ? `<div class="note">${esc(note)}</div>` : '') +
          (aside ? `<div class="note">${prosed(aside)}</div>` : '') +
          change;
        const warm = cell.warm ? `${fmtSpeedup(cell.warm.speedup)}${warmSetAsideNote(cell)}` : '–';
        tds.push(
          `<td class="lv">${esc(fmtSpeedup(cell.metrics.speedup))}${ci}${startup}</td><td>${esc(fmtRatio(cell.metrics.efficiency))}</td><td>${esc(utilizationText(cell))}</td><td>${esc(warm)}</td>`,
        );
      } else {
        // the same reason at consecutive levels is said once
        let span = 1;
        while (
          i + span < here.length &&
          here[i + span]?.status === cell.status &&
          notRunText(here[i + span]!) === notRunText(cell)
        )
          span++;
        tds.push(`<td colspan="${4 * span}" class="lv why ${cell.status}">${whyText(cell)}</td>`);
        i += span - 1;
      }
    }
    const badge = row.best ? ' <span class="badge">best</span>' : '';
    return `<tr><th scope="row">${swatch(row)}${esc(rowName(row))}${badge}</th>${tds.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="grid">
<thead><tr><th rowspan="2" class="name">Model</th>${head1.join('')}</tr><tr>${head2.join('')}</tr></thead>
<tbody>${body.join('\n')}</tbody></table></div>`;
}

function details(workload: WorkloadView): string {
  const cells = workload.cells;
  // every cell of a workload has its row
  const names = new Map(workload.rows.map((row) => [row.id, rowName(row)]));
  const withInfo = cells.some((c) => c.status === 'ok' && c.info && Object.keys(c.info).length > 0);
  const columns = withInfo ? 10 : 9;
  const rows = cells.map((cell) => {
    const name = `<th scope="row">${esc(names.get(modelId(cell))!)}</th><td class="l">${esc(cell.level)}</td><td>${esc(cell.workers)}/${esc(cell.tasks)}</td>`;
    if (cell.status !== 'ok')
      return `<tr>${name}<td colspan="${columns}" class="why ${cell.status}">${whyText(cell)}</td></tr>`;
    const m = cell.metrics;
    const wall = cell.stats?.wall_time;
    const p = cell.phases;
    const phases =
      (p ? [p.startup, p.run, p.shutdown].map(fmtSeconds).join(' / ') : '–') +
      (cell.cpu_phases ? `; start-up CPU ${fmtSeconds(cell.cpu_phases.startup)}` : '');
    const info = Object.entries(cell.info ?? {})
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(', ');
    const tds = [
      fmtSeconds(m.wall_time),
      wall ? fmtRange(wall.min, wall.max) : '–',
      fmtPercent(wall?.cv),
      fmtSeconds(cell.serial_wall_time),
      fmtSeconds(m.cpu_time),
      fmtRate(m.throughput),
      fmtMiB(m.memory_mb),
      phases,
    ];
    const cols = tds.map((text) => `<td>${esc(text)}</td>`).join('');
    return `<tr>${name}${cols}${withInfo ? `<td class="l info">${esc(clip(info, 60))}</td>` : ''}</tr>`;
  });
  return `<details><summary>Full metrics: wall, CPU, throughput, memory (${cells.length} cell${cells.length === 1 ? '' : 's'})</summary>
<p class="note">Medians over the repetitions; min – max and CV of the wall time. CPU time and peak memory cover the whole process tree; serial: the baseline, one task after another. w/n: workers / tasks. Phases: pool start-up / run / shut-down, and the CPU the start-up took.</p>
<div class="scroll"><table class="grid full">
<thead><tr><th class="name">Model</th><th class="l">Level</th><th title="workers / tasks">w/n</th><th>Wall</th><th title="wall time, fastest – slowest repetition">min – max</th><th title="coefficient of variation of the wall time">CV</th><th title="serial baseline wall time">Serial</th><th>CPU</th><th>Tasks/s</th><th title="peak resident memory of the process tree">Memory</th><th>Phases</th>${withInfo ? '<th class="l">Runtime info</th>' : ''}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></details>`;
}

export function verdictHtml(text: VerdictText): string {
  const names = text.names.length
    ? `<b>${text.names.map(prosed).join(' ≈ ')}</b> (${prosed(text.detail)})`
    : `<b>${prosed(text.detail)}</b>`;
  return `${prosed(text.basis)}: ${names}`;
}

const verdictsHtml = (workload: WorkloadView): string =>
  workload.verdicts.length ? workload.verdicts.map(verdictHtml).join('; ') : 'no verdict (nothing measured)';

function breakEvenList(workload: WorkloadView): string {
  return workload.breakEvens.length
    ? `<ul class="breakeven">${workload.breakEvens.map((b) => `<li>${prosed(breakEvenSentence(b))}.</li>`).join('')}</ul>`
    : '';
}

function section(workload: WorkloadView, index: number): string {
  const measured = workload.cells.some((c) => c.status === 'ok');
  return `<section class="workload" id="w${index}">
<h2>${esc(workload.name)}</h2>
<p class="best">Verdict: ${verdictsHtml(workload)}</p>
${breakEvenList(workload)}
<figure class="chart">${chart(workload, index)}</figure>
${table(workload)}
<p class="note">${measured ? 'Bars: median speedup, pool made per job; whisker: its 95% interval (dashed bar: fewer than 6 rounds, the whisker is the min–max range). Warm: the same tasks on a pool already started.' : ''}</p>
${details(workload)}
</section>`;
}

/** Worker sweeps: a curve per model with the ideal, and the fits in a table. */
function sweepHtml(model: ReportModel): string {
  if (model.sweeps.length === 0) return '';
  const sections = model.sweeps.map((sweep) => {
    const title = `${sweep.workload} ${plainText(sweep.level)}: speedup by pool size`;
    const svg = renderLineChart({
      title,
      workers: sweep.workers,
      cores: sweep.cores,
      series: sweep.rows.map(({ name, color, curve }) => ({
        name: plainText(name),
        color,
        points: curve.points.map((p) => ({
          at: sweep.workers.indexOf(p.workers),
          value: p.speedup,
          title: `${plainText(name)}: ${p.speedup.toFixed(2)}× with ${p.workers} workers${p.overSubscribed ? ' (over cores)' : ''}`,
        })),
      })),
    });
    const rows = sweep.rows.map(({ name, curve }) => {
      const note = noFitNote(curve, sweep.cores);
      return `<tr><th scope="row">${prosed(name)}</th><td>${esc(amdahlText(curve))}</td><td>${esc(uslText(curve))}</td><td class="prose">${esc(peakText(curve, sweep.cores))}${note ? `<p class="note">${esc(note)}</p>` : ''}</td></tr>`;
    });
    return `<h3>${esc(title)}</h3><figure class="chart line">${svg}</figure>
<div class="scroll"><table class="grid"><thead><tr><th class="l">Model</th><th>Amdahl serial fraction</th><th>USL σ · κ</th><th class="l">Peak</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  });
  return `<section class="workload" id="sweeps"><h2>Scaling: speedup by pool size</h2>
<p class="note">Each pool size runs as many tasks as workers, against the same tasks run serially; above the ${model.sweeps[0]!.cores} cores the workers queue for them (over-subscribed). The fits use only the pool sizes within the cores (4 or more, else no fit), each read against the same model with 1 worker (when the sweep has it), so a pool's own start-up is not taken for poor scaling. Amdahl's serial fraction is the share that never runs in parallel; Gunther's USL splits the loss into contention σ and coherency κ, and puts the peak at √((1 − σ) / κ) workers.</p>
${sections.join('\n')}</section>`;
}

/** The transfer workloads: each model's time per MiB moved, beside the serial copy's. */
function transferHtml(model: ReportModel): string {
  if (model.transfers.length === 0) return '';
  const ms = (value: number | undefined) =>
    value === undefined ? '' : `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
  const tables = model.transfers.map((view) => {
    const head = view.levels.map((l) => `<th>${esc(l.name)} <span class="arg">${l.kib} KiB</span></th>`).join('');
    const rows = [
      ...view.rows.map(
        (row) =>
          `<tr><th scope="row">${prosed(row.name)}</th>${row.costs.map((c) => `<td>${ms(c?.msPerMib)}</td>`).join('')}</tr>`,
      ),
      ...view.serial.map(
        (s) =>
          `<tr><th scope="row">${esc(s.runtime)} serially <span class="arg">(no crossing)</span></th>${s.msPerMib.map((v) => `<td>${ms(v)}</td>`).join('')}</tr>`,
      ),
    ];
    return `<h3>${esc(view.workload)}</h3><div class="scroll"><table class="grid"><thead><tr><th class="l">Model</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  });
  return `<section class="workload" id="transfer"><h2>Data crossing: milliseconds per MiB moved</h2>
<p class="note">${esc(TRANSFER_NOTE)}</p>
${tables.join('\n')}</section>`;
}

/** Against a baseline: the counts, the method, and what to keep in mind. */
function comparisonHtml(comparison: ComparisonView): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const counts = [
    count(comparison.regressions, 'regression'),
    ...(comparison.memoryRegressions ? [count(comparison.memoryRegressions, 'memory regression')] : []),
    count(comparison.improvements, 'improvement'),
  ];
  const notes = comparison.notes.map((note) => ` Note: ${prosed(note)}.`).join('');
  const cls = comparison.regressions + comparison.memoryRegressions > 0 ? 'warning' : 'note';
  return `<p class="${cls}">Compared with ${esc(comparison.baselineLabel)}: ${esc(counts.join(', '))}. ${esc(comparison.method)}${notes}</p>`;
}

/** A comparison comes first: what changed, one line each, then that nothing else did. */
function comparisonLeadHtml(comparison: ComparisonView): string {
  const lead = comparisonLead(comparison);
  const changed = lead.changed.map((line) => `<li><b>${prosed(line)}</b></li>`).join('');
  const untold = lead.untold.map((line) => `<li>${prosed(line)}</li>`).join('');
  return `<h2>${prosed(lead.heading)}</h2>
${changed ? `<ul class="changed">${changed}</ul>` : ''}<p>${prosed(lead.rest)}</p>${untold ? `<ul>${untold}</ul>` : ''}`;
}

export function renderHtml(results: Results, comparison?: ComparisonView): string {
  const model = reportModel(results, comparison);
  const summary = model.workloads.map((w, i) => `<li><a href="#w${i}">${esc(w.name)}</a> — ${verdictsHtml(w)}</li>`);
  const { ceiling, precision } = model;
  return htmlPage(
    'concurrency-bench report',
    `<h1>concurrency-bench</h1>
${model.comparison ? comparisonLeadHtml(model.comparison) : ''}
<p class="system">${systemLine(model)}</p>
${model.freeThreaded.length ? `<p class="note">Free-threaded (no GIL): ${model.freeThreaded.map(esc).join(', ')}; its ThreadPool runs threads in parallel.</p>` : ''}
${model.processTree ? `<p class="warning">${prosed(model.processTree)}</p>` : ''}
${ceiling ? `<p class="note">${esc(ceiling.text)}</p>${ceiling.warning ? `<p class="warning">${esc(ceiling.warning)}</p>` : ''}` : ''}
${legend(model)}
${model.workloads.length ? `<ul class="summary">${summary.join('\n')}</ul><p class="rule">${esc(VERDICT_RULE)}</p>` : '<p>No cells in these results.</p>'}
${precision ? `<p class="note">${prosed(precision)}</p>` : ''}
${model.comparison ? comparisonHtml(model.comparison) : ''}
${model.workloads.map((w, i) => section(w, i)).join('\n')}
${sweepHtml(model)}
${transferHtml(model)}
<footer>${esc(model.footer.tool)} ${esc(model.footer.version)} · results.json schema ${esc(model.footer.schema)}</footer>`,
  );
}
