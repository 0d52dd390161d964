// Several runners → one Markdown report (pure): for report.md, the job summary and the one PR
// comment of a job matrix. First who each runner is, then per workload each runner's verdict and
// a table per level with the runners side by side. It formats the merged model (merged-model.ts).
import type { CellResult } from '../results/types.ts';
import { escapeMarkdown, inertName, inertNameInHtml, markdownProse } from './escape.ts';
import { verdictsMarkdown } from './markdown.ts';
import type { MergedLevel, MergedModel, MergedWorkload } from './merged-model.ts';
import { isConclusive } from '../measure/metrics.ts';
import { interval, levelText, notShownWord, speedupInterval } from './summary-text.ts';
import { cappedTable } from './table.ts';

function cellText(cell: CellResult | undefined, target: number): string {
  if (!cell) return '';
  if (cell.status !== 'ok') return notShownWord(cell);
  const speedup = `${cell.metrics.speedup.toFixed(2)}×`;
  const found = speedupInterval(cell);
  return `${isConclusive(cell, target) ? `**${speedup}**` : speedup}${found ? ` [${interval(found)}]` : ''} · ${cell.metrics.efficiency.toFixed(2)}`;
}

function runnerLines(model: MergedModel): string[] {
  return model.runners.flatMap((runner) => [
    `- **${inertName(runner.label)}**: ${runner.facts.map((fact) => markdownProse(fact)).join(' · ')} (from ${inertName(runner.source)})`,
    ...(runner.ceiling ? [`  - ${escapeMarkdown(runner.ceiling)}`] : []),
    ...(runner.processTree ? [`  - ${markdownProse(runner.processTree)}`] : []),
  ]);
}

function levelTable(model: MergedModel, level: MergedLevel): string {
  const first = level.rows.flatMap((row) => row.cells).find((cell): cell is CellResult => cell !== undefined);
  const header = [
    first ? markdownProse(levelText(first), 'table') : inertName(level.name, 'table'),
    ...model.runners.map((runner) => `${inertName(runner.label, 'table')} (ideal ${runner.ideal}×)`),
  ];
  const body = level.rows.map((row) => [
    markdownProse(row.name, 'table'),
    ...row.cells.map((cell) => cellText(cell, model.target)),
  ]);
  return cappedTable([header, ...body], ['l', ...model.runners.map(() => 'r')]);
}

function workloadSection(model: MergedModel, workload: MergedWorkload): string[] {
  const verdicts = workload.verdicts.flatMap((texts, i) =>
    texts.length ? [`- ${inertName(model.runners[i]!.label)}: ${verdictsMarkdown(texts)}.`] : [],
  );
  // The levels verdicts rest on in the open (the longest tasks, usually); the others folded away.
  const open = workload.levels.filter((level) => level.verdict);
  const folded = workload.levels.filter((level) => !level.verdict);
  return [
    `### ${inertName(workload.name)}`,
    '',
    ...(verdicts.length ? [...verdicts, ''] : []),
    ...open.flatMap((level) => [levelTable(model, level), '']),
    ...(folded.length
      ? [
          `<details><summary>Other levels: ${folded.map((level) => inertNameInHtml(level.name)).join(', ')}</summary>`,
          '',
          ...folded.flatMap((level) => [levelTable(model, level), '']),
          '</details>',
          '',
        ]
      : []),
  ];
}

export function renderMergedMarkdown(model: MergedModel): string {
  const lines = [
    `## concurrency-bench: ${model.runners.length} runner${model.runners.length === 1 ? '' : 's'} side by side`,
    '',
    ...runnerLines(model),
    '',
    `Each cell: speedup with a pool made per job (serial time ÷ parallel time on that runner; its ideal in the header) and its [95% interval], in bold when the interval is within ±${+(model.target * 100).toFixed(1)}% · efficiency (speedup ÷ workers). Each runner's verdict rests on its own intervals: runners differ in cores, CPUs and noise, so compare their verdicts, not single figures.`,
    '',
    ...model.workloads.flatMap((workload) => workloadSection(model, workload)),
  ];
  return lines.join('\n');
}
