// Results → one self-contained report.html (pure): inline CSS and inline SVG, no script, no
// font, image or request of any kind (a Content-Security-Policy says so to the browser too).
// Per workload: a speedup chart, a strategies × levels table, the best strategy, full metrics.
import { modelId } from '../analysis/verdicts.ts';
import type { CellResult, Results, Verdict } from '../results/types.ts';
import { plainText, type Prose } from '../prose.ts';
import { clip, escapeHtml as esc } from './html-escape.ts';
import { renderBarChart, type Bar, type BarSeries } from './svg-bar-chart.ts';
import { strategyName, uniq } from './names.ts';
import {
  breakEvenSentence,
  ceilingText,
  interval,
  levelText,
  notShownWord,
  precisionText,
  setAsideText,
  speedupInterval,
  startupNote,
  targetPrecision,
  utilizationText,
  verdictsOf,
  verdictText,
  warmSetAsideNote,
} from './summary-text.ts';
import { strategyColor, textureCss } from './svg-palette.ts';

/** A sentence with names in it: in HTML, names and words alike are escaped text. */
const prosed = (prose: Prose) => esc(plainText(prose));
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const SEP = '\u0000';

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
const fmtMiB = (v: unknown) => (!finite(v) ? '–' : v >= 1024 ? `${(v / 1024).toFixed(2)} GiB` : `${v.toFixed(v >= 100 ? 0 : 1)} MiB`);
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
const rowKey = (cell: CellResult) => `${cell.runtime}${SEP}${cell.strategy}`;
const rowName = (cell: CellResult) => `${cell.runtime} · ${strategyName(cell.strategy)}`;
const idealOf = (cell: CellResult, cores: number) => Math.min(cell.workers, cell.tasks, cores);
/** A reason in a table cell: wrapped in a zero-width box, so it wraps inside the width the number columns give and never widens the table. */
const whyText = (cell: CellResult) => `<div class="wrap">${esc(notRunText(cell))}</div>`;
const notRunText = (cell: CellResult) => (cell.status === 'failed' ? `failed: ${cell.error}` : cell.status === 'skipped' ? `${notShownWord(cell)}: ${cell.reason}` : '');

function textures(cells: CellResult[]): Map<string, number> {
  const byStrategy = new Map<string, string[]>();
  for (const cell of cells) {
    const runtimes = byStrategy.get(cell.strategy) ?? [];
    if (!runtimes.includes(cell.runtime)) byStrategy.set(cell.strategy, [...runtimes, cell.runtime]);
  }
  return new Map([...byStrategy].flatMap(([strategy, runtimes]) => runtimes.map((runtime, i) => [`${runtime}${SEP}${strategy}`, i] as const)));
}

const VERDICT_RULE =
  'A verdict rests on the last level of a workload that ran. Only a model whose 95% interval lies wholly above 1× beats running serially; the best is named alone only when its interval clears the others and its median leads by more than the target precision, otherwise the tie is named; speedups above the ideal count as the ideal when models are compared. A model whose interval reaches both into the best’s and down to 1× makes the verdict inconclusive.';

/** The models a workload's cold verdict names: they get the "best" badge. */
const coldBest = (results: Results, workload: string): string[] =>
  verdictsOf(results, targetPrecision(results)).find((v) => v.workload === workload && v.basis === 'cold')?.best ?? [];

const swatch = (cell: CellResult, tex: Map<string, number>) =>
  `<span class="sw" style="${textureCss(strategyColor(cell.strategy), tex.get(rowKey(cell)) ?? 0)}"></span>`;

function systemLine(results: Results): string {
  const s = results.system;
  const parts = [
    `${esc(s.cores)} cores`,
    esc(s.cpu_model),
    `${esc(s.memory_gb)} GB RAM`,
    `${esc(s.os)} ${esc(s.arch)}`,
    `Node ${esc(s.node)}`,
    ...(s.pythons ?? []).map((p) => `${esc(p.label)} ${esc(p.version)}${p.free_threaded ? ' <b>(free-threaded)</b>' : ''}`),
  ];
  const runner = s.runner && [s.runner.name, s.runner.os, s.runner.arch].filter(Boolean).join(' ');
  if (runner) parts.push(`runner ${esc(runner)}`);
  if (s.git?.sha) parts.push(`git <code title="${esc(s.git.sha)}">${esc(s.git.sha.slice(0, 12))}</code>${s.git.ref ? ` ${esc(s.git.ref)}` : ''}`);
  parts.push(`<time datetime="${esc(results.created_at)}">${esc(fmtDate(results.created_at))}</time>`);
  return parts.map((part) => `<span class="fact">${part}</span>`).join(' · ');
}

function legend(results: Results): string {
  const workers = uniq(results.cells.map((c) => c.workers));
  const cores = results.system.cores;
  const here = workers.length === 1 ? ` — here ${esc(Math.min(workers[0], cores))}× with ${esc(workers[0])} workers on ${esc(cores)} cores` : '';
  return `<div class="legend">
<p><b>Speedup</b> = serial time ÷ parallel time for the same tasks; ideal = workers, up to the core count (dashed line${here}); below 1× is slower than one after another.</p>
<p><b>Efficiency</b> = speedup ÷ workers, ideal 1.00. <b>CPU utilization</b> = CPU time ÷ (wall time × workers): 100% = every worker busy the whole time.</p>
</div>`;
}

function chart(workload: string, cells: CellResult[], index: number, results: Results, tex: Map<string, number>): string {
  const rows = uniq(cells.map(rowKey));
  const series: BarSeries[] = rows.map((key) => {
    const cell = cells.find((c) => rowKey(c) === key)!;
    return { name: rowName(cell), color: strategyColor(cell.strategy), texture: tex.get(key) ?? 0 };
  });
  const byPlace = new Map(cells.map((c) => [`${rowKey(c)}${SEP}${c.level}`, c]));
  const groups = uniq(cells.map((c) => c.level)).map((level) => {
    const inLevel = cells.filter((c) => c.level === level);
    const bars = rows.map((key): Bar | undefined => {
      const cell = byPlace.get(`${key}${SEP}${level}`);
      if (!cell) return undefined;
      const where = `${rowName(cell)}, ${cell.level}`;
      if (cell.status !== 'ok') return { value: null, label: '', note: cell.status, title: `${where}: ${notRunText(cell)}` };
      const label = fmtSpeedup(cell.metrics.speedup);
      const range = speedupInterval(cell);
      const wide = (cell.stats?.speedup?.ci_level ?? 0) < 0.95;
      const title = `${where}: ${fmtSpeedup(cell.metrics.speedup)} (median${range ? `, interval ${interval(range)}` : ''})${wide ? ', fewer than 6 rounds: the interval is the min–max range' : ''}`;
      return { value: finite(cell.metrics.speedup) ? cell.metrics.speedup : null, label, dashed: wide, range, note: 'n/a', title };
    });
    return { label: level, sublabel: `arg ${fmtArg(inLevel[0].arg)}`, ideal: Math.max(...inLevel.map((c) => idealOf(c, results.system.cores))), bars };
  });
  return renderBarChart({
    id: `chart-${index}`,
    title: `Speedup by strategy and level, workload ${workload}`,
    series,
    groups,
    baseline: { value: 1, label: 'serial 1×' },
    formatTick: (v) => `${Number(v.toFixed(3))}×`,
    formatIdeal: (v) => `ideal ${Number(v.toFixed(2))}×`,
    empty: 'No cell of this workload was measured.',
  });
}

function table(cells: CellResult[], best: string[], tex: Map<string, number>): string {
  const levels = uniq(cells.map((c) => c.level));
  const rows = uniq(cells.map(rowKey));
  const byPlace = new Map(cells.map((c) => [`${rowKey(c)}${SEP}${c.level}`, c]));
  const head1 = levels.map((level) => {
    const arg = cells.find((c) => c.level === level)!.arg;
    const first = cells.find((c) => c.level === level)!;
    const what = first.target_s === undefined ? `arg ${fmtArg(arg)}` : plainText(levelText(first)).replace(`${level} `, '');
    return `<th colspan="4" class="lv">${esc(level)} <span class="arg">${esc(what)}</span></th>`;
  });
  const head2 = levels.map(
    () =>
      '<th class="lv" title="serial time ÷ parallel time, pool made per job; [95% interval]">Speedup</th><th title="speedup ÷ workers">Efficiency</th><th title="CPU time ÷ (wall time × workers)">CPU util.</th><th title="speedup on a pool already started">Warm</th>',
  );
  const body = rows.map((key) => {
    const here = levels.map((level) => byPlace.get(`${key}${SEP}${level}`));
    const any = here.find((c) => c)!;
    const isBest = best.includes(modelId(any));
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
        const startup = (note ? `<div class="note">${esc(note)}</div>` : '') + (aside ? `<div class="note">${prosed(aside)}</div>` : '');
        const warm = cell.warm ? `${fmtSpeedup(cell.warm.speedup)}${warmSetAsideNote(cell)}` : '–';
        tds.push(
          `<td class="lv">${esc(fmtSpeedup(cell.metrics.speedup))}${ci}${startup}</td><td>${esc(fmtRatio(cell.metrics.efficiency))}</td><td>${esc(utilizationText(cell))}</td><td>${esc(warm)}</td>`,
        );
      } else {
        // the same reason at consecutive levels is said once
        let span = 1;
        while (i + span < here.length && here[i + span]?.status === cell.status && notRunText(here[i + span]!) === notRunText(cell)) span++;
        tds.push(`<td colspan="${4 * span}" class="lv why ${cell.status}">${whyText(cell)}</td>`);
        i += span - 1;
      }
    }
    const badge = isBest ? ' <span class="badge">best</span>' : '';
    return `<tr><th scope="row">${swatch(any, tex)}${esc(rowName(any))}${badge}</th>${tds.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="grid">
<thead><tr><th rowspan="2" class="name">Strategy</th>${head1.join('')}</tr><tr>${head2.join('')}</tr></thead>
<tbody>${body.join('\n')}</tbody></table></div>`;
}

function details(cells: CellResult[]): string {
  const withInfo = cells.some((c) => c.status === 'ok' && c.info && Object.keys(c.info).length > 0);
  const columns = withInfo ? 10 : 9;
  const rows = cells.map((cell) => {
    const name = `<th scope="row">${esc(rowName(cell))}</th><td class="l">${esc(cell.level)}</td><td>${esc(cell.workers)}/${esc(cell.tasks)}</td>`;
    if (cell.status !== 'ok') return `<tr>${name}<td colspan="${columns}" class="why ${cell.status}">${whyText(cell)}</td></tr>`;
    const m = cell.metrics;
    const wall = cell.stats?.wall_time;
    const p = cell.phases;
    const phases = p ? [p.startup, p.run, p.shutdown].map(fmtSeconds).join(' / ') : '–';
    const info = Object.entries(cell.info ?? {}).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
    const tds = [fmtSeconds(m.wall_time), wall ? fmtRange(wall.min, wall.max) : '–', fmtPercent(wall?.cv), fmtSeconds(cell.serial_wall_time), fmtSeconds(m.cpu_time), fmtRate(m.throughput), fmtMiB(m.memory_mb), phases];
    const cols = tds.map((text) => `<td>${esc(text)}</td>`).join('');
    return `<tr>${name}${cols}${withInfo ? `<td class="l info">${esc(clip(info, 60))}</td>` : ''}</tr>`;
  });
  return `<details><summary>Full metrics: wall, CPU, throughput, memory (${cells.length} cell${cells.length === 1 ? '' : 's'})</summary>
<p class="note">Medians over the repetitions; min – max and CV of the wall time. CPU time and peak memory cover the whole process tree; serial: the baseline, one task after another. w/n: workers / tasks. Phases: pool start-up / run / shut-down.</p>
<div class="scroll"><table class="grid full">
<thead><tr><th class="name">Strategy</th><th class="l">Level</th><th title="workers / tasks">w/n</th><th>Wall</th><th title="wall time, fastest – slowest repetition">min – max</th><th title="coefficient of variation of the wall time">CV</th><th title="serial baseline wall time">Serial</th><th>CPU</th><th>Tasks/s</th><th title="peak resident memory of the process tree">Memory</th><th>Phases</th>${withInfo ? '<th class="l">Runtime info</th>' : ''}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></details>`;
}

function verdictHtml(verdict: Verdict, results: Results): string {
  const text = verdictText(verdict, results.cells);
  const names = text.names.length ? `<b>${text.names.map(prosed).join(' ≈ ')}</b> (${esc(text.detail)})` : `<b>${esc(text.detail)}</b>`;
  return `${prosed(text.basis)}: ${names}`;
}

function verdictsHtml(workload: string, results: Results): string {
  const mine = verdictsOf(results, targetPrecision(results)).filter((v) => v.workload === workload);
  return mine.length ? mine.map((v) => verdictHtml(v, results)).join('; ') : 'no verdict (nothing measured)';
}

function breakEvenList(workload: string, results: Results): string {
  const mine = (results.break_even ?? []).filter((b) => b.workload === workload);
  return mine.length ? `<ul class="breakeven">${mine.map((b) => `<li>${prosed(breakEvenSentence(b))}.</li>`).join('')}</ul>` : '';
}

function section(workload: string, cells: CellResult[], index: number, results: Results, tex: Map<string, number>): string {
  const measured = cells.some((c) => c.status === 'ok');
  return `<section class="workload" id="w${index}">
<h2>${esc(workload)}</h2>
<p class="best">Verdict: ${verdictsHtml(workload, results)}</p>
${breakEvenList(workload, results)}
<figure class="chart">${chart(workload, cells, index, results, tex)}</figure>
${table(cells, coldBest(results, workload), tex)}
<p class="note">${measured ? 'Bars: median speedup, pool made per job; whisker: its 95% interval (dashed bar: fewer than 6 rounds, the whisker is the min–max range). Warm: the same tasks on a pool already started.' : ''}</p>
${details(cells)}
</section>`;
}

const CSS = `
:root{color-scheme:light;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
main{max-width:1120px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:19px;margin:0 0 4px;overflow-wrap:anywhere}
.system{color:var(--muted);margin:0 0 12px}.fact{white-space:nowrap}
.legend{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:12px 0}
.legend p{margin:2px 0}
.summary{margin:12px 0}.summary li{overflow-wrap:anywhere}
.note{color:var(--muted);font-size:13px;margin:6px 0}
.rule{color:var(--muted);font-size:13px}
section.workload{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:20px 0}
.best{margin:0 0 8px;overflow-wrap:anywhere}
figure.chart{margin:0 0 12px}
figure.chart svg{display:block;width:100%;height:auto}
.scroll{overflow-x:auto}
table.grid{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:13px}
.grid th,.grid td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
.grid thead th{font-weight:600;background:#f6f8fa}
.grid th[scope=row],.grid .name,.grid .l{text-align:left}
.grid th[scope=row]{font-weight:500;max-width:320px;overflow:hidden;text-overflow:ellipsis}
.grid .lv{border-left:1px solid var(--line)}
.grid thead th.lv[colspan]{text-align:center}
.arg{font-weight:400;color:var(--muted);font-size:12px}
.grid td.why{text-align:left;white-space:normal;font-style:italic}
.why .wrap{width:0;min-width:100%;overflow-wrap:anywhere}
.skipped{color:var(--muted)}.failed{color:#b42318}
.grid td.best{font-weight:700}
.ci{color:var(--muted);font-size:12px}.grid td .note{margin:0;font-size:11px;white-space:normal}
.warning{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:6px 10px}
.badge{display:inline-block;font-size:11px;font-weight:600;color:#fff;background:#1b1f24;border-radius:8px;padding:0 6px;margin-left:6px;vertical-align:1px}
.sw{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px;border:1px solid rgba(27,31,36,.5)}
details{margin-top:10px}summary{cursor:pointer;color:var(--muted)}
.full th,.full td{font-size:12px;padding:3px 6px}.full td.info{white-space:normal;min-width:8em;overflow-wrap:anywhere}
footer{color:var(--muted);font-size:12px;margin-top:24px}
`;

export function renderHtml(results: Results): string {
  const cells = results.cells ?? [];
  const workloads = uniq(cells.map((c) => c.workload));
  const tex = textures(cells);
  const free = (results.system.pythons ?? []).filter((p) => p.free_threaded).map((p) => esc(p.label));
  const summary = workloads.map((w, i) => `<li><a href="#w${i}">${esc(w)}</a> — ${verdictsHtml(w, results)}</li>`);
  const ceiling = ceilingText(results.system);
  const precision = precisionText(results, targetPrecision(results));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>concurrency-bench report</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>concurrency-bench</h1>
<p class="system">${systemLine(results)}</p>
${free.length ? `<p class="note">Free-threaded (no GIL): ${free.join(', ')}; its ThreadPool runs threads in parallel.</p>` : ''}
${ceiling ? `<p class="note">${esc(ceiling.text)}</p>${ceiling.warning ? `<p class="warning">${esc(ceiling.warning)}</p>` : ''}` : ''}
${legend(results)}
${workloads.length ? `<ul class="summary">${summary.join('\n')}</ul><p class="rule">${esc(VERDICT_RULE)}</p>` : '<p>No cells in these results.</p>'}
${precision ? `<p class="note">${prosed(precision)}</p>` : ''}
${workloads.map((w, i) => section(w, cells.filter((c) => c.workload === w), i, results, tex)).join('\n')}
<footer>${esc(results.tool?.name ?? 'concurrency-bench')} ${esc(results.tool?.version ?? '')} · results.json schema ${esc(results.schema_version)}</footer>
</main>
</body>
</html>
`;
}
