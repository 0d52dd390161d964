// compare-to: base-commit (issue 21): the pull request's base commit as a git worktree beside the
// workspace, for runBenchmark's baselineTree. The edge that runs git: fetch the commit when the
// checkout does not have it (actions/checkout makes a shallow clone of the merge commit), then
// `git worktree add --detach`. The job's token goes to git through the environment
// (GIT_CONFIG_*), never on a command line where `ps` would show it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type BaseWorktree = { dir: string; label: string; remove: () => Promise<void> } | { none: string };

const FULL_SHA = /^[0-9a-f]{40}$/;

/** The Authorization header git sends to the server, as GIT_CONFIG_* variables. */
function tokenConfig(token: string, serverUrl: string): NodeJS.ProcessEnv {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

const firstLine = (error: unknown) =>
  String((error as { stderr?: string }).stderr || (error as Error).message)
    .trim()
    .split('\n')
    .at(-1);

export async function baseWorktree(options: {
  workspace: string;
  sha: string;
  token: string;
  env: NodeJS.ProcessEnv;
  /** A folder of the job's own to put the worktree in (removed with it). */
  scratch: string;
}): Promise<BaseWorktree> {
  const { workspace, sha, token, env, scratch } = options;
  if (!FULL_SHA.test(sha)) return { none: `the event names no base commit (got "${sha.slice(0, 50)}")` };
  const git = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    run('git', ['-C', workspace, ...args], { env: { ...env, ...extra, GIT_TERMINAL_PROMPT: '0' } });
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`]);
  } catch {
    try {
      // one commit is enough: the worktree needs its tree, not its history
      await git(
        ['fetch', '--no-tags', '--depth=1', 'origin', sha],
        tokenConfig(token, env.GITHUB_SERVER_URL || 'https://github.com'),
      );
    } catch (error) {
      return { none: `could not fetch the base commit ${sha.slice(0, 7)}: ${firstLine(error)}` };
    }
  }
  const dir = join(scratch, 'base');
  try {
    await git(['worktree', 'add', '--detach', dir, sha]);
  } catch (error) {
    return { none: `could not check out the base commit ${sha.slice(0, 7)}: ${firstLine(error)}` };
  }
  return {
    dir,
    label: `base commit ${sha.slice(0, 7)}`,
    remove: async () => {
      await git(['worktree', 'remove', '--force', dir]).catch(() => undefined);
    },
  };
}
