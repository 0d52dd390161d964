// A line chart as an inline SVG string (pure): speedup against pool size, one line per model,
// the ideal min(workers, cores) dashed, and pool sizes above the cores marked "over cores".
// Pool sizes sit at even steps (1, 2, 4, 8 are the usual sweep); every text from results is
// escaped here.
import { clip, escapeHtml } from './html-escape.ts';

export interface LineSeries {
  name: string;
  color: string;
  /** [index into the chart's pool sizes, speedup, tooltip]; a model may miss some sizes. */
  points: { at: number; value: number; title: string }[];
}

export interface LineChart {
  title: string;
  /** The pool sizes, smallest first. */
  workers: number[];
  cores: number;
  series: LineSeries[];
}

const WIDTH = 640;
const HEIGHT = 300;
const M = { left: 48, right: 170, top: 16, bottom: 44 };
const f = (n: number) => (Math.round(n * 10) / 10).toString();

export function renderLineChart(chart: LineChart): string {
  const ideal = (workers: number) => Math.min(workers, chart.cores);
  const top = Math.max(1, ...chart.workers.map(ideal), ...chart.series.flatMap((s) => s.points.map((p) => p.value)));
  const yMax = Math.ceil(top * 1.1 * 2) / 2;
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const x = (i: number) => M.left + (chart.workers.length === 1 ? plotW / 2 : (i * plotW) / (chart.workers.length - 1));
  const y = (v: number) => M.top + plotH - (v / yMax) * plotH;
  const step = yMax <= 3 ? 0.5 : yMax <= 8 ? 1 : Math.ceil(yMax / 8);
  const parts: string[] = [];
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    parts.push(
      `<line x1="${M.left}" x2="${M.left + plotW}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#d0d7de" stroke-width="1"/>`,
      `<text x="${M.left - 6}" y="${f(y(v) + 4)}" font-size="11" text-anchor="end">${f(v)}×</text>`,
    );
  }
  chart.workers.forEach((n, i) => {
    const over = n > chart.cores;
    parts.push(
      `<text x="${f(x(i))}" y="${M.top + plotH + 16}" font-size="11" text-anchor="middle">${n}</text>`,
      over
        ? `<text x="${f(x(i))}" y="${M.top + plotH + 29}" font-size="10" text-anchor="middle" fill="#57606a">over cores</text>`
        : '',
    );
  });
  parts.push(
    `<text x="${f(M.left + plotW / 2)}" y="${HEIGHT - 4}" font-size="11" text-anchor="middle" fill="#57606a">workers (tasks = workers)</text>`,
    `<polyline fill="none" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="5 4" points="${chart.workers.map((n, i) => `${f(x(i))},${f(y(ideal(n)))}`).join(' ')}"><title>ideal: min(workers, ${chart.cores} cores)</title></polyline>`,
  );
  chart.series.forEach((s, k) => {
    const points = s.points.map((p) => `${f(x(p.at))},${f(y(p.value))}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2.5" points="${points}"/>`);
    for (const p of s.points) {
      parts.push(
        `<circle cx="${f(x(p.at))}" cy="${f(y(p.value))}" r="4" fill="${s.color}" stroke="#fff"><title>${escapeHtml(p.title)}</title></circle>`,
      );
    }
    const ly = M.top + 12 + k * 18;
    parts.push(
      `<rect x="${WIDTH - M.right + 12}" y="${ly - 9}" width="14" height="4" fill="${s.color}"/>`,
      `<text x="${WIDTH - M.right + 32}" y="${ly - 3}" font-size="11">${escapeHtml(clip(s.name, 24))}</text>`,
    );
  });
  const ly = M.top + 12 + chart.series.length * 18;
  parts.push(
    `<line x1="${WIDTH - M.right + 12}" x2="${WIDTH - M.right + 26}" y1="${ly - 7}" y2="${ly - 7}" stroke="#1b1f24" stroke-dasharray="4 3"/>`,
    `<text x="${WIDTH - M.right + 32}" y="${ly - 3}" font-size="11">ideal</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(chart.title)}" font-family="system-ui,sans-serif">${parts.join('')}</svg>`;
}
