// Which pull request a comment goes to, or why none.
import type { GitHubClient } from './client.ts';
import type { EventFacts } from './event.ts';

export type Target = { number: number } | { none: string };

/** When to comment: on a pull_request event (auto), also on a push with an open PR (always), or never. */
export type CommentPolicy = 'auto' | 'always' | 'never';

/** Run mode: the PR of a pull_request event; with "always", also the open PR of a pushed commit. */
export async function targetForRun(client: GitHubClient, event: EventFacts, policy: CommentPolicy): Promise<Target> {
  if (policy === 'never') return { none: 'comment: never' };
  if (event.pullRequest !== undefined) return { number: event.pullRequest };
  if (policy === 'auto')
    return { none: `a ${event.name || 'non-pull-request'} event has no pull request to comment on (comment: auto)` };
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: event.owner,
    repo: event.repo,
    commit_sha: event.sha,
  });
  const open = data.find((pr) => pr.state === 'open');
  return open ? { number: open.number } : { none: `no open pull request has commit ${event.sha.slice(0, 7)}` };
}

/**
 * Comment mode (workflow_run): the PR number may come from the untrusted artifact (GitHub does
 * not name fork PRs in the event). It is used only if that PR's head is the commit the
 * triggering run built, so an artifact cannot aim the comment at another pull request.
 */
export async function targetForArtifact(
  client: GitHubClient,
  event: EventFacts,
  fromInput: number | undefined,
  fromArtifact: number | undefined,
): Promise<Target> {
  const trusted = fromInput ?? event.workflowRun?.pullRequest;
  if (trusted !== undefined) return { number: trusted };
  if (fromArtifact === undefined) return { none: 'no pull request number: set the pull-request input' };
  if (!event.workflowRun)
    return {
      none: 'the results name a pull request, but only a workflow_run event can vouch for it: set the pull-request input',
    };
  const { data } = await client.rest.pulls.get({ owner: event.owner, repo: event.repo, pull_number: fromArtifact });
  if (data.head.sha !== event.workflowRun.headSha) {
    return {
      none: `pull request #${fromArtifact} named by the artifact is not the one the run built (head ${data.head.sha.slice(0, 7)}, run ${event.workflowRun.headSha.slice(0, 7)})`,
    };
  }
  return { number: fromArtifact };
}
