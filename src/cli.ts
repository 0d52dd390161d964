#!/usr/bin/env node
// The command-line edge: flags in, progress and tables out, an exit code that CI can act on.
import { resolve } from 'node:path';
import { runBenchmark } from './benchmark.ts';
import { cancelOnSignals } from './cancel-on-signals.ts';
import { parseCliArgs, USAGE, UsageError } from './cli-args.ts';
import { ConfigError } from './config/load.ts';
import { oneLine } from './one-line.ts';

const EXIT_RUN_ERROR = 1;
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
  });
  console.log(`\n${outcome.markdown}`);
  console.log(`Wrote ${outcome.resultsPath} and ${outcome.reportPath}`);
  return cancellation.exitCode();
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`concurrency-bench: ${error.message}`);
      process.exitCode = EXIT_BAD_INPUT;
    } else {
      console.error(`concurrency-bench: ${oneLine(error)}`);
      process.exitCode = EXIT_RUN_ERROR;
    }
  },
);
