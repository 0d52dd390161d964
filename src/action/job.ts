// What every mode of the Action shares: where the run's page is, and the job summary.
import * as core from '@actions/core';
import { oneLine } from '../one-line.ts';
import { summaryBody, type WhereTheResultsAre } from '../report/github-bodies.ts';

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}

export async function writeSummary(markdown: string, where: WhereTheResultsAre): Promise<void> {
  try {
    await core.summary.addRaw(summaryBody(markdown, where)).write();
  } catch (error) {
    core.warning(`Job summary not written: ${oneLine(error)}`);
  }
}
