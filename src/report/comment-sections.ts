// The pull-request comment as blocks (pure): it reads in 30 seconds. What changed against the
// base first (comparison-lead.ts), then one short line per verdict with "≈" said once, and the
// tables folded; the whole report is report.md and report.html, which the comment points to.
import { joinProse, prose } from '../prose.ts';
import { type Block, strong, type Text } from './blocks.ts';
import type { ReportModel } from './model.ts';
import { cellLegend, comparisonLeadBlocks, notMeasuredList, systemBlocks, workloadSection } from './sections.ts';

function verdictLines(model: ReportModel): Block[] {
  const items = model.workloads.flatMap((workload) =>
    workload.verdicts.map((verdict) => ({
      text: [
        strong(prose`${workload.name}`),
        ' · ',
        verdict.basis,
        ': ',
        ...(verdict.names.length
          ? [strong(joinProse(verdict.names, ' ≈ ')), ` ${verdict.short}`]
          : [strong(verdict.short)]),
      ] as Text,
    })),
  );
  if (items.length === 0) return [];
  const tie = model.workloads.some((w) => w.verdicts.some((v) => v.names.length > 1));
  return [
    { kind: 'list', items },
    {
      kind: 'paragraph',
      text: [
        `${tie ? 'A ≈ B: a tie, not shown apart by more than the target precision; ' : ''}[low–high]: the 95% interval of the speedup (serial time ÷ parallel time, ${model.ideal}).`,
      ],
    },
  ];
}

export function commentSections(model: ReportModel): Block[] {
  return [
    { kind: 'heading', level: 2, text: ['concurrency-bench'] },
    ...(model.comparison ? comparisonLeadBlocks(model.comparison) : []),
    // the facts, and what reads them differently (off Linux; a ceiling that moved): no more
    ...systemBlocks(model).filter((block) => block.kind === 'facts' || (block.kind === 'paragraph' && block.tone)),
    ...verdictLines(model),
    ...(model.workloads.length
      ? [
          {
            kind: 'details',
            summary: ['Speedup by model and level'],
            blocks: [
              cellLegend(model),
              ...model.workloads.map((w, i) => workloadSection(model, w, i, { charts: true })),
            ],
          } satisfies Block,
        ]
      : []),
    ...(model.notMeasured.length
      ? [{ kind: 'details', summary: ['Not measured'], blocks: [notMeasuredList(model)] } satisfies Block]
      : []),
  ];
}
