// The files a report is written as, one exporter each: a new format is one line here and its
// drawer (docs/architecture.md, "Where to add what").
import { join } from 'node:path';
import type { DrawnReport } from './blocks.ts';
import { renderCsv } from './csv.ts';
import { drawHtml } from './html.ts';
import { drawMarkdown } from './markdown.ts';

export interface Exporter {
  file: string;
  render: (report: DrawnReport) => string;
}

export const EXPORTERS: Exporter[] = [
  { file: 'report.md', render: ({ blocks }) => drawMarkdown(blocks) },
  { file: 'report.html', render: ({ title, blocks }) => drawHtml(title, blocks) },
  { file: 'report.csv', render: renderCsv },
];

/** The files the exporters write into `outDir` (what a run uploads beside its results.json). */
export const exportedFiles = (outDir: string) => EXPORTERS.map((exporter) => join(outDir, exporter.file));
