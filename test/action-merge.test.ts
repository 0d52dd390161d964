// mode: merge end to end. Two matrix jobs run the Action (mode run) and upload their results
// artifacts to the fake artifact service; a third artifact is broken and a fourth is not ours;
// then the merge job downloads what matches, and posts one report and ONE comment on the fake
// GitHub, updated in place when the merge job runs again.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { uploadResultsArtifact } from '../src/github/artifact.ts';
import { clientForJob } from '../src/github/client.ts';
import { commentMarker, upsertStickyComment } from '../src/github/sticky-comment.ts';
import { HEAD_SHA, runAction, setUp, TOKEN } from './action-harness.ts';
import { fakeRuntimeToken, startFakeArtifactService } from './fakes/artifact-service.ts';
import { startFakeGitHub } from './fakes/github-api.ts';
import { scratchDir } from './helpers.ts';

const RUN = '5f0e2bd6-4a7e-4c55-9d4c-6b1f3e0a9c11';
const jobToken = (job: number) => fakeRuntimeToken(RUN, `00000000-0000-4000-8000-00000000000${job}`);
const pullRequestEvent = { name: 'pull_request', payload: { pull_request: { number: 7, head: { sha: HEAD_SHA } } } };

test('mode merge: one comment and one summary from every matching results artifact of the run', async (t) => {
  const { dir, env } = setUp(t, pullRequestEvent);
  const github = await startFakeGitHub();
  const artifacts = await startFakeArtifactService();
  t.after(() => Promise.all([github.close(), artifacts.close()]));
  const asJob = (job: number) => ({ ACTIONS_RUNTIME_TOKEN: jobToken(job), ACTIONS_RESULTS_URL: `${artifacts.url}/` });

  // two jobs of a matrix, each measuring and uploading under its own name, commenting never
  for (const [job, os] of [
    [1, 'ubuntu-24.04'],
    [2, 'ubuntu-24.04-arm'],
  ] as const) {
    const run = await runAction(dir, {
      ...env(github, { 'artifact-name': `concurrency-bench-results-${os}`, comment: 'never', out: `out-${os}` }),
      ...asJob(job),
    });
    assert.equal(run.code, 0, run.stdout);
  }
  // a job whose results file is not one, and an artifact the pattern does not match
  const other = scratchDir(t);
  writeFileSync(join(other, 'results.json'), '{"schema_version": 1, "cells": "not a list"}');
  writeFileSync(join(other, 'coverage.txt'), 'lines 93%');
  Object.assign(process.env, asJob(3)); // @actions/artifact reads process.env
  const upload = (name: string, file: string) =>
    uploadResultsArtifact({ name, files: [join(other, file)], rootDirectory: other, env: process.env });
  assert.ok((await upload('concurrency-bench-results-broken', 'results.json')).uploaded);
  assert.ok((await upload('coverage', 'coverage.txt')).uploaded);
  assert.equal(github.comments.get(7)?.length ?? 0, 0, 'the matrix jobs did not comment');

  const merge = () => runAction(dir, { ...env(github, { mode: 'merge', out: 'merged' }), ...asJob(4) });
  const first = await merge();
  assert.equal(first.code, 0, first.stdout);
  assert.match(
    first.stdout,
    /::warning::Artifact concurrency-bench-results-broken left out: its results\.json: not a concurrency-bench results file \(the top level: must have required property 'tool'\)/,
  );
  assert.deepEqual(
    artifacts.calls('GetSignedArtifactURL').map((call) => call.name),
    [
      'concurrency-bench-results-broken',
      'concurrency-bench-results-ubuntu-24.04',
      'concurrency-bench-results-ubuntu-24.04-arm',
    ],
    'the matching artifacts downloaded, in name order; coverage left alone',
  );
  assert.match(first.stdout, /Merged 2 runners/);
  const comments = github.comments.get(7) ?? [];
  assert.equal(comments.length, 1, 'one comment');
  const body = comments[0]!.body;
  assert.ok(body.startsWith(commentMarker()), 'the sticky marker');
  assert.match(body, /## concurrency-bench: 2 runners side by side/);
  for (const name of ['concurrency-bench-results-ubuntu-24.04', 'concurrency-bench-results-ubuntu-24.04-arm']) {
    assert.ok(body.includes(`(from \`${name}\`)`), `${name} named in the comment`);
  }
  assert.match(first.summary, /## concurrency-bench: 2 runners side by side/);
  assert.ok(first.outputs['report-path']?.endsWith(join('merged', 'report.md')));
  // the merged report is an artifact of its own, under a name the pattern does not match
  assert.ok(artifacts.calls('CreateArtifact').some((call) => call.name === 'concurrency-bench-merged'));

  const again = await merge();
  assert.equal(again.code, 0, again.stdout);
  assert.equal(github.comments.get(7)?.length, 1, 'updated in place, not a second comment');
  assert.match(again.stdout, /Pull-request comment updated/);
});

test('mode merge with nothing that matches fails the step and names the artifacts it saw', async (t) => {
  const { dir, env } = setUp(t, pullRequestEvent);
  const github = await startFakeGitHub();
  const artifacts = await startFakeArtifactService();
  t.after(() => Promise.all([github.close(), artifacts.close()]));
  const other = scratchDir(t);
  writeFileSync(join(other, 'coverage.txt'), 'lines 93%');
  Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: jobToken(1), ACTIONS_RESULTS_URL: `${artifacts.url}/` });
  await uploadResultsArtifact({
    name: 'coverage',
    files: [join(other, 'coverage.txt')],
    rootDirectory: other,
    env: process.env,
  });
  const run = await runAction(dir, {
    ...env(github, { mode: 'merge' }),
    ACTIONS_RUNTIME_TOKEN: jobToken(2),
    ACTIONS_RESULTS_URL: `${artifacts.url}/`,
  });
  assert.equal(run.code, 1, run.stdout);
  assert.match(
    run.stdout,
    /::error::mode merge: no results to merge: no usable artifact of this run matches "concurrency-bench-results\*" \(artifacts of the run: coverage\)/,
  );
  assert.equal(github.comments.get(7)?.length ?? 0, 0);
});

test('matrix jobs that comment on their own keep one comment each with comment-key', async (t) => {
  // the sticky comment itself, against the fake REST API: mode run reaches it the same way
  // (test/action.test.ts runs that path end to end)
  const github = await startFakeGitHub();
  t.after(() => github.close());
  const client = clientForJob(TOKEN, { GITHUB_API_URL: github.url });
  const target = { owner: 'octo', repo: 'bench', issueNumber: 7 };
  const posted = [];
  for (const [key, text] of [
    ['ubuntu-24.04', 'first ubuntu run'],
    ['macos-15', 'first macos run'],
    ['ubuntu-24.04', 'second ubuntu run'],
    ['', 'the one comment without a key'],
  ] as const) {
    posted.push((await upsertStickyComment(client, target, text, key)).action);
  }
  assert.deepEqual(posted, ['created', 'created', 'updated', 'created']);
  assert.deepEqual(
    (github.comments.get(7) ?? []).map((comment) => comment.body),
    [
      `${commentMarker('ubuntu-24.04')}\nsecond ubuntu run`,
      `${commentMarker('macos-15')}\nfirst macos run`,
      `${commentMarker()}\nthe one comment without a key`,
    ],
  );
});
