// What the workflow's event says about pull requests, read from GITHUB_EVENT_PATH.
import { readFileSync } from 'node:fs';

export interface EventFacts {
  name: string;
  owner: string;
  repo: string;
  sha: string;
  /** pull_request / pull_request_target events: the number, and the branch it targets. */
  pullRequest?: number;
  baseRef?: string;
  /** workflow_run events: the run that produced the artifact, and its PR when GitHub names it (same-repo PRs only). */
  workflowRun?: { headSha: string; pullRequest?: number };
}

function readPayload(path: string | undefined): Record<string, any> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

export function readEvent(env: NodeJS.ProcessEnv): EventFacts {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const name = env.GITHUB_EVENT_NAME ?? '';
  const facts: EventFacts = { name, owner, repo, sha: env.GITHUB_SHA ?? '' };
  if ((name === 'pull_request' || name === 'pull_request_target') && Number.isInteger(payload.pull_request?.number)) {
    facts.pullRequest = payload.pull_request.number;
    if (typeof payload.pull_request.base?.ref === 'string') facts.baseRef = payload.pull_request.base.ref;
  }
  if (name === 'workflow_run' && typeof payload.workflow_run?.head_sha === 'string') {
    const number = payload.workflow_run.pull_requests?.[0]?.number;
    facts.workflowRun = { headSha: payload.workflow_run.head_sha, ...(Number.isInteger(number) ? { pullRequest: number } : {}) };
  }
  return facts;
}
