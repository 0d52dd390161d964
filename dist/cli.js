#!/usr/bin/env node
import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  ConfigError,
  cancelOnSignals,
  runBenchmark
} from "./chunk-APAWU5W6.js";
import "./chunk-7E7XB7DU.js";
import "./chunk-KT2SS2FB.js";
import {
  oneLine
} from "./chunk-EZLQHMBT.js";
import "./chunk-LSNVCVIY.js";

// src/cli.ts
import { resolve } from "node:path";

// src/cli-args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var USAGE = `Usage: concurrency-bench [--config FILE] [--out DIR] [--strategies a,b] [--workloads a,b]
                         [--levels a,b] [--workers N] [--tasks N] [--repetitions N] [--python P1,P2]

Runs the benchmark matrix (strategies x workloads x levels) and writes DIR/results.json and
DIR/report.md (DIR defaults to ./bench-results). Without --config it reads ./config.json if
present, else the built-in study config.`;
var list = (value) => value === void 0 ? void 0 : value.split(",").map((item) => item.trim()).filter(Boolean);
function integer(flag, value) {
  if (value === void 0) return void 0;
  if (!/^\s*-?\d+\s*$/.test(value)) throw new UsageError(`--${flag}: expected a whole number, got "${value}"`);
  return Number(value);
}
function parseCliArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: "boolean", short: "h" },
        config: { type: "string" },
        out: { type: "string" },
        strategies: { type: "string" },
        workloads: { type: "string" },
        levels: { type: "string" },
        workers: { type: "string" },
        tasks: { type: "string" },
        repetitions: { type: "string" },
        python: { type: "string" }
      }
    }));
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0]);
  }
  const overrides = {
    strategies: list(values.strategies),
    workloads: list(values.workloads),
    levels: list(values.levels),
    python: list(values.python),
    workers: integer("workers", values.workers),
    tasks: integer("tasks", values.tasks),
    repetitions: integer("repetitions", values.repetitions)
  };
  return { help: values.help ?? false, configPath: values.config, outDir: values.out ?? "bench-results", overrides };
}

// src/cli.ts
var EXIT_RUN_ERROR = 1;
var EXIT_BAD_INPUT = 2;
async function main(argv) {
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
    signal: cancellation.signal
  });
  console.log(`
${outcome.markdown}`);
  console.log(`Wrote ${outcome.resultsPath} and ${outcome.reportPath}`);
  return cancellation.exitCode();
}
main(process.argv.slice(2)).then(
  (code) => process.exitCode = code,
  (error) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`concurrency-bench: ${error.message}`);
      process.exitCode = EXIT_BAD_INPUT;
    } else {
      console.error(`concurrency-bench: ${oneLine(error)}`);
      process.exitCode = EXIT_RUN_ERROR;
    }
  }
);
