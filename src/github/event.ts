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
  /**
   * workflow_run events: the run that produced the artifact, and its PR when GitHub names one whose
   * base is this repository (GitHub names no fork PRs here, and does name other repositories' PRs).
   */
  workflowRun?: { headSha: string; pullRequest?: number };
}

/** The parts of a webhook payload read below; all optional, since any event can arrive. */
interface EventPayload {
  pull_request?: { number?: unknown; base?: { ref?: unknown; sha?: unknown } };
  workflow_run?: {
    head_sha?: unknown;
    /** The repository the run ran in: this one. */
    repository?: { id?: unknown };
    pull_requests?: { number?: unknown; base?: { repo?: RepositoryRef } }[];
  };
}

/** How workflow_run.pull_requests names a repository (its short name, also there, is not enough). */
interface RepositoryRef {
  id?: unknown;
  url?: unknown;
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
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    const number = pulls.find((pr) => isThisRepository(pr?.base?.repo, run.repository?.id, `${owner}/${repo}`))?.number;
    facts.workflowRun = { headSha: run.head_sha, ...(isWholeNumber(number) ? { pullRequest: number } : {}) };
  }
  return facts;
}

/**
 * Whether a pull request's base repository is this one. GitHub lists in workflow_run.pull_requests
 * every PR whose head is the run's branch, other repositories' too (a fork's branch is also the
 * head of a PR on its upstream): commenting on that number here would reach an unrelated PR. By
 * id when both ids are there, else by API url (…/repos/owner/name, case-insensitive as GitHub's
 * names are); a base that says neither is not taken, and the artifact's checked number applies.
 */
function isThisRepository(base: RepositoryRef | undefined, thisId: unknown, fullName: string): boolean {
  if (isWholeNumber(base?.id) && isWholeNumber(thisId)) return base.id === thisId;
  if (typeof base?.url !== 'string' || fullName === '/') return false;
  return base.url.toLowerCase().endsWith(`/repos/${fullName.toLowerCase()}`);
}
