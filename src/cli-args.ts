// Command-line flags → options (pure). node:util's parseArgs: part of Node, strict about
// unknown flags and missing values, and one dependency fewer to bundle. The override flags'
// text goes as it is to config/overrides.ts, the reader the Action's inputs go to as well.
import { parseArgs } from 'node:util';
import { OVERRIDE_FLAGS, type Overrides } from './config/overrides.ts';
import { EXIT_CODES_TEXT, UserError } from './user-error.ts';

export class UsageError extends UserError {}

export const USAGE = `Usage: concurrency-bench [--config FILE] [--out DIR] [--strategies a,b] [--workloads a,b]
                         [--levels a,b] [--workers N] [--tasks N] [--repetitions N|auto]
                         [--max-minutes M] [--python P1,P2] [--compare-to RESULTS.json]
                         [--fail-on-regression] [--fail-on-memory-regression]
                         [--min-effect X] [--alpha A] [--version] [--help]
       concurrency-bench merge RESULTS.json... [--out DIR]

Runs the benchmark matrix (strategies x workloads x levels) and writes DIR/results.json,
DIR/report.md and DIR/report.html (DIR defaults to ./bench-results). Without --config it reads
./config.json if present, else the built-in default config. --repetitions auto (the default)
runs 3 rounds of every cell, then adds rounds where a verdict is still open, then where a
speedup interval is wider than the config's precision (±5%), within --max-minutes (default
4.75) for the whole run; what cannot fit is skipped at once. A number runs exactly that many
rounds.

merge reads several runners' results.json (a job matrix's artifacts, say) and writes one
report with the runners side by side: DIR/report.md and DIR/report.html (DIR defaults to
./merged-report).

--compare-to adds the change against an earlier results.json. --fail-on-regression fails when
a cell's wall time, --fail-on-memory-regression when its memory, grew by at least --min-effect
(default 0.1 = 10%) with a one-sided Mann-Whitney U test significant at --alpha (default 0.05).

${EXIT_CODES_TEXT}`;

export interface CliOptions {
  help: boolean;
  version: boolean;
  configPath?: string;
  outDir: string;
  overrides: Overrides;
  compareTo?: string;
  failOnRegression: boolean;
  failOnMemoryRegression: boolean;
}

/** The flags as node:util's parseArgs reads them; a wrong flag is a UsageError (exit 2). */
function readFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        config: { type: 'string' },
        out: { type: 'string' },
        'compare-to': { type: 'string' },
        'fail-on-regression': { type: 'boolean' },
        'fail-on-memory-regression': { type: 'boolean' },
        ...Object.fromEntries(OVERRIDE_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

export function parseCliArgs(argv: string[]): CliOptions {
  const values = readFlags(argv);
  const text = values as Record<string, string | boolean | undefined>;
  const overrides: Overrides = Object.fromEntries(
    OVERRIDE_FLAGS.flatMap((flag) => (typeof text[flag] === 'string' ? [[flag, text[flag]]] : [])),
  );
  const gates = (['fail-on-regression', 'fail-on-memory-regression'] as const).filter((flag) => values[flag]);
  if (gates.length > 0 && values['compare-to'] === undefined) {
    throw new UsageError(`--${gates[0]} needs --compare-to RESULTS.json (the baseline to compare with)`);
  }
  return {
    help: values.help ?? false,
    version: values.version ?? false,
    configPath: values.config,
    outDir: values.out ?? 'bench-results',
    overrides,
    compareTo: values['compare-to'],
    failOnRegression: values['fail-on-regression'] ?? false,
    failOnMemoryRegression: values['fail-on-memory-regression'] ?? false,
  };
}

export interface MergeOptions {
  help: boolean;
  files: string[];
  outDir: string;
}

/** `merge RESULTS.json… [--out DIR]`: the arguments after the word "merge". */
export function parseMergeArgs(argv: string[]): MergeOptions {
  const parsed = readMergeFlags(argv);
  const help = parsed.values.help ?? false;
  if (!help && parsed.positionals.length === 0) {
    throw new UsageError(
      'merge: name the results.json files to merge (concurrency-bench merge A/results.json B/results.json)',
    );
  }
  return { help, files: parsed.positionals, outDir: parsed.values.out ?? 'merged-report' };
}

function readMergeFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, out: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`merge: ${(error as Error).message.split('\n')[0]}`);
  }
}
