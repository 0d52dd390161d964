// results.json: the contract every layer builds on (docs/architecture.md, "Layers"). This file
// imports nothing: measure fills these shapes, analysis and report read them.
// A cell is a union keyed on its status.

export const SCHEMA_VERSION = 1;

/** A cell whose wall times vary by more than this coefficient of variation is flagged noisy. */
export const NOISE_CV = 0.1;

/** A metric over a cell's repetitions (measure/stats.ts computes it). */
export interface SampleStats {
  median: number;
  min: number;
  max: number;
  /** Coefficient of variation: standard deviation / mean (0 for a single sample). */
  cv: number;
  samples: number[];
  /** Speedups only: a distribution-free confidence interval of the median (measure/interval.ts). */
  ci?: [number, number];
  /** The probability that `ci` holds the true median. */
  ci_level?: number;
}

/** Seconds per phase of one repetition. */
export interface Phases {
  /** Pool creation until every worker can take a task. */
  startup: number;
  /** First task submitted until the last result is in (the cold batch). */
  run: number;
  /** Pool shut down until every worker is gone. */
  shutdown: number;
}

/** The line seconds = a + b × arg that calibration fitted through the calls it measured. */
export interface CalibrationFit {
  a: number;
  b: number;
}

/** What calibration found for one target: the whole-number argument and what one call took. */
export interface CalibrationPoint {
  target_s: number;
  arg: number;
  /** The median of `samples` (where there are samples). */
  seconds: number;
  /** Seconds of each call that checked `arg` (see CalibrationResult.samples). */
  samples?: number[];
  fit?: CalibrationFit;
  /** 'serial': the argument was corrected on the serial path, and `samples` are its runs' times per task. */
  source?: 'search' | 'serial';
  /** Set when no argument came within the tolerance: why the nearest was taken. */
  note?: string;
}

export const METRIC_KEYS = [
  'wall_time',
  'cpu_time',
  'throughput',
  'memory_mb',
  'gil_eff',
  'speedup',
  'efficiency',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type Metrics = Record<MetricKey, number>;

export interface CellKey {
  /** "node", or the Python interpreter's label (e.g. "python3.14"). */
  runtime: string;
  strategy: string;
  workload: string;
  level: string;
  /** The function's argument: as configured, or as calibrated for a duration level. */
  arg: unknown;
  /** A duration level: the serial seconds one task should take (the config's "100ms"). */
  target_s?: number;
  workers: number;
  tasks: number;
}

// Identities: every way cells are matched, keyed or grouped, defined once (issue 23). A JSON
// array, not a joined string: no name can contain its separator.
type Key<K extends keyof CellKey> = Pick<CellKey, K>;

/** A model: "<runtime>/<strategy>", as results.json's verdicts name it. */
export const modelId = (cell: Key<'runtime' | 'strategy'>) => `${cell.runtime}/${cell.strategy}`;

/** A workload's level: the columns of a workload's table. */
export const levelId = (cell: Key<'workload' | 'level'>) => JSON.stringify([cell.workload, cell.level]);

/** A runtime's workload: what calibration searches an argument for. */
export const runtimeWorkloadId = (cell: Key<'runtime' | 'workload'>) => JSON.stringify([cell.runtime, cell.workload]);

/** A model at a workload and level, at any pool size: what a sweep varies and a baseline matches. */
export const placeId = (cell: Key<'runtime' | 'strategy' | 'workload' | 'level'>) =>
  JSON.stringify([cell.runtime, cell.strategy, cell.workload, cell.level]);

/** The cells that share one serial run: a runtime, workload and level, with the pool and its tasks. */
export const groupId = (cell: Key<'runtime' | 'workload' | 'level' | 'workers' | 'tasks'>) =>
  JSON.stringify([cell.runtime, cell.workload, cell.level, cell.workers, cell.tasks]);

/** One cell: its place in the matrix and its pool. */
export const cellId = (cell: Key<'runtime' | 'strategy' | 'workload' | 'level' | 'workers' | 'tasks'>) =>
  JSON.stringify([cell.runtime, cell.strategy, cell.workload, cell.level, cell.workers, cell.tasks]);

/**
 * A cell's identity across a base and a head tree (issue 21): its place and pool, and the work its
 * level stands for (the same duration target, or the same argument). Twins run in the same rounds.
 */
export const twinId = (cell: CellKey) =>
  JSON.stringify([cellId(cell), cell.target_s ?? null, cell.target_s === undefined ? cell.arg : null]);

export interface OkCell extends CellKey {
  status: 'ok';
  metrics: Metrics;
  serial_wall_time: number;
  stats: Record<MetricKey | 'serial_wall_time', SampleStats> & {
    /** The serial runs' CPU seconds, round by round (absent in results of earlier versions). */
    serial_cpu_time?: SampleStats;
    /**
     * The pool's start-up and shut-down seconds, round by round (`phases` holds their medians):
     * the fixed cost break-even rests on. Absent in results of earlier versions.
     */
    startup?: SampleStats;
    shutdown?: SampleStats;
  };
  /**
   * The group's round (1 for the first) of each sample in `stats`, in order: two cells of one
   * runtime, workload and level ran against the same serial run in the same round. Absent in
   * results of earlier versions.
   */
  rounds?: number[];
  /** Some repetition-to-repetition variation above NOISE_CV: read the figures with care. */
  noisy: boolean;
  /** Median seconds per phase (`run`: the cold batch). */
  phases: Phases;
  /**
   * Median CPU seconds of the process tree per phase: `startup` is what the pool itself costs
   * before any task runs (workers, interpreters, imports). Absent in results of earlier versions.
   */
  cpu_phases?: Phases;
  /** Half the width of the speedup's interval relative to its median: 0.05 = ±5%. */
  precision: number;
  /** The same tasks on a pool already started: a long-lived pool's view. */
  warm?: WarmFigures;
  /** No warm view: it was shown above the plausible limit (its rounds, kept here for the record). */
  warm_set_aside?: { rounds: number[]; limit: number };
  /** A duration level: what calibration found for this runtime. */
  calibration?: CalibrationResult;
  /** What the runtime reported about itself (e.g. Python's start_method). */
  info?: Record<string, unknown>;
  /** Rounds set aside because their figures could not be true here (measure/plausibility.ts). */
  outliers?: Outlier[];
}

/** A round left out of the medians, intervals and verdicts, with what it measured and why. */
export interface Outlier {
  /** 1 for the cell's group's first round. */
  round: number;
  reason: string;
  wall_time: number;
  cpu_time: number;
  cpu_phases?: Phases;
  serial_wall_time: number;
  speedup: number;
}
export interface WarmFigures {
  wall_time: number;
  /**
   * Rounds left out of the warm figures because they read above the cell's limit: written by
   * versions before rounds were kept whole (plausibility.ts); read for their files only.
   */
  set_aside?: { rounds: number[]; limit: number };
  /** Median of the serial runs' second batch: the serial side of the warm speedup. */
  serial_wall_time?: number;
  cpu_time: number;
  speedup: number;
  efficiency: number;
  stats: { wall_time: SampleStats; speedup: SampleStats };
  /** The group's round of each warm sample, in order (absent in results of earlier versions). */
  rounds?: number[];
}

/** What calibration chose for a duration level (the cell's `arg`), and what one call took then. */
export interface CalibrationResult {
  target_s: number;
  /** The median of `samples` (older files: what the search or the serial path measured). */
  measured_s: number;
  /**
   * Seconds per call of the chosen argument, as checked: the search's calls in its runner
   * (source 'search', 5 below 0.2 s, else 3), or, where the serial path corrected the argument,
   * the time per task of the serial runs that measured it (source 'serial').
   */
  samples?: number[];
  source?: 'search' | 'serial';
  /** The search's line seconds = a + b × arg, fitted through its calls near this target. */
  fit?: CalibrationFit;
  /** Why no argument came closer, when none came within the tolerance. */
  note?: string;
}

export interface FailedCell extends CellKey {
  status: 'failed';
  error: string;
}
export interface SkippedCell extends CellKey {
  status: 'skipped';
  reason: string;
  /** Not measurable: the rounds that could not be true, kept for the record. */
  outliers?: Outlier[];
}
export type CellResult = OkCell | FailedCell | SkippedCell;

export interface PythonInfo {
  label: string;
  version: string;
  free_threaded: boolean;
}

export interface SystemInfo {
  os: string;
  arch: string;
  cpu_model: string;
  cores: number;
  memory_gb: number;
  node: string;
  pythons: PythonInfo[];
  runner?: { os?: string; arch?: string; name?: string };
  /** The runner's own ceiling, measured at the start and the end of the run. */
  ceiling?: CeilingInfo;
  /** pull_request: from GITHUB_REF (refs/pull/N/merge), for the fork-safe comment workflow. */
  git?: { sha?: string; ref?: string; pull_request?: number };
}

/** Which figure a verdict rests on: a pool made per job (cold), or a long-lived pool (warm). */
export type Basis = 'cold' | 'warm';

export interface Verdict {
  workload: string;
  basis: Basis;
  /** The level it rests on: the workload's last level with measured cells. */
  level: string;
  /**
   * best: one model shown faster than every other not excluded; tie: the leader and the models
   * not shown slower; serial: every model shown not to beat running serially; inconclusive: no
   * model shown to beat serial while some are not shown not to, or too few rounds.
   */
  status: 'best' | 'tie' | 'serial' | 'inconclusive';
  /** "<runtime>/<strategy>" shown to beat serial and not shown slower than the leader (leader first). */
  best: string[];
  /** Not shown slower than the leader, nor shown to beat serial: it may be as good, or no better than serial. */
  unresolved?: string[];
  /**
   * Shown not to beat serial: by its speedup (below 1 + precision), or by its CPU use (it kept no
   * more cores busy than the serial run did: whatever it read, it ran the work one core at a time).
   */
  excluded?: { model: string; by: 'cpu' | 'speed' }[];
  /** The median speedup and interval of the leader (or, with none, of the fastest model not excluded). */
  speedup?: number;
  ci?: [number, number];
}

/** A model's speedup at the longest task measured, with its interval (the cell's `stats.speedup`). */
export interface SpeedupAt {
  median: number;
  ci: [number, number];
  /** The probability that `ci` holds the true median (below 95% with fewer than 6 rounds). */
  ci_level: number;
}

/** Above what serial task length a model beats running serially (src/analysis/break-even.ts). */
export interface BreakEven {
  runtime: string;
  strategy: string;
  workload: string;
  /**
   * Start-up + shut-down of a pool: the median over rounds of the measured phases (results of
   * earlier versions: the median of cold − warm wall time).
   */
  fixed_cost_s: number;
  /** Dispatch overhead a task adds on its worker, in a started pool. */
  per_task_s: number;
  /** Batch time per serial task-length (ideally tasks ÷ workers). */
  slope: number;
  /**
   * Pool made per job: pays off for tasks longer than this, shown: its interval is bounded and the
   * speedup at the longest task has a 95% interval above 1×. null = not shown (results of earlier
   * versions: never).
   */
  cold_task_s: number | null;
  /** Pool kept: the same. */
  warm_task_s: number | null;
  /**
   * The 95% bootstrap interval (over rounds) of the fitted threshold; null when it has no upper
   * end (the fitted lines often never cross). Absent in results of earlier versions.
   */
  cold_task_ci?: [number, number] | null;
  warm_task_ci?: [number, number] | null;
  /** The speedup at the longest task measured: what a claim rests on, and what the report says without one. */
  cold_speedup?: SpeedupAt;
  warm_speedup?: SpeedupAt;
  /** The longest task measured: a threshold beyond it is extrapolated. */
  longest_task_s: number;
}

/** What this machine delivered for `workers` independent busy processes against one. */
export interface CeilingInfo {
  workers: number;
  /** w × alone ÷ together: `workers` is perfect. */
  start: number;
  end?: number;
  /** The ceiling moved by more than 10% between the start and the end of the run. */
  moved?: boolean;
  /** Share of all CPU time the hypervisor stole during the run (where /proc/stat has it). */
  steal?: number;
  /**
   * Nanoseconds one iteration of the busy loop took alone, at the start and the end: the
   * machine's speed on fixed work, which the regression check divides out between two runs.
   */
  loop_ns?: number[];
}

/** One group's round as it ran: which runs, in which order ("serial" or a strategy id). */
export interface ScheduledRound extends Pick<CellKey, 'runtime' | 'workload' | 'level' | 'workers' | 'tasks'> {
  /** 1 for the group's first round. */
  round: number;
  order: string[];
}

/** How the rounds were run: every group's rounds in the order they ran, and the seed of their random order. */
export interface Schedule {
  seed: number;
  rounds: ScheduledRound[];
}

export interface Results {
  schema_version: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  created_at: string;
  system: SystemInfo;
  config: unknown;
  cells: CellResult[];
  verdicts?: Verdict[];
  break_even?: BreakEven[];
  /** Absent in results of earlier versions. */
  schedule?: Schedule;
  /**
   * A run with --baseline-tree: the base version's cells, measured in the same rounds as `cells`
   * (their `rounds` pair them); `label` is the tree's path as given.
   */
  base?: {
    label: string;
    cells: CellResult[];
    /** Workloads both trees run with the same code (the built-ins): measured once, in `cells` only, not compared. */
    same_code?: string[];
  };
}
