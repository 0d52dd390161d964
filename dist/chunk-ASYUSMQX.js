import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  clientForJob,
  explainApiError
} from "./chunk-SNM4YGOZ.js";
import {
  DefaultArtifactClient
} from "./chunk-5ALHOAQV.js";
import "./chunk-CJQWHSSV.js";
import "./chunk-ZPBLS2IB.js";
import "./chunk-LSNVCVIY.js";

// src/github/baseline.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var TRUSTED_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "schedule"]);
var MAX_RUNS_ASKED = 20;
async function fetchBaseline(token, env, event, artifactName, destination) {
  if (!token) return { none: "compare-to: base needs the github-token input" };
  try {
    return await downloadBaseBranchResults(clientForJob(token, env), event, { artifactName, token, destination });
  } catch (error) {
    return { none: explainApiError(error, "Fetching the base branch results") };
  }
}
async function downloadBaseBranchResults(client, event, options) {
  if (!event.baseRef)
    return {
      none: `compare-to: base needs a pull_request event (this is ${event.name || "no event"}); give a results.json path instead`
    };
  const artifacts = await client.paginate(client.rest.actions.listArtifactsForRepo, {
    owner: event.owner,
    repo: event.repo,
    name: options.artifactName,
    per_page: 100
  });
  const candidates = artifacts.filter(
    (artifact) => !artifact.expired && artifact.workflow_run?.head_branch === event.baseRef && artifact.workflow_run?.id && artifact.workflow_run.head_repository_id !== void 0 && artifact.workflow_run.head_repository_id === artifact.workflow_run.repository_id
  ).sort((a, b) => Date.parse(b.created_at ?? "") - Date.parse(a.created_at ?? ""));
  let newest;
  for (const candidate of candidates.slice(0, MAX_RUNS_ASKED)) {
    const { data: run } = await client.rest.actions.getWorkflowRun({
      owner: event.owner,
      repo: event.repo,
      run_id: candidate.workflow_run.id
    });
    if (TRUSTED_EVENTS.has(run.event)) {
      newest = candidate;
      break;
    }
  }
  if (!newest)
    return {
      none: `no unexpired "${options.artifactName}" artifact from a push to ${event.baseRef} of this repository yet: run the workflow on ${event.baseRef} first`
    };
  await new DefaultArtifactClient().downloadArtifact(newest.id, {
    path: options.destination,
    findBy: {
      token: options.token,
      workflowRunId: newest.workflow_run.id,
      repositoryOwner: event.owner,
      repositoryName: event.repo
    }
  });
  const path = join(options.destination, "results.json");
  if (!existsSync(path)) return { none: `artifact ${newest.id} from ${event.baseRef} has no results.json` };
  const sha = newest.workflow_run?.head_sha?.slice(0, 7);
  return { path, label: `${event.baseRef}${sha ? ` @ ${sha}` : ""} (artifact ${newest.id})` };
}
export {
  fetchBaseline
};
