// mode "run": measure the matrix, then results.json and every report file as an artifact,
// the report in the job summary, and one sticky comment on the pull request. The GitHub clients
// (artifact, REST) are imported when needed, after the measuring: their code is most of the
// bundle, and the first cell should not wait for it to load.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { log } from '../github/log.ts';
import { type BenchmarkOptions, runBenchmark } from '../benchmark.ts';
import { type Cancellation, cancelOnSignals } from '../cancel-on-signals.ts';
import { gateFailure } from '../compare/gate.ts';
import type { EventFacts } from '../github/event.ts';
import type { WhereTheResultsAre } from '../report/github-bodies.ts';
import { commentMarkdown } from '../report/markdown.ts';
import type { ActionInputs } from './inputs.ts';
import { commentOnRun, runUrl, writeSummary } from './job.ts';

export async function runMode(inputs: ActionInputs, env: NodeJS.ProcessEnv, event: EventFacts): Promise<void> {
  const cancellation = cancelOnSignals((message) => log.warning(message));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const scratch = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'concurrency-bench-baseline-'));
  try {
    await measureAndPublish(inputs, env, event, workspace, scratch, cancellation);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

type Baseline = Pick<BenchmarkOptions, 'compareTo' | 'compareLabel' | 'baselineTree' | 'baselineTreeLabel'> & {
  /** Removes what was made for the comparison (the base commit's worktree). */
  cleanUp?: () => Promise<void>;
};

/** compare-to: base-commit: the pull request's base commit, measured beside the head in this job. */
async function baseCommit(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  event: EventFacts,
  workspace: string,
  scratch: string,
): Promise<Baseline> {
  if (event.pullRequest === undefined || event.baseSha === undefined) {
    log.notice(
      `No comparison: compare-to: base-commit compares a pull request with its base, and this is a ${event.name || 'run without an event'}`,
    );
    return {};
  }
  const { baseWorktree } = await import('../github/base-worktree.ts');
  const tree = await baseWorktree({ workspace, sha: event.baseSha, token: inputs.token, env, scratch });
  if ('none' in tree) {
    log.warning(`No comparison: ${tree.none}`);
    return {};
  }
  return { baselineTree: tree.dir, baselineTreeLabel: tree.label, cleanUp: tree.remove };
}

async function baselineFor(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  event: EventFacts,
  workspace: string,
  scratch: string,
): Promise<Baseline> {
  if (inputs.compareTo === 'base-commit') return baseCommit(inputs, env, event, workspace, scratch);
  if (inputs.compareTo !== 'base') return { compareTo: inputs.compareTo };
  const { fetchBaseline } = await import('../github/baseline.ts');
  const baseline = await fetchBaseline(
    inputs.token,
    env,
    event,
    inputs.artifactName || 'concurrency-bench-results',
    scratch,
  );
  if ('none' in baseline) {
    log.notice(`No comparison: ${baseline.none}`);
    return {};
  }
  return { compareTo: baseline.path, compareLabel: baseline.label };
}

async function measureAndPublish(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  event: EventFacts,
  workspace: string,
  scratch: string,
  cancellation: Cancellation,
): Promise<void> {
  const { cleanUp, ...baseline } = await baselineFor(inputs, env, event, workspace, scratch);
  const outcome = await runBenchmark({
    ...baseline,
    configPath: inputs.configPath,
    outDir: resolve(workspace, inputs.outDir),
    overrides: inputs.overrides,
    cwd: workspace,
    env,
    progress: (line) => log.info(line),
    withEta: false,
    signal: cancellation.signal,
  }).finally(() => cleanUp?.());
  core.setOutput('results-path', outcome.resultsPath);
  core.setOutput('report-path', outcome.reportPath);
  const regressions = outcome.comparison?.regressions ?? 0;
  core.setOutput('regressions', regressions);
  core.setOutput('memory-regressions', outcome.comparison?.memoryRegressions ?? 0);
  if (outcome.comparisonProblem) log.warning(`No comparison: ${outcome.comparisonProblem}`);

  const { uploadResultsArtifact } = await import('../github/artifact.ts');
  const upload = await uploadResultsArtifact({
    name: inputs.artifactName,
    files: [outcome.resultsPath, ...outcome.files].filter((file) => existsSync(file)),
    rootDirectory: resolve(workspace, inputs.outDir),
    env,
  });
  if (!upload.uploaded) (upload.failed ? log.warning : log.notice)(`Results artifact not uploaded: ${upload.reason}`);
  const where: WhereTheResultsAre = {
    runUrl: runUrl(env),
    artifactName: upload.uploaded ? inputs.artifactName : undefined,
  };

  if (inputs.summary) await writeSummary(outcome.markdown, where);
  await commentOnRun(inputs, env, event, commentMarkdown(outcome.results, outcome.comparison), where);
  if (cancellation.exitCode() !== 0) log.failed('The run was cancelled; results.json holds the cells that finished.');
  else {
    const failure = gateFailure(
      { wallTime: inputs.failOnRegression, memory: inputs.failOnMemoryRegression },
      outcome.comparison,
      outcome.comparisonProblem,
    );
    if (failure) log.failed(`Regression gate: ${failure}.`);
  }
}
