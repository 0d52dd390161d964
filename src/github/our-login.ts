// Who writes our comments. A comment is ours only if GitHub says we wrote it (its user.login);
// the marker is text anyone can put in a comment, so it never proves whose a comment is.
import type { GitHubClient } from './client.ts';

/** Who writes a comment made with a job's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** `assumed`: GitHub would not say, and this is a guess (checked against the comment we make). */
export type OurLogin = { login: string; assumed?: true };

/**
 * A personal token may ask GET /user. GitHub refuses that (403 "Resource not accessible by
 * integration") to every installation token: the job's GITHUB_TOKEN, whose comments the Actions
 * bot writes, and a GitHub App's (actions/create-github-app-token), whose comments the App's own
 * bot writes, e.g. "my-app[bot]". GraphQL's `viewer` answers for both. If it cannot either (a
 * server without GraphQL, say), the job's own token is assumed, as before GraphQL was asked.
 */
export async function ourLogin(client: GitHubClient): Promise<OurLogin> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (error) {
    if ((error as { status?: number }).status !== 403) throw error;
  }
  try {
    const { viewer } = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof viewer?.login === 'string' && viewer.login !== '') return { login: viewer.login };
  } catch {
    // no answer: fall back to the guess below, which upsertStickyComment checks against its comment
  }
  return { login: ACTIONS_BOT, assumed: true };
}
