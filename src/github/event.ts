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
  /** The commit the pull request's base branch was at (compare-to: base-commit measures it). */
  baseSha?: string;
  /** workflow_run events: the run that produced the artifact, and its PR when GitHub names it (same-repo PRs only). */
  workflowRun?: { headSha: string; pullRequest?: number };
}

/** The parts of a webhook payload read below; all optional, since any event can arrive. */
interface EventPayload {
  pull_request?: { number?: unknown; base?: { ref?: unknown; sha?: unknown } };
  workflow_run?: { head_sha?: unknown; pull_requests?: { number?: unknown }[] };
}

const isWholeNumber = (value: unknown): value is number => Number.isInteger(value);

function readPayload(path: string | undefined): EventPayload {
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
  const pull = payload.pull_request;
  if ((name === 'pull_request' || name === 'pull_request_target') && isWholeNumber(pull?.number)) {
    facts.pullRequest = pull.number;
    if (typeof pull.base?.ref === 'string') facts.baseRef = pull.base.ref;
    if (typeof pull.base?.sha === 'string') facts.baseSha = pull.base.sha;
  }
  const run = payload.workflow_run;
  if (name === 'workflow_run' && typeof run?.head_sha === 'string') {
    const number = run.pull_requests?.[0]?.number;
    facts.workflowRun = { headSha: run.head_sha, ...(isWholeNumber(number) ? { pullRequest: number } : {}) };
  }
  return facts;
}
