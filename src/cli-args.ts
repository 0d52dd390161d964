// Command-line flags → options (pure). node:util's parseArgs: part of Node, strict about
// unknown flags and missing values, and one dependency fewer to bundle.
import { parseArgs } from 'node:util';
import type { Overrides } from './config/overrides.ts';

export class UsageError extends Error {}

export const USAGE = `Usage: concurrency-bench [--config FILE] [--out DIR] [--strategies a,b] [--workloads a,b]
                         [--levels a,b] [--workers N] [--tasks N] [--repetitions N|auto]
                         [--max-minutes M] [--python P1,P2] [--compare-to RESULTS.json]
                         [--fail-on-regression]

Runs the benchmark matrix (strategies x workloads x levels) and writes DIR/results.json and
DIR/report.md (DIR defaults to ./bench-results). Without --config it reads ./config.json if
present, else the built-in default config. --repetitions auto (the default) adds rounds to a cell
while its speedup interval is wider than the config's precision (±5%), within --max-minutes
(default 9) for the whole run; a number runs exactly that many rounds. --compare-to adds the change against an earlier
results.json; --fail-on-regression exits 1 when a cell got slower beyond noise.`;

export interface CliOptions {
  help: boolean;
  configPath?: string;
  outDir: string;
  overrides: Overrides;
  compareTo?: string;
  failOnRegression: boolean;
}

const list = (value: string | undefined) =>
  value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean);

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*-?\d+\s*$/.test(value)) throw new UsageError(`--${flag}: expected a whole number, got "${value}"`);
  return Number(value);
}

function decimal(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(value)) throw new UsageError(`--${flag}: expected a number, got "${value}"`);
  return Number(value);
}

export function parseCliArgs(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        config: { type: 'string' },
        out: { type: 'string' },
        strategies: { type: 'string' },
        workloads: { type: 'string' },
        levels: { type: 'string' },
        workers: { type: 'string' },
        tasks: { type: 'string' },
        repetitions: { type: 'string' },
        'max-minutes': { type: 'string' },
        python: { type: 'string' },
        'compare-to': { type: 'string' },
        'fail-on-regression': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const overrides: Overrides = {
    strategies: list(values.strategies),
    workloads: list(values.workloads),
    levels: list(values.levels),
    python: list(values.python),
    workers: integer('workers', values.workers),
    tasks: integer('tasks', values.tasks),
    repetitions: values.repetitions?.trim() === 'auto' ? 'auto' : integer('repetitions', values.repetitions),
    max_minutes: decimal('max-minutes', values['max-minutes']),
  };
  if (values['fail-on-regression'] && values['compare-to'] === undefined) {
    throw new UsageError('--fail-on-regression needs --compare-to RESULTS.json (the baseline to compare with)');
  }
  return {
    help: values.help ?? false,
    configPath: values.config,
    outDir: values.out ?? 'bench-results',
    overrides,
    compareTo: values['compare-to'],
    failOnRegression: values['fail-on-regression'] ?? false,
  };
}
