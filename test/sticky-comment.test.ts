// The sticky comment against the fake REST API (test/fakes/github-api.ts), in this process: which
// comment is ours for each kind of token, and never a second comment after a 5xx on creating it.
// (test/action.test.ts runs the same code end to end, through the bundle.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientForJob } from '../src/github/client.ts';
import { COMMENT_MARKER, upsertStickyComment } from '../src/github/sticky-comment.ts';
import { TOKEN } from './action-harness.ts';
import { type FakeGitHub, startFakeGitHub } from './fakes/github-api.ts';

const target = { owner: 'octo', repo: 'bench', issueNumber: 7 };
const RETRY_BASE_MS = 5;

async function fakeGitHub(t: { after(fn: () => Promise<void>): void }): Promise<FakeGitHub> {
  const fake = await startFakeGitHub();
  t.after(() => fake.close());
  return fake;
}

/** One run's comment: a new client each time, as each run of the Action makes its own. */
const upsert = (fake: FakeGitHub, text: string) =>
  upsertStickyComment(
    clientForJob(TOKEN, { GITHUB_API_URL: fake.url, CONCURRENCY_BENCH_RETRY_BASE_MS: String(RETRY_BASE_MS) }),
    target,
    text,
    '',
    RETRY_BASE_MS,
  );

const comments = (fake: FakeGitHub) => (fake.comments.get(7) ?? []).map((c) => [c.user.login, c.body]);

test("a GitHub App's installation token finds its own comment again: one comment over three runs", async (t) => {
  const fake = await fakeGitHub(t);
  fake.appLogin = 'some-app[bot]'; // GET /user answers 403, as for every installation token
  const actions = [];
  for (const run of [1, 2, 3]) actions.push((await upsert(fake, `run ${run}`)).action);
  assert.deepEqual(actions, ['created', 'updated', 'updated']);
  assert.deepEqual(comments(fake), [['some-app[bot]', `${COMMENT_MARKER}\nrun 3`]]);
});

test("with an App's token, only the App's own marked comment is ours, whoever else wrote the marker", async (t) => {
  const fake = await fakeGitHub(t);
  fake.appLogin = 'some-app[bot]';
  const planted = [
    // the marker's text names the App: text anyone can write proves nothing
    { id: 1, body: `${COMMENT_MARKER} author=some-app[bot]\nplanted`, user: { login: 'mallory', type: 'User' } },
    // the job's GITHUB_TOKEN wrote this one: another author than the App
    { id: 2, body: `${COMMENT_MARKER}\nby the Actions bot`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    // the App's comment from an earlier version, with the same marker
    { id: 3, body: `${COMMENT_MARKER}\nthe App's, from before`, user: { login: 'some-app[bot]', type: 'Bot' } },
  ];
  fake.comments.set(7, structuredClone(planted));
  const outcome = await upsert(fake, 'new figures');
  assert.deepEqual([outcome.action, outcome.id], ['updated', 3]);
  assert.deepEqual(comments(fake), [
    ['mallory', planted[0].body],
    ['github-actions[bot]', planted[1].body],
    ['some-app[bot]', `${COMMENT_MARKER}\nnew figures`],
  ]);
});

test("when the token's login cannot be learned, the author GitHub names on the new comment is warned about", async (t) => {
  const fake = await fakeGitHub(t);
  fake.appLogin = 'some-app[bot]';
  fake.refuseViewer = true; // GET /user and GraphQL's viewer both refused: the login is a guess
  const outcome = await upsert(fake, 'figures');
  assert.equal(outcome.action, 'created');
  assert.match(
    (outcome as { warning?: string }).warning ?? '(no warning)',
    /^The comment's author is some-app\[bot\], not github-actions\[bot\] as assumed \(the token may not ask GitHub who it is\): the next run will not find it and will post another\.$/,
  );
});

test("when GitHub's viewer names the token otherwise than its comments' author, that is warned about", async (t) => {
  const fake = await fakeGitHub(t);
  fake.appLogin = 'some-app[bot]';
  fake.viewerLogin = 'some-app'; // were GraphQL to leave out the "[bot]" that REST comments carry
  const outcome = await upsert(fake, 'figures');
  assert.match(
    (outcome as { warning?: string }).warning ?? '(no warning)',
    /^The comment's author is some-app\[bot\], not some-app as GitHub named the token: the next run will not find it and will post another\.$/,
  );
});

test('a 502 after GitHub made the comment: found again, not posted twice', async (t) => {
  const fake = await fakeGitHub(t);
  fake.failCreates = [{ status: 502, made: true }];
  const outcome = await upsert(fake, 'figures');
  assert.equal(outcome.action, 'created');
  assert.deepEqual(comments(fake), [['github-actions[bot]', `${COMMENT_MARKER}\nfigures`]]);
  assert.equal(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')).length, 1);
});

test('a 5xx that made nothing: the comments are read again before each new try, and one comment is made', async (t) => {
  const fake = await fakeGitHub(t);
  fake.failCreates = [
    { status: 502, made: false },
    { status: 503, made: false },
  ];
  const outcome = await upsert(fake, 'figures');
  assert.equal(outcome.action, 'created');
  assert.deepEqual(comments(fake), [['github-actions[bot]', `${COMMENT_MARKER}\nfigures`]]);
  const calls = fake.requests
    .filter((r) => r.path.startsWith('/repos/'))
    .map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
  const list = 'GET /repos/octo/bench/issues/7/comments';
  const create = 'POST /repos/octo/bench/issues/7/comments';
  assert.deepEqual(calls, [list, create, list, create, list, create]);
});

test('a 5xx on every try: three retries, then the error', async (t) => {
  const fake = await fakeGitHub(t);
  fake.failCreates = Array.from({ length: 6 }, () => ({ status: 502, made: false }));
  await assert.rejects(upsert(fake, 'figures'), { status: 502 });
  assert.equal(fake.failCreates.length, 2, 'one try and three retries');
  assert.deepEqual(comments(fake), []);
});
