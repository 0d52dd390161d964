// Command-line flags → options (pure). node:util's parseArgs: part of Node, strict about
// unknown flags and missing values, and one dependency fewer to bundle. The override flags'
// text goes as it is to config/overrides.ts, the reader the Action's inputs go to as well.
import { parseArgs } from 'node:util';
import { OVERRIDE_FLAGS, type Overrides } from './config/overrides.ts';
import { EXIT_CODES_TEXT, UserError } from './user-error.ts';

export class UsageError extends UserError {}

export const USAGE = `Usage: concurrency-bench [--config FILE] [--out DIR] [--strategies a,b] [--workloads a,b]
                         [--levels a,b] [--workers N] [--tasks N] [--repetitions N|auto]
                         [--max-minutes M] [--python P1,P2] [--baseline-tree DIR]
                         [--compare-to RESULTS.json] [--fail-on-regression] [--fail-on-memory-regression]
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

--baseline-tree DIR measures a checkout of the base version (its config at the same path, its
workload modules) beside this tree, in the same rounds, and compares each cell round by round:
the way to tell whether a change made something slower. --fail-on-regression fails when a cell's
wall time, --fail-on-memory-regression when its peak memory, grew: the rounds' head / base
ratios shown above 1 + --min-effect/2 (default 0.1 = 10%) by a one-sided sign test, with a
median of at least 1 + --min-effect, the false discovery rate across cells held at --alpha
(default 0.05, Benjamini-Hochberg).

--compare-to compares with an earlier results.json instead: another run, most likely on
another machine, so only indicative. The same gate then tests each cell's speedups (against
its own run's serial run, which cancels each machine's speed), round by round.

${EXIT_CODES_TEXT}`;

export interface CliOptions {
  help: boolean;
  version: boolean;
  configPath?: string;
  outDir: string;
  overrides: Overrides;
  compareTo?: string;
  baselineTree?: string;
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
        'baseline-tree': { type: 'string' },
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
  if (values['compare-to'] !== undefined && values['baseline-tree'] !== undefined)
    throw new UsageError('give --baseline-tree DIR or --compare-to RESULTS.json, not both: a run makes one comparison');
  if (gates.length > 0 && values['compare-to'] === undefined && values['baseline-tree'] === undefined) {
    throw new UsageError(
      `--${gates[0]} needs something to compare with: --baseline-tree DIR (a checkout of the base version) or --compare-to RESULTS.json`,
    );
  }
  return {
    help: values.help ?? false,
    version: values.version ?? false,
    configPath: values.config,
    outDir: values.out ?? 'bench-results',
    overrides,
    compareTo: values['compare-to'],
    baselineTree: values['baseline-tree'],
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
