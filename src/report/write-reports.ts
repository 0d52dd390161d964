// The report files: a run's, next to its results.json, or several runners' side by side (merge).
// The model and its blocks are made once; each exporter (exporters.ts) draws its file from them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComparisonView } from '../compare/types.ts';
import type { Results } from '../results/types.ts';
import type { DrawnReport } from './blocks.ts';
import { EXPORTERS, exportedFiles } from './exporters.ts';
import { drawMarkdown } from './markdown.ts';
import { mergedModel, type RunnerResults } from './merged-model.ts';
import { mergedSections } from './merged-sections.ts';
import { reportModel } from './model.ts';
import { reportSections } from './sections.ts';

/** Every exporter's file in `outDir`; their paths, report.md's first. */
function writeFiles(outDir: string, report: DrawnReport) {
  const files = exportedFiles(outDir);
  for (const [i, exporter] of EXPORTERS.entries()) writeFileSync(files[i]!, exporter.render(report));
  return { reportPath: join(outDir, 'report.md'), files };
}

export function writeReports(outDir: string, results: Results, comparison?: ComparisonView) {
  const model = reportModel(results, comparison);
  const blocks = reportSections(model, { charts: true, full: true });
  const markdown = drawMarkdown(blocks);
  const cells = results.cells.map((cell) => ({ cell }));
  return {
    ...writeFiles(outDir, { title: 'concurrency-bench report', blocks, cells }),
    markdown,
    terminalMarkdown: drawMarkdown(reportSections(model)),
  };
}

/** `merge`: several runners' results → report.md and report.html side by side. */
export function writeMergedReports(outDir: string, runs: RunnerResults[]) {
  const model = mergedModel(runs);
  const blocks = mergedSections(model);
  const markdown = drawMarkdown(blocks);
  const cells = runs.flatMap((run, i) =>
    (run.results.cells ?? []).map((cell) => ({ runner: model.runners[i]!.label, cell })),
  );
  return {
    ...writeFiles(outDir, { title: 'concurrency-bench: runners side by side', blocks, cells }),
    markdown,
    runners: model.runners.map((runner) => runner.label),
  };
}
