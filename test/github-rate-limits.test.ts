// GitHub's rate limits, as the fake REST API answers them (test/fakes/github-api.ts): the client
// waits what GitHub asks (Retry-After, x-ratelimit-reset, a minute for a secondary limit without
// either), and gives up with one line when that is more than it may wait. Waits are GitHub's
// seconds × CONCURRENCY_BENCH_RETRY_BASE_MS here, so a "60 s" wait takes 60 × 5 ms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainApiError } from '../src/github/api-errors.ts';
import { clientForJob } from '../src/github/client.ts';
import { TOKEN } from './action-harness.ts';
import { type FakeGitHub, type ScriptedFailure, startFakeGitHub } from './fakes/github-api.ts';

const RETRY_BASE_MS = 5;
const PATH = '/repos/octo/bench/pulls/7';

/** Asks for pull request 7 after the fake answered `failures` first; the times of every try. */
async function getPull(t: { after(fn: () => Promise<void>): void }, failures: ScriptedFailure[]) {
  const fake: FakeGitHub = await startFakeGitHub();
  t.after(() => fake.close());
  fake.pulls.set(7, { headSha: 'a'.repeat(40), state: 'open' });
  fake.failNext = failures;
  const client = clientForJob(TOKEN, {
    GITHUB_API_URL: fake.url,
    CONCURRENCY_BENCH_RETRY_BASE_MS: String(RETRY_BASE_MS),
  });
  const tries = () => fake.requests.filter((r) => r.path === PATH).map((r) => r.at);
  try {
    const { data } = await client.rest.pulls.get({ owner: 'octo', repo: 'bench', pull_number: 7 });
    return { number: data.number, tries: tries() };
  } catch (error) {
    return { error, tries: tries() };
  }
}

const gaps = (times: number[]) => times.slice(1).map((time, i) => time - times[i]!);

const secondary = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

test('a 429 with Retry-After: the client waits the seconds GitHub asks before it tries again', async (t) => {
  const run = await getPull(t, [{ status: 429, headers: { 'retry-after': '20' }, message: secondary }]);
  assert.equal(run.number, 7);
  assert.equal(run.tries.length, 2);
  assert.ok(gaps(run.tries)[0]! >= 20 * RETRY_BASE_MS, `waited ${gaps(run.tries)} ms, not 20 × ${RETRY_BASE_MS}`);
});

test('a 403 with Retry-After (a secondary rate limit) is waited out and tried again', async (t) => {
  const run = await getPull(t, [{ status: 403, headers: { 'retry-after': '2' }, message: secondary }]);
  assert.equal(run.number, 7, String(run.error));
  assert.ok(gaps(run.tries)[0]! >= 2 * RETRY_BASE_MS);
});

test('a 403 that says "secondary rate limit" with no Retry-After: a minute, as GitHub asks', async (t) => {
  const run = await getPull(t, [{ status: 403, message: secondary }]);
  assert.equal(run.number, 7, String(run.error));
  assert.ok(gaps(run.tries)[0]! >= 60 * RETRY_BASE_MS, `waited ${gaps(run.tries)} ms`);
});

test('x-ratelimit-remaining: 0 waits until x-ratelimit-reset', async (t) => {
  const reset = Math.ceil(Date.now() / 1000) + 20;
  const run = await getPull(t, [
    {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      message: 'API rate limit exceeded for installation ID 1.',
    },
  ]);
  assert.equal(run.number, 7, String(run.error));
  assert.ok(gaps(run.tries)[0]! >= 19 * RETRY_BASE_MS, `waited ${gaps(run.tries)} ms`);
});

test('a wait longer than a minute is not waited: the error at once, and one line that says why', async (t) => {
  const run = await getPull(t, [{ status: 429, headers: { 'retry-after': '3600' }, message: secondary }]);
  assert.equal(run.tries.length, 1, 'not tried again');
  assert.equal(
    explainApiError(run.error, 'Commenting on pull request #7'),
    "Commenting on pull request #7: GitHub's rate limit (HTTP 429) asks to wait 3600 s, more than this job waits (60 s at a time, 120 s in all); the results are in the job summary and the artifact.",
  );
});

test('rate limits are waited out for 120 s in all, no more', async (t) => {
  const wait50 = { status: 429, headers: { 'retry-after': '50' }, message: secondary };
  const run = await getPull(t, [wait50, wait50, wait50]);
  assert.equal(run.tries.length, 3, 'two waits of 50 s; a third would pass 120 s');
  assert.match(
    explainApiError(run.error, 'Commenting'),
    /\(HTTP 429\) asks to wait 50 s after 100 s of waiting, more than this job waits \(60 s at a time, 120 s in all\)/,
  );
});

test('a 403 that is no rate limit (a read-only token) is final', async (t) => {
  const run = await getPull(t, [{ status: 403, message: 'Resource not accessible by integration' }]);
  assert.equal(run.tries.length, 1);
  assert.match(explainApiError(run.error, 'Commenting'), /the token may not write here \(HTTP 403/);
});
