// What every mode of the Action shares: where the run's page is, the job summary, and the
// comment on the pull request the run is for.
import * as core from '@actions/core';
import { log } from '../github/log.ts';
import { oneLine } from '../one-line.ts';
import type { EventFacts } from '../github/event.ts';
import { commentBody, summaryBody, type WhereTheResultsAre } from '../report/github-bodies.ts';
import type { ActionInputs } from './inputs.ts';

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}

export async function writeSummary(markdown: string, where: WhereTheResultsAre): Promise<void> {
  try {
    await core.summary.addRaw(summaryBody(markdown, where)).write();
  } catch (error) {
    log.warning(`Job summary not written: ${oneLine(error)}`);
  }
}

/**
 * The sticky comment on the pull request this run is for (input `comment`; never a failure).
 * The REST client is imported here, after the measuring: its code is most of the bundle.
 */
export async function commentOnRun(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  event: EventFacts,
  markdown: string,
  where: WhereTheResultsAre,
): Promise<void> {
  if (inputs.comment === 'never') return;
  const { postComment, targetForRun } = await import('../github/post-comment.ts');
  await postComment(
    inputs.token,
    env,
    event,
    commentBody(markdown, where),
    (client) => targetForRun(client, event, inputs.comment),
    inputs.commentKey,
  );
}
