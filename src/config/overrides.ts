// Command-line flags (and the Action's inputs, which use the same names) applied on top of a
// loaded config. Filters keep the config's order; numbers are checked against the same schema
// definitions as the file, so a flag and a file can never accept different values.

import { ConfigError } from './config-error.ts';
import { closest, didYouMean, explainAjvErrors } from './errors.ts';
import { formatPath } from './json-path.ts';
import { RUNTIME_KINDS, runtimeKindOf, STRATEGY_IDS, type StrategyId } from '../registry.ts';
import type { ResolvedConfig, WorkloadConfig } from './types.ts';
import { validateAgainst, type SchemaDefinition } from './validate.ts';

/**
 * The config fields a flag (CLI) or an input (Action) can override, by their common name. Both
 * edges hand over the raw text; this module is the one reader: lists are comma-separated,
 * numbers are text ("auto" for workers, tasks and repetitions), and an empty text means the
 * flag was not given (an Action input that is not set reads as '').
 */
export const OVERRIDE_FLAGS = [
  'strategies',
  'workloads',
  'levels',
  'workers',
  'tasks',
  'repetitions',
  'max-minutes',
  'python',
  'min-effect',
  'alpha',
] as const;
export type OverrideFlag = (typeof OVERRIDE_FLAGS)[number];
export type Overrides = Partial<Record<OverrideFlag, string>>;

export function applyOverrides(config: ResolvedConfig, overrides: Overrides): ResolvedConfig {
  const strategyNames = toList(overrides.strategies);
  const workloadNames = toList(overrides.workloads);
  const levelNames = toList(overrides.levels);
  const python = toList(overrides.python);
  /** A number flag checked against its config field's schema definition, or the config's value. */
  const number = <T>(flag: OverrideFlag, definition: SchemaDefinition, configured: T): T => {
    const text = overrides[flag]?.trim();
    return text ? (checked(`--${flag}`, definition, toNumber(text)) as T) : configured;
  };

  const strategies = strategyNames
    ? (select('--strategies', 'strategy', strategyNames, config.strategies, STRATEGY_IDS) as StrategyId[])
    : [...config.strategies];

  let workloads = config.workloads.map(copyWorkload);
  if (workloadNames) {
    const kept = select(
      '--workloads',
      'workload',
      workloadNames,
      workloads.map((w) => w.name),
      [],
    );
    workloads = workloads.filter((w) => kept.includes(w.name));
  }
  if (levelNames) workloads = filterLevels(workloads, levelNames);
  if (strategyNames || workloadNames || levelNames) assertSomethingRuns(strategies, workloads);

  return {
    ...config,
    workers: workersOverride(overrides.workers, config.workers),
    tasks: number('tasks', 'tasks', config.tasks),
    repetitions: number('repetitions', 'repetitions', config.repetitions),
    max_minutes: number('max-minutes', 'max_minutes', config.max_minutes),
    python: python ? (checked('--python', 'python', python) as string[]) : [...config.python],
    strategies,
    network: { ...config.network },
    regression: {
      min_effect: number('min-effect', 'min_effect', config.regression.min_effect),
      alpha: number('alpha', 'alpha', config.regression.alpha),
    },
    workloads,
  };
}

/** "--workers 4", "--workers auto", or a sweep "--workers 1,2,4,8". */
function workersOverride(text: string | undefined, configured: ResolvedConfig['workers']): ResolvedConfig['workers'] {
  const trimmed = text?.trim();
  if (!trimmed) return Array.isArray(configured) ? [...configured] : configured;
  const value = trimmed.includes(',') ? (toList(trimmed) ?? []).map(toNumber) : toNumber(trimmed);
  return checked('--workers', 'workers', value) as ResolvedConfig['workers'];
}

function toList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // Naming something twice on a command line means it once.
  const unique = [...new Set(items)];
  return unique.length === 0 ? undefined : unique;
}

/** "4" → 4, "0.5" → 0.5; anything else stays text, for the schema to name ("auto" is one). */
function toNumber(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function checked(flag: string, definition: SchemaDefinition, value: unknown): unknown {
  const errors = validateAgainst(definition, value);
  if (errors.length === 0) return value;
  const explained = explainAjvErrors(errors, value);
  // Inside a list flag the path is an index: "--python[1]".
  const inner = formatPath(explained.segments);
  const where = inner === '' || inner.startsWith('[') ? `${flag}${inner}` : `${flag}.${inner}`;
  throw new ConfigError(where, explained.message);
}

/** The configured names the user asked for, in config order; an unknown name is an error. */
function select(
  flag: string,
  noun: string,
  wanted: string[],
  configured: readonly string[],
  known: readonly string[],
): string[] {
  for (const name of wanted) {
    if (configured.includes(name)) continue;
    if (known.includes(name)) {
      throw new ConfigError(flag, `${noun} "${name}" is not in the config (it has: ${configured.join(', ')})`);
    }
    const guess = closest(name, configured.length > 0 ? configured : known);
    throw new ConfigError(
      flag,
      `unknown ${noun} "${name}" (the config has: ${configured.join(', ')})${didYouMean(guess)}`,
    );
  }
  return configured.filter((name) => wanted.includes(name));
}

function filterLevels(workloads: WorkloadConfig[], wanted: string[]): WorkloadConfig[] {
  const existing = [...new Set(workloads.flatMap((w) => w.levels.map((l) => l.name)))];
  for (const name of wanted) {
    if (existing.includes(name)) continue;
    const guess = closest(name, existing);
    throw new ConfigError(
      '--levels',
      `unknown level "${name}" (the selected workloads have: ${existing.join(', ')})${didYouMean(guess)}`,
    );
  }
  // A workload without any of the wanted levels drops out: "--levels small" picks a size.
  return workloads
    .map((w) => ({ ...w, levels: w.levels.filter((l) => wanted.includes(l.name)) }))
    .filter((w) => w.levels.length > 0);
}

/** Filters that each keep something can still leave no runnable pair (only Python workloads, only Node strategies). */
function assertSomethingRuns(strategies: readonly StrategyId[], workloads: readonly WorkloadConfig[]): void {
  const runsOn = (w: WorkloadConfig, s: StrategyId): boolean => w.language === 'any' || w.language === runtimeKindOf(s);
  if (workloads.some((w) => strategies.some((s) => runsOn(w, s)))) return;
  const described = workloads
    .map((w) => `${w.name} (${w.language === 'any' ? 'built-in' : RUNTIME_KINDS[w.language].language})`)
    .join(', ');
  throw new ConfigError(
    '--strategies/--workloads',
    `nothing left to run: workloads ${described} cannot run on strategies ${strategies.join(', ')}`,
  );
}

function copyWorkload(w: WorkloadConfig): WorkloadConfig {
  return { ...w, levels: w.levels.map((l) => ({ ...l })) };
}
