#!/usr/bin/env node
import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  EXIT,
  EXIT_CODES_TEXT,
  OVERRIDE_FLAGS,
  UserError,
  VERSION,
  cancelOnSignals,
  gateFailure,
  mergeRuns,
  readRunners,
  runBenchmark
} from "./chunk-GEXPYRXT.js";
import "./chunk-NA577HTB.js";
import {
  logLine,
  oneLine
} from "./chunk-UHG5PLBH.js";
import "./chunk-LSNVCVIY.js";

// src/cli.ts
import { resolve } from "node:path";

// src/cli-args.ts
import { parseArgs } from "node:util";
var UsageError = class extends UserError {
};
var USAGE = `Usage: concurrency-bench [--config FILE] [--out DIR] [--strategies a,b] [--workloads a,b]
                         [--levels a,b] [--workers N] [--tasks N] [--repetitions N|auto]
                         [--max-minutes M] [--python P1,P2] [--baseline-tree DIR]
                         [--compare-to RESULTS.json] [--fail-on-regression] [--fail-on-memory-regression]
                         [--min-effect X] [--alpha A] [--version] [--help]
       concurrency-bench merge RESULTS.json... [--out DIR]

Runs the benchmark matrix (strategies x workloads x levels) and writes DIR/results.json,
DIR/report.md and DIR/report.html (DIR defaults to ./bench-results). Without --config it reads
./config.json if present, else the built-in default config. --repetitions auto (the default)
runs 3 rounds of every cell, then adds rounds where a verdict is still open, then where a
speedup interval is wider than the config's precision (\xB15%), within --max-minutes (default
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
function readFlags(argv) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        config: { type: "string" },
        out: { type: "string" },
        "compare-to": { type: "string" },
        "baseline-tree": { type: "string" },
        "fail-on-regression": { type: "boolean" },
        "fail-on-memory-regression": { type: "boolean" },
        ...Object.fromEntries(OVERRIDE_FLAGS.map((flag) => [flag, { type: "string" }]))
      }
    }).values;
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0]);
  }
}
function parseCliArgs(argv) {
  const values = readFlags(argv);
  const text = values;
  const overrides = Object.fromEntries(
    OVERRIDE_FLAGS.flatMap((flag) => typeof text[flag] === "string" ? [[flag, text[flag]]] : [])
  );
  const gates = ["fail-on-regression", "fail-on-memory-regression"].filter((flag) => values[flag]);
  if (values["compare-to"] !== void 0 && values["baseline-tree"] !== void 0)
    throw new UsageError("give --baseline-tree DIR or --compare-to RESULTS.json, not both: a run makes one comparison");
  if (gates.length > 0 && values["compare-to"] === void 0 && values["baseline-tree"] === void 0) {
    throw new UsageError(
      `--${gates[0]} needs something to compare with: --baseline-tree DIR (a checkout of the base version) or --compare-to RESULTS.json`
    );
  }
  return {
    help: values.help ?? false,
    version: values.version ?? false,
    configPath: values.config,
    outDir: values.out ?? "bench-results",
    overrides,
    compareTo: values["compare-to"],
    baselineTree: values["baseline-tree"],
    failOnRegression: values["fail-on-regression"] ?? false,
    failOnMemoryRegression: values["fail-on-memory-regression"] ?? false
  };
}
function parseMergeArgs(argv) {
  const parsed = readMergeFlags(argv);
  const help = parsed.values.help ?? false;
  if (!help && parsed.positionals.length === 0) {
    throw new UsageError(
      "merge: name the results.json files to merge (concurrency-bench merge A/results.json B/results.json)"
    );
  }
  return { help, files: parsed.positionals, outDir: parsed.values.out ?? "merged-report" };
}
function readMergeFlags(argv) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { help: { type: "boolean", short: "h" }, out: { type: "string" } }
    });
  } catch (error) {
    throw new UsageError(`merge: ${error.message.split("\n")[0]}`);
  }
}

// src/cli.ts
function mergeMain(argv) {
  const options = parseMergeArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const runs = readRunners(options.files.map((path) => ({ path, source: path })));
  const merged = mergeRuns(runs, options.outDir);
  console.log(logLine(merged.markdown, { multiline: true }));
  console.log(
    logLine(`
Merged ${merged.runners.length} runners; wrote ${merged.files.join(", ")}`, {
      multiline: true
    })
  );
  return EXIT.ok;
}
async function main(argv) {
  if (argv[0] === "merge") return mergeMain(argv.slice(1));
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
    baselineTree: options.baselineTree
  });
  console.log(`
${logLine(outcome.terminalMarkdown, { multiline: true })}`);
  console.log(`Wrote ${[outcome.resultsPath, ...outcome.files].join(", ")}`);
  if (cancellation.exitCode() !== 0) return cancellation.exitCode();
  if (outcome.comparisonProblem)
    console.error(logLine(`concurrency-bench: no comparison: ${outcome.comparisonProblem}`));
  const failure = gateFailure(
    { wallTime: options.failOnRegression, memory: options.failOnMemoryRegression },
    outcome.comparison,
    outcome.comparisonProblem
  );
  if (failure) {
    console.error(`concurrency-bench: regression gate: ${failure}`);
    return EXIT.regression;
  }
  return EXIT.ok;
}
main(process.argv.slice(2)).then(
  (code) => process.exitCode = code,
  (error) => {
    console.error(`concurrency-bench: ${error instanceof UserError ? logLine(error.message) : oneLine(error)}`);
    process.exitCode = error instanceof UserError ? error.exitCode : EXIT.error;
  }
);
