// Posting the sticky comment, with every failure turned into one warning that says what to do.
import { log } from './log.ts';
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
    log.warning('No github-token: no pull-request comment.');
    return;
  }
  const client = clientForJob(token, env);
  let target: Target;
  try {
    target = await findTarget(client);
  } catch (error) {
    log.warning(explainApiError(error, 'Finding the pull request to comment on'));
    return;
  }
  if ('none' in target) {
    log.info(`No pull-request comment: ${target.none}.`);
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
    log.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
    if (outcome.warning) log.warning(outcome.warning);
  } catch (error) {
    log.warning(explainApiError(error, `Commenting on pull request #${target.number}`));
  }
}
