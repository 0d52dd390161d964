// The whole run, shared by the CLI and the Action: config → plan → measure → results → report.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { assembleSide } from './analysis/assemble.ts';
import { breakEvens } from './analysis/break-even.ts';
import { ceilingSummary } from './analysis/ceiling.ts';
import { contestedCells } from './analysis/contested.ts';
import { verdicts } from './analysis/verdicts.ts';
import type { ComparisonView } from './compare/types.ts';
import { undecidedCells } from './compare/trees.ts';
import { compareTrees, compareWithBaseline } from './compare/with-baseline.ts';
import { loadBaseConfig, loadConfig } from './config/load.ts';
import { applyOverrides, type Overrides } from './config/overrides.ts';
import type { ResolvedConfig } from './config/types.ts';
import { calibrateAll, serialCheckCostEstimate } from './measure/calibrate.ts';
import { calibrationCostEstimate } from './measure/calibration-search.ts';
import { measureCeiling, readCpuTicks, stealShare, type CeilingReading } from './measure/ceiling.ts';
import { runnerExecutor } from './measure/executor.ts';
import { runPlan } from './measure/run-plan.ts';
import { fitToBudget } from './plan/budget.ts';
import { newSeed } from './plan/order.ts';
import { seededRandom } from './stats/random.ts';
import { startLoopbackServer, type LoopbackServer } from './network/server.ts';
import { oneLine } from './one-line.ts';
import { applyCalibration, boundedPins, calibrationNeeds, pinnedToBaseline } from './plan/calibration.ts';
import { primaryCells, primaryWorkers } from './analysis/sweep.ts';
import { makePlan, type PlannedCell, type Tree, workerCounts } from './plan/plan.ts';
import { sameCodeWorkloads, withBase } from './plan/with-base.ts';
import { budgetLine, calibrationLine, passLine, progressLine, refinedLine } from './report/progress.ts';
import { writeReports } from './report/write-reports.ts';
import { readResults } from './analysis/complete.ts';
import { withRefined } from './results/refine.ts';
import { makeOutDir, writeResults } from './results/store.ts';
import { systemInfo } from './results/system-info.ts';
import { SCHEMA_VERSION, type CellResult, type PythonInfo, type Results } from './results/types.ts';
import { discoverRuntimes } from './runtimes/index.ts';
import { VERSION } from './version.ts';
import { checkUserWorkloads } from './workload-check.ts';
import { ENV_TMPDIR, ENV_URL } from './workloads/run-env.ts';
import { builtinWorkload } from './workload-registry.ts';

export interface BenchmarkOptions {
  configPath?: string;
  outDir: string;
  overrides: Overrides;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with each progress line; `withEta` asks for an estimate of the time left. */
  progress: (line: string) => void;
  withEta: boolean;
  /** Aborting stops the run: the cell under way and the rest are recorded as cancelled. */
  signal?: AbortSignal;
  /** A baseline results.json (relative to cwd), read and checked before anything runs. */
  compareTo?: string;
  /** How the report names the baseline; default its path. */
  compareLabel?: string;
  /**
   * A checkout of the base version (relative to cwd): its cells run in the same rounds as this
   * tree's, and the comparison is made on the ratio of the two within each round (issue 21).
   */
  baselineTree?: string;
  /** How the report names the base tree; default its path. */
  baselineTreeLabel?: string;
}

export interface BenchmarkOutcome {
  results: Results;
  resultsPath: string;
  reportPath: string;
  /** Every report file written (report.md, report.html, report.csv: report/exporters.ts). */
  files: string[];
  /** For report.md and GitHub: with charts and the full metrics. */
  markdown: string;
  /** For a terminal: the tables only. */
  terminalMarkdown: string;
  comparison?: ComparisonView;
  /** Why there is no comparison although a baseline was given (e.g. no cell in common). */
  comparisonProblem?: string;
}

const loopNs = (reading: CeilingReading) => (reading.alone_s / reading.iterations) * 1e9;

/** Kept free at the end of the budget for the reports, besides the closing ceiling measurement. */
const REPORT_RESERVE_MS = 3_000;

/**
 * How long each busy loop of the ceiling runs (default 0.3 s, `measure/ceiling.ts`). The test
 * suite shortens it (test/helpers.ts): about 40 runs there measure it twice each, and none of them
 * is about its precision (test/ceiling.test.ts is, at the default).
 */
const CEILING_LOOP_ENV = 'CONCURRENCY_BENCH_CEILING_LOOP_S';

function ceilingLoopSeconds(env: NodeJS.ProcessEnv): number | undefined {
  const seconds = Number(env[CEILING_LOOP_ENV]);
  return seconds > 0 ? seconds : undefined;
}

/** The runner's ceiling, or nothing when the run is cancelled or the machine would not tell. */
async function runnerCeiling(
  workers: number,
  options: BenchmarkOptions,
  when: 'start' | 'end',
): Promise<CeilingReading | undefined> {
  if (options.signal?.aborted) return undefined;
  try {
    const loopSeconds = ceilingLoopSeconds(options.env);
    const reading = await measureCeiling(workers, { signal: options.signal, ...(loopSeconds ? { loopSeconds } : {}) });
    options.progress(
      `runner ceiling (${when}): ${workers} independent busy processes ran ${reading.ratio.toFixed(2)}× as fast as one`,
    );
    return reading;
  } catch (error) {
    if (!options.signal?.aborted) options.progress(`runner ceiling (${when}) not measured: ${oneLine(error)}`);
    return undefined;
  }
}

/** Progress lines of the base tree's cells say so. */
const treeMark = (tree: Tree) => (tree === 'base' ? 'base: ' : '');

/** A built-in that needs it (the registry's `needs`) and no config network.url to send it elsewhere. */
const needsLoopbackServer = (config: ResolvedConfig) =>
  config.network.url === null &&
  config.workloads.some((w) => w.language === 'any' && builtinWorkload(w.name)?.needs === 'loopback-server');

export async function runBenchmark(options: BenchmarkOptions): Promise<BenchmarkOutcome> {
  const config = applyOverrides(loadConfig(options.configPath, { cwd: options.cwd }), options.overrides);
  // the base tree gives its cells only: budget, rounds, timeouts and thresholds are this run's
  const baseConfig =
    options.baselineTree === undefined
      ? undefined
      : applyOverrides(
          loadBaseConfig(options.configPath, options.baselineTree, { cwd: options.cwd }),
          options.overrides,
        );
  const baseline = options.compareTo === undefined ? undefined : readResults(resolve(options.cwd, options.compareTo));
  makeOutDir(options.outDir);
  const scratch = mkdtempSync(join(os.tmpdir(), 'concurrency-bench-'));
  let server: LoopbackServer | undefined;
  try {
    // Every runner's temp folder is this run's: what a runner cannot clean up because it was
    // killed (a Python forkserver's /tmp/pymp-… socket folder after a task timed out, a
    // workload's own temp files) goes when the run's folder goes, in the finally below.
    const env: NodeJS.ProcessEnv = {
      ...options.env,
      [ENV_TMPDIR]: scratch,
      TMPDIR: scratch,
      TEMP: scratch,
      TMP: scratch,
    };
    // each tree's runtimes, and its workloads loaded once before anything is measured
    const runtimesFor = async (tree: ResolvedConfig) => {
      const found = await discoverRuntimes(tree, env);
      await checkUserWorkloads(tree, (kind) => found.find((r) => r.kind === kind && !r.unavailable)?.runner(env));
      return found;
    };
    const runtimes = await runtimesFor(config);
    const baseRuntimes = baseConfig ? await runtimesFor(baseConfig) : [];
    if (needsLoopbackServer(config) || (baseConfig && needsLoopbackServer(baseConfig)))
      server = await startLoopbackServer(config.network.latency_ms);
    env[ENV_URL] = config.network.url ?? server?.url ?? '';

    const cores = os.availableParallelism();
    const runStart = performance.now();
    const budgetMs = config.max_minutes * 60_000;
    let plan = makePlan(config, runtimes, cores);
    if (baseConfig) plan = withBase(plan, makePlan(baseConfig, baseRuntimes, cores));
    const runnerFor = (cell: PlannedCell) =>
      [...runtimes, ...baseRuntimes].find((r) => r.label === cell.runtime)!.runner(env);
    const counts = workerCounts(config, cores);
    // The ceiling is measured at the pool size the verdicts rest on (primaryWorkers: a sweep's
    // largest that fits the cores).
    const workers = primaryWorkers(counts, cores);
    const sweep = counts.length > 1 ? `a sweep of ${counts.join(', ')} workers` : `${workers} workers`;

    const resultsPath = join(options.outDir, 'results.json');
    const results: Results = {
      schema_version: SCHEMA_VERSION,
      tool: { name: 'concurrency-bench', version: VERSION },
      created_at: new Date().toISOString(),
      system: systemInfo(
        options.env,
        runtimes.flatMap((r): PythonInfo[] => (r.info ? [r.info] : [])),
      ),
      config: {
        ...config,
        workers: counts.length > 1 ? counts : workers,
        tasks: counts.length > 1 ? config.tasks : (plan.cells[0]?.tasks ?? config.tasks),
      },
      cells: [],
      ...(options.baselineTree === undefined
        ? {}
        : {
            base: {
              label: options.baselineTreeLabel ?? options.baselineTree,
              cells: [],
              same_code: sameCodeWorkloads(plan),
            },
          }),
    };
    writeResults(resultsPath, results);

    const measured = plan.cells.filter((cell) => !cell.skip).length;
    const paired =
      plan.rounds.pairedMin !== undefined && plan.rounds.pairedMin !== plan.rounds.min
        ? ` (${plan.rounds.pairedMin}+ where both trees run: more where the comparison is undecided)`
        : '';
    const rounds =
      plan.rounds.min === plan.rounds.max
        ? `${plan.rounds.min} rounds`
        : `${plan.rounds.min}+ rounds${paired} (more where a verdict is open, then to ±${+(plan.precision * 100).toFixed(1)}%)`;
    const trees = baseConfig
      ? `, this tree's and ${options.baselineTreeLabel ?? options.baselineTree}'s in the same rounds`
      : '';
    options.progress(
      `concurrency-bench: ${plan.cells.length} cells (${measured} to measure)${trees}, ${rounds}, ${sweep}, budget ${config.max_minutes} min, results in ${resultsPath}`,
    );

    const ticksBefore = readCpuTicks();
    const ceilingBegan = performance.now();
    const ceilingStart = await runnerCeiling(workers, options, 'start');
    if (ceilingStart !== undefined)
      results.system.ceiling = { workers, start: ceilingStart.ratio, loop_ns: [loopNs(ceilingStart)] };
    // The closing ceiling measurement takes as long as the opening one: both count in the budget.
    const endReserveMs = performance.now() - ceilingBegan + REPORT_RESERVE_MS;
    const deadline = runStart + budgetMs - endReserveMs;

    // What cannot fit its minimum rounds (and its calibration) is skipped now, with the reason.
    const fitted = fitToBudget(plan, {
      availableS: (deadline - performance.now()) / 1000,
      calibrationS: (targets) =>
        calibrationCostEstimate(targets) + serialCheckCostEstimate(targets, plan.cells[0]?.tasks ?? 1),
    });
    const unfit = fitted.cells.filter((cell, i) => cell.skip && !plan.cells[i]!.skip);
    if (unfit.length > 0) options.progress(budgetLine(unfit, plan.cells.length));
    plan = fitted;

    const needs = calibrationNeeds(plan);
    // Every need is calibrated, with a baseline file too: its arguments are taken only when they
    // are within bounds of this run's (a forged file must not set the work, boundedPins).
    if (needs.length > 0) options.progress(`calibrating ${needs.length} runtime × workload pairs for duration levels`);
    const calibrated = await calibrateAll(
      needs,
      runnerFor,
      plan.timeoutMs,
      (need, outcome) => options.progress(calibrationLine(need, outcome)),
      options.signal,
    );
    const pins = boundedPins(baseline ? pinnedToBaseline(needs, baseline.cells) : new Map(), calibrated, needs);
    for (const line of pins.ignored) options.progress(`duration levels: ${line}`);
    if (pins.taken > 0)
      options.progress(
        `duration levels: ${pins.taken} runtime × workload pairs take the baseline's arguments, so that both runs do the same work`,
      );
    plan = applyCalibration(plan, pins.outcomes);

    const clock = { now: () => performance.now(), deadline };
    const regression = { minEffect: config.regression.min_effect, alpha: config.regression.alpha };
    const seed = newSeed();
    results.schedule = { seed, rounds: [] };
    const refresh = () => {
      // a sweep's verdicts and break-evens rest on one pool size (analysis/sweep.ts)
      const main = { cells: primaryCells(results.cells, cores) };
      results.verdicts = verdicts(main, config.precision);
      results.break_even = breakEvens(main);
      writeResults(resultsPath, results);
    };
    await runPlan({
      plan,
      execute: runnerExecutor(runnerFor),
      assemble: assembleSide,
      events: {
        cellFinished(cell: CellResult, index, total, tree) {
          if (tree === 'base') results.base!.cells.push(cell);
          else results.cells.push(cell);
          refresh();
          options.progress(`${treeMark(tree)}${progressLine(cell, index, total, counts.length > 1)}`);
        },
        cellsRefined(cells, round, why, tree) {
          if (tree === 'base') results.base!.cells = withRefined(results.base!.cells, cells);
          else results.cells = withRefined(results.cells, cells);
          refresh();
          options.progress(`${treeMark(tree)}${refinedLine(cells, round, plan.precision, counts.length > 1, why)}`);
        },
        roundRan(round) {
          results.schedule!.rounds.push(round);
        },
        passFinished(pass, of, paired) {
          const now = performance.now();
          const left = options.withEta ? (deadline + endReserveMs - now) / 1000 : undefined;
          options.progress(passLine(pass, of, (now - runStart) / 1000, left, paired));
        },
      },
      signal: options.signal,
      clock,
      random: seededRandom(seed),
      contested: (cells) => contestedCells(cells, cores, config.precision),
      undecided: (head, base) => undecidedCells(head, base, cores, regression),
    });

    const ceilingEnd = ceilingStart === undefined ? undefined : await runnerCeiling(workers, options, 'end');
    if (results.system.ceiling)
      results.system.ceiling = ceilingSummary(
        results.system.ceiling,
        ceilingEnd && { ratio: ceilingEnd.ratio, loop_ns: loopNs(ceilingEnd) },
        stealShare(ticksBefore, readCpuTicks()),
      );
    refresh();

    const compared = results.base
      ? compareTrees(results, regression)
      : baseline
        ? compareWithBaseline(results, baseline, options.compareLabel ?? options.compareTo!, regression)
        : {};
    return { results, resultsPath, ...compared, ...writeReports(options.outDir, results, compared.comparison) };
  } finally {
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
