import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  log
} from "./chunk-3RYETG2K.js";
import "./chunk-UHG5PLBH.js";
import {
  clientForJob,
  explainApiError,
  retryBaseMs
} from "./chunk-SNM4YGOZ.js";
import "./chunk-CJQWHSSV.js";
import "./chunk-ZPBLS2IB.js";
import "./chunk-LSNVCVIY.js";

// src/github/create-comment.ts
import { setTimeout as sleep } from "node:timers/promises";
var CREATE_RETRIES = 3;
async function createCommentOnce(client, target, body, findMade, retryBaseMs2) {
  for (let retry = 1; ; retry++) {
    try {
      const { data } = await client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
        request: { retries: 0 }
      });
      return data;
    } catch (error) {
      const status = error.status ?? 0;
      if (status < 500 || retry > CREATE_RETRIES) throw error;
    }
    await sleep(retry ** 2 * retryBaseMs2);
    const made = await findMade();
    if (made) return made;
  }
}

// src/github/our-login.ts
var ACTIONS_BOT = "github-actions[bot]";
async function ourLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (error) {
    if (error.status !== 403) throw error;
  }
  try {
    const { viewer } = await client.graphql("query { viewer { login } }");
    if (typeof viewer?.login === "string" && viewer.login !== "") return { login: viewer.login };
  } catch {
  }
  return { login: ACTIONS_BOT, assumed: true };
}

// src/github/sticky-comment.ts
var COMMENT_MARKER = "<!-- concurrency-bench:sticky-comment -->";
var commentMarker = (key = "") => key === "" ? COMMENT_MARKER : `<!-- concurrency-bench:sticky-comment:${key} -->`;
async function findOurComment(client, target, marker, login) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    const ours = page.data.find((comment) => comment.body?.startsWith(marker) && comment.user?.login === login);
    if (ours) return ours;
  }
  return void 0;
}
async function upsertStickyComment(client, target, markdown, key = "", retryBaseMs2 = 1e3) {
  const marker = commentMarker(key);
  const body = `${marker}
${markdown}`;
  const us = await ourLogin(client);
  const find = () => findOurComment(client, target, marker, us.login);
  const existing = await find();
  if (existing !== void 0) {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body
    });
    return { action: "updated", id: data.id, url: data.html_url };
  }
  const made = await createCommentOnce(client, target, body, find, retryBaseMs2);
  const author = made.user?.login;
  const why = us.assumed ? "assumed (the token may not ask GitHub who it is)" : "GitHub named the token";
  const warning = author && author !== us.login ? `The comment's author is ${author}, not ${us.login} as ${why}: the next run will not find it and will post another.` : void 0;
  return { action: "created", id: made.id, url: made.html_url, ...warning && { warning } };
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
    log.warning("No github-token: no pull-request comment.");
    return;
  }
  const client = clientForJob(token, env);
  let target;
  try {
    target = await findTarget(client);
  } catch (error) {
    log.warning(explainApiError(error, "Finding the pull request to comment on"));
    return;
  }
  if ("none" in target) {
    log.info(`No pull-request comment: ${target.none}.`);
    return;
  }
  try {
    const outcome = await upsertStickyComment(
      client,
      { owner: event.owner, repo: event.repo, issueNumber: target.number },
      body,
      key,
      retryBaseMs(env)
    );
    log.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
    if (outcome.warning) log.warning(outcome.warning);
  } catch (error) {
    log.warning(explainApiError(error, `Commenting on pull request #${target.number}`));
  }
}
export {
  postComment,
  targetForArtifact,
  targetForRun
};
