import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  OVERRIDE_FLAGS,
  UserError,
  cancelOnSignals,
  commentMarkdown,
  gateFailure,
  mergeRuns,
  readResults,
  renderMarkdown,
  runBenchmark
} from "./chunk-GEXPYRXT.js";
import "./chunk-NA577HTB.js";
import {
  log
} from "./chunk-3RYETG2K.js";
import {
  oneLine
} from "./chunk-UHG5PLBH.js";
import {
  getInput,
  setOutput,
  setSecret,
  summary
} from "./chunk-ZPBLS2IB.js";
import "./chunk-LSNVCVIY.js";

// src/action/comment-mode.ts
import { resolve } from "node:path";

// src/report/fit.ts
var COMMENT_LIMIT_CHARS = 65536;
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var chars = (text) => text.length;
var utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
function fitToLimit(text, limit, pointer2, size = chars) {
  if (size(text) <= limit) return text;
  const note = `

_\u2026cut to fit GitHub's limit. ${pointer2}_
`;
  const room = limit - size(note);
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(text.slice(0, middle)) <= room) low = middle;
    else high = middle - 1;
  }
  const prefix = text.slice(0, low);
  const paragraph = prefix.lastIndexOf("\n\n");
  const end = paragraph > 0 ? paragraph : Math.max(prefix.lastIndexOf("\n"), 0);
  return `${prefix.slice(0, end)}${note}`;
}

// src/report/github-bodies.ts
function pointer({ runUrl: runUrl2, artifactName }) {
  if (artifactName && runUrl2) return `Full results: artifact \`${artifactName}\` of [this run](${runUrl2}).`;
  if (runUrl2) return `Full results: [this run](${runUrl2}).`;
  return "Full results: results.json and report.md in the output folder.";
}
function commentBody(markdown, where) {
  const body = `${markdown.trimEnd()}

<sub>${pointer(where)}</sub>
`;
  return fitToLimit(body, COMMENT_LIMIT_CHARS - 200, pointer(where));
}
function summaryBody(markdown, where) {
  return fitToLimit(`${markdown.trimEnd()}

${pointer(where)}
`, SUMMARY_LIMIT_BYTES, pointer(where), utf8Bytes);
}

// src/action/job.ts
function runUrl(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : void 0;
}
async function writeSummary(markdown, where) {
  try {
    await summary.addRaw(summaryBody(markdown, where)).write();
  } catch (error) {
    log.warning(`Job summary not written: ${oneLine(error)}`);
  }
}
async function commentOnRun(inputs, env, event, markdown, where) {
  if (inputs.comment === "never") return;
  const { postComment, targetForRun } = await import("./chunk-L6L3X24B.js");
  await postComment(
    inputs.token,
    env,
    event,
    commentBody(markdown, where),
    (client) => targetForRun(client, event, inputs.comment),
    inputs.commentKey
  );
}

// src/action/comment-mode.ts
async function commentMode(inputs, env, event) {
  const results = readResults(resolve(env.GITHUB_WORKSPACE || process.cwd(), inputs.resultsPath));
  const markdown = renderMarkdown(results);
  const where = { runUrl: runUrl(env) };
  if (inputs.summary) await writeSummary(markdown, where);
  const { postComment, targetForArtifact } = await import("./chunk-L6L3X24B.js");
  await postComment(
    inputs.token,
    env,
    event,
    commentBody(commentMarkdown(results), where),
    (client) => targetForArtifact(client, event, inputs.pullRequest, results.system.git?.pull_request),
    inputs.commentKey
  );
}

// src/action/inputs.ts
var InputError = class extends UserError {
};
function oneOf(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new InputError(`input ${name}: must be one of ${allowed.join(", ")}, got "${value}"`);
}
function bool(name, value) {
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new InputError(`input ${name}: must be true or false, got "${value}"`);
}
function readInputs(get) {
  const orUndefined = (value) => value === "" ? void 0 : value;
  const pullRequest = get("pull-request");
  if (pullRequest !== "" && !/^[1-9]\d{0,9}$/.test(pullRequest)) {
    throw new InputError(`input pull-request: must be a pull request number, got "${pullRequest}"`);
  }
  const mode = oneOf("mode", get("mode") || "run", ["run", "comment", "merge"]);
  const commentKey = get("comment-key");
  if (commentKey !== "" && !/^[A-Za-z0-9._-]{1,64}$/.test(commentKey)) {
    throw new InputError(
      `input comment-key: letters, digits, '.', '_' and '-' only (at most 64), got "${commentKey}"; use e.g. \${{ matrix.os }}`
    );
  }
  const resultsPath = orUndefined(get("results"));
  if (mode === "comment" && !resultsPath)
    throw new InputError('input results: mode "comment" needs the path of the results.json to post');
  return {
    mode,
    configPath: orUndefined(get("config")),
    // the same names as the CLI's flags, read by the same reader (config/overrides.ts)
    overrides: Object.fromEntries(OVERRIDE_FLAGS.map((flag) => [flag, get(flag)])),
    comment: oneOf("comment", get("comment") || "auto", ["auto", "always", "never"]),
    summary: bool("summary", get("summary") || "true"),
    artifactName: get("artifact-name"),
    outDir: get("out") || "bench-results",
    resultsPath,
    pullRequest: pullRequest === "" ? void 0 : Number(pullRequest),
    mergePattern: get("merge-pattern") || "concurrency-bench-results*",
    commentKey,
    compareTo: orUndefined(get("compare-to")),
    failOnRegression: bool("fail-on-regression", get("fail-on-regression") || "false"),
    failOnMemoryRegression: bool("fail-on-memory-regression", get("fail-on-memory-regression") || "false"),
    token: get("github-token")
  };
}

// src/action/merge-mode.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, matchesGlob, resolve as resolve2 } from "node:path";
var MERGED_ARTIFACT = "concurrency-bench-merged";
async function mergeMode(inputs, env, event) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const scratch = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), "concurrency-bench-merge-"));
  try {
    const { downloadResultsArtifacts } = await import("./chunk-SC5DEBPN.js");
    const downloaded = await downloadResultsArtifacts(inputs.mergePattern, scratch);
    for (const { artifact, why } of downloaded.unusable) log.warning(`Artifact ${artifact} left out: ${why}.`);
    const runs = [];
    for (const { artifact, path } of downloaded.found) {
      try {
        runs.push({ source: artifact, results: readResults(path, "its results.json") });
      } catch (error) {
        log.warning(`Artifact ${artifact} left out: ${error instanceof UserError ? error.message : oneLine(error)}`);
      }
    }
    if (runs.length === 0) {
      const seen = downloaded.seen.length ? downloaded.seen.join(", ") : "none";
      log.failed(
        `mode merge: no results to merge: no usable artifact of this run matches "${inputs.mergePattern}" (artifacts of the run: ${seen}). Give each matrix job an artifact-name the merge-pattern matches, and run the merge job after them (needs:).`
      );
      return;
    }
    const merged = mergeRuns(runs, resolve2(workspace, inputs.outDir));
    log.info(`Merged ${runs.length} runners: ${merged.runners.join("; ")}`);
    setOutput("report-path", merged.reportPath);
    const upload = matchesGlob(MERGED_ARTIFACT, inputs.mergePattern) ? { uploaded: false, reason: `merge-pattern "${inputs.mergePattern}" would match ${MERGED_ARTIFACT}` } : await (await import("./chunk-K3FFTNVY.js")).uploadResultsArtifact({
      name: MERGED_ARTIFACT,
      files: merged.files,
      rootDirectory: resolve2(workspace, inputs.outDir),
      env
    });
    if (!upload.uploaded) log.notice(`Merged report not uploaded: ${upload.reason}`);
    const where = {
      runUrl: runUrl(env),
      artifactName: upload.uploaded ? MERGED_ARTIFACT : void 0
    };
    if (inputs.summary) await writeSummary(merged.markdown, where);
    await commentOnRun(inputs, env, event, merged.markdown, where);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// src/action/run-mode.ts
import { existsSync, mkdtempSync as mkdtempSync2, rmSync as rmSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2, resolve as resolve3 } from "node:path";
async function runMode(inputs, env, event) {
  const cancellation = cancelOnSignals((message) => log.warning(message));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const scratch = mkdtempSync2(join2(env.RUNNER_TEMP || tmpdir2(), "concurrency-bench-baseline-"));
  try {
    await measureAndPublish(inputs, env, event, workspace, scratch, cancellation);
  } finally {
    rmSync2(scratch, { recursive: true, force: true });
  }
}
async function baseCommit(inputs, env, event, workspace, scratch) {
  if (event.pullRequest === void 0 || event.baseSha === void 0) {
    log.notice(
      `No comparison: compare-to: base-commit compares a pull request with its base, and this is a ${event.name || "run without an event"}`
    );
    return {};
  }
  const { baseWorktree } = await import("./chunk-GRRXHTQJ.js");
  const tree = await baseWorktree({ workspace, sha: event.baseSha, token: inputs.token, env, scratch });
  if ("none" in tree) {
    log.warning(`No comparison: ${tree.none}`);
    return {};
  }
  return { baselineTree: tree.dir, baselineTreeLabel: tree.label, cleanUp: tree.remove };
}
async function baselineFor(inputs, env, event, workspace, scratch) {
  if (inputs.compareTo === "base-commit") return baseCommit(inputs, env, event, workspace, scratch);
  if (inputs.compareTo !== "base") return { compareTo: inputs.compareTo };
  const { fetchBaseline } = await import("./chunk-ASYUSMQX.js");
  const baseline = await fetchBaseline(
    inputs.token,
    env,
    event,
    inputs.artifactName || "concurrency-bench-results",
    scratch
  );
  if ("none" in baseline) {
    log.notice(`No comparison: ${baseline.none}`);
    return {};
  }
  return { compareTo: baseline.path, compareLabel: baseline.label };
}
async function measureAndPublish(inputs, env, event, workspace, scratch, cancellation) {
  const { cleanUp, ...baseline } = await baselineFor(inputs, env, event, workspace, scratch);
  const outcome = await runBenchmark({
    ...baseline,
    configPath: inputs.configPath,
    outDir: resolve3(workspace, inputs.outDir),
    overrides: inputs.overrides,
    cwd: workspace,
    env,
    progress: (line) => log.info(line),
    withEta: false,
    signal: cancellation.signal
  }).finally(() => cleanUp?.());
  setOutput("results-path", outcome.resultsPath);
  setOutput("report-path", outcome.reportPath);
  const regressions = outcome.comparison?.regressions ?? 0;
  setOutput("regressions", regressions);
  setOutput("memory-regressions", outcome.comparison?.memoryRegressions ?? 0);
  if (outcome.comparisonProblem) log.warning(`No comparison: ${outcome.comparisonProblem}`);
  const { uploadResultsArtifact } = await import("./chunk-K3FFTNVY.js");
  const upload = await uploadResultsArtifact({
    name: inputs.artifactName,
    files: [outcome.resultsPath, ...outcome.files].filter((file) => existsSync(file)),
    rootDirectory: resolve3(workspace, inputs.outDir),
    env
  });
  if (!upload.uploaded) (upload.failed ? log.warning : log.notice)(`Results artifact not uploaded: ${upload.reason}`);
  const where = {
    runUrl: runUrl(env),
    artifactName: upload.uploaded ? inputs.artifactName : void 0
  };
  if (inputs.summary) await writeSummary(outcome.markdown, where);
  await commentOnRun(inputs, env, event, commentMarkdown(outcome.results, outcome.comparison), where);
  if (cancellation.exitCode() !== 0) log.failed("The run was cancelled; results.json holds the cells that finished.");
  else {
    const failure = gateFailure(
      { wallTime: inputs.failOnRegression, memory: inputs.failOnMemoryRegression },
      outcome.comparison,
      outcome.comparisonProblem
    );
    if (failure) log.failed(`Regression gate: ${failure}.`);
  }
}

// src/github/event.ts
import { readFileSync } from "node:fs";
var isWholeNumber = (value) => Number.isInteger(value);
function readPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
function readEvent(env) {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const name = env.GITHUB_EVENT_NAME ?? "";
  const facts = { name, owner, repo, sha: env.GITHUB_SHA ?? "" };
  const pull = payload.pull_request;
  if ((name === "pull_request" || name === "pull_request_target") && isWholeNumber(pull?.number)) {
    facts.pullRequest = pull.number;
    if (typeof pull.base?.ref === "string") facts.baseRef = pull.base.ref;
    if (typeof pull.base?.sha === "string") facts.baseSha = pull.base.sha;
  }
  const run2 = payload.workflow_run;
  if (name === "workflow_run" && typeof run2?.head_sha === "string") {
    const pulls = Array.isArray(run2.pull_requests) ? run2.pull_requests : [];
    const number = pulls.find((pr) => isThisRepository(pr?.base?.repo, run2.repository?.id, `${owner}/${repo}`))?.number;
    facts.workflowRun = { headSha: run2.head_sha, ...isWholeNumber(number) ? { pullRequest: number } : {} };
  }
  return facts;
}
function isThisRepository(base, thisId, fullName) {
  if (isWholeNumber(base?.id) && isWholeNumber(thisId)) return base.id === thisId;
  if (typeof base?.url !== "string" || fullName === "/") return false;
  return base.url.toLowerCase().endsWith(`/repos/${fullName.toLowerCase()}`);
}

// src/action.ts
async function run(env = process.env) {
  try {
    const inputs = readInputs((name) => getInput(name));
    if (inputs.token) setSecret(inputs.token);
    const event = readEvent(env);
    if (inputs.mode === "comment") await commentMode(inputs, env, event);
    else if (inputs.mode === "merge") await mergeMode(inputs, env, event);
    else await runMode(inputs, env, event);
  } catch (error) {
    log.failed(oneLine(error));
  }
}

// src/index.ts
await run();
