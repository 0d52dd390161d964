// A run's report as blocks (pure): the one place that decides what the report says and in which
// order. markdown.ts (report.md, the terminal, the job summary), html.ts (report.html) and the
// pull-request comment (comment-sections.ts) draw these blocks and add nothing of their own.
import type { ComparisonView } from '../compare/types.ts';
import { joinProse, ours, prose, proseOf } from '../prose.ts';
import { appendix } from './appendix-sections.ts';
import { type Block, joined, strong, type Text } from './blocks.ts';
import { cellParts, deltaText } from './cell-text.ts';
import { comparisonLead } from './comparison-lead.ts';
import type { ReportModel, WorkloadView } from './model.ts';
import { speedupChart } from './speedup-chart.ts';
import { sweepBlocks } from './sweep-sections.ts';
import { breakEvenSentence, levelText, TRANSFER_NOTE, type VerdictText } from './summary-text.ts';

export interface SectionChoice {
  /** Charts: for GitHub and report.html, not for a terminal. */
  charts?: boolean;
  /** Calibration, break-even, the full metrics and the footer: for the files, not for a terminal. */
  full?: boolean;
}

/** "pool made per job, at `high` (arg 8e7): **A ≈ B** (1.9×, …)" for each verdict, joined by "; ". */
export function verdictsText(verdicts: VerdictText[]): Text {
  return joined(
    verdicts.map((text) =>
      text.names.length
        ? [text.basis, ': ', strong(joinProse(text.names, ' ≈ ')), ' (', text.detail, ')']
        : [text.basis, ': ', strong(text.detail)],
    ),
    '; ',
  );
}

/** A comparison comes first: what changed, one line each, then that nothing else did. */
export function comparisonLeadBlocks(comparison: ComparisonView): Block[] {
  const lead = comparisonLead(comparison);
  return [
    { kind: 'heading', level: 3, text: [lead.heading] },
    ...(lead.changed.length
      ? [{ kind: 'list', items: lead.changed.map((line) => ({ text: [strong(line)] })) } satisfies Block]
      : []),
    { kind: 'paragraph', text: [lead.rest] },
    ...(lead.untold.length
      ? [{ kind: 'list', items: lead.untold.map((line) => ({ text: [line] })) } satisfies Block]
      : []),
  ];
}

/** The counts against the baseline, its method and notes (regressions of memory too). */
function comparisonSummary(comparison: ComparisonView): Block {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const regressions =
    comparison.regressions > 0 ? strong(count(comparison.regressions, 'regression')) : 'no regression';
  const memory = comparison.memoryRegressions
    ? [', ', strong(count(comparison.memoryRegressions, 'memory regression'))]
    : [];
  return {
    kind: 'paragraph',
    tone: comparison.regressions + comparison.memoryRegressions > 0 ? 'warning' : undefined,
    text: [
      prose`Compared with ${comparison.baselineLabel}: `,
      regressions,
      ...memory,
      `, ${count(comparison.improvements, 'improvement')}. `,
      proseOf(comparison.method),
      ...comparison.notes.flatMap((note) => [' Note: ', note, '.']),
    ],
  };
}

/** The machine, its ceiling and what its figures leave out. */
export function systemBlocks(model: ReportModel): Block[] {
  const { ceiling, processTree } = model;
  return [
    { kind: 'facts', items: model.system.map(({ text, strong: bold }) => (bold ? [strong(text)] : [text])) },
    ...(processTree ? [{ kind: 'paragraph', tone: 'note', text: [processTree] } satisfies Block] : []),
    ...(ceiling ? [{ kind: 'paragraph', text: [proseOf(ceiling.text)] } satisfies Block] : []),
    ...(ceiling?.warning
      ? [{ kind: 'paragraph', tone: 'warning', text: [proseOf(ceiling.warning)] } satisfies Block]
      : []),
    ...(model.freeThreaded.length
      ? [
          {
            kind: 'paragraph',
            text: [
              prose`Free-threaded (no GIL): ${joinProse(
                model.freeThreaded.map((label) => prose`${label}`),
                ', ',
              )}`,
              '; its ThreadPool runs threads in parallel.',
            ],
          } satisfies Block,
        ]
      : []),
  ];
}

/** The summary users came for: per workload, what to use and above which task size it pays off. */
export function verdictBlocks(model: ReportModel): Block[] {
  const withVerdicts = model.workloads.filter((w) => w.verdicts.length > 0);
  if (withVerdicts.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: ['Verdicts'] },
    {
      kind: 'list',
      items: withVerdicts.map((workload) => ({
        text: [strong(prose`${workload.name}`), ': ', ...verdictsText(workload.verdicts), '.'],
        sub: workload.namedBreakEvens.map((b) => [breakEvenSentence(b), '.']),
      })),
    },
  ];
}

export const cellLegend = (model: ReportModel): Block => ({
  kind: 'paragraph',
  text: [
    `Each cell: speedup with a pool made per job (serial time ÷ parallel time; ${model.ideal}) and its [95% interval], in bold when the interval is within ±${+(model.target * 100).toFixed(1)}% (conclusive) · efficiency (speedup ÷ workers) · CPU utilization of the workers ("too short" where the CPU clock's 10 ms ticks could make it 20% wrong) · warm speedup, on a pool already started.`,
  ],
});

/** A workload's table: a row per model, a column per level (and its change, with a baseline). */
export function workloadTable(model: ReportModel, workload: WorkloadView): Block {
  const compared = model.comparison !== undefined;
  const header: Text[] = [
    ['Model'],
    ...workload.levels.flatMap(({ name, first }) => {
      const level: Text = [first.target_s === undefined ? prose`${name}` : levelText(first)];
      return compared ? [level, ['Δ wall']] : [level];
    }),
  ];
  return {
    kind: 'table',
    header,
    align: header.map((_, i) => (i === 0 ? 'l' : 'r')),
    rows: workload.rows.map((row) => ({
      swatch: { color: row.color, texture: row.texture },
      ...(row.best ? { tag: 'best' } : {}),
      cells: [
        [[row.name]],
        ...row.cells.flatMap((entry) => {
          const parts = cellParts(entry?.cell, model.target);
          return compared ? [parts, [deltaText(entry?.change)]] : [parts];
        }),
      ],
    })),
  };
}

export function workloadSection(
  model: ReportModel,
  workload: WorkloadView,
  index: number,
  choice: SectionChoice,
): Block {
  return {
    kind: 'section',
    id: `w${index}`,
    blocks: [
      { kind: 'heading', level: 3, text: [prose`${workload.name}`] },
      workloadTable(model, workload),
      ...(choice.charts ? [speedupChart(workload, index)] : []),
    ],
  };
}

/** The transfer workloads: what moving a task's data costs each model, per MiB in and out. */
function transferBlocks(model: ReportModel): Block[] {
  if (model.transfers.length === 0) return [];
  const ms = (value: number | undefined): Text[] =>
    value === undefined ? [] : [[`${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`]];
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: ['Data crossing: milliseconds per MiB moved'] },
    { kind: 'paragraph', text: [proseOf(TRANSFER_NOTE)] },
    ...model.transfers.map((view): Block => {
      const header: Text[] = [
        [prose`${view.workload}`],
        ...view.levels.map((l) => [prose`${l.name} (${ours(`${l.kib} KiB`)})`]),
      ];
      return {
        kind: 'table',
        header,
        align: header.map((_, i) => (i === 0 ? 'l' : 'r')),
        rows: [
          ...view.rows.map((row) => ({ cells: [[[row.name]], ...row.costs.map((c) => ms(c?.msPerMib))] })),
          ...view.serial.map((s) => ({
            cells: [[[prose`${s.runtime} serially (no crossing)`]], ...s.msPerMib.map(ms)],
          })),
        ],
      };
    }),
  ];
  return [{ kind: 'section', id: 'transfer', blocks }];
}

function notMeasuredBlocks(model: ReportModel): Block[] {
  if (model.notMeasured.length === 0) return [];
  return [{ kind: 'heading', level: 3, text: ['Not measured'] }, notMeasuredList(model)];
}

/** Each model not measured somewhere: why, and where. */
export function notMeasuredList(model: ReportModel): Block {
  return {
    kind: 'list',
    items: model.notMeasured.map(({ model: name, why, places }) => ({
      text: [
        name,
        ': ',
        why,
        ' (',
        joinProse(
          places.map(([w, l]) => prose`${w} ${l}`),
          ', ',
        ),
        ')',
      ],
    })),
  };
}

/** Rounds whose figures could not be true here: left out, and said so. */
function setAsideBlocks(model: ReportModel): Block[] {
  if (model.setAside.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: ['Rounds set aside'] },
    {
      kind: 'paragraph',
      text: [
        'Their figures could not be true on this runner (a speedup above what the workers, tasks or cores allow, or more CPU than the machine has); they are kept in results.json and left out of every median, interval and verdict.',
      ],
    },
    {
      kind: 'list',
      items: model.setAside.map(({ model: name, workload, level, text }) => ({
        text: [prose`${name} ${workload} ${level}: ${text}`],
      })),
    },
  ];
}

/** The whole report of one run, in reading order. */
export function reportSections(model: ReportModel, choice: SectionChoice = {}): Block[] {
  return [
    { kind: 'heading', level: 2, text: ['concurrency-bench'] },
    ...(model.comparison ? comparisonLeadBlocks(model.comparison) : []),
    ...systemBlocks(model),
    ...verdictBlocks(model),
    cellLegend(model),
    ...(model.precision ? [{ kind: 'paragraph', text: [model.precision] } satisfies Block] : []),
    ...(model.comparison ? [comparisonSummary(model.comparison)] : []),
    ...(model.workloads.length ? [] : [{ kind: 'paragraph', text: ['No cells in these results.'] } satisfies Block]),
    ...model.workloads.map((workload, i) => workloadSection(model, workload, i, choice)),
    ...sweepBlocks(model, choice.charts ?? false),
    ...transferBlocks(model),
    ...notMeasuredBlocks(model),
    ...setAsideBlocks(model),
    ...(choice.full ? appendix(model) : []),
  ];
}
