// The two config shapes (the README's "config.json") and their conversion to ResolvedConfig. Pure: module paths
// are resolved here but their existence is checked by load.ts, which owns the file system.

import { resolve } from 'node:path';
import { runtimeKindOfModule, type StrategyId } from '../registry.ts';
import { BUILTIN_WORKLOADS, isBuiltinWorkload, isStudyWorkload } from '../workload-registry.ts';
import { DEFAULT_WORKLOADS, defaultSettings } from './defaults.ts';
import { isPlainObject } from './json-path.ts';
import { FULL_SHAPE_KEYS, fullShapeFieldsOf } from './schema.ts';
import { parseDuration } from './duration.ts';
import type { LevelConfig, ResolvedConfig, WorkloadConfig } from './types.ts';

export type Shape = 'full' | 'levels_only';

/** Key order as written in the file (see json.ts); Object.keys for values not parsed from text. */
export type KeyOrder = (obj: object) => string[];

/**
 * The full shape as soon as one top-level key is a full-shape key; the levels-only shape (the study's own file is one)
 * otherwise. Deciding up front lets validation report errors of one shape, not of both.
 * A key that is both a full-shape key and a workload of the levels-only shape ("network": the
 * study's own file has it) counts only when it holds one of the full shape's fields for it
 * (network's url or latency_ms).
 */
export function detectShape(data: unknown): Shape {
  if (!isPlainObject(data)) return 'levels_only';
  return Object.keys(data).some((key) => {
    if (!isStudyWorkload(key)) return FULL_SHAPE_KEYS.includes(key);
    const value = data[key];
    return isPlainObject(value) && fullShapeFieldsOf(key).some((field) => field in value);
  })
    ? 'full'
    : 'levels_only';
}

/** The full shape, as config.schema.json guarantees it once validated. */
interface FullShape {
  workers?: number | 'auto' | number[];
  tasks?: number | 'auto';
  repetitions?: number | 'auto';
  max_minutes?: number;
  precision?: number;
  strategies?: StrategyId[];
  python?: string | string[];
  timeout_s?: number;
  network?: { url?: string | null; latency_ms?: number };
  regression?: { min_effect?: number; alpha?: number };
  workloads?: Record<string, Record<string, unknown>>;
}

export interface ConvertOptions {
  /** Where the config came from, kept in ResolvedConfig.source. */
  source: string;
  /** Folder user module paths are relative to. */
  baseDir: string;
  keyOrder: KeyOrder;
}

/** Converts a config already validated against its shape's definition. */
export function toResolvedConfig(data: unknown, shape: Shape, opts: ConvertOptions): ResolvedConfig {
  const defaults = defaultSettings();
  if (shape === 'levels_only') {
    return {
      ...defaults,
      workloads: toWorkloads(data as Record<string, Record<string, unknown>>, opts),
      source: opts.source,
    };
  }
  const full = data as FullShape;
  const python =
    full.python === undefined ? defaults.python : typeof full.python === 'string' ? [full.python] : [...full.python];
  // Without "workloads" the full shape only tunes the run; the matrix stays the default one.
  const workloads =
    full.workloads === undefined
      ? toWorkloads(DEFAULT_WORKLOADS, { ...opts, keyOrder: Object.keys })
      : toWorkloads(full.workloads, opts);
  return {
    workers: Array.isArray(full.workers) ? [...full.workers] : (full.workers ?? defaults.workers),
    tasks: full.tasks ?? defaults.tasks,
    repetitions: full.repetitions ?? defaults.repetitions,
    max_minutes: full.max_minutes ?? defaults.max_minutes,
    precision: full.precision ?? defaults.precision,
    strategies: full.strategies ? [...full.strategies] : defaults.strategies,
    python,
    timeout_s: full.timeout_s ?? defaults.timeout_s,
    network: {
      url: full.network?.url ?? defaults.network.url,
      latency_ms: full.network?.latency_ms ?? defaults.network.latency_ms,
    },
    regression: {
      min_effect: full.regression?.min_effect ?? defaults.regression.min_effect,
      alpha: full.regression?.alpha ?? defaults.regression.alpha,
    },
    workloads,
    source: opts.source,
  };
}

function toWorkloads(workloads: Record<string, Record<string, unknown>>, opts: ConvertOptions): WorkloadConfig[] {
  return opts.keyOrder(workloads).map((name): WorkloadConfig => {
    const spec = workloads[name]!;
    if (isBuiltinWorkload(name)) {
      const { handed } = BUILTIN_WORKLOADS[name];
      const payload = handed === 'argument' ? {} : { payload: handed };
      return { name, language: 'any', ...payload, levels: toLevels(spec, opts.keyOrder) };
    }
    const module = spec.module as string;
    const entry = (spec.export ?? spec.function) as string;
    return {
      name,
      // the schema admits only the registry's extensions (MODULE_PATTERN)
      language: runtimeKindOfModule(module)!,
      module: resolve(opts.baseDir, module),
      entry,
      levels: toLevels(spec.levels as Record<string, unknown>, opts.keyOrder),
    };
  });
}

function toLevels(levels: Record<string, unknown>, keyOrder: KeyOrder): LevelConfig[] {
  return keyOrder(levels).map((name): LevelConfig => {
    const value = levels[name];
    const target_s = parseDuration(value);
    return target_s === undefined ? { name, arg: value } : { name, duration: value as string, target_s };
  });
}
