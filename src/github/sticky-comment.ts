// One pull-request comment per repository and PR, found again by its hidden marker and its
// author, and updated in place: the PR conversation shows the latest figures, never a trail of bot
// comments. Anyone can post a comment that holds the marker; only one that our own token wrote
// is ours to overwrite.
import type { GitHubClient } from './client.ts';

export const COMMENT_MARKER = '<!-- concurrency-bench:sticky-comment -->';

/**
 * The marker of the comment with this key: the jobs of a matrix that each comment on their own
 * give each a key (input `comment-key`), so that they stop overwriting one another's comment.
 */
export const commentMarker = (key = '') =>
  key === '' ? COMMENT_MARKER : `<!-- concurrency-bench:sticky-comment:${key} -->`;

/** Who writes a comment made with a job's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentOutcome = { action: 'created' | 'updated'; id: number; url: string };

/**
 * The login our comments carry. A personal token can ask (GET /user). GitHub refuses that question
 * to an installation token such as the job's GITHUB_TOKEN (403 "Resource not accessible by
 * integration"), whose comments are written by the Actions bot.
 */
export async function ourLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if ((error as { status?: number }).status === 403) return ACTIONS_BOT;
    throw error;
  }
}

/** Walks every page of the PR's comments (100 a page) until it finds ours: our marker, our author. */
async function findOurComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
): Promise<number | undefined> {
  const login = await ourLogin(client);
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const ours = page.data.find((comment) => comment.body?.startsWith(marker) && comment.user?.login === login);
    if (ours) return ours.id;
  }
  return undefined;
}

export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  markdown: string,
  key = '',
): Promise<CommentOutcome> {
  const marker = commentMarker(key);
  const body = `${marker}\n${markdown}`;
  const existing = await findOurComment(client, target, marker);
  if (existing !== undefined) {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing,
      body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}
