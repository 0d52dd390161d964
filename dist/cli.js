#!/usr/bin/env node
import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  ConfigError,
  ResultsError,
  cancelOnSignals,
  runBenchmark
} from "./chunk-3BMYHMLQ.js";
import "./chunk-BZYLUDV6.js";
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
                         [--levels a,b] [--workers N] [--tasks N] [--repetitions N|auto]
                         [--max-minutes M] [--python P1,P2] [--compare-to RESULTS.json]
                         [--fail-on-regression]

Runs the benchmark matrix (strategies x workloads x levels) and writes DIR/results.json and
DIR/report.md (DIR defaults to ./bench-results). Without --config it reads ./config.json if
present, else the built-in default config. --repetitions auto (the default) adds rounds to a cell
while its speedup interval is wider than the config's precision (\xB15%), within --max-minutes
(default 9) for the whole run; a number runs exactly that many rounds. --compare-to adds the change against an earlier
results.json; --fail-on-regression exits 1 when a cell got slower beyond noise.`;
var list = (value) => value === void 0 ? void 0 : value.split(",").map((item) => item.trim()).filter(Boolean);
function integer(flag, value) {
  if (value === void 0) return void 0;
  if (!/^\s*-?\d+\s*$/.test(value)) throw new UsageError(`--${flag}: expected a whole number, got "${value}"`);
  return Number(value);
}
function decimal(flag, value) {
  if (value === void 0) return void 0;
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(value)) throw new UsageError(`--${flag}: expected a number, got "${value}"`);
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
        "max-minutes": { type: "string" },
        python: { type: "string" },
        "compare-to": { type: "string" },
        "fail-on-regression": { type: "boolean" }
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
    repetitions: values.repetitions?.trim() === "auto" ? "auto" : integer("repetitions", values.repetitions),
    max_minutes: decimal("max-minutes", values["max-minutes"])
  };
  if (values["fail-on-regression"] && values["compare-to"] === void 0) {
    throw new UsageError("--fail-on-regression needs --compare-to RESULTS.json (the baseline to compare with)");
  }
  return {
    help: values.help ?? false,
    configPath: values.config,
    outDir: values.out ?? "bench-results",
    overrides,
    compareTo: values["compare-to"],
    failOnRegression: values["fail-on-regression"] ?? false
  };
}

// src/cli.ts
var EXIT_RUN_ERROR = 1;
var EXIT_REGRESSION = 1;
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
    signal: cancellation.signal,
    compareTo: options.compareTo
  });
  console.log(`
${outcome.terminalMarkdown}`);
  console.log(`Wrote ${outcome.resultsPath}, ${outcome.reportPath} and ${outcome.htmlPath}`);
  if (cancellation.exitCode() !== 0) return cancellation.exitCode();
  if (outcome.comparisonProblem) {
    console.error(`concurrency-bench: no comparison: ${outcome.comparisonProblem}`);
    if (options.failOnRegression) return EXIT_REGRESSION;
  }
  const regressions = outcome.comparison?.regressions ?? 0;
  if (options.failOnRegression && regressions > 0) {
    console.error(`concurrency-bench: ${regressions} cell${regressions === 1 ? "" : "s"} regressed (--fail-on-regression)`);
    return EXIT_REGRESSION;
  }
  return 0;
}
main(process.argv.slice(2)).then(
  (code) => process.exitCode = code,
  (error) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof ResultsError) {
      console.error(`concurrency-bench: ${error.message}`);
      process.exitCode = EXIT_BAD_INPUT;
    } else {
      console.error(`concurrency-bench: ${oneLine(error)}`);
      process.exitCode = EXIT_RUN_ERROR;
    }
  }
);
