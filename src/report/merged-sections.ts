// Several runners' report as blocks (pure): who each runner is, then per workload each runner's
// verdict and a table per level with the runners side by side, the levels no verdict rests on
// folded. Like sections.ts, the one place that decides what the merged report says.
import { joinProse, ours, prose, proseOf } from '../prose.ts';
import type { CellResult } from '../results/types.ts';
import type { Block, TableBlock, Text } from './blocks.ts';
import { strong } from './blocks.ts';
import { cellParts } from './cell-text.ts';
import type { MergedLevel, MergedModel, MergedWorkload } from './merged-model.ts';
import { verdictsText } from './sections.ts';
import { levelText } from './summary-text.ts';

function runners(model: MergedModel): Block {
  return {
    kind: 'list',
    items: model.runners.map((runner) => ({
      text: [strong(prose`${runner.label}`), ': ', joinProse(runner.facts, ' · '), prose` (from ${runner.source})`],
      sub: [
        ...(runner.ceiling ? [[proseOf(runner.ceiling)]] : []),
        ...(runner.processTree ? [[runner.processTree]] : []),
      ],
    })),
  };
}

function levelTable(model: MergedModel, level: MergedLevel): TableBlock {
  const first = level.rows.flatMap((row) => row.cells).find((cell): cell is CellResult => cell !== undefined);
  const header: Text[] = [
    [first ? levelText(first) : prose`${level.name}`],
    ...model.runners.map((runner) => [prose`${runner.label} (ideal ${runner.ideal}×)`]),
  ];
  return {
    kind: 'table',
    header,
    align: header.map((_, i) => (i === 0 ? 'l' : 'r')),
    rows: level.rows.map((row) => ({
      cells: [[[row.name]], ...row.cells.map((cell) => cellParts(cell, model.target, { brief: true }))],
    })),
  };
}

function workloadSection(model: MergedModel, workload: MergedWorkload, index: number): Block {
  const verdicts = workload.verdicts.flatMap((texts, i) =>
    texts.length ? [{ text: [prose`${model.runners[i]!.label}`, ': ', ...verdictsText(texts), '.'] }] : [],
  );
  // The levels verdicts rest on in the open (the longest tasks, usually); the others folded away.
  const open = workload.levels.filter((level) => level.verdict);
  const folded = workload.levels.filter((level) => !level.verdict);
  return {
    kind: 'section',
    id: `w${index}`,
    blocks: [
      { kind: 'heading', level: 3, text: [prose`${workload.name}`] },
      ...(verdicts.length ? [{ kind: 'list', items: verdicts } satisfies Block] : []),
      ...open.map((level) => levelTable(model, level)),
      ...(folded.length
        ? [
            {
              kind: 'details',
              summary: [
                prose`Other levels: ${joinProse(
                  folded.map((level) => prose`${level.name}`),
                  ', ',
                )}`,
              ],
              blocks: folded.map((level) => levelTable(model, level)),
            } satisfies Block,
          ]
        : []),
    ],
  };
}

export function mergedSections(model: MergedModel): Block[] {
  const n = model.runners.length;
  return [
    { kind: 'heading', level: 2, text: [`concurrency-bench: ${n} runner${n === 1 ? '' : 's'} side by side`] },
    runners(model),
    {
      kind: 'paragraph',
      text: [
        `Each cell: speedup with a pool made per job (serial time ÷ parallel time on that runner; its ideal in the header) and its [95% interval], in bold when the interval is within ±${+(model.target * 100).toFixed(1)}% · efficiency (speedup ÷ workers). Each runner's verdict rests on its own intervals: runners differ in cores, CPUs and noise, so compare their verdicts, not single figures.`,
      ],
    },
    ...model.workloads.map((workload, i) => workloadSection(model, workload, i)),
    {
      kind: 'paragraph',
      tone: 'fine',
      text: [
        prose`${model.tool.name} ${model.tool.version} · ${ours(`merged from ${n} results.json file${n === 1 ? '' : 's'}`)}`,
      ],
    },
  ];
}
