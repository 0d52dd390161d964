// results.json, schema_version 1 (DESIGN §5). A cell is a union keyed on its status.
import type { Phases } from '../measure/protocol.ts';
import type { SampleStats } from '../measure/stats.ts';

export const SCHEMA_VERSION = 1;

export const METRIC_KEYS = ['wall_time', 'cpu_time', 'throughput', 'memory_mb', 'gil_eff', 'speedup', 'efficiency'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type Metrics = Record<MetricKey, number>;

export interface CellKey {
  /** "node", or the Python interpreter's label (e.g. "python3.14"). */
  runtime: string;
  strategy: string;
  workload: string;
  level: string;
  arg: unknown;
  workers: number;
  tasks: number;
}

export interface OkCell extends CellKey {
  status: 'ok';
  metrics: Metrics;
  serial_wall_time: number;
  stats: Record<MetricKey | 'serial_wall_time', SampleStats>;
  /** Some repetition-to-repetition variation above NOISE_CV: read the figures with care. */
  noisy: boolean;
  /** Median seconds per phase: a warm-pool view is `run` alone. */
  phases: Phases;
  /** What the runtime reported about itself (e.g. Python's start_method). */
  info?: Record<string, unknown>;
}
export interface FailedCell extends CellKey {
  status: 'failed';
  error: string;
}
export interface SkippedCell extends CellKey {
  status: 'skipped';
  reason: string;
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
  /** pull_request: from GITHUB_REF (refs/pull/N/merge), for the fork-safe comment workflow. */
  git?: { sha?: string; ref?: string; pull_request?: number };
}

export interface Results {
  schema_version: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  created_at: string;
  system: SystemInfo;
  config: unknown;
  cells: CellResult[];
}
