// compare-to: base — the newest results artifact made on the pull request's base branch, found
// and downloaded through the REST API with the job's token (actions: read).
//
// Only a trusted run may be a baseline. A pull request from a fork's own `main` runs with
// head_branch "main" and stores its artifact in this repository: taken by branch name alone, a
// forged, very fast baseline would fail every later pull request (and a slow one hide real
// regressions). So a candidate must come from a run of this repository's own code
// (head_repository_id = repository_id) that a push, a manual dispatch or a schedule started,
// never a pull request. Every page of artifacts is read: a busy repository has more than 100.
import { DefaultArtifactClient } from '@actions/artifact';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { explainApiError } from './api-errors.ts';
import { clientForJob, type GitHubClient } from './client.ts';
import type { EventFacts } from './event.ts';

export type Baseline = { path: string; label: string } | { none: string };

/** The events whose runs built this repository's own code on the base branch. */
const TRUSTED_EVENTS = new Set(['push', 'workflow_dispatch', 'schedule']);
/** How many of the newest candidates to ask about their event (one request each). */
const MAX_RUNS_ASKED = 20;

/** Never throws: an API failure is a reason, and the run goes on without a comparison. */
export async function fetchBaseline(
  token: string,
  env: NodeJS.ProcessEnv,
  event: EventFacts,
  artifactName: string,
  destination: string,
): Promise<Baseline> {
  if (!token) return { none: 'compare-to: base needs the github-token input' };
  try {
    return await downloadBaseBranchResults(clientForJob(token, env), event, { artifactName, token, destination });
  } catch (error) {
    return { none: explainApiError(error, 'Fetching the base branch results') };
  }
}

async function downloadBaseBranchResults(
  client: GitHubClient,
  event: EventFacts,
  options: { artifactName: string; token: string; destination: string },
): Promise<Baseline> {
  if (!event.baseRef)
    return {
      none: `compare-to: base needs a pull_request event (this is ${event.name || 'no event'}); give a results.json path instead`,
    };
  const artifacts = await client.paginate(client.rest.actions.listArtifactsForRepo, {
    owner: event.owner,
    repo: event.repo,
    name: options.artifactName,
    per_page: 100,
  });
  const candidates = artifacts
    .filter(
      (artifact) =>
        !artifact.expired &&
        artifact.workflow_run?.head_branch === event.baseRef &&
        artifact.workflow_run?.id &&
        artifact.workflow_run.head_repository_id !== undefined &&
        artifact.workflow_run.head_repository_id === artifact.workflow_run.repository_id,
    )
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''));
  let newest: (typeof candidates)[number] | undefined;
  for (const candidate of candidates.slice(0, MAX_RUNS_ASKED)) {
    const { data: run } = await client.rest.actions.getWorkflowRun({
      owner: event.owner,
      repo: event.repo,
      run_id: candidate.workflow_run!.id!,
    });
    if (TRUSTED_EVENTS.has(run.event)) {
      newest = candidate;
      break;
    }
  }
  if (!newest)
    return {
      none: `no unexpired "${options.artifactName}" artifact from a push to ${event.baseRef} of this repository yet: run the workflow on ${event.baseRef} first`,
    };
  await new DefaultArtifactClient().downloadArtifact(newest.id, {
    path: options.destination,
    findBy: {
      token: options.token,
      workflowRunId: newest.workflow_run!.id!,
      repositoryOwner: event.owner,
      repositoryName: event.repo,
    },
  });
  const path = join(options.destination, 'results.json');
  if (!existsSync(path)) return { none: `artifact ${newest.id} from ${event.baseRef} has no results.json` };
  const sha = newest.workflow_run?.head_sha?.slice(0, 7);
  return { path, label: `${event.baseRef}${sha ? ` @ ${sha}` : ''} (artifact ${newest.id})` };
}
