// The report, built once from results (pure): what every report shows, in the order it shows
// it. markdown.ts and html.ts only format this view; neither goes back to the results.
// Strings from the results file stay names (Prose, src/prose.ts): each formatter makes them inert.
import { targetPrecision } from '../analysis/complete.ts';
import { primaryCells, type SweepCurve, sweepCurves } from '../analysis/sweep.ts';
import { type TransferCost, transferCosts } from '../analysis/transfer.ts';
import type { CellComparison, ComparisonView } from '../compare/types.ts';
import { ours, prose, type Prose } from '../prose.ts';
import {
  type BreakEven,
  type CellResult,
  levelId,
  modelId,
  type OkCell,
  placeId,
  type Results,
} from '../results/types.ts';
import { modelProse, uniq } from './names.ts';
import { strategyColor } from './svg-palette.ts';
import {
  ceilingText,
  levelText,
  precisionText,
  processTreeNote,
  setAsideText,
  verdictText,
  type VerdictText,
} from './summary-text.ts';

export interface ReportModel {
  /** Facts about the machine, the runtimes and the commit, in reading order. */
  system: { text: Prose; strong?: boolean }[];
  createdAt: string;
  /** Labels of free-threaded Pythons (their ThreadPool runs threads in parallel). */
  freeThreaded: string[];
  ceiling?: { text: string; warning?: string };
  /** Off Linux: what the CPU and memory figures leave out. */
  processTree?: Prose;
  /** "ideal 2× with 2 workers on 2 cores", or the rule where cells differ in workers. */
  ideal: string;
  /** The run's target precision (0.05 = ±5%). */
  target: number;
  precision?: Prose;
  comparison?: ComparisonView;
  workloads: WorkloadView[];
  /** One line per model and reason: a missing interpreter is one fact, not twelve. */
  notMeasured: { model: Prose; why: Prose; places: [workload: string, level: string][] }[];
  setAside: { model: Prose; workload: string; level: string; text: Prose }[];
  /** Duration levels: the argument each runtime got (one per runtime × workload × level). */
  calibrated: OkCell[];
  breakEvens: BreakEven[];
  /** Worker sweeps: a curve per model at each workload × level run at several pool sizes. */
  sweeps: SweepView[];
  /** The transfer workloads: each model's time per MiB moved, beside the serial copy's. */
  transfers: TransferView[];
  measured: OkCell[];
  footer: { tool: string; version: string; schema: unknown };
}

export interface WorkloadView {
  name: string;
  verdicts: VerdictText[];
  /** The models the cold verdict names (modelId): the "best" badge. */
  best: string[];
  /** Break-even of the models the verdicts name, and of every model of the workload. */
  namedBreakEvens: BreakEven[];
  breakEvens: BreakEven[];
  levels: LevelView[];
  rows: RowView[];
  /** The cold verdict's level: the one chart a Markdown report draws. */
  chart?: { level: string; cells: OkCell[]; ideal: number };
  cells: CellResult[];
}

export interface TransferView {
  workload: string;
  levels: { name: string; kib: number }[];
  /** [level]: the model's cost there. */
  rows: { name: Prose; costs: (TransferCost | undefined)[] }[];
  /** Per runtime, [level]: the serial batch's ms per MiB (the copy alone). */
  serial: { runtime: string; msPerMib: (number | undefined)[] }[];
}

export interface SweepView {
  workload: string;
  level: Prose;
  /** Every pool size measured there, smallest first. */
  workers: number[];
  cores: number;
  rows: { name: Prose; color: string; curve: SweepCurve }[];
}

export interface LevelView {
  name: string;
  /** The level's first cell: its argument, and its target for a duration level. */
  first: CellResult;
  /** The most any model can reach at this level here: min(workers, tasks, cores). */
  ideal: number;
}

export interface RowView {
  /** runtime/strategy */
  id: string;
  strategy: string;
  name: Prose;
  best: boolean;
  color: string;
  /** 0 for a strategy's first runtime; a texture for the others (python3.12 and python3.14t ThreadPool). */
  texture: number;
  /** One per level (undefined where the model did not run that level), with the change against a baseline. */
  cells: ({ cell: CellResult; change?: CellComparison } | undefined)[];
}

const idealOf = (cell: CellResult, cores: number) => Math.min(cell.workers, cell.tasks, cores);

export function systemFacts(results: Results): ReportModel['system'] {
  const s = results.system;
  const runner = s.runner ? [s.runner.name, s.runner.os, s.runner.arch].filter((x): x is string => Boolean(x)) : [];
  return [
    { text: prose`${ours(String(s.cores))} cores`, strong: true },
    { text: prose`${s.cpu_model}` },
    { text: prose`${ours(String(s.memory_gb))} GB` },
    { text: prose`${s.os} ${s.arch}` },
    { text: prose`Node ${s.node}` },
    ...(s.pythons ?? []).map((p) => ({
      text: prose`${p.label} ${p.version}${ours(p.free_threaded ? ' (free-threaded)' : '')}`,
    })),
    ...(runner.length ? [{ text: prose`runner ${runner.join(' ')}` }] : []),
    ...(s.git?.sha ? [{ text: prose`commit ${s.git.sha.slice(0, 7)}` }] : []),
  ];
}

/** The texture of each runtime × strategy: the second and later runtimes of a strategy get one. */
function textures(cells: CellResult[]): Map<string, number> {
  const byStrategy = new Map<string, string[]>();
  for (const cell of cells) {
    const runtimes = byStrategy.get(cell.strategy) ?? [];
    if (!runtimes.includes(cell.runtime)) byStrategy.set(cell.strategy, [...runtimes, cell.runtime]);
  }
  return new Map(
    [...byStrategy].flatMap(([strategy, runtimes]) =>
      runtimes.map((runtime, i) => [modelId({ runtime, strategy }), i] as const),
    ),
  );
}

function workloadView(
  results: Results,
  name: string,
  tex: Map<string, number>,
  changes: Map<string, CellComparison>,
  allBreakEvens: BreakEven[],
): WorkloadView {
  const cells = results.cells.filter((cell) => cell.workload === name);
  const verdicts = (results.verdicts ?? []).filter((v) => v.workload === name);
  const cold = verdicts.find((v) => v.basis === 'cold');
  const named = uniq(verdicts.flatMap((v) => v.best));
  const breakEvens = allBreakEvens.filter((b) => b.workload === name);
  const levels = uniq(cells.map((cell) => cell.level)).map((level): LevelView => {
    const inLevel = cells.filter((c) => c.level === level);
    return {
      name: level,
      first: inLevel[0]!,
      ideal: Math.max(...inLevel.map((c) => idealOf(c, results.system.cores))),
    };
  });
  const byPlace = new Map(cells.map((cell) => [placeId(cell), cell]));
  const rows = uniq(cells.map(modelId)).map((id): RowView => {
    const first = cells.find((cell) => modelId(cell) === id)!;
    return {
      id,
      strategy: first.strategy,
      name: modelProse(first.runtime, first.strategy),
      best: (cold?.best ?? []).includes(id),
      color: strategyColor(first.strategy),
      texture: tex.get(id) ?? 0,
      cells: levels.map(({ name: level }) => {
        const cell = byPlace.get(placeId({ ...first, workload: name, level }));
        if (!cell) return undefined;
        const change = changes.get(placeId(cell));
        return change ? { cell, change } : { cell };
      }),
    };
  });
  const top = cold ? cells.filter((cell): cell is OkCell => cell.status === 'ok' && cell.level === cold.level) : [];
  return {
    name,
    verdicts: verdicts.map((v) => verdictText(v, results.cells)),
    best: cold?.best ?? [],
    namedBreakEvens: breakEvens.filter((b) => named.includes(modelId(b))),
    breakEvens,
    levels,
    rows,
    ...(top.length
      ? {
          chart: {
            level: cold!.level,
            cells: top,
            ideal: Math.min(top[0]!.workers, top[0]!.tasks, results.system.cores),
          },
        }
      : {}),
    cells,
  };
}

function transferViews(cells: CellResult[]): TransferView[] {
  const costs = transferCosts(cells.filter((cell): cell is OkCell => cell.status === 'ok'));
  return uniq(costs.map((c) => c.cell.workload)).map((workload) => {
    const here = costs.filter((c) => c.cell.workload === workload);
    const levels = uniq(here.map((c) => c.cell.level)).map((name) => ({
      name,
      kib: here.find((c) => c.cell.level === name)!.kib,
    }));
    const at = (list: TransferCost[], level: string) => list.find((c) => c.cell.level === level);
    return {
      workload,
      levels,
      rows: uniq(here.map((c) => modelId(c.cell))).map((id) => {
        const mine = here.filter((c) => modelId(c.cell) === id);
        return {
          name: modelProse(mine[0]!.cell.runtime, mine[0]!.cell.strategy),
          costs: levels.map((l) => at(mine, l.name)),
        };
      }),
      serial: uniq(here.map((c) => c.cell.runtime)).map((runtime) => {
        const mine = here.filter((c) => c.cell.runtime === runtime);
        return { runtime, msPerMib: levels.map((l) => at(mine, l.name)?.serialMsPerMib) };
      }),
    };
  });
}

function sweepViews(cells: CellResult[], cores: number): SweepView[] {
  const curves = sweepCurves(cells, cores);
  const places = uniq(curves.map(levelId));
  return places.map((place) => {
    const here = curves.filter((c) => levelId(c) === place);
    const first = here[0]!;
    return {
      workload: first.workload,
      level: levelText(first.points.at(-1)!.cell),
      workers: uniq(here.flatMap((c) => c.points.map((p) => p.workers))).sort((a, b) => a - b),
      cores,
      rows: here.map((curve) => ({
        name: modelProse(curve.runtime, curve.strategy),
        color: strategyColor(curve.strategy),
        curve,
      })),
    };
  });
}

function notMeasured(results: Results): ReportModel['notMeasured'] {
  const groups = new Map<string, ReportModel['notMeasured'][number]>();
  for (const cell of results.cells.filter((c) => c.status !== 'ok')) {
    const why = cell.status === 'failed' ? prose`failed: ${cell.error}` : prose`skipped: ${cell.reason}`;
    const key = JSON.stringify([modelId(cell), why]);
    const group = groups.get(key) ?? { model: modelProse(cell.runtime, cell.strategy), why, places: [] };
    group.places.push([cell.workload, cell.level]);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function calibrated(results: Results): OkCell[] {
  const seen = new Set<string>();
  return results.cells.filter((cell): cell is OkCell => {
    if (cell.status !== 'ok' || !cell.calibration) return false;
    const key = JSON.stringify([cell.runtime, cell.workload, cell.level]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function reportModel(results: Results, comparison?: ComparisonView): ReportModel {
  // a sweep's tables and verdicts show one pool size; its curves are the sweep section's
  const all = results.cells ?? [];
  const cells = primaryCells(all, results.system.cores);
  const main: Results = { ...results, cells };
  const workers = uniq(cells.map((cell) => cell.workers));
  const cores = results.system.cores;
  const target = targetPrecision(results);
  const tex = textures(cells);
  const changes = new Map(comparison?.cells.map((c) => [placeId(c), c]));
  const breakEvens = main.break_even ?? [];
  return {
    system: systemFacts(results),
    createdAt: results.created_at,
    freeThreaded: (results.system.pythons ?? []).filter((p) => p.free_threaded).map((p) => p.label),
    ceiling: ceilingText(results.system),
    processTree: processTreeNote(results.system),
    ideal:
      workers.length === 1
        ? `ideal ${Math.min(workers[0]!, cores)}× with ${workers[0]} workers on ${cores} cores`
        : 'ideal = workers, up to the core count',
    target,
    precision: precisionText(results, target),
    ...(comparison ? { comparison } : {}),
    workloads: uniq(cells.map((cell) => cell.workload)).map((name) =>
      workloadView(main, name, tex, changes, breakEvens),
    ),
    notMeasured: notMeasured(main),
    setAside: all.flatMap((cell) => {
      const text = setAsideText(cell);
      return text
        ? [{ model: modelProse(cell.runtime, cell.strategy), workload: cell.workload, level: cell.level, text }]
        : [];
    }),
    calibrated: calibrated(main),
    breakEvens,
    sweeps: sweepViews(all, cores),
    transfers: transferViews(cells),
    measured: all.filter((cell): cell is OkCell => cell.status === 'ok'),
    footer: {
      tool: results.tool?.name ?? 'concurrency-bench',
      version: results.tool?.version ?? '',
      schema: results.schema_version,
    },
  };
}
