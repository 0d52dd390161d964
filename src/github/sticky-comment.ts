// One pull-request comment per repository and PR, found again by a hidden marker and updated
// in place: the PR conversation shows the latest figures, never a trail of bot comments.
import type { GitHubClient } from './client.ts';

export const COMMENT_MARKER = '<!-- concurrency-bench:sticky-comment -->';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentOutcome = { action: 'created' | 'updated'; id: number; url: string };

/** Walks every page of the PR's comments (100 a page) until it finds ours. */
async function findOurComment(client: GitHubClient, target: CommentTarget): Promise<number | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const ours = page.data.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
    if (ours) return ours.id;
  }
  return undefined;
}

export async function upsertStickyComment(client: GitHubClient, target: CommentTarget, markdown: string): Promise<CommentOutcome> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const existing = await findOurComment(client, target);
  if (existing !== undefined) {
    const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}
