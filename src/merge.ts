// `merge`: several runners' results.json → one report with the runners side by side. The CLI
// gives it paths; the Action (mode "merge") the results artifacts it downloaded.
import { resolve } from 'node:path';
import type { RunnerResults } from './report/merged-model.ts';
import { writeMergedReports } from './report/write-reports.ts';
import { readResults } from './analysis/complete.ts';
import { makeOutDir } from './results/store.ts';

export interface MergeSource {
  /** The results.json to read. */
  path: string;
  /** How the report names where it came from: the path as given, or the artifact's name. */
  source: string;
}

/** Reads every file first (a ResultsError names the one that is not a results file). */
export const readRunners = (sources: MergeSource[]): RunnerResults[] =>
  sources.map(({ path, source }) => ({ source, results: readResults(path) }));

export function mergeRuns(runs: RunnerResults[], outDir: string) {
  makeOutDir(outDir);
  return writeMergedReports(resolve(outDir), runs);
}
