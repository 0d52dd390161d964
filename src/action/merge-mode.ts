// mode "merge": every results artifact of this workflow run (a job matrix, one runner each) in
// one report with the runners side by side, one job summary and one comment. It runs nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob, resolve } from 'node:path';
import * as core from '@actions/core';
import { log } from '../github/log.ts';
import type { EventFacts } from '../github/event.ts';
import { mergeRuns } from '../merge.ts';
import { oneLine } from '../one-line.ts';
import type { WhereTheResultsAre } from '../report/github-bodies.ts';
import type { RunnerResults } from '../report/merged-model.ts';
import { readResults } from '../analysis/complete.ts';
import { UserError } from '../user-error.ts';
import type { ActionInputs } from './inputs.ts';
import { commentOnRun, runUrl, writeSummary } from './job.ts';

/** The merged report's own artifact: a name the merge pattern does not match, so a re-run does not read it. */
const MERGED_ARTIFACT = 'concurrency-bench-merged';

/** mode "merge": every results artifact of this run (a job matrix's runners) in one report and one comment. */
export async function mergeMode(inputs: ActionInputs, env: NodeJS.ProcessEnv, event: EventFacts): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const scratch = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'concurrency-bench-merge-'));
  try {
    const { downloadResultsArtifacts } = await import('../github/download-results.ts');
    const downloaded = await downloadResultsArtifacts(inputs.mergePattern, scratch);
    for (const { artifact, why } of downloaded.unusable) log.warning(`Artifact ${artifact} left out: ${why}.`);
    const runs: RunnerResults[] = [];
    for (const { artifact, path } of downloaded.found) {
      try {
        runs.push({ source: artifact, results: readResults(path, 'its results.json') });
      } catch (error) {
        // one job's broken file should not hide the other runners
        log.warning(`Artifact ${artifact} left out: ${error instanceof UserError ? error.message : oneLine(error)}`);
      }
    }
    if (runs.length === 0) {
      const seen = downloaded.seen.length ? downloaded.seen.join(', ') : 'none';
      log.failed(
        `mode merge: no results to merge: no usable artifact of this run matches "${inputs.mergePattern}" (artifacts of the run: ${seen}). Give each matrix job an artifact-name the merge-pattern matches, and run the merge job after them (needs:).`,
      );
      return;
    }
    const merged = mergeRuns(runs, resolve(workspace, inputs.outDir));
    log.info(`Merged ${runs.length} runners: ${merged.runners.join('; ')}`);
    core.setOutput('report-path', merged.reportPath);
    const upload = matchesGlob(MERGED_ARTIFACT, inputs.mergePattern)
      ? { uploaded: false as const, reason: `merge-pattern "${inputs.mergePattern}" would match ${MERGED_ARTIFACT}` }
      : await (await import('../github/artifact.ts')).uploadResultsArtifact({
          name: MERGED_ARTIFACT,
          files: merged.files,
          rootDirectory: resolve(workspace, inputs.outDir),
          env,
        });
    if (!upload.uploaded) log.notice(`Merged report not uploaded: ${upload.reason}`);
    const where: WhereTheResultsAre = {
      runUrl: runUrl(env),
      artifactName: upload.uploaded ? MERGED_ARTIFACT : undefined,
    };
    if (inputs.summary) await writeSummary(merged.markdown, where);
    await commentOnRun(inputs, env, event, merged.markdown, where); // a merge's comment is its whole report
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
