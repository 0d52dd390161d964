// Blocks → one self-contained report.html (pure): inline CSS and inline SVG, no script, no font,
// image or request of any kind (html-page.ts). It draws what sections.ts (or merged-sections.ts)
// decided and adds nothing: every text is escaped, names and our words alike.
import type { ComparisonView } from '../compare/types.ts';
import { plainText } from '../prose.ts';
import type { Results } from '../results/types.ts';
import type { Block, Span, TableBlock, Text } from './blocks.ts';
import { escapeHtml as esc } from './html-escape.ts';
import { htmlPage } from './html-page.ts';
import { reportModel } from './model.ts';
import { reportSections } from './sections.ts';
import { renderBarChart } from './svg-bar-chart.ts';
import { renderLineChart } from './svg-line-chart.ts';
import { textureCss } from './svg-palette.ts';

function span(part: Span): string {
  if (typeof part === 'string') return esc(part);
  if (Array.isArray(part)) return esc(plainText(part));
  return `<b>${part.strong.map(span).join('')}</b>`;
}
const text = (parts: Text) => parts.map(span).join('');

/** A cell's parts one line each, so a column is as wide as its widest part, not their sum. */
const cell = (parts: Text[]) =>
  parts.length <= 1 ? text(parts[0] ?? []) : parts.map((part) => `<div>${text(part)}</div>`).join('');

function table(block: TableBlock): string {
  const cls = (i: number) => (block.align[i] === 'l' ? ' class="l"' : '');
  const head = block.header.map((h, i) => `<th${cls(i)}>${text(h)}</th>`).join('');
  const rows = block.rows.map((row) => {
    const [name = [], ...rest] = row.cells;
    const swatch = row.swatch
      ? `<span class="sw" style="${textureCss(row.swatch.color, row.swatch.texture)}"></span>`
      : '';
    const tds = rest.map((parts, i) => `<td${cls(i + 1)}>${cell(parts)}</td>`).join('');
    const tag = row.tag ? ` <span class="badge">${esc(row.tag)}</span>` : '';
    return `<tr><th scope="row">${swatch}${cell(name)}${tag}</th>${tds}</tr>`;
  });
  return `<div class="scroll"><table class="grid">
<thead><tr>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

const TONE = { note: ' class="note"', warning: ' class="warning"', fine: ' class="fine"' } as const;

function draw(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level - 1}>${text(block.text)}</h${block.level - 1}>`;
    case 'paragraph':
      return block.tone === 'fine'
        ? `<footer>${text(block.text)}</footer>`
        : `<p${block.tone ? TONE[block.tone] : ''}>${text(block.text)}</p>`;
    case 'facts':
      return `<p class="system">${block.items.map((item) => `<span class="fact">${text(item)}</span>`).join(' · ')}</p>`;
    case 'list':
      return `<ul>${block.items
        .map(
          (item) =>
            `<li>${text(item.text)}${item.sub?.length ? `<ul>${item.sub.map((sub) => `<li>${text(sub)}</li>`).join('')}</ul>` : ''}</li>`,
        )
        .join('\n')}</ul>`;
    case 'table':
      return table(block);
    case 'details':
      return `<details><summary>${text(block.summary)}</summary>\n${drawBlocks(block.blocks)}</details>`;
    case 'chart':
      return block.shape === 'bars'
        ? `<figure class="chart">${renderBarChart({
            id: block.id,
            title: `Speedup by model and level, workload ${block.workload}`,
            series: block.series,
            groups: block.groups,
            baseline: { value: 1, label: 'serial 1×' },
            formatTick: (v) => `${Number(v.toFixed(3))}×`,
            formatIdeal: (v) => `ideal ${Number(v.toFixed(2))}×`,
            empty: 'No cell of this workload was measured.',
          })}<figcaption class="note">Bars: median speedup, pool made per job; whisker: its 95% interval (dashed bar: fewer than 6 rounds, the whisker is the min–max range).</figcaption></figure>`
        : `<h3>${esc(block.title)}</h3><figure class="chart line">${renderLineChart(block)}</figure>`;
    case 'section':
      return `<section class="workload" id="${esc(block.id)}">\n${drawBlocks(block.blocks)}</section>`;
  }
}

const drawBlocks = (blocks: Block[]) => blocks.map((block) => `${draw(block)}\n`).join('');

export const drawHtml = (title: string, blocks: Block[]): string => htmlPage(title, drawBlocks(blocks));

/** One run's report.html, from its results (tests). */
export function renderHtml(results: Results, comparison?: ComparisonView): string {
  return drawHtml(
    'concurrency-bench report',
    reportSections(reportModel(results, comparison), { charts: true, full: true }),
  );
}
