// compare-to: base — the newest results artifact made on the pull request's base branch, found
// and downloaded through the REST API with the job's token (actions: read).
import { DefaultArtifactClient } from '@actions/artifact';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { explainApiError } from './api-errors.ts';
import { clientForJob, type GitHubClient } from './client.ts';
import type { EventFacts } from './event.ts';

export type Baseline = { path: string; label: string } | { none: string };

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
  const { data } = await client.rest.actions.listArtifactsForRepo({
    owner: event.owner,
    repo: event.repo,
    name: options.artifactName,
    per_page: 100,
  });
  const candidates = data.artifacts
    .filter(
      (artifact) =>
        !artifact.expired && artifact.workflow_run?.head_branch === event.baseRef && artifact.workflow_run?.id,
    )
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''));
  const newest = candidates[0];
  if (!newest)
    return {
      none: `no unexpired "${options.artifactName}" artifact from branch ${event.baseRef} yet: run the workflow on ${event.baseRef} first`,
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
