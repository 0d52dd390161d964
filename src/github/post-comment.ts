// Posting the sticky comment, with every failure turned into one warning that says what to do.
import * as core from '@actions/core';
import { explainApiError } from './api-errors.ts';
import { clientForJob, type GitHubClient, retryBaseMs } from './client.ts';
import type { EventFacts } from './event.ts';
import type { Target } from './pull-request.ts';
import { upsertStickyComment } from './sticky-comment.ts';

export { targetForArtifact, targetForRun } from './pull-request.ts';

export async function postComment(
  token: string,
  env: NodeJS.ProcessEnv,
  event: EventFacts,
  body: string,
  findTarget: (client: GitHubClient) => Promise<Target>,
  key = '',
): Promise<void> {
  if (!token) {
    core.warning('No github-token: no pull-request comment.');
    return;
  }
  const client = clientForJob(token, env);
  let target: Target;
  try {
    target = await findTarget(client);
  } catch (error) {
    core.warning(explainApiError(error, 'Finding the pull request to comment on'));
    return;
  }
  if ('none' in target) {
    core.info(`No pull-request comment: ${target.none}.`);
    return;
  }
  try {
    const outcome = await upsertStickyComment(
      client,
      { owner: event.owner, repo: event.repo, issueNumber: target.number },
      body,
      key,
      retryBaseMs(env),
    );
    core.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
    if (outcome.warning) core.warning(outcome.warning);
  } catch (error) {
    core.warning(explainApiError(error, `Commenting on pull request #${target.number}`));
  }
}
