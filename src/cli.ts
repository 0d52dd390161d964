#!/usr/bin/env node
// The command-line edge: flags in, progress and tables out, an exit code that CI can act on.
import { resolve } from 'node:path';
import { runBenchmark } from './benchmark.ts';
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
  // A cancelled workflow sends SIGTERM, Ctrl-C sends SIGINT: stop measuring, kill every runner's
  // process group, keep what finished. A second signal leaves at once.
  const cancel = new AbortController();
  let exitCode = 0;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (cancel.signal.aborted) process.exit(code);
      exitCode = code;
      console.error(`concurrency-bench: ${signal}: stopping; the cells that finished stay in results.json`);
      cancel.abort();
    });
  }
  const outcome = await runBenchmark({
    configPath: options.configPath,
    outDir: resolve(options.outDir),
    overrides: options.overrides,
    cwd: process.cwd(),
    env: process.env,
    progress: (line) => console.log(line),
    withEta: process.stdout.isTTY === true,
    signal: cancel.signal,
  });
  console.log(`\n${outcome.markdown}`);
  console.log(`Wrote ${outcome.resultsPath} and ${outcome.reportPath}`);
  return exitCode;
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
