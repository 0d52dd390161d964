// What readEvent takes from a workflow_run event: GitHub lists in workflow_run.pull_requests the
// pull requests whose head is the run's branch, in this repository *and in others* (a fork's
// branch is also the head of a pull request on its upstream). Only one whose base is this
// repository may be commented on without further checks.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { readEvent } from '../src/github/event.ts';
import { scratchDir, writeJson } from './helpers.ts';

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const THIS = { id: 1, url: 'https://api.github.com/repos/octo/bench', name: 'bench' };
const UPSTREAM = { id: 99, url: 'https://api.github.com/repos/upstream/bench', name: 'bench' };

/** A pull request as workflow_run.pull_requests lists it. */
const pull = (number: number, baseRepo?: Partial<typeof THIS>) => ({
  url: `${(baseRepo ?? THIS).url}/pulls/${number}`,
  id: 5000 + number,
  number,
  head: { ref: 'topic', sha: HEAD, repo: THIS },
  base: { ref: 'main', sha: 'f'.repeat(40), ...(baseRepo && { repo: baseRepo }) },
});

function workflowRun(t: { after(fn: () => void): void }, pullRequests: unknown[], runRepository: unknown = THIS) {
  const path = writeJson(join(scratchDir(t), 'event.json'), {
    workflow_run: { head_sha: HEAD, repository: runRepository, pull_requests: pullRequests },
  });
  return readEvent({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'octo/bench' })
    .workflowRun;
}

test('a pull request of another repository is not named: the artifact path then checks the head', (t) => {
  assert.deepEqual(workflowRun(t, [pull(3, UPSTREAM)]), { headSha: HEAD });
});

test('the first pull request whose base is this repository is named, by repository id', (t) => {
  assert.deepEqual(workflowRun(t, [pull(3, UPSTREAM), pull(5, THIS)]), { headSha: HEAD, pullRequest: 5 });
});

test("without ids, the base repository's API url is compared with GITHUB_REPOSITORY", (t) => {
  const noId = (repo: typeof THIS) => ({ url: repo.url.replace('octo/bench', 'Octo/Bench'), name: repo.name });
  assert.deepEqual(workflowRun(t, [pull(3, noId(UPSTREAM)), pull(5, noId(THIS))], {}), {
    headSha: HEAD,
    pullRequest: 5,
  });
});

test('a pull request whose base repository is not given is not named', (t) => {
  assert.deepEqual(workflowRun(t, [pull(5)]), { headSha: HEAD });
});
