// Blocks → Markdown (pure): report.md, the terminal, the job summary and the PR comment. It draws
// what sections.ts decided and adds nothing: names inert (escape.ts: a code span; inside an HTML
// block of the Markdown, escaped in <code>), our words as written, tables capped (table.ts).
import type { ComparisonView } from '../compare/types.ts';
import { formatProse } from '../prose.ts';
import type { Results } from '../results/types.ts';
import type { Block, Span, TableBlock, Text } from './blocks.ts';
import { escapeMarkdown, inertName, inertNameInHtml, type MarkdownPlace } from './escape.ts';
import { escapeHtml } from './html-escape.ts';
import { mermaidChart } from './mermaid.ts';
import { reportModel } from './model.ts';
import { commentSections } from './comment-sections.ts';
import { reportSections, type SectionChoice } from './sections.ts';
import { cappedTable } from './table.ts';

type Words = (text: string) => string;
type Names = (name: string) => string;

const markdownWords = (place: MarkdownPlace) => ({
  words: escapeMarkdown,
  names: (name: string) => inertName(name, place),
});
/** Inside `<summary>` a code span is not parsed: names escaped in <code>, our words HTML-escaped. */
const inHtml = { words: escapeHtml, names: inertNameInHtml };

function span(part: Span, how: { words: Words; names: Names }): string {
  if (typeof part === 'string') return part;
  if (Array.isArray(part)) return formatProse(part, how.words, how.names);
  return `**${part.strong.map((p) => span(p, how)).join('')}**`;
}

const text = (parts: Text, place: MarkdownPlace = 'text') =>
  parts.map((part) => span(part, markdownWords(place))).join('');

function table(block: TableBlock): string {
  const rows = [
    block.header.map((cell) => text(cell, 'table')),
    ...block.rows.map((row) =>
      row.cells.map((parts, i) => {
        const cell = parts.map((part) => text(part, 'table')).join(' · ');
        return i === 0 && row.tag ? `${cell} **${row.tag}**` : cell;
      }),
    ),
  ];
  return cappedTable(rows, block.align);
}

const TONE = { note: '> **Note:** ', warning: '> **Warning:** ', fine: '' } as const;

function draw(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${text(block.text)}`, ''];
    case 'paragraph':
      return [`${block.tone ? TONE[block.tone] : ''}${text(block.text)}`, ''];
    case 'facts':
      return [block.items.map((item) => text(item)).join(' · '), ''];
    case 'list':
      return [
        ...block.items.flatMap((item) => [
          `- ${text(item.text)}`,
          ...(item.sub ?? []).map((sub) => `  - ${text(sub)}`),
        ]),
        '',
      ];
    case 'table':
      return [table(block), ''];
    case 'details':
      return [
        `<details><summary>${block.summary.map((part) => span(part, inHtml)).join('')}</summary>`,
        '',
        ...drawBlocks(block.blocks),
        '</details>',
        '',
      ];
    case 'chart': {
      const chart = block.shape === 'bars' ? mermaidChart(block) : '';
      return chart ? [chart, ''] : [];
    }
    case 'section':
      return drawBlocks(block.blocks);
  }
}

const drawBlocks = (blocks: Block[]): string[] => blocks.flatMap(draw);

export const drawMarkdown = (blocks: Block[]): string => drawBlocks(blocks).join('\n');

/** What a caller of the report wants: charts and the folded parts, and a comparison with a baseline. */
export interface MarkdownOptions {
  charts?: boolean;
  fullMetrics?: boolean;
  comparison?: ComparisonView;
}

/** One run's report as Markdown, from its results (tests and the comment mode). */
export function renderMarkdown(results: Results, options: MarkdownOptions = {}): string {
  const choice: SectionChoice = { charts: options.charts, full: options.fullMetrics };
  return drawMarkdown(reportSections(reportModel(results, options.comparison), choice));
}

/** The pull-request comment of one run (comment-sections.ts): what changed, the verdicts, the rest folded. */
export const commentMarkdown = (results: Results, comparison?: ComparisonView): string =>
  drawMarkdown(commentSections(reportModel(results, comparison)));
