// The report files of a run, next to results.json: report.md and a self-contained report.html.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Results } from '../results/types.ts';
import { renderHtml } from './html.ts';
import type { ComparisonView } from '../compare/types.ts';
import { renderMarkdown } from './markdown.ts';

export function writeReports(outDir: string, results: Results, comparison?: ComparisonView) {
  const markdown = renderMarkdown(results, { charts: true, fullMetrics: true, comparison });
  const reportPath = join(outDir, 'report.md');
  writeFileSync(reportPath, markdown);
  const htmlPath = join(outDir, 'report.html');
  writeFileSync(htmlPath, renderHtml(results, comparison));
  return { reportPath, htmlPath, markdown, terminalMarkdown: renderMarkdown(results, { comparison }) };
}
