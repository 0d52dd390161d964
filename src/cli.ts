#!/usr/bin/env node
// The command-line edge: flags in, progress and tables out, an exit code that CI can act on
// (user-error.ts lists them; --help prints them).
import { resolve } from 'node:path';
import { runBenchmark } from './benchmark.ts';
import { cancelOnSignals } from './cancel-on-signals.ts';
import { parseCliArgs, parseMergeArgs, USAGE } from './cli-args.ts';
import { gateFailure } from './compare/gate.ts';
import { mergeRuns, readRunners } from './merge.ts';
import { logLine, oneLine } from './one-line.ts';
import { EXIT, UserError } from './user-error.ts';
import { VERSION } from './version.ts';

function mergeMain(argv: string[]): number {
  const options = parseMergeArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  // a file that is not a results file stops the merge before anything is written (exit 2)
  const runs = readRunners(options.files.map((path) => ({ path, source: path })));
  const merged = mergeRuns(runs, options.outDir);
  console.log(logLine(merged.markdown, { multiline: true }));
  console.log(
    logLine(`\nMerged ${merged.runners.length} runners; wrote ${merged.files.join(', ')}`, {
      multiline: true,
    }),
  );
  return EXIT.ok;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'merge') return mergeMain(argv.slice(1));
  const options = parseCliArgs(argv);
  if (options.help || options.version) {
    console.log(options.help ? USAGE : `concurrency-bench ${VERSION}`);
    return EXIT.ok;
  }
  const cancellation = cancelOnSignals((message) => console.error(`concurrency-bench: ${message}`));
  const outcome = await runBenchmark({
    configPath: options.configPath,
    outDir: resolve(options.outDir),
    overrides: options.overrides,
    cwd: process.cwd(),
    env: process.env,
    progress: (line) => console.log(logLine(line)),
    withEta: process.stdout.isTTY === true,
    signal: cancellation.signal,
    compareTo: options.compareTo,
    baselineTree: options.baselineTree,
  });
  console.log(`\n${logLine(outcome.terminalMarkdown, { multiline: true })}`);
  console.log(`Wrote ${[outcome.resultsPath, ...outcome.files].join(', ')}`);
  if (cancellation.exitCode() !== 0) return cancellation.exitCode();
  if (outcome.comparisonProblem)
    console.error(logLine(`concurrency-bench: no comparison: ${outcome.comparisonProblem}`));
  const failure = gateFailure(
    { wallTime: options.failOnRegression, memory: options.failOnMemoryRegression },
    outcome.comparison,
    outcome.comparisonProblem,
  );
  if (failure) {
    console.error(`concurrency-bench: regression gate: ${failure}`);
    return EXIT.regression;
  }
  return EXIT.ok;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    // Bad input is the user's to fix: its message alone. Anything else is ours: one line too.
    console.error(`concurrency-bench: ${error instanceof UserError ? logLine(error.message) : oneLine(error)}`);
    process.exitCode = error instanceof UserError ? error.exitCode : EXIT.error;
  },
);
