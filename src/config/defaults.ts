// What a config gets for every field it leaves out. The schema's "default" annotations show
// the same values to editors; test/config.test.ts keeps the two equal.

import defaultConfig from '../../config.json' with { type: 'json' };
import { STRATEGY_IDS } from '../registry.ts';
import type { ResolvedConfig } from './types.ts';

/** The default matrix (repo-root config.json, the full shape), carried in the bundle. */
export const DEFAULT_CONFIG: unknown = defaultConfig;
export const DEFAULT_SOURCE = 'built-in default config';
/** Its workloads: what a full-shape config without "workloads" measures. */
export const DEFAULT_WORKLOADS = defaultConfig.workloads as Record<string, Record<string, unknown>>;

export type Settings = Omit<ResolvedConfig, 'workloads' | 'source'>;

/** A fresh copy each call, so no caller can change another's defaults. */
export function defaultSettings(): Settings {
  return {
    workers: 'auto',
    tasks: 'auto',
    repetitions: 'auto',
    max_minutes: 4.75,
    precision: 0.05,
    strategies: [...STRATEGY_IDS],
    python: ['python3'],
    timeout_s: 600,
    network: { url: null, latency_ms: 50 },
    regression: { min_effect: 0.1, alpha: 0.05 },
  };
}
