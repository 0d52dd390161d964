#!/usr/bin/env node
// The command-line edge: flags in, progress and tables out, an exit code that CI can act on.
import { resolve } from 'node:path';
import { runBenchmark } from './benchmark.ts';
import { cancelOnSignals } from './cancel-on-signals.ts';
import { parseCliArgs, USAGE, UsageError } from './cli-args.ts';
import { ConfigError } from './config/load.ts';
import { oneLine } from './one-line.ts';
import { ResultsError } from './results/read.ts';

const EXIT_RUN_ERROR = 1;
const EXIT_REGRESSION = 1;
const EXIT_BAD_INPUT = 2;

async function main(argv: string[]): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const cancellation = cancelOnSignals((message) => console.error(`concurrency-bench: ${message}`));
  const outcome = await runBenchmark({
    configPath: options.configPath,
    outDir: resolve(options.outDir),
    overrides: options.overrides,
    cwd: process.cwd(),
    env: process.env,
    progress: (line) => console.log(line),
    withEta: process.stdout.isTTY === true,
    signal: cancellation.signal,
    compareTo: options.compareTo,
  });
  console.log(`\n${outcome.terminalMarkdown}`);
  console.log(`Wrote ${outcome.resultsPath}, ${outcome.reportPath} and ${outcome.htmlPath}`);
  if (cancellation.exitCode() !== 0) return cancellation.exitCode();
  if (outcome.comparisonProblem) {
    console.error(`concurrency-bench: no comparison: ${outcome.comparisonProblem}`);
    if (options.failOnRegression) return EXIT_REGRESSION;
  }
  const regressions = outcome.comparison?.regressions ?? 0;
  if (options.failOnRegression && regressions > 0) {
    console.error(`concurrency-bench: ${regressions} cell${regressions === 1 ? '' : 's'} regressed (--fail-on-regression)`);
    return EXIT_REGRESSION;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof ResultsError) {
      console.error(`concurrency-bench: ${error.message}`);
      process.exitCode = EXIT_BAD_INPUT;
    } else {
      console.error(`concurrency-bench: ${oneLine(error)}`);
      process.exitCode = EXIT_RUN_ERROR;
    }
  },
);
