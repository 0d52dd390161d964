import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  clientForJob,
  explainApiError
} from "./chunk-RSZS6NFQ.js";
import "./chunk-CJQWHSSV.js";
import {
  info,
  warning
} from "./chunk-ZPBLS2IB.js";
import "./chunk-LSNVCVIY.js";

// src/github/sticky-comment.ts
var COMMENT_MARKER = "<!-- concurrency-bench:sticky-comment -->";
var commentMarker = (key = "") => key === "" ? COMMENT_MARKER : `<!-- concurrency-bench:sticky-comment:${key} -->`;
var ACTIONS_BOT = "github-actions[bot]";
async function ourLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (error.status === 403) return ACTIONS_BOT;
    throw error;
  }
}
async function findOurComment(client, target, marker) {
  const login = await ourLogin(client);
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    const ours = page.data.find((comment) => comment.body?.startsWith(marker) && comment.user?.login === login);
    if (ours) return ours.id;
  }
  return void 0;
}
async function upsertStickyComment(client, target, markdown, key = "") {
  const marker = commentMarker(key);
  const body = `${marker}
${markdown}`;
  const existing = await findOurComment(client, target, marker);
  if (existing !== void 0) {
    const { data: data2 } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing,
      body
    });
    return { action: "updated", id: data2.id, url: data2.html_url };
  }
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body
  });
  return { action: "created", id: data.id, url: data.html_url };
}

// src/github/pull-request.ts
async function targetForRun(client, event, policy) {
  if (policy === "never") return { none: "comment: never" };
  if (event.pullRequest !== void 0) return { number: event.pullRequest };
  if (policy === "auto")
    return { none: `a ${event.name || "non-pull-request"} event has no pull request to comment on (comment: auto)` };
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: event.owner,
    repo: event.repo,
    commit_sha: event.sha
  });
  const open = data.find((pr) => pr.state === "open");
  return open ? { number: open.number } : { none: `no open pull request has commit ${event.sha.slice(0, 7)}` };
}
async function targetForArtifact(client, event, fromInput, fromArtifact) {
  const trusted = fromInput ?? event.workflowRun?.pullRequest;
  if (trusted !== void 0) return { number: trusted };
  if (fromArtifact === void 0) return { none: "no pull request number: set the pull-request input" };
  if (!event.workflowRun)
    return {
      none: "the results name a pull request, but only a workflow_run event can vouch for it: set the pull-request input"
    };
  const { data } = await client.rest.pulls.get({ owner: event.owner, repo: event.repo, pull_number: fromArtifact });
  if (data.head.sha !== event.workflowRun.headSha) {
    return {
      none: `pull request #${fromArtifact} named by the artifact is not the one the run built (head ${data.head.sha.slice(0, 7)}, run ${event.workflowRun.headSha.slice(0, 7)})`
    };
  }
  return { number: fromArtifact };
}

// src/github/post-comment.ts
async function postComment(token, env, event, body, findTarget, key = "") {
  if (!token) {
    warning("No github-token: no pull-request comment.");
    return;
  }
  const client = clientForJob(token, env);
  let target;
  try {
    target = await findTarget(client);
  } catch (error) {
    warning(explainApiError(error, "Finding the pull request to comment on"));
    return;
  }
  if ("none" in target) {
    info(`No pull-request comment: ${target.none}.`);
    return;
  }
  try {
    const outcome = await upsertStickyComment(
      client,
      { owner: event.owner, repo: event.repo, issueNumber: target.number },
      body,
      key
    );
    info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
  } catch (error) {
    warning(explainApiError(error, `Commenting on pull request #${target.number}`));
  }
}
export {
  postComment,
  targetForArtifact,
  targetForRun
};
