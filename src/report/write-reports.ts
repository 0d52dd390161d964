// The report files: a run's, next to its results.json, or several runners' side by side (merge):
// report.md and a self-contained report.html.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Results } from '../results/types.ts';
import { renderHtml } from './html.ts';
import type { ComparisonView } from '../compare/types.ts';
import { renderMarkdown } from './markdown.ts';
import { renderMergedHtml } from './merged-html.ts';
import { renderMergedMarkdown } from './merged-markdown.ts';
import { mergedModel, type RunnerResults } from './merged-model.ts';

export function writeReports(outDir: string, results: Results, comparison?: ComparisonView) {
  const markdown = renderMarkdown(results, { charts: true, fullMetrics: true, comparison });
  const reportPath = join(outDir, 'report.md');
  writeFileSync(reportPath, markdown);
  const htmlPath = join(outDir, 'report.html');
  writeFileSync(htmlPath, renderHtml(results, comparison));
  return { reportPath, htmlPath, markdown, terminalMarkdown: renderMarkdown(results, { comparison }) };
}

/** `merge`: several runners' results → report.md and report.html side by side. */
export function writeMergedReports(outDir: string, runs: RunnerResults[]) {
  const model = mergedModel(runs);
  const markdown = renderMergedMarkdown(model);
  const reportPath = join(outDir, 'report.md');
  writeFileSync(reportPath, markdown);
  const htmlPath = join(outDir, 'report.html');
  writeFileSync(htmlPath, renderMergedHtml(model));
  return { reportPath, htmlPath, markdown, runners: model.runners.map((runner) => runner.label) };
}
