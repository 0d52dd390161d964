// The Action as the runner runs it (test/action-harness.ts): mode run on a pull request, with a
// baseline, and mode comment (the fork pattern), against fakes of GitHub on 127.0.0.1.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { assertTokenNeverPrinted, HEAD_SHA, runAction, setUp, TOKEN } from './action-harness.ts';
import { COMMENT_MARKER } from '../src/github/sticky-comment.ts';
import { fakeRuntimeToken, startFakeArtifactService } from './fakes/artifact-service.ts';
import { startFakeGitHub, type FakeGitHub } from './fakes/github-api.ts';
import { zipFiles } from './fakes/zip.ts';
import { activeParts, HOSTILE } from './gfm.ts';
import { fixture, runCli, writeJson } from './helpers.ts';

const pullRequestEvent = { name: 'pull_request', payload: { pull_request: { number: 7, head: { sha: HEAD_SHA } } } };

describe('the Action on a pull request', () => {
  test('first run creates the comment, second updates it, past 150 unrelated comments', async (t) => {
    const { dir, env } = setUp(t, pullRequestEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    fake.comments.set(
      7,
      Array.from({ length: 150 }, (_, i) => ({
        id: i + 1,
        body: `unrelated comment ${i}`,
        user: { login: 'someone', type: 'User' },
      })),
    );

    const first = await runAction(dir, env(fake));
    assert.equal(first.code, 0, first.stdout);
    const second = await runAction(dir, env(fake));
    assert.equal(second.code, 0, second.stdout);

    const writes = fake.requests
      .filter((r) => r.method !== 'GET' && r.path !== '/graphql') // GraphQL's viewer: who the token is
      .map((r) => `${r.method} ${r.path}`);
    const ours = fake.comments.get(7)!.filter((c) => c.body.startsWith(COMMENT_MARKER));
    assert.equal(ours.length, 1);
    assert.deepEqual(writes, [
      'POST /repos/octo/bench/issues/7/comments',
      `PATCH /repos/octo/bench/issues/comments/${ours[0].id}`,
    ]);
    assert.ok(
      fake.requests.some((r) => r.method === 'GET' && r.path.includes('page=2')),
      'read the second page of comments',
    );
    assert.ok(fake.requests.every((r) => r.authorization === `token ${TOKEN}`));
    // the comment's short form (comment-sections.ts): one line per verdict, the tables folded
    assert.match(ours[0].body, /\n- \*\*`cpu`\*\* · pool made per job, at `low` \(arg `3000000`\): \*\*/);
    assert.match(ours[0].body, /<details><summary>Speedup by model and level<\/summary>/);
    assert.match(ours[0].body, /\| `node` · EventLoop \| +[\d.]+× \[/);
    assert.match(ours[0].body, /```mermaid\nxychart-beta/);
    assert.match(ours[0].body, /\[this run\]\(https:\/\/github\.com\/octo\/bench\/actions\/runs\/4242\)/);

    assert.match(
      second.summary,
      /### `cpu`[\s\S]*\| `node` · EventLoop \| +[\d.]+× \[[\d.–]+\] · [\d.]+ · (\d+%|CPU: too short)/,
    );
    assert.equal(second.outputs['results-path'], join(dir, 'bench-results', 'results.json'));
    assert.equal(second.outputs['report-path'], join(dir, 'bench-results', 'report.md'));
    assert.equal(second.outputs.regressions, '0');
    assert.match(second.stdout, /::notice::Results artifact not uploaded: /);
    const results = JSON.parse(readFileSync(second.outputs['results-path'], 'utf8'));
    assert.equal(results.system.git.pull_request, 7);
    assertTokenNeverPrinted(first.stdout + second.stdout);
  });

  test('a comment that holds our marker but that someone else wrote is left alone', async (t) => {
    const { dir, env } = setUp(t, pullRequestEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    const planted = {
      id: 1,
      body: `${COMMENT_MARKER}\nplanted by a stranger`,
      user: { login: 'mallory', type: 'User' },
    };
    fake.comments.set(7, [{ ...planted }]);
    for (const _ of [1, 2]) assert.equal((await runAction(dir, env(fake))).code, 0);
    const [theirs, ...ours] = fake.comments.get(7)!;
    assert.deepEqual(theirs, planted, 'never overwritten');
    assert.equal(ours.length, 1, 'ours was made once, then updated');
    assert.equal(ours[0]!.user.login, 'github-actions[bot]');

    // a personal token: its own login, from GET /user; the Actions bot's marked comment is not ours
    fake.tokenLogin = 'octo-maintainer';
    assert.equal((await runAction(dir, env(fake))).code, 0);
    const authors = fake.comments.get(7)!.map((c) => c.user.login);
    assert.deepEqual(authors, ['mallory', 'github-actions[bot]', 'octo-maintainer']);
  });

  test("a GitHub App's token: one comment over three runs, updated twice", async (t) => {
    const { dir, env } = setUp(t, pullRequestEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    fake.appLogin = 'some-app[bot]'; // GET /user answers 403, as for the job's own token
    const runs = [];
    for (const _ of [1, 2, 3]) runs.push(await runAction(dir, env(fake)));
    for (const run of runs) {
      assert.equal(run.code, 0, run.stdout);
      assert.doesNotMatch(run.stdout, /::warning::/, 'the login was learned, not assumed');
    }
    const ours = fake.comments.get(7)![0]!;
    assert.deepEqual(
      fake.comments.get(7)!.map((c) => `${c.id} by ${c.user.login}`),
      [`${ours.id} by some-app[bot]`],
      'one comment',
    );
    const writes = fake.requests.filter((r) => r.method === 'PATCH' || r.path.endsWith('/comments'));
    assert.deepEqual(
      writes.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
      [
        'POST /repos/octo/bench/issues/7/comments',
        `PATCH /repos/octo/bench/issues/comments/${ours.id}`,
        `PATCH /repos/octo/bench/issues/comments/${ours.id}`,
      ],
    );
    assert.deepEqual(
      runs.map((run) => /Pull-request comment (created|updated)/.exec(run.stdout)?.[1]),
      ['created', 'updated', 'updated'],
    );
    assertTokenNeverPrinted(runs.map((run) => run.stdout).join('\n'));
  });

  test('a read-only token (fork PR): a warning that says what to do, exit 0, summary written', async (t) => {
    const { dir, env } = setUp(t, pullRequestEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    fake.failWrites = 403;
    const run = await runAction(dir, env(fake));
    assert.equal(run.code, 0, run.stdout);
    assert.match(
      run.stdout,
      /::warning::Commenting on pull request #7: the token may not write here \(HTTP 403: Resource not accessible by integration[^)]*\)\. A pull request from a fork gets a read-only token: use the workflow_run pattern/,
    );
    assert.match(run.summary, /### `cpu`/);
    const creates = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'));
    assert.equal(creates.length, 1, 'a 403 is not retried');
    assertTokenNeverPrinted(run.stdout);
  });

  test('5xx and 429 answers are retried, a bounded number of times', async (t) => {
    const { dir, env } = setUp(t, pullRequestEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    fake.failNext = [503, 429];
    const run = await runAction(dir, env(fake));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(fake.comments.get(7)?.length, 1, 'the comment was made after two failures');

    fake.failNext = [502, 502, 502, 502, 502, 502, 502, 502];
    const hopeless = await runAction(dir, env(fake));
    assert.equal(hopeless.code, 0, hopeless.stdout);
    assert.match(hopeless.stdout, /::warning::.*HTTP 502\) after 3 retries/);
    assert.equal(fake.failNext.length, 4, 'one try and three retries');
  });
});

test('uploads results.json and report.md to the artifact service when the runner offers one', async (t) => {
  const { dir, env } = setUp(t, pullRequestEvent);
  const fake = await startFakeGitHub();
  const artifacts = await startFakeArtifactService();
  t.after(() => Promise.all([fake.close(), artifacts.close()]));
  const run = await runAction(dir, {
    ...env(fake),
    ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
    ACTIONS_RESULTS_URL: `${artifacts.url}/`,
  });
  assert.equal(run.code, 0, run.stdout);
  assert.doesNotMatch(run.stdout, /Results artifact not uploaded/);
  assert.deepEqual(
    artifacts.calls('CreateArtifact').map((call) => call.name),
    ['concurrency-bench-results'],
  );
  const [zip] = [...artifacts.blobs.values()];
  assert.ok(zip.includes('results.json') && zip.includes('report.md'), 'both files in the zip');
  assert.match(run.summary, /Full results: artifact `concurrency-bench-results` of \[this run\]/);
});

test('comment: always on a push comments on the open pull request of the commit', async (t) => {
  const { dir, env } = setUp(t, { name: 'push', payload: {} });
  const fake = await startFakeGitHub();
  t.after(() => fake.close());
  fake.pulls.set(12, { headSha: HEAD_SHA, state: 'open' });
  const run = await runAction(dir, env(fake, { comment: 'always' }));
  assert.equal(run.code, 0, run.stdout);
  assert.equal(fake.comments.get(12)?.length, 1, run.stdout);
  const auto = await runAction(dir, env(fake, { comment: 'auto' }));
  assert.match(
    auto.stdout,
    /No pull-request comment: a push event has no pull request to comment on \(comment: auto\)/,
  );
  assert.equal(fake.comments.get(12)?.length, 1);
});

test('compare-to: base downloads the newest trusted results artifact of the base branch, from any page, and gates on it', async (t) => {
  const { dir, env } = setUp(t, {
    name: 'pull_request',
    payload: { pull_request: { number: 7, base: { ref: 'main' } } },
  });
  writeJson(join(dir, 'config.json'), {
    repetitions: 6,
    strategies: ['worker-threads'],
    // COST_FACTOR slows the workers' tasks only: the speedup falls, which another run's comparison tests
    workloads: { cost: { module: fixture('cost.mjs'), export: 'workOffMain', levels: { base: '150ms' } } },
  });
  const baseRun = runCli(['--config', 'config.json', '--out', 'main-run'], { cwd: dir });
  assert.equal(baseRun.code, 0, baseRun.stderr);
  const fake = await startFakeGitHub();
  t.after(() => fake.close());
  const results = readFileSync(join(dir, 'main-run', 'results.json'));
  const artifact = (
    id: number,
    headBranch: string,
    createdAt: string,
    content: Buffer | string,
    run: { event?: string; headRepositoryId?: number } = {},
  ) => ({
    id,
    name: 'concurrency-bench-results',
    headBranch,
    headSha: `${id}`.padEnd(40, 'f'),
    runId: id + 1000,
    createdAt,
    ...run,
    zip: zipFiles({ 'results.json': content, 'report.md': '# old' }),
  });
  const forged = '{"schema_version": 1, "not": "a trusted run"}';
  fake.artifacts = [
    artifact(10, 'main', '2026-11-01T00:00:00Z', '{"schema_version": 1, "not": "the newest"}'),
    artifact(11, 'feature', '2026-11-03T00:00:00Z', '{"schema_version": 1, "not": "the base branch"}'),
    // a fork's pull request from its own main: stored here, head_branch "main", the newest of all
    artifact(13, 'main', '2026-11-09T00:00:00Z', forged, { event: 'pull_request', headRepositoryId: 2 }),
    // a pull_request run whose head is this repository's main (not a push to it)
    artifact(14, 'main', '2026-11-08T00:00:00Z', forged, { event: 'pull_request' }),
    // a trusted push, but expired: its file is gone
    { ...artifact(16, 'main', '2026-11-07T00:00:00Z', forged), expired: true },
    // a busy repository: the trusted one is on the second page of 100
    ...Array.from({ length: 120 }, (_, i) =>
      artifact(100 + i, `topic-${i}`, '2026-11-05T00:00:00Z', '{"schema_version": 1, "not": "the base branch"}'),
    ),
    artifact(12, 'main', '2026-11-02T00:00:00Z', results),
  ];

  const same = await runAction(
    dir,
    env(fake, { 'compare-to': 'base', 'fail-on-regression': 'true', comment: 'never' }),
  );
  assert.equal(same.code, 0, same.stdout);
  assert.equal(same.outputs.regressions, '0');
  assert.match(same.summary, /Compared with `main @ 12ffff\w* \(artifact 12\)`: no regression/);
  const listed = fake.requests.filter((r) => r.path.includes('/actions/artifacts?'));
  assert.ok(
    listed.some((r) => r.path.includes('page=2')),
    `the second page was read: ${listed.map((r) => r.path)}`,
  );

  const slower = await runAction(dir, {
    ...env(fake, { 'compare-to': 'base', 'fail-on-regression': 'true', comment: 'never' }),
    COST_FACTOR: '1.5',
  });
  assert.equal(slower.code, 1, slower.stdout);
  assert.equal(slower.outputs.regressions, '1');
  assert.equal(slower.outputs['memory-regressions'], '0');
  assert.match(
    slower.stdout,
    /::error::Regression gate: 1 cell got slower than main @ 12ffff\w* \(artifact 12\), beyond noise\./,
  );
  assert.match(slower.summary, /\*\*1 regression\*\*/);

  // a trusted baseline whose argument would run every task for ever is not taken
  const forgedArg = JSON.parse(results.toString('utf8'));
  for (const cell of forgedArg.cells) cell.arg = 1e15;
  fake.artifacts = [artifact(15, 'main', '2026-11-10T00:00:00Z', JSON.stringify(forgedArg))];
  const bounded = await runAction(dir, env(fake, { 'compare-to': 'base', comment: 'never' }));
  assert.equal(bounded.code, 0, bounded.stdout);
  assert.match(
    bounded.stdout,
    /^duration levels: node cost: the baseline's argument 1000000000000000 is not within 10× of this run's \d+, so it is ignored and this run's calibration is used$/m,
  );
});

test('compare-to: base with no artifact on the base branch yet: a notice, no comparison, exit 0', async (t) => {
  const { dir, env } = setUp(t, {
    name: 'pull_request',
    payload: { pull_request: { number: 7, base: { ref: 'main' } } },
  });
  const fake = await startFakeGitHub();
  t.after(() => fake.close());
  const run = await runAction(dir, env(fake, { 'compare-to': 'base', comment: 'never' }));
  assert.equal(run.code, 0, run.stdout);
  assert.match(
    run.stdout,
    /::notice::No comparison: no unexpired "concurrency-bench-results" artifact from a push to main of this repository yet/,
  );
  assert.equal(run.outputs.regressions, '0');
});

describe('mode: comment (the workflow_run pattern for fork pull requests)', () => {
  const workflowRunEvent = {
    name: 'workflow_run',
    payload: { workflow_run: { head_sha: HEAD_SHA, pull_requests: [] } },
  };

  async function artifactFromARun(
    dir: string,
    fake: FakeGitHub,
    env: (fake: FakeGitHub, inputs?: Record<string, string>) => NodeJS.ProcessEnv,
  ) {
    // the pull request's own (unprivileged) run: results only, no comment
    const run = await runAction(dir, env(fake, { comment: 'never' }));
    assert.equal(run.code, 0, run.stdout);
    return join('bench-results', 'results.json');
  }

  test('posts the artifact of the PR whose head the run built', async (t) => {
    const { dir, env } = setUp(t, workflowRunEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    fake.pulls.set(7, { headSha: HEAD_SHA, state: 'open' });
    const results = await artifactFromARun(dir, fake, env);
    const run = await runAction(dir, env(fake, { mode: 'comment', results }));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(fake.comments.get(7)?.length, 1, run.stdout);
    assert.match(fake.comments.get(7)![0].body, /### `cpu`/);
  });

  test("a forged artifact's names reach the comment inert: no mention, link, image or reference", async (t) => {
    const { dir, env } = setUp(t, workflowRunEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    fake.pulls.set(7, { headSha: HEAD_SHA, state: 'open' });
    const results = await artifactFromARun(dir, fake, env);
    // what a fork could put in its artifact: every name its own
    const forged = JSON.parse(readFileSync(join(dir, results), 'utf8'));
    for (const cell of forged.cells) Object.assign(cell, { workload: HOSTILE, level: HOSTILE, runtime: HOSTILE });
    Object.assign(forged.system, { cpu_model: HOSTILE, os: HOSTILE });
    delete forged.verdicts;
    delete forged.break_even;
    writeJson(join(dir, 'forged.json'), forged);
    const run = await runAction(dir, env(fake, { mode: 'comment', results: 'forged.json' }));
    assert.equal(run.code, 0, run.stdout);
    const body = fake.comments.get(7)![0]!.body;
    const report = body.slice(0, body.lastIndexOf('<sub>')); // our own pointer to the run is a link, and ours
    assert.deepEqual(activeParts(report), [], report);
    assert.ok(report.includes(`\`${HOSTILE}\``), 'the name is shown as written');
    const summary = run.summary.slice(run.summary.lastIndexOf('## concurrency-bench')); // the file holds the first run's too
    assert.deepEqual(activeParts(summary.slice(0, summary.lastIndexOf('Full results'))), []);
  });

  test("a pull request the event lists for another repository is not this one's: the artifact's, checked, is", async (t) => {
    const upstream = { id: 99, url: 'https://api.github.com/repos/upstream/bench', name: 'bench' };
    const { dir, env } = setUp(t, {
      name: 'workflow_run',
      payload: {
        workflow_run: {
          head_sha: HEAD_SHA,
          repository: { id: 1, url: 'https://api.github.com/repos/octo/bench', name: 'bench' },
          // GitHub lists the upstream's pull request #3 whose head is this same branch
          pull_requests: [{ number: 3, head: { sha: HEAD_SHA }, base: { ref: 'main', repo: upstream } }],
        },
      },
    });
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    fake.pulls.set(7, { headSha: HEAD_SHA, state: 'open' });
    const results = await artifactFromARun(dir, fake, env);
    const run = await runAction(dir, env(fake, { mode: 'comment', results }));
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(
      [...fake.comments].map(([number, list]) => `#${number}: ${list.length}`),
      ['#7: 1'],
      'one comment, on the pull request of this repository, none on the number of another',
    );
    assert.ok(
      fake.requests.some((r) => r.path === '/repos/octo/bench/pulls/7'),
      "the artifact's PR was checked",
    );
  });

  test('refuses a PR number that is not the one the run built', async (t) => {
    const { dir, env } = setUp(t, workflowRunEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    fake.pulls.set(7, { headSha: 'ffffffffffffffffffffffffffffffffffffffff', state: 'open' });
    const results = await artifactFromARun(dir, fake, env);
    const run = await runAction(dir, env(fake, { mode: 'comment', results }));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(fake.comments.get(7), undefined);
    assert.match(
      run.stdout,
      /No pull-request comment: pull request #7 named by the artifact is not the one the run built/,
    );
  });

  test('a results file that is not ours fails the step with one line', async (t) => {
    const { dir, env } = setUp(t, workflowRunEvent);
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    writeJson(join(dir, 'evil.json'), {
      schema_version: 1,
      tool: { name: 'x', version: '1' },
      created_at: 'now',
      system: {},
      cells: [],
    });
    const run = await runAction(dir, env(fake, { mode: 'comment', results: 'evil.json' }));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::.*evil\.json: not a concurrency-bench results file/);
    assert.equal(fake.requests.length, 0);
  });
});
