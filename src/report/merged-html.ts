// Several runners → one self-contained report.html (pure): who each runner is, then per workload
// each runner's verdict and a table per level with the runners side by side. It formats the
// merged model (merged-model.ts), as merged-markdown.ts does.
import { plainText, type Prose } from '../prose.ts';
import type { CellResult } from '../results/types.ts';
import { verdictHtml } from './html.ts';
import { escapeHtml as esc } from './html-escape.ts';
import { htmlPage } from './html-page.ts';
import type { MergedLevel, MergedModel, MergedWorkload } from './merged-model.ts';
import { isConclusive } from '../measure/metrics.ts';
import { interval, levelText, notShownWord, speedupInterval } from './summary-text.ts';

const prosed = (prose: Prose) => esc(plainText(prose));

function cellHtml(cell: CellResult | undefined, target: number): string {
  if (!cell) return '<td class="lv"></td>';
  if (cell.status !== 'ok') {
    const why = cell.status === 'failed' ? cell.error : cell.reason;
    return `<td class="lv why ${cell.status}"><div class="wrap">${esc(`${notShownWord(cell)}: ${why}`)}</div></td>`;
  }
  const found = speedupInterval(cell);
  const speedup = `${cell.metrics.speedup.toFixed(2)}×`;
  return `<td class="lv">${isConclusive(cell, target) ? `<b>${speedup}</b>` : speedup}${found ? ` <span class="ci">[${esc(interval(found))}]</span>` : ''} · ${cell.metrics.efficiency.toFixed(2)}</td>`;
}

function runnersHtml(model: MergedModel): string {
  const items = model.runners.map(
    (runner) =>
      `<li><b>${esc(runner.label)}</b>: ${runner.facts.map(prosed).join(' · ')} <span class="arg">(from ${esc(runner.source)})</span>${runner.ceiling ? `<br><span class="note">${esc(runner.ceiling)}</span>` : ''}${runner.processTree ? `<br><span class="note">${prosed(runner.processTree)}</span>` : ''}</li>`,
  );
  return `<ul class="summary">${items.join('\n')}</ul>`;
}

function levelTable(model: MergedModel, level: MergedLevel): string {
  const first = level.rows.flatMap((row) => row.cells).find((cell): cell is CellResult => cell !== undefined);
  const head = model.runners
    .map((runner) => `<th class="lv">${esc(runner.label)} <span class="arg">ideal ${runner.ideal}×</span></th>`)
    .join('');
  const rows = level.rows.map(
    (row) =>
      `<tr><th scope="row">${prosed(row.name)}</th>${row.cells.map((cell) => cellHtml(cell, model.target)).join('')}</tr>`,
  );
  return `<div class="scroll"><table class="grid"><thead><tr><th class="l">${first ? prosed(levelText(first)) : esc(level.name)}</th>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

function section(model: MergedModel, workload: MergedWorkload, index: number): string {
  const verdicts = workload.verdicts.flatMap((texts, i) =>
    texts.length ? [`<li>${esc(model.runners[i]!.label)}: ${texts.map(verdictHtml).join('; ')}</li>`] : [],
  );
  return `<section class="workload" id="w${index}">
<h2>${esc(workload.name)}</h2>
${verdicts.length ? `<ul class="best">${verdicts.join('\n')}</ul>` : ''}
${[...workload.levels.filter((level) => level.verdict), ...workload.levels.filter((level) => !level.verdict)]
  .map((level) => levelTable(model, level))
  .join('\n<p></p>\n')}
</section>`;
}

export function renderMergedHtml(model: MergedModel): string {
  const n = model.runners.length;
  return htmlPage(
    'concurrency-bench: runners side by side',
    `<h1>concurrency-bench: ${n} runner${n === 1 ? '' : 's'} side by side</h1>
${runnersHtml(model)}
<div class="legend"><p>Each cell: <b>speedup</b> with a pool made per job (serial time ÷ parallel time on that runner; its ideal in the header), its [95% interval], in bold when within ±${+(model.target * 100).toFixed(1)}%, and <b>efficiency</b> (speedup ÷ workers). Each runner's verdict rests on its own intervals: compare verdicts, not single figures.</p></div>
${model.workloads.map((workload, i) => section(model, workload, i)).join('\n')}
<footer>${esc(model.tool.name)} ${esc(model.tool.version)} · merged from ${n} results.json file${n === 1 ? '' : 's'}</footer>`,
  );
}
