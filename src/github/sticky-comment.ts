// One pull-request comment per repository and PR, found again by its hidden marker and its
// author, and updated in place: the PR conversation shows the latest figures, never a trail of bot
// comments. Anyone can post a comment that holds the marker; only one that our own token wrote
// (our-login.ts) is ours to overwrite.
import type { GitHubClient } from './client.ts';
import { createCommentOnce, type IssueComment } from './create-comment.ts';
import { ourLogin } from './our-login.ts';

export const COMMENT_MARKER = '<!-- concurrency-bench:sticky-comment -->';

/**
 * The marker of the comment with this key: the jobs of a matrix that each comment on their own
 * give each a key (input `comment-key`), so that they stop overwriting one another's comment.
 */
export const commentMarker = (key = '') =>
  key === '' ? COMMENT_MARKER : `<!-- concurrency-bench:sticky-comment:${key} -->`;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

/** `warning`: one line for the job's log when the comment's author was not who we took ourselves for. */
export type CommentOutcome = { action: 'created' | 'updated'; id: number; url: string; warning?: string };

/** Walks every page of the PR's comments (100 a page) until it finds ours: our marker, our author. */
async function findOurComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  login: string,
): Promise<IssueComment | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const ours = page.data.find((comment) => comment.body?.startsWith(marker) && comment.user?.login === login);
    if (ours) return ours;
  }
  return undefined;
}

export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  markdown: string,
  key = '',
  retryBaseMs = 1000,
): Promise<CommentOutcome> {
  const marker = commentMarker(key);
  const body = `${marker}\n${markdown}`;
  const us = await ourLogin(client);
  const find = () => findOurComment(client, target, marker, us.login);
  const existing = await find();
  if (existing !== undefined) {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const made = await createCommentOnce(client, target, body, find, retryBaseMs);
  // the one place GitHub names our login unasked: if it is not the login we look for (a guess, or
  // an answer in another spelling than comments carry), say so, as the next run will not find it
  const author = made.user?.login;
  const why = us.assumed ? 'assumed (the token may not ask GitHub who it is)' : 'GitHub named the token';
  const warning =
    author && author !== us.login
      ? `The comment's author is ${author}, not ${us.login} as ${why}: the next run will not find it and will post another.`
      : undefined;
  return { action: 'created', id: made.id, url: made.html_url, ...(warning && { warning }) };
}
