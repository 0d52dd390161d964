// The Action's inputs (action.yml), read through a getter so this stays pure and testable.
import { OVERRIDE_FLAGS, type Overrides } from '../config/overrides.ts';
import type { CommentPolicy } from '../github/pull-request.ts';
import { UserError } from '../user-error.ts';

export class InputError extends UserError {}

export interface ActionInputs {
  mode: 'run' | 'comment' | 'merge';
  configPath?: string;
  overrides: Overrides;
  comment: CommentPolicy;
  summary: boolean;
  artifactName: string;
  outDir: string;
  /** mode "comment": the results.json to post, and the pull request to post it on. */
  resultsPath?: string;
  pullRequest?: number;
  /** mode "merge": which of the run's artifacts hold a runner's results (a glob on their names). */
  mergePattern: string;
  /** Tells this job's comment apart from other jobs' on the same pull request; '' = the one comment. */
  commentKey: string;
  /**
   * "base-commit": the PR's base commit, measured beside the head in this job (a git worktree);
   * "base": the newest results artifact of the PR's base branch; else a results.json path.
   */
  compareTo?: string;
  failOnRegression: boolean;
  failOnMemoryRegression: boolean;
  token: string;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name}: must be one of ${allowed.join(', ')}, got "${value}"`);
}

function bool(name: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new InputError(`input ${name}: must be true or false, got "${value}"`);
}

/** `get` returns an input's trimmed value, '' when not set (as @actions/core's getInput does). */
export function readInputs(get: (name: string) => string): ActionInputs {
  const orUndefined = (value: string) => (value === '' ? undefined : value);
  const pullRequest = get('pull-request');
  if (pullRequest !== '' && !/^[1-9]\d{0,9}$/.test(pullRequest)) {
    throw new InputError(`input pull-request: must be a pull request number, got "${pullRequest}"`);
  }
  const mode = oneOf('mode', get('mode') || 'run', ['run', 'comment', 'merge'] as const);
  const commentKey = get('comment-key');
  if (commentKey !== '' && !/^[A-Za-z0-9._-]{1,64}$/.test(commentKey)) {
    throw new InputError(
      `input comment-key: letters, digits, '.', '_' and '-' only (at most 64), got "${commentKey}"; use e.g. \${{ matrix.os }}`,
    );
  }
  const resultsPath = orUndefined(get('results'));
  if (mode === 'comment' && !resultsPath)
    throw new InputError('input results: mode "comment" needs the path of the results.json to post');
  return {
    mode,
    configPath: orUndefined(get('config')),
    // the same names as the CLI's flags, read by the same reader (config/overrides.ts)
    overrides: Object.fromEntries(OVERRIDE_FLAGS.map((flag) => [flag, get(flag)])),
    comment: oneOf('comment', get('comment') || 'auto', ['auto', 'always', 'never'] as const),
    summary: bool('summary', get('summary') || 'true'),
    artifactName: get('artifact-name'),
    outDir: get('out') || 'bench-results',
    resultsPath,
    pullRequest: pullRequest === '' ? undefined : Number(pullRequest),
    mergePattern: get('merge-pattern') || 'concurrency-bench-results*',
    commentKey,
    compareTo: orUndefined(get('compare-to')),
    failOnRegression: bool('fail-on-regression', get('fail-on-regression') || 'false'),
    failOnMemoryRegression: bool('fail-on-memory-regression', get('fail-on-memory-regression') || 'false'),
    token: get('github-token'),
  };
}
