// Creating a comment once. GitHub sometimes makes the comment and still answers 502 (or the
// connection drops after it was made): a create retried blindly would post it twice. So
// plugin-retry never retries it; after a 5xx the PR's comments are read again, and only when ours
// is not there is it created once more: 3 retries, after 1, 4 and 9 × the base delay, as
// plugin-retry spaces the others.
import { setTimeout as sleep } from 'node:timers/promises';
import type { GitHubClient } from './client.ts';

export type IssueComment = Awaited<ReturnType<GitHubClient['rest']['issues']['createComment']>>['data'];

const CREATE_RETRIES = 3;

export async function createCommentOnce(
  client: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number },
  body: string,
  /** Our comment, if one is there now: made by a create that answered 5xx. */
  findMade: () => Promise<IssueComment | undefined>,
  retryBaseMs: number,
): Promise<IssueComment> {
  for (let retry = 1; ; retry++) {
    try {
      const { data } = await client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
        request: { retries: 0 },
      });
      return data;
    } catch (error) {
      // a network error is a RequestError with status 500: as unsure whether it was made as a 502
      const status = (error as { status?: number }).status ?? 0;
      if (status < 500 || retry > CREATE_RETRIES) throw error;
    }
    await sleep(retry ** 2 * retryBaseMs);
    const made = await findMade();
    if (made) return made;
  }
}
