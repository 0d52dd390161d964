// What a config gets for every field it leaves out. The schema's "default" annotations show
// the same values to editors; test/config.test.ts keeps the two equal.

import studyConfig from '../../config.json' with { type: 'json' };
import { ALL_STRATEGIES, type ResolvedConfig } from './types.ts';

/** The study's matrix (repo-root config.json), carried in the bundle. */
export const STUDY_CONFIG: unknown = studyConfig;
export const STUDY_SOURCE = 'built-in study config';

export type Settings = Omit<ResolvedConfig, 'workloads' | 'source'>;

/** A fresh copy each call, so no caller can change another's defaults. */
export function defaultSettings(): Settings {
  return {
    workers: 'auto',
    tasks: 'auto',
    repetitions: 3,
    strategies: [...ALL_STRATEGIES],
    python: ['python3'],
    timeout_s: 600,
    network: { url: null, latency_ms: 50 },
  };
}
