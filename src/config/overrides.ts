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
 * Lists may be arrays or comma-separated strings; numbers may be numbers or their text (and
 * "auto" for workers/tasks), as flags and Action inputs arrive as text. An empty list or
 * string means the flag was not given.
 */
export interface ConfigOverrides {
  strategies?: string | readonly string[];
  workloads?: string | readonly string[];
  levels?: string | readonly string[];
  workers?: number | string;
  tasks?: number | string;
  repetitions?: number | string;
  max_minutes?: number | string;
  python?: string | readonly string[];
}

/** The name the CLI and the Action use. */
export type Overrides = ConfigOverrides;

export function applyOverrides(config: ResolvedConfig, overrides: ConfigOverrides): ResolvedConfig {
  const strategyNames = toList(overrides.strategies);
  const workloadNames = toList(overrides.workloads);
  const levelNames = toList(overrides.levels);
  const python = toList(overrides.python);

  const strategies = strategyNames
    ? (select('--strategies', 'strategy', strategyNames, config.strategies, STRATEGY_IDS) as StrategyId[])
    : [...config.strategies];

  let workloads = config.workloads.map(copyWorkload);
  if (workloadNames) {
    const kept = select('--workloads', 'workload', workloadNames, workloads.map((w) => w.name), []);
    workloads = workloads.filter((w) => kept.includes(w.name));
  }
  if (levelNames) workloads = filterLevels(workloads, levelNames);
  if (strategyNames || workloadNames || levelNames) assertSomethingRuns(strategies, workloads);

  return {
    ...config,
    workers: overrides.workers === undefined ? config.workers : (checked('--workers', 'workers', toNumber(overrides.workers)) as number | 'auto'),
    tasks: overrides.tasks === undefined ? config.tasks : (checked('--tasks', 'tasks', toNumber(overrides.tasks)) as number | 'auto'),
    repetitions:
      overrides.repetitions === undefined ? config.repetitions : (checked('--repetitions', 'repetitions', toNumber(overrides.repetitions)) as number),
    max_minutes:
      overrides.max_minutes === undefined ? config.max_minutes : (checked('--max-minutes', 'max_minutes', toNumber(overrides.max_minutes)) as number),
    python: python ? (checked('--python', 'python', python) as string[]) : [...config.python],
    strategies,
    network: { ...config.network },
    workloads,
  };
}

function toList(value: string | readonly string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (typeof value === 'string' ? value.split(',') : value).map((s) => String(s).trim()).filter((s) => s !== '');
  // Naming something twice on a command line means it once.
  const unique = [...new Set(items)];
  return unique.length === 0 ? undefined : unique;
}

function toNumber(value: number | string): number | string {
  if (typeof value === 'number') return value;
  const text = value.trim();
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
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
function select(flag: string, noun: string, wanted: string[], configured: readonly string[], known: readonly string[]): string[] {
  for (const name of wanted) {
    if (configured.includes(name)) continue;
    if (known.includes(name)) {
      throw new ConfigError(flag, `${noun} "${name}" is not in the config (it has: ${configured.join(', ')})`);
    }
    const guess = closest(name, configured.length > 0 ? configured : known);
    throw new ConfigError(flag, `unknown ${noun} "${name}" (the config has: ${configured.join(', ')})${didYouMean(guess)}`);
  }
  return configured.filter((name) => wanted.includes(name));
}

function filterLevels(workloads: WorkloadConfig[], wanted: string[]): WorkloadConfig[] {
  const existing = [...new Set(workloads.flatMap((w) => w.levels.map((l) => l.name)))];
  for (const name of wanted) {
    if (existing.includes(name)) continue;
    const guess = closest(name, existing);
    throw new ConfigError('--levels', `unknown level "${name}" (the selected workloads have: ${existing.join(', ')})${didYouMean(guess)}`);
  }
  // A workload without any of the wanted levels drops out: "--levels small" picks a size.
  return workloads
    .map((w) => ({ ...w, levels: w.levels.filter((l) => wanted.includes(l.name)) }))
    .filter((w) => w.levels.length > 0);
}

/** Filters that each keep something can still leave no runnable pair (only Python workloads, only Node strategies). */
function assertSomethingRuns(strategies: readonly StrategyId[], workloads: readonly WorkloadConfig[]): void {
  const runsOn = (w: WorkloadConfig, s: StrategyId): boolean =>
    w.language === 'any' || w.language === runtimeKindOf(s);
  if (workloads.some((w) => strategies.some((s) => runsOn(w, s)))) return;
  const described = workloads.map((w) => `${w.name} (${w.language === 'any' ? 'built-in' : RUNTIME_KINDS[w.language].language})`).join(', ');
  throw new ConfigError(
    '--strategies/--workloads',
    `nothing left to run: workloads ${described} cannot run on strategies ${strategies.join(', ')}`,
  );
}

function copyWorkload(w: WorkloadConfig): WorkloadConfig {
  return { ...w, levels: w.levels.map((l) => ({ ...l })) };
}
