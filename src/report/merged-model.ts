// Several runners' results in one view (pure): who each runner is, and the same cell from each
// runner side by side. A job matrix (ubuntu x64 and arm64, macOS, Windows; several Pythons) is
// how GitHub Actions users spread a benchmark over machines; this is the report that reads them
// together. Each runner's verdicts are its own: a verdict rests on one machine's intervals.
import { targetPrecision } from '../analysis/complete.ts';
import type { Prose } from '../prose.ts';
import { type CellResult, modelId, type Results, type Verdict } from '../results/types.ts';
import { systemFacts } from './model.ts';
import { modelProse, uniq } from './names.ts';
import { ceilingText, processTreeNote, type VerdictText, verdictText } from './summary-text.ts';

/** One results.json and where it came from (a path, or an artifact's name). */
export interface RunnerResults {
  source: string;
  results: Results;
}

export interface RunnerView {
  /** A short name for column headers, unique in the report: "Linux arm64 · 4 cores". */
  label: string;
  source: string;
  facts: Prose[];
  ceiling?: string;
  /** Off Linux: what the CPU and memory figures leave out. */
  processTree?: Prose;
  /** The most any model can reach there: min(workers, tasks, cores) of its cells. */
  ideal: number;
  createdAt: string;
}

export interface MergedRow {
  /** runtime/strategy: runtime is the label each runner gave its interpreter ("python3"). */
  id: string;
  name: Prose;
  /** [runner]: that runner's cell at this level, or undefined where it did not run it. */
  cells: (CellResult | undefined)[];
}

export interface MergedLevel {
  name: string;
  /** Some runner's verdict rests on this level (the report shows these first, the rest folded). */
  verdict: boolean;
  rows: MergedRow[];
}

export interface MergedWorkload {
  name: string;
  /** [runner]: that runner's verdicts for this workload (none where it did not run it). */
  verdicts: VerdictText[][];
  levels: MergedLevel[];
}

export interface MergedModel {
  runners: RunnerView[];
  workloads: MergedWorkload[];
  /** The target precision of the first runner (each runner's verdicts use its own). */
  target: number;
  tool: { name: string; version: string };
}

/**
 * Column names that tell runners apart with as few words as possible: OS and architecture, then
 * the cores, then the Pythons, then the source, and a number only if two are still the same.
 */
export function runnerLabels(runs: RunnerResults[]): string[] {
  const describe = [
    // GitHub's names ("Linux", "X64") where the runner gave them, else the OS without its release
    ({ results: { system: s } }: RunnerResults) =>
      `${s.runner?.os ?? s.os.split(' ')[0]} ${(s.runner?.arch ?? s.arch).toLowerCase()}`,
    ({ results: { system: s } }: RunnerResults) => `${s.cores} cores`,
    ({ results: { system: s } }: RunnerResults) => (s.pythons ?? []).map((p) => `${p.label} ${p.version}`).join(', '),
    ({ source }: RunnerResults) => source,
  ];
  let labels = runs.map(() => '');
  for (const part of describe) {
    labels = runs.map((run, i) => [labels[i], part(run)].filter(Boolean).join(' · '));
    if (new Set(labels).size === labels.length) return labels;
  }
  return labels.map((label, i) => `${label} #${i + 1}`);
}

function runnerView(run: RunnerResults, label: string): RunnerView {
  const { results } = run;
  const cells = results.cells ?? [];
  const ideals = cells.map((c) => Math.min(c.workers, c.tasks, results.system.cores));
  const ceiling = ceilingText(results.system);
  const processTree = processTreeNote(results.system);
  return {
    label,
    source: run.source,
    facts: systemFacts(results).map((fact) => fact.text),
    ...(ceiling ? { ceiling: ceiling.text } : {}),
    ...(processTree ? { processTree } : {}),
    ideal: ideals.length ? Math.max(...ideals) : results.system.cores,
    createdAt: results.created_at,
  };
}

/** `runVerdicts`: each runner's verdicts, worked out once for every workload. */
function mergedWorkload(runs: RunnerResults[], runVerdicts: Verdict[][], name: string): MergedWorkload {
  const cellsOf = runs.map((run) => (run.results.cells ?? []).filter((cell) => cell.workload === name));
  const all = cellsOf.flat();
  const verdicts = runVerdicts.map((list) => list.filter((verdict) => verdict.workload === name));
  const verdictLevels = new Set(verdicts.flat().map((verdict) => verdict.level));
  const levels = uniq(all.map((cell) => cell.level)).map((level): MergedLevel => {
    const inLevel = all.filter((cell) => cell.level === level);
    return {
      name: level,
      verdict: verdictLevels.has(level),
      rows: uniq(inLevel.map(modelId)).map((id) => {
        const first = inLevel.find((cell) => modelId(cell) === id)!;
        return {
          id,
          name: modelProse(first.runtime, first.strategy),
          cells: cellsOf.map((cells) => cells.find((cell) => cell.level === level && modelId(cell) === id)),
        };
      }),
    };
  });
  return {
    name,
    verdicts: verdicts.map((list, i) => list.map((verdict) => verdictText(verdict, cellsOf[i]!))),
    levels,
  };
}

export function mergedModel(runs: RunnerResults[]): MergedModel {
  const labels = runnerLabels(runs);
  const first = runs[0]?.results;
  const runVerdicts = runs.map(({ results }) => results.verdicts ?? []);
  return {
    runners: runs.map((run, i) => runnerView(run, labels[i]!)),
    workloads: uniq(runs.flatMap((run) => (run.results.cells ?? []).map((cell) => cell.workload))).map((name) =>
      mergedWorkload(runs, runVerdicts, name),
    ),
    target: first ? targetPrecision(first) : 0.05,
    tool: { name: first?.tool?.name ?? 'concurrency-bench', version: first?.tool?.version ?? '' },
  };
}
