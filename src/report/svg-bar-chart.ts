// A grouped bar chart as an inline SVG string (pure): one group per level, one bar per series
// (runtime × strategy), a value label on every bar, the "serial" line at 1× and a dashed ideal
// line per group. Every text that came from results is escaped here; numbers come pre-formatted.
import { clip, escapeHtml } from './html-escape.ts';
import { texturePattern, type Texture } from './svg-palette.ts';

export interface BarSeries {
  name: string;
  color: string;
  texture: Texture;
}
export interface Bar {
  /** null: nothing to draw (failed or skipped); `note` then says why in the slot. */
  value: number | null;
  label: string;
  /** Tooltip. */
  title: string;
  /** Drawn with a dashed outline: a noisy cell. */
  dashed?: boolean;
  /** A whisker from min to max (over the repetitions). */
  range?: [number, number];
  note?: string;
}
export interface BarGroup {
  label: string;
  sublabel?: string;
  /** The ideal value for this group, drawn as a dashed line across it. */
  ideal?: number;
  /** Aligned with the chart's series; undefined = that series has no cell here. */
  bars: (Bar | undefined)[];
}
export interface BarChart {
  /** Unique in the page, [a-z0-9-] only: prefixes the pattern ids. */
  id: string;
  title: string;
  series: BarSeries[];
  groups: BarGroup[];
  /** A solid reference line (speedup 1× = as fast as serial). */
  baseline?: { value: number; label: string };
  formatTick: (value: number) => string;
  formatIdeal: (value: number) => string;
  empty?: string;
}

const WIDTH = 1040;
const PLOT_HEIGHT = 250;
const MARGIN = { left: 52, right: 76, bottom: 48 };
const charWidth = (size: number) => size * 0.6; // names: about the average of a system sans-serif
/** Width of a value label, per character: DejaVu Sans (what system-ui is on Linux) is among the widest. */
const textWidth = (text: string, size: number) =>
  [...text].reduce(
    (sum, ch) => sum + size * (/[0-9]/.test(ch) ? 0.64 : /[.,]/.test(ch) ? 0.32 : /[×~]/.test(ch) ? 0.84 : 0.66),
    0,
  );
const f = (n: number) => (Math.round(n * 10) / 10).toString();

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10) * power;
}

function legend(series: BarSeries[], ids: string[]): { svg: string; height: number } {
  const parts: string[] = [];
  let x = MARGIN.left;
  let y = 14;
  series.forEach((s, i) => {
    const name = clip(s.name, 40);
    const width = 14 + 6 + [...name].length * charWidth(12) + 18;
    if (x + width > WIDTH - 8 && x > MARGIN.left) {
      x = MARGIN.left;
      y += 20;
    }
    parts.push(
      `<rect x="${f(x)}" y="${y - 11}" width="14" height="14" rx="2" fill="${ids[i]}" stroke="#333" stroke-opacity=".5"/>`,
      `<text x="${f(x + 20)}" y="${y}" font-size="12">${escapeHtml(name)}</text>`,
    );
    x += width;
  });
  return { svg: parts.join(''), height: y + 14 };
}

export function renderBarChart(chart: BarChart): string {
  const { series, groups } = chart;
  const fills = series.map((s, i) => (s.texture % 4 === 0 ? s.color : `url(#${chart.id}-p${i})`));
  const patterns = series
    .map((s, i) => (s.texture % 4 === 0 ? '' : texturePattern(`${chart.id}-p${i}`, s.color, s.texture)))
    .join('');
  const key = legend(series, fills);
  const top = key.height + 10;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const bottom = top + PLOT_HEIGHT;
  const height = bottom + MARGIN.bottom;

  // layout: a group per level, a slot per series inside it
  const groupWidth = plotWidth / Math.max(1, groups.length);
  const pad = Math.max(6, groupWidth * 0.03);
  // slots no wider than 96: few series stay together in the middle of their group
  const slot = Math.min(96, (groupWidth - 2 * pad) / Math.max(1, series.length));
  const inset = (groupWidth - slot * series.length) / 2;
  const barWidth = Math.min(slot * 0.8, 64);
  const bars = groups.flatMap((g) => g.bars).filter((b): b is Bar => b !== undefined);
  // value labels: 11px across the bar, else 10px, else turned upright, so that neighbours never touch
  const widest = (size: number) => Math.max(0, ...bars.map((b) => textWidth(b.label, size)));
  const labelFont = widest(11) + 6 <= slot ? 11 : 10;
  const rotate = widest(labelFont) + 6 > slot;
  const labelRoom = rotate ? widest(labelFont) + 10 : labelFont + 8;

  // y scale: leave room above the tallest bar for its label
  const values = [
    ...bars.flatMap((b) => [b.value, b.range?.[1]]),
    ...groups.map((g) => g.ideal),
    chart.baseline?.value,
  ].filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0);
  const peak = Math.max(1e-9, ...values) * (PLOT_HEIGHT / (PLOT_HEIGHT - labelRoom));
  const step = niceStep(peak / 5);
  const max = Math.ceil(peak / step - 1e-9) * step;
  const y = (v: number) => bottom - (Math.max(0, Math.min(v, max)) / max) * PLOT_HEIGHT;

  const out: string[] = [
    `<svg viewBox="0 0 ${WIDTH} ${f(height)}" width="${WIDTH}" height="${f(height)}" role="img" aria-label="${escapeHtml(chart.title)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif" fill="#1b1f24">`,
    `<title>${escapeHtml(chart.title)}</title>`,
    patterns ? `<defs>${patterns}</defs>` : '',
    key.svg,
  ];
  // grid and y axis
  for (let v = 0; v <= max + step / 2; v += step) {
    const yy = f(y(v));
    out.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${yy}" y2="${yy}" stroke="#d0d7de" stroke-width="1"/>`,
      `<text x="${MARGIN.left - 6}" y="${yy}" dy=".35em" text-anchor="end" font-size="11" fill="#57606a">${escapeHtml(chart.formatTick(v))}</text>`,
    );
  }
  // bars and group labels; whiskers and value labels go on top of the reference lines, last
  const overlay: string[] = [];
  groups.forEach((group, gi) => {
    const gx = MARGIN.left + gi * groupWidth;
    group.bars.forEach((bar, si) => {
      if (!bar) return;
      const cx = gx + inset + slot * si + slot / 2;
      if (bar.value === null || !Number.isFinite(bar.value)) {
        const note = clip(bar.note ?? 'n/a', 12);
        const flat = textWidth(note, 10) + 4 <= slot;
        const pos = flat
          ? `x="${f(cx)}" y="${bottom - 5}" text-anchor="middle"`
          : `transform="translate(${f(cx)} ${bottom - 5}) rotate(-90)" dy=".35em"`;
        out.push(
          `<text ${pos} font-size="10" font-style="italic" fill="${bar.note === 'failed' ? '#b42318' : '#57606a'}"><title>${escapeHtml(bar.title)}</title>${escapeHtml(note)}</text>`,
        );
        return;
      }
      const yTop = y(bar.value);
      const h = Math.max(1, bottom - yTop);
      // a noisy bar keeps its colour (a faded one would pass for another strategy's) and gets a dashed outline
      const outline = bar.dashed ? 'stroke-width="1.6" stroke-dasharray="4 3"' : 'stroke-opacity=".6"';
      out.push(
        `<rect x="${f(cx - barWidth / 2)}" y="${f(bottom - h)}" width="${f(barWidth)}" height="${f(h)}" fill="${fills[si]}" stroke="#1b1f24" ${outline}><title>${escapeHtml(bar.title)}</title></rect>`,
      );
      let labelY = bottom - h;
      const [lo, hi] = bar.range ?? [NaN, NaN];
      if (Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) {
        const [y1, y2, cap] = [y(lo), y(hi), Math.min(6, barWidth / 4)];
        overlay.push(
          `<path d="M${f(cx)} ${f(y1)}V${f(y2)}M${f(cx - cap)} ${f(y1)}H${f(cx + cap)}M${f(cx - cap)} ${f(y2)}H${f(cx + cap)}" stroke="#1b1f24" stroke-width="1.2" fill="none"/>`,
        );
        labelY = Math.min(labelY, y2);
      }
      const text = escapeHtml(bar.label);
      const halo = 'paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round"';
      overlay.push(
        rotate
          ? `<text transform="translate(${f(cx)} ${f(labelY - 4)}) rotate(-90)" dy=".35em" font-size="${labelFont}" ${halo}>${text}</text>`
          : `<text x="${f(cx)}" y="${f(labelY - 5)}" text-anchor="middle" font-size="${labelFont}" ${halo}>${text}</text>`,
      );
    });
    const maxChars = Math.max(4, Math.floor(groupWidth / charWidth(13)) - 1);
    out.push(
      `<text x="${f(gx + groupWidth / 2)}" y="${bottom + 18}" text-anchor="middle" font-size="13" font-weight="600">${escapeHtml(clip(group.label, maxChars))}</text>`,
    );
    if (group.sublabel) {
      out.push(
        `<text x="${f(gx + groupWidth / 2)}" y="${bottom + 34}" text-anchor="middle" font-size="11" fill="#57606a">${escapeHtml(clip(group.sublabel, maxChars))}</text>`,
      );
    }
    if (gi > 0)
      out.push(
        `<line x1="${f(gx)}" x2="${f(gx)}" y1="${top}" y2="${bottom}" stroke="#d0d7de" stroke-dasharray="2 3"/>`,
      );
  });
  // serial line, then the ideal: one dashed segment per run of groups with the same ideal
  if (chart.baseline) {
    const yy = f(y(chart.baseline.value));
    out.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${yy}" y2="${yy}" stroke="#57606a" stroke-width="1.5"/>`,
      `<text x="${WIDTH - MARGIN.right + 6}" y="${yy}" dy="1.1em" font-size="11" fill="#57606a">${escapeHtml(chart.baseline.label)}</text>`,
    );
  }
  for (let gi = 0; gi < groups.length; ) {
    const ideal = groups[gi].ideal;
    let end = gi + 1;
    while (end < groups.length && groups[end].ideal === ideal) end++;
    if (ideal !== undefined && Number.isFinite(ideal) && ideal > 0) {
      const yy = f(y(ideal));
      const x2 = end === groups.length ? WIDTH - MARGIN.right : MARGIN.left + end * groupWidth;
      out.push(
        `<line x1="${f(MARGIN.left + gi * groupWidth)}" x2="${f(x2)}" y1="${yy}" y2="${yy}" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      );
      const label = escapeHtml(chart.formatIdeal(ideal));
      out.push(
        end === groups.length
          ? `<text x="${x2 + 6}" y="${yy}" dy="-.3em" font-size="11" font-weight="600">${label}</text>`
          : `<text x="${f(x2 - 4)}" y="${yy}" dy="-.4em" text-anchor="end" font-size="11" font-weight="600" ${'paint-order="stroke" stroke="#fff" stroke-width="3"'}>${label}</text>`,
      );
    }
    gi = end;
  }
  out.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${bottom}" y2="${bottom}" stroke="#57606a"/>`,
    ...overlay,
  );
  if (bars.every((b) => b.value === null) && chart.empty) {
    out.push(
      `<text x="${f(MARGIN.left + plotWidth / 2)}" y="${f(top + PLOT_HEIGHT / 2)}" text-anchor="middle" font-size="14" fill="#57606a">${escapeHtml(chart.empty)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
